// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package studio

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ContentStore stores contribution contents and returns them by CID.
type ContentStore interface {
	// Put stores r's bytes (pinned) and returns their CID.
	Put(ctx context.Context, name string, r io.Reader) (cid string, err error)
	// Get returns the bytes stored under cid, at most limit of them; the caller closes it.
	Get(ctx context.Context, cid string, limit int64) (io.ReadCloser, error)
}

// ErrContentNotFound is returned when the store does not have (or cannot find) a CID.
var ErrContentNotFound = errors.New("content not found")

// cidPattern accepts CIDv0 (base58 Qm…) and CIDv1 in base32/base36/base58 text forms.
var cidPattern = regexp.MustCompile(`^[A-Za-z0-9]{46,100}$`)

// KuboStore is a ContentStore over an IPFS node's RPC API (kubo's /api/v0:
// add with pinning and CIDv1, cat).
type KuboStore struct {
	api    *url.URL
	client *http.Client
}

// NewKuboStore talks to the RPC API at apiURL (e.g. http://127.0.0.1:5001).
func NewKuboStore(apiURL string) (*KuboStore, error) {
	u, err := url.Parse(apiURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, fmt.Errorf("%w: IPFS API URL %q", ErrConfig, apiURL)
	}
	return &KuboStore{api: u, client: &http.Client{}}, nil
}

func (k *KuboStore) endpoint(cmd string, q url.Values) string {
	u := *k.api
	u.Path = strings.TrimSuffix(u.Path, "/") + "/api/v0/" + cmd
	u.RawQuery = q.Encode()
	return u.String()
}

// Put implements ContentStore: POST /api/v0/add?pin=true&cid-version=1 with the bytes as a multipart file.
func (k *KuboStore) Put(ctx context.Context, name string, r io.Reader) (string, error) {
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	go func() {
		part, err := mw.CreateFormFile("file", name)
		if err == nil {
			_, err = io.Copy(part, r)
		}
		if err == nil {
			err = mw.Close()
		}
		pw.CloseWithError(err)
	}()
	q := url.Values{"pin": {"true"}, "cid-version": {"1"}, "quieter": {"true"}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, k.endpoint("add", q), pr)
	if err != nil {
		pr.CloseWithError(err)
		return "", err
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	resp, err := k.client.Do(req)
	if err != nil {
		pr.CloseWithError(err)
		return "", fmt.Errorf("IPFS node unreachable: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("IPFS add: %s", kuboError(resp))
	}
	// add answers one JSON object per line; the last names the whole file.
	var cid string
	sc := bufio.NewScanner(io.LimitReader(resp.Body, 1<<20))
	for sc.Scan() {
		var line struct{ Hash string }
		if json.Unmarshal(sc.Bytes(), &line) == nil && line.Hash != "" {
			cid = line.Hash
		}
	}
	if cid == "" {
		return "", errors.New("IPFS add returned no CID")
	}
	return cid, nil
}

// Get implements ContentStore: POST /api/v0/cat?arg=CID&length=limit.
func (k *KuboStore) Get(ctx context.Context, cid string, limit int64) (io.ReadCloser, error) {
	q := url.Values{"arg": {cid}, "length": {strconv.FormatInt(limit, 10)}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, k.endpoint("cat", q), nil)
	if err != nil {
		return nil, err
	}
	resp, err := k.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("IPFS node unreachable: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		defer resp.Body.Close()
		msg := kuboError(resp)
		if resp.StatusCode == http.StatusNotFound || strings.Contains(msg, "not found") || strings.Contains(msg, "context deadline") {
			return nil, fmt.Errorf("%w: %s", ErrContentNotFound, msg)
		}
		return nil, fmt.Errorf("IPFS cat: %s", msg)
	}
	return resp.Body, nil
}

func kuboError(resp *http.Response) string {
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	var e struct{ Message string }
	if json.Unmarshal(body, &e) == nil && e.Message != "" {
		return e.Message
	}
	return fmt.Sprintf("HTTP %d: %s", resp.StatusCode, strings.TrimSpace(string(body)))
}

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
		s.metrics.Upstream("content", "unreachable", time.Since(start))
		s.log.Warn("content upload failed", "err", err)
		writeError(w, http.StatusBadGateway, "the content store could not store the upload: "+err.Error())
		return
	}
	s.metrics.Upstream("content", "ok", time.Since(start))
	if counter.n == 0 {
		writeError(w, http.StatusBadRequest, "the upload is empty: a contribution has content")
		return
	}
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
