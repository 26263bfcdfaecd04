package server

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/openledger/openledger/eigenda/cert"
	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/server/metrics"
	"github.com/openledger/openledger/eigenda/store"
	"github.com/openledger/openledger/eigenda/v2/blobs"
	"github.com/openledger/openledger/eigenda/v2/certs"
	v2disperser "github.com/openledger/openledger/eigenda/v2/disperser"
	"github.com/openledger/openledger/eigenda/v2/verifier"
)

func (s *Service) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/put", s.handlePut)
	mux.HandleFunc("/put/", s.handlePut)
	mux.HandleFunc("/get/", s.handleGet)
	mux.HandleFunc("/healthz", s.handleHealth)
	if s.registry != nil {
		mux.Handle("/metrics", promhttp.HandlerFor(s.registry, promhttp.HandlerOpts{}))
	}
	return mux
}

// httpError is an error with the status and body to answer with.
type httpError struct {
	status      int
	msg         string
	contentType string // default text/plain
	retryAfter  time.Duration
}

// Error returns the body.
func (e *httpError) Error() string { return e.msg }

func fail(status int, format string, args ...any) *httpError {
	return &httpError{status: status, msg: fmt.Sprintf(format, args...)}
}

// teapot answers a certificate that derivation must drop, the way eigenda-proxy
// does: 418 with a JSON body {"StatusCode": n, "Msg": "…"}.
func (s *Service) teapot(de *verifier.DerivationError) *httpError {
	s.metrics.RecordDropped(de.StatusCode)
	return &httpError{status: http.StatusTeapot, msg: string(de.TeapotBody()), contentType: "application/json"}
}

func (s *Service) reply(w http.ResponseWriter, route string, start time.Time, body []byte, herr *httpError) {
	if herr != nil {
		ct := herr.contentType
		if ct == "" {
			ct = "text/plain; charset=utf-8"
		}
		w.Header().Set("Content-Type", ct)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		if herr.retryAfter > 0 {
			w.Header().Set("Retry-After", strconv.Itoa(int((herr.retryAfter+time.Second-1)/time.Second)))
		}
		w.WriteHeader(herr.status)
		_, _ = io.WriteString(w, herr.msg+"\n")
		s.metrics.RecordRequest(route, herr.status, 0, time.Since(start))
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.WriteHeader(http.StatusOK)
	if _, err := w.Write(body); err != nil {
		s.log.Debug("write response", "route", route, "err", err)
	}
	s.metrics.RecordRequest(route, http.StatusOK, len(body), time.Since(start))
}

func (s *Service) handlePut(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	comm, payloadLen, herr := s.put(w, r)
	if herr == nil {
		s.metrics.RecordRequest(metrics.RoutePut, http.StatusOK, payloadLen, time.Since(start))
		w.Header().Set("Content-Type", "application/octet-stream")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(comm)
		return
	}
	s.log.Debug("put failed", "status", herr.status, "err", herr.msg)
	s.reply(w, metrics.RoutePut, start, nil, herr)
}

func (s *Service) put(w http.ResponseWriter, r *http.Request) ([]byte, int, *httpError) {
	if r.Method != http.MethodPost && r.Method != http.MethodPut {
		w.Header().Set("Allow", "POST, PUT")
		return nil, 0, fail(http.StatusMethodNotAllowed, "method %s not allowed on /put", r.Method)
	}
	client, ok := s.gate.client(r)
	if !ok {
		s.metrics.RecordRejected(metrics.RoutePut, metrics.RejectAuth)
		w.Header().Set("WWW-Authenticate", `Bearer realm="eigenda-server"`)
		return nil, 0, fail(http.StatusUnauthorized, "puts need a valid token: Authorization: Bearer <token>, or http://user:<token>@host")
	}
	if r.URL.Path != "/put" && r.URL.Path != "/put/" {
		return nil, 0, fail(http.StatusBadRequest,
			"keccak commitments (POST /put/0x<commitment>) are not supported: use generic commitments (op-batcher --altda.da-service) and POST /put")
	}
	if !acquire(s.gate.puts) {
		s.metrics.RecordRejected(metrics.RoutePut, metrics.RejectBusy)
		return nil, 0, &httpError{status: http.StatusTooManyRequests, msg: "too many puts in progress", retryAfter: time.Second}
	}
	defer release(s.gate.puts)
	payload, err := io.ReadAll(http.MaxBytesReader(w, r.Body, int64(s.maxPayload)))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return nil, 0, fail(http.StatusRequestEntityTooLarge,
				"payload exceeds the maximum of %d bytes (max blob size %d bytes)", s.maxPayload, s.cfg.MaxBlobSize)
		}
		return nil, 0, fail(http.StatusBadRequest, "read request body: %v", err)
	}
	if len(payload) == 0 {
		return nil, 0, fail(http.StatusBadRequest, "empty body: nothing to store")
	}
	if wait, ok := s.gate.charge(client, len(payload)); !ok {
		s.metrics.RecordRejected(metrics.RoutePut, metrics.RejectRate)
		return nil, 0, &httpError{status: http.StatusTooManyRequests, retryAfter: wait,
			msg: fmt.Sprintf("put quota exceeded: %d bytes per second", s.cfg.Quotas.PutBytesPerSecond)}
	}
	defer s.recordMemory()
	var comm []byte
	var herr *httpError
	if s.cfg.Protocol == ProtocolV1 {
		comm, herr = s.putV1(r.Context(), payload)
	} else {
		comm, herr = s.putV2(r.Context(), payload)
	}
	if herr != nil {
		return nil, 0, herr
	}
	return comm, len(payload), nil
}

