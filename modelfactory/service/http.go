// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package service

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

var errNotFound = errors.New("no such job")

// maxRequestBytes bounds a POST body.
const maxRequestBytes = 64 << 10

// Handler returns the HTTP API.
func (s *Service) Handler() http.Handler {
	mux := http.NewServeMux()
	route := func(pattern string, h http.HandlerFunc) {
		mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
			rw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
			h(rw, r)
			s.metrics.requests.WithLabelValues(pattern, strconv.Itoa(rw.code)).Inc()
		})
	}
	route("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{"ok": true})
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{}))
	route("POST /v1/jobs", s.handleCreate)
	route("GET /v1/jobs", func(w http.ResponseWriter, r *http.Request) {
		owner := r.URL.Query().Get("owner")
		if owner != "" && !common.IsHexAddress(owner) {
			writeError(w, http.StatusBadRequest, fmt.Errorf("owner %q is not an address", owner))
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"jobs": s.List(owner)})
	})
	route("GET /v1/jobs/{id}", func(w http.ResponseWriter, r *http.Request) {
		j, ok := s.Get(r.PathValue("id"))
		if !ok {
			writeError(w, http.StatusNotFound, errNotFound)
			return
		}
		writeJSON(w, http.StatusOK, j)
	})
	route("GET /v1/jobs/{id}/loss", func(w http.ResponseWriter, r *http.Request) {
		points, ok := s.Losses(r.PathValue("id"))
		if !ok {
			writeError(w, http.StatusNotFound, errNotFound)
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"points": points})
	})
	route("POST /v1/jobs/{id}/cancel", func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxRequestBytes))
		if err != nil {
			writeError(w, http.StatusBadRequest, fmt.Errorf("cancel request: %w", err))
			return
		}
		job, ok := s.Get(r.PathValue("id"))
		if !ok {
			writeError(w, http.StatusNotFound, errNotFound)
			return
		}
		if err := s.authenticate(r, body, common.HexToAddress(job.Owner)); err != nil {
			writeError(w, authStatus(err), err)
			return
		}
		j, err := s.Cancel(r.PathValue("id"))
		switch {
		case errors.Is(err, errNotFound):
			writeError(w, http.StatusNotFound, err)
		case err != nil:
			writeError(w, http.StatusConflict, err)
		default:
			writeJSON(w, http.StatusOK, j)
		}
	})
	route("GET /v1/jobs/{id}/events", s.handleEvents)
	route("GET /v1/base-models", handleCatalog(s, BaseModels))
	route("GET /v1/datanets", handleCatalog(s, Datanets))
	return mux
}

func (s *Service) handleCreate(w http.ResponseWriter, r *http.Request) {
	var req Request
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxRequestBytes))
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Errorf("job request: %w", err))
		return
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, fmt.Errorf("job request: %w", err))
		return
	}
	if err := req.Check(); err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	if err := s.authenticate(r, body, common.HexToAddress(req.Owner)); err != nil {
		writeError(w, authStatus(err), err)
		return
	}
	j, err := s.Create(req)
	switch {
	case errors.Is(err, ErrInvalid):
		writeError(w, http.StatusBadRequest, err)
	case err != nil:
		writeError(w, http.StatusServiceUnavailable, err)
	default:
		writeJSON(w, http.StatusCreated, j)
	}
}

// handleEvents streams a job's events: the current state first, then
// progress and state events until the job ends or the client leaves.
func (s *Service) handleEvents(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		writeError(w, http.StatusInternalServerError, errors.New("streaming unsupported"))
		return
	}
	ch, job, stop, ok := s.subscribe(r.PathValue("id"))
	if !ok {
		writeError(w, http.StatusNotFound, errNotFound)
		return
	}
	defer stop()
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	send := func(name string, data any) bool {
		b, err := json.Marshal(data)
		if err != nil {
			return false
		}
		if _, err := fmt.Fprintf(w, "event: %s\ndata: %s\n\n", name, b); err != nil {
			return false
		}
		flusher.Flush()
		return true
	}
	if !send("state", job) || job.State.Final() {
		return
	}
	keepAlive := time.NewTicker(15 * time.Second)
	defer keepAlive.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-keepAlive.C:
			if _, err := fmt.Fprint(w, ": keep-alive\n\n"); err != nil {
				return
			}
			flusher.Flush()
		case e := <-ch:
			if !send(e.name, e.data) {
				return
			}
			if j, ok := e.data.(Job); ok && j.State.Final() {
				return
			}
		}
	}
}

type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	w.code = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, code int, err error) {
	writeJSON(w, code, map[string]any{"error": err.Error()})
}
