package server

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/openledger/openledger/eigenda/cert"
	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/server/metrics"
	"github.com/openledger/openledger/eigenda/store"
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

// httpError is an error with the status and plain-text body to answer with.
type httpError struct {
	status int
	msg    string
}

// Error returns the plain-text body.
func (e *httpError) Error() string { return e.msg }

func fail(status int, format string, args ...any) *httpError {
	return &httpError{status: status, msg: fmt.Sprintf(format, args...)}
}

func (s *Service) reply(w http.ResponseWriter, route string, start time.Time, body []byte, herr *httpError) {
	if herr != nil {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("X-Content-Type-Options", "nosniff")
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
	if r.URL.Path != "/put" && r.URL.Path != "/put/" {
		return nil, 0, fail(http.StatusBadRequest,
			"keccak commitments (POST /put/0x<commitment>) are not supported: use generic commitments (op-batcher --altda.da-service) and POST /put")
	}
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
	blob, err := codec.EncodeBlob(payload, s.cfg.PolynomialForm)
	if err != nil {
		return nil, 0, fail(http.StatusRequestEntityTooLarge, "encode payload: %v", err)
	}
	commitment, err := s.srs.CommitBlob(blob)
	if err != nil {
		return nil, 0, fail(http.StatusInternalServerError, "kzg commitment: %v", err)
	}
	info, err := s.store.Put(r.Context(), blob, commitment)
	if err != nil {
		if errors.Is(err, store.ErrUnavailable) {
			return nil, 0, fail(http.StatusServiceUnavailable, "store unavailable: %v", err)
		}
		return nil, 0, fail(http.StatusInternalServerError, "store blob: %v", err)
	}
	// Never hand out a certificate that does not name exactly this blob.
	if err := s.verifier.VerifyCert(info); err != nil {
		s.metrics.RecordVerifyFailure(metrics.StagePutCert)
		s.log.Error("store returned a certificate that does not verify", "err", err)
		return nil, 0, fail(http.StatusInternalServerError, "certificate from the store does not verify: %v", err)
	}
	if !info.BlobHeader.Commitment.Equal(cert.CommitmentFromPoint(commitment)) ||
		uint64(info.BlobHeader.DataLength)*codec.BytesPerSymbol < uint64(len(blob)) {
		s.metrics.RecordVerifyFailure(metrics.StagePutCert)
		s.log.Error("store returned a certificate for a different blob")
		return nil, 0, fail(http.StatusInternalServerError, "certificate from the store commits to a different blob")
	}
	if herr := s.awaitOnChain(r.Context(), info); herr != nil {
		return nil, 0, herr
	}
	comm, err := cert.EncodeCommitment(info)
	if err != nil {
		return nil, 0, fail(http.StatusInternalServerError, "encode commitment: %v", err)
	}
	s.verified.add(store.Key(info), blob)
	s.log.Debug("stored blob", "payload_bytes", len(payload), "blob_symbols", len(blob)/codec.BytesPerSymbol)
	return comm, len(payload), nil
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
	info, err := cert.DecodeCommitment(raw)
	if err != nil {
		return nil, fail(http.StatusBadRequest, "bad commitment: %v", err)
	}
	if err := s.verifier.VerifyCert(info); err != nil {
		s.metrics.RecordVerifyFailure(metrics.StageGetCert)
		return nil, fail(http.StatusBadRequest, "certificate does not verify: %v", err)
	}
	if s.chain != nil {
		err := cert.VerifyOnChain(r.Context(), info, s.chain, 0)
		switch {
		case errors.Is(err, cert.ErrInvalid) || errors.Is(err, cert.ErrMalformed):
			s.metrics.RecordVerifyFailure(metrics.StageGetCert)
			return nil, fail(http.StatusBadRequest, "certificate is not confirmed on l1: %v", err)
		case err != nil:
			return nil, fail(http.StatusServiceUnavailable, "l1 unavailable: %v", err)
		}
	}
	blob, err := s.store.Get(r.Context(), info)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return nil, fail(http.StatusNotFound, "no blob stored for this commitment")
	case errors.Is(err, store.ErrUnavailable):
		return nil, fail(http.StatusServiceUnavailable, "store unavailable: %v", err)
	case err != nil:
		return nil, fail(http.StatusInternalServerError, "read blob: %v", err)
	}
	if s.verified.matches(store.Key(info), blob) {
		// Exactly the bytes committed to and checked against this certificate on put.
	} else if err := s.verifier.VerifyBlob(info, blob); err != nil {
		s.metrics.RecordVerifyFailure(metrics.StageGetBlob)
		s.log.Error("stored blob fails verification against its certificate; refusing to serve it",
			"key", store.Key(info), "err", err)
		return nil, fail(http.StatusInternalServerError, "stored blob fails verification against its certificate: %v", err)
	}
	payload, err := codec.DecodeBlob(blob, s.cfg.PolynomialForm, int(info.BlobHeader.DataLength))
	if err != nil {
		s.metrics.RecordVerifyFailure(metrics.StageGetBlob)
		return nil, fail(http.StatusInternalServerError, "blob does not decode to a payload: %v", err)
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
	if err := s.store.Health(r.Context()); err != nil {
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
		select {
		case <-ctx.Done():
			return fail(http.StatusServiceUnavailable, "gave up waiting for confirmation depth: %v", context.Cause(ctx))
		case <-time.After(poll):
		}
	}
}