func (s *Service) recordMemory() {
	if s.memory != nil {
		st := s.memory.Stats()
		s.metrics.RecordMemoryStore(st.Bytes, st.Entries, st.Evictions)
	}
}

// storeError maps a store or backend failure to an HTTP answer.
func storeError(what string, err error) *httpError {
	switch {
	case errors.Is(err, store.ErrNotFound):
		return fail(http.StatusNotFound, "no blob stored for this commitment")
	case errors.Is(err, store.ErrUnavailable):
		return fail(http.StatusServiceUnavailable, "store unavailable: %v", err)
	case errors.Is(err, store.ErrTooLarge):
		return fail(http.StatusInsufficientStorage, "%s: %v", what, err)
	}
	return fail(http.StatusInternalServerError, "%s: %v", what, err)
}

func (s *Service) putV1(ctx context.Context, payload []byte) ([]byte, *httpError) {
	if s.v1 == nil {
		return nil, fail(http.StatusServiceUnavailable, "this configuration has no eigenda v1 backend")
	}
	blob, err := codec.EncodeBlob(payload, s.form)
	if err != nil {
		return nil, fail(http.StatusRequestEntityTooLarge, "encode payload: %v", err)
	}
	commitment, err := s.srs.CommitBlob(blob)
	if err != nil {
		return nil, fail(http.StatusInternalServerError, "kzg commitment: %v", err)
	}
	info, err := s.v1.Put(ctx, blob, commitment)
	if err != nil {
		return nil, storeError("store blob", err)
	}
	// Never hand out a certificate that does not name exactly this blob.
	if err := s.v1Verifier.VerifyCert(info); err != nil {
		s.metrics.RecordVerifyFailure(metrics.StagePutCert)
		s.log.Error("store returned a certificate that does not verify", "err", err)
		return nil, fail(http.StatusInternalServerError, "certificate from the store does not verify: %v", err)
	}
	if !info.BlobHeader.Commitment.Equal(cert.CommitmentFromPoint(commitment)) ||
		uint64(info.BlobHeader.DataLength)*codec.BytesPerSymbol < uint64(len(blob)) {
		s.metrics.RecordVerifyFailure(metrics.StagePutCert)
		s.log.Error("store returned a certificate for a different blob")
		return nil, fail(http.StatusInternalServerError, "certificate from the store commits to a different blob")
	}
	if herr := s.awaitOnChain(ctx, info); herr != nil {
		return nil, herr
	}
	comm, err := cert.EncodeCommitment(info)
	if err != nil {
		return nil, fail(http.StatusInternalServerError, "encode commitment: %v", err)
	}
	s.verified.add(store.Key(info), blob)
	s.log.Debug("stored blob", "protocol", "v1", "payload_bytes", len(payload), "blob_symbols", len(blob)/codec.BytesPerSymbol)
	return comm, nil
}

func (s *Service) putV2(ctx context.Context, payload []byte) ([]byte, *httpError) {
	if s.v2 == nil {
		return nil, fail(http.StatusServiceUnavailable, "this configuration has no eigenda v2 backend")
	}
	if s.cfg.Backend == BackendDisperser && s.cfg.DisperseTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, s.cfg.DisperseTimeout)
		defer cancel()
	}
	c, blob, err := s.v2.put(ctx, payload)
	if err != nil {
		if _, ok := verifier.AsDerivationError(err); ok {
			s.metrics.RecordVerifyFailure(metrics.StagePutCert)
			return nil, fail(http.StatusInternalServerError, "the certificate obtained does not verify: %v", err)
		}
		// 503 tells op-batcher to fail over (to L1 calldata) or retry later:
		// the network did not take the blob, through no fault of the payload.
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) ||
			errors.Is(err, v2disperser.ErrDispersalFailed) || errors.Is(err, v2disperser.ErrUnderSigned) {
			return nil, fail(http.StatusServiceUnavailable, "dispersal did not complete: %v", err)
		}
		return nil, storeError("disperse blob", err)
	}
	comm, err := c.AltDACommitment()
	if err != nil {
		return nil, fail(http.StatusInternalServerError, "encode commitment: %v", err)
	}
	key, _ := c.BlobKey()
	s.verified.add(store.V2Key(key), blob)
	s.log.Debug("stored blob", "protocol", "v2", "cert_version", c.Version, "payload_bytes", len(payload),
		"blob_symbols", c.Commitment().Length)
	return comm, nil
}

