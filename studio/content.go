// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package studio

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/rpc"
)

// ContentStore stores contribution contents and returns them by CID.
type ContentStore interface {
	// Put stores r's bytes (pinned) and returns their CID.
	Put(ctx context.Context, name string, r io.Reader) (cid string, err error)
	// Get returns the bytes stored under cid, at most limit of them; the caller closes it.
	Get(ctx context.Context, cid string, limit int64) (io.ReadCloser, error)
}

// cidPattern accepts the text forms of CIDs (CIDv0 base58 Qm…, CIDv1 base32 b…,
// base36 k…, base58 z…) before they are decoded.
var cidPattern = regexp.MustCompile(`^[A-Za-z0-9]{46,100}$`)

// ErrContentNotFound is returned when the store does not have (or cannot find) a CID.
var ErrContentNotFound = errors.New("content not found")

// IPFSStore is a ContentStore on an IPFS node, through the project's Kubo RPC
// client (package ipfs/rpc): contents are added as CIDv1 with raw leaves and
// pinned, exactly as `ledger datanet contribute` adds them, so the same bytes
// get the same CID whichever tool stored them.
type IPFSStore struct {
	node ipfs.Node
}

// NewIPFSStore talks to the node whose RPC API is at addr (http://host:port or a multiaddr).
func NewIPFSStore(addr string) (*IPFSStore, error) {
	c, err := rpc.New(addr)
	if err != nil {
		return nil, fmt.Errorf("%w: IPFS API %q: %v", ErrConfig, addr, err)
	}
	return &IPFSStore{node: c}, nil
}

// Put implements ContentStore. The upload is held in memory (it is at most
// the upload limit) so the client can retry it.
func (s *IPFSStore) Put(ctx context.Context, name string, r io.Reader) (string, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return "", err
	}
	if len(data) == 0 {
		return "", errEmptyUpload
	}
	open := func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }
	id, err := s.node.Add(ctx, []ipfs.Entry{{Path: name, Open: open}})
	if err != nil {
		return "", err
	}
	return id.String(), nil
}

// Get implements ContentStore.
func (s *IPFSStore) Get(ctx context.Context, c string, limit int64) (io.ReadCloser, error) {
	id, err := cid.Decode(c)
	if err != nil {
		return nil, fmt.Errorf("%w: %q is not a CID", ErrContentNotFound, c)
	}
	body, err := s.node.Cat(ctx, id, "")
	if errors.Is(err, ipfs.ErrNotFound) {
		return nil, fmt.Errorf("%w: %v", ErrContentNotFound, err)
	}
	if err != nil {
		return nil, err
	}
	return struct {
		io.Reader
		io.Closer
	}{io.LimitReader(body, limit), body}, nil
}

var errEmptyUpload = errors.New("the upload is empty: a contribution has content")

// stored is the answer to an upload.
type stored struct {
	URI       string      `json:"uri"`
	CID       string      `json:"cid"`
	Size      int64       `json:"size"`
	Keccak256 common.Hash `json:"keccak256"`
}

// contentFetchTimeout bounds a read of content the node may have to find on the network.
const contentFetchTimeout = 60 * time.Second

// contentHandler: POST /api/content stores the body; GET /api/content/{cid} returns content.
func (s *Service) contentHandler(w http.ResponseWriter, r *http.Request) {
	cid := strings.TrimPrefix(strings.TrimPrefix(r.URL.Path, contentRoute), "/")
	switch {
	case r.Method == http.MethodPost && cid == "":
		s.putContent(w, r)
	case (r.Method == http.MethodGet || r.Method == http.MethodHead) && cid != "":
		s.getContent(w, r, cid)
	default:
		writeError(w, http.StatusMethodNotAllowed, "POST /api/content uploads; GET /api/content/{cid} reads")
	}
}

func (s *Service) putContent(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" || len(name) > 255 || strings.ContainsAny(name, "/\\\x00") {
		name = "contribution"
	}
	if r.ContentLength > s.cfg.MaxUploadBytes {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("uploads are limited to %d bytes", s.cfg.MaxUploadBytes))
		return
	}
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(10 * time.Minute))
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(11 * time.Minute))
	hasher := crypto.NewKeccakState()
	counter := &countingReader{r: io.TeeReader(http.MaxBytesReader(w, r.Body, s.cfg.MaxUploadBytes), hasher)}
	start := time.Now()
	cid, err := s.content.Put(r.Context(), name, counter)
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("uploads are limited to %d bytes", s.cfg.MaxUploadBytes))
			return
		}
		if errors.Is(err, errEmptyUpload) {
			writeError(w, http.StatusBadRequest, err.Error())
			return
		}
		s.metrics.Upstream("content", "unreachable", time.Since(start))
		s.log.Warn("content upload failed", "err", err)
		writeError(w, http.StatusBadGateway, "the content store could not store the upload: "+err.Error())
		return
	}
	s.metrics.Upstream("content", "ok", time.Since(start))
	s.metrics.ContentBytes("in", counter.n)
	var h common.Hash
	hasher.Read(h[:])
	writeJSON(w, http.StatusOK, stored{URI: "ipfs://" + cid, CID: cid, Size: counter.n, Keccak256: h})
}

func (s *Service) getContent(w http.ResponseWriter, r *http.Request, cid string) {
	if !cidPattern.MatchString(cid) {
		writeError(w, http.StatusBadRequest, "not a CID")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), contentFetchTimeout)
	defer cancel()
	start := time.Now()
	body, err := s.content.Get(ctx, cid, s.cfg.MaxUploadBytes)
	if err != nil {
		if errors.Is(err, ErrContentNotFound) {
			s.metrics.Upstream("content", "error", time.Since(start))
			writeError(w, http.StatusNotFound, "the content store does not have "+cid)
			return
		}
		s.metrics.Upstream("content", "unreachable", time.Since(start))
		writeError(w, http.StatusBadGateway, "the content store could not be reached: "+err.Error())
		return
	}
	defer body.Close()
	s.metrics.Upstream("content", "ok", time.Since(start))
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", "sandbox")
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable") // content-addressed
	n, _ := io.Copy(w, body)
	s.metrics.ContentBytes("out", n)
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