func (s *Service) handleGet(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	payload, herr := s.get(w, r)
	if herr != nil {
		s.log.Debug("get failed", "status", herr.status, "err", herr.msg)
	}
	s.reply(w, metrics.RouteGet, start, payload, herr)
}

func (s *Service) get(w http.ResponseWriter, r *http.Request) ([]byte, *httpError) {
	if r.Method != http.MethodGet {
		w.Header().Set("Allow", "GET")
		return nil, fail(http.StatusMethodNotAllowed, "method %s not allowed on /get", r.Method)
	}
	key := strings.TrimPrefix(r.URL.Path, "/get/")
	if !strings.HasPrefix(key, "0x") && !strings.HasPrefix(key, "0X") {
		return nil, fail(http.StatusBadRequest, "commitment must be 0x-prefixed hex: GET /get/0x<commitment>")
	}
	raw, err := hex.DecodeString(key[2:])
	if err != nil {
		return nil, fail(http.StatusBadRequest, "commitment is not hex: %v", err)
	}
	var l1Inclusion uint64
	if v := r.URL.Query().Get("l1_inclusion_block_number"); v != "" {
		if l1Inclusion, err = strconv.ParseUint(v, 10, 64); err != nil {
			return nil, fail(http.StatusBadRequest, "invalid l1_inclusion_block_number %q: %v", v, err)
		}
	}
	if !acquire(s.gate.gets) {
		s.metrics.RecordRejected(metrics.RouteGet, metrics.RejectBusy)
		return nil, &httpError{status: http.StatusTooManyRequests, msg: "too many gets in progress", retryAfter: time.Second}
	}
	defer release(s.gate.gets)
	if len(raw) >= 3 && raw[0] == certs.GenericCommitmentType && raw[1] == certs.EigenDALayerByte && raw[2] != certs.VersionByteV1 {
		return s.getV2(r.Context(), raw, l1Inclusion)
	}
	return s.getV1(r.Context(), raw)
}

func (s *Service) getV1(ctx context.Context, raw []byte) ([]byte, *httpError) {
	info, err := cert.DecodeCommitment(raw)
	if err != nil {
		return nil, fail(http.StatusBadRequest, "bad commitment: %v", err)
	}
	if err := s.v1Verifier.VerifyCert(info); err != nil {
		s.metrics.RecordVerifyFailure(metrics.StageGetCert)
		return nil, fail(http.StatusBadRequest, "certificate does not verify: %v", err)
	}
	if s.v1 == nil {
		return nil, fail(http.StatusServiceUnavailable, "this configuration has no eigenda v1 backend to serve v1 certificates")
	}
	if s.chain != nil {
		err := cert.VerifyOnChain(ctx, info, s.chain, 0)
		switch {
		case errors.Is(err, cert.ErrInvalid) || errors.Is(err, cert.ErrMalformed):
			s.metrics.RecordVerifyFailure(metrics.StageGetCert)
			return nil, fail(http.StatusBadRequest, "certificate is not confirmed on l1: %v", err)
		case err != nil:
			return nil, fail(http.StatusServiceUnavailable, "l1 unavailable: %v", err)
		}
	}
	blob, err := s.v1.Get(ctx, info)
	if err != nil {
		return nil, storeError("read blob", err)
	}
	if s.verified.matches(store.Key(info), blob) {
		// Exactly the bytes committed to and checked against this certificate on put.
	} else if err := s.v1Verifier.VerifyBlob(info, blob); err != nil {
		s.metrics.RecordVerifyFailure(metrics.StageGetBlob)
		s.log.Error("stored blob fails verification against its certificate; refusing to serve it",
			"key", store.Key(info), "err", err)
		return nil, fail(http.StatusInternalServerError, "stored blob fails verification against its certificate: %v", err)
	}
	payload, err := codec.DecodeBlob(blob, s.form, int(info.BlobHeader.DataLength))
	if err != nil {
		s.metrics.RecordVerifyFailure(metrics.StageGetBlob)
		return nil, fail(http.StatusInternalServerError, "blob does not decode to a payload: %v", err)
	}
	return payload, nil
}

// getV2 serves a v2 certificate as eigenda-proxy does: a certificate that
// does not parse, fails the cert verifier or the recency window, or whose
// blob does not decode is answered 418 (derivation drops it); a blob no one
// has is 404; a backend that cannot answer now is 503.
func (s *Service) getV2(ctx context.Context, raw []byte, l1Inclusion uint64) ([]byte, *httpError) {
	versionByte, body, err := certs.ParseCommitment(raw)
	if err != nil {
		return nil, fail(http.StatusBadRequest, "bad commitment: %v", err)
	}
	certVersion, _ := certs.CertVersionOf(versionByte)
	c, err := certs.DecodeRLP(certVersion, body)
	if err != nil {
		return nil, s.teapot(verifier.Drop(verifier.StatusCertParsingFailed, "%v", err))
	}
	if s.v2 == nil {
		return nil, fail(http.StatusServiceUnavailable, "this configuration has no eigenda v2 backend to serve v2 certificates")
	}
	if err := s.v2.verify(ctx, c); err != nil {
		if de, ok := verifier.AsDerivationError(err); ok {
			s.metrics.RecordVerifyFailure(metrics.StageGetCert)
			return nil, s.teapot(de)
		}
		return nil, fail(http.StatusServiceUnavailable, "cannot check the certificate now: %v", err)
	}
	if c.Version >= certs.CertVersion4 {
		if err := verifier.CheckRecency(c.ReferenceBlockNumber(), l1Inclusion, s.v2.recencyWindow()); err != nil {
			de, _ := verifier.AsDerivationError(err)
			return nil, s.teapot(de)
		}
	}
	key, err := c.BlobKey()
	if err != nil {
		return nil, s.teapot(verifier.Drop(verifier.StatusCertParsingFailed, "%v", err))
	}
	blob, checked, err := s.v2.fetch(ctx, c)
	if err != nil {
		return nil, storeError("read blob", err)
	}
	if !checked && !s.verified.matches(store.V2Key(key), blob) {
		if err := blobs.VerifyBlob(s.srs, blob, c.Commitment()); err != nil {
			s.metrics.RecordVerifyFailure(metrics.StageGetBlob)
			s.log.Error("stored blob fails verification against its certificate; refusing to serve it",
				"blob_key", hex.EncodeToString(key[:]), "err", err)
			return nil, fail(http.StatusInternalServerError, "stored blob fails verification against its certificate: %v", err)
		}
	}
	payload, err := blobs.Decode(blob, c.Commitment().Length, s.form)
	if err != nil {
		s.metrics.RecordVerifyFailure(metrics.StageGetBlob)
		return nil, s.teapot(verifier.Drop(verifier.StatusBlobDecodingFailed, "%v", err))
	}
	return payload, nil
}

func (s *Service) handleHealth(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if s.stopped.Load() {
		http.Error(w, "stopping", http.StatusServiceUnavailable)
		return
	}
	var err error
	if s.v1 != nil {
		err = s.v1.Health(r.Context())
	}
	if err == nil && s.v2 != nil {
		err = s.v2.health(r.Context())
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = io.WriteString(w, "ok\n")
}

// awaitOnChain, when on-chain checks are configured, waits until the
// certificate's batch is confirmed ConfirmationDepth blocks deep and checks that
// L1 recorded the batch the certificate describes.
func (s *Service) awaitOnChain(ctx context.Context, info *cert.BlobInfo) *httpError {
	if s.chain == nil {
		return nil
	}
	poll := s.cfg.Disperser.StatusPollInterval
	if poll <= 0 {
		poll = time.Second
	}
	for {
		err := cert.VerifyOnChain(ctx, info, s.chain, s.cfg.ConfirmationDepth)
		switch {
		case err == nil:
			return nil
		case errors.Is(err, cert.ErrNotConfirmed):
			s.log.Debug("waiting for eigenda batch confirmation depth", "err", err)
		case errors.Is(err, cert.ErrInvalid) || errors.Is(err, cert.ErrMalformed):
			s.metrics.RecordVerifyFailure(metrics.StagePutCert)
			s.log.Error("disperser certificate does not match l1", "err", err)
			return fail(http.StatusInternalServerError, "certificate from the disperser is not confirmed on l1: %v", err)
		default:
			return fail(http.StatusServiceUnavailable, "l1 unavailable: %v", err)
		}
		t := time.NewTimer(poll)
		select {
		case <-ctx.Done():
			t.Stop()
			return fail(http.StatusServiceUnavailable, "gave up waiting for confirmation depth: %v", context.Cause(ctx))
		case <-t.C:
		}
	}
}
