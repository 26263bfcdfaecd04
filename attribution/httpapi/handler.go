// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package httpapi

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/attribution"
)

// DefaultMaxBody is the request size limit when none is configured.
const DefaultMaxBody = 1 << 20

// Request is the body of POST /v1/attribution.
type Request struct {
	Text   *string  `json:"text,omitempty"`
	Tokens []uint32 `json:"tokens,omitempty"`
}

// ContributionSummary is one paid contribution in a response.
type ContributionSummary struct {
	ContributionID uint64         `json:"contributionId,string"`
	Contributor    common.Address `json:"contributor"`
	Weight         uint64         `json:"weight,string"`
	Spans          int            `json:"spans"`
}

// Response is the body of a successful reply.
type Response struct {
	Tokens        int                      `json:"tokens"`
	Attribution   *attribution.Attribution `json:"attribution"`
	Contributions []ContributionSummary    `json:"contributions"`
}

// Handler answers attribution requests with one Attributor.
type Handler struct {
	a       *attribution.Attributor
	maxBody int64
}

// NewHandler returns the handler; maxBody ≤ 0 means DefaultMaxBody.
func NewHandler(a *attribution.Attributor, maxBody int64) *Handler {
	if maxBody <= 0 {
		maxBody = DefaultMaxBody
	}
	return &Handler{a: a, maxBody: maxBody}
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeError(w, http.StatusMethodNotAllowed, errors.New("use POST"))
		return
	}
	var req Request
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, h.maxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Errorf("body over %d bytes", h.maxBody))
			return
		}
		writeError(w, http.StatusBadRequest, fmt.Errorf("decode request: %w", err))
		return
	}
	if (req.Text == nil) == (req.Tokens == nil) {
		writeError(w, http.StatusBadRequest, errors.New("give exactly one of text and tokens"))
		return
	}
	var (
		att  *attribution.Attribution
		toks = req.Tokens
		err  error
	)
	if req.Text != nil {
		att, toks, err = h.a.AttributeText(*req.Text)
	} else {
		att, err = h.a.Attribute(toks)
	}
	if err != nil {
		status := http.StatusBadRequest
		if errors.Is(err, attribution.ErrNoTokenizer) {
			status = http.StatusNotImplemented
		}
		writeError(w, status, err)
		return
	}
	writeJSON(w, http.StatusOK, Response{Tokens: len(toks), Attribution: att, Contributions: Summarize(att)})
}

// Summarize lists the weighted contributions with their contributor and how
// many spans each appears in.
func Summarize(att *attribution.Attribution) []ContributionSummary {
	type info struct {
		who   common.Address
		spans int
	}
	seen := map[uint64]*info{}
	for _, s := range att.Evidence.Spans {
		counted := map[uint64]bool{}
		for _, d := range s.Docs {
			i, ok := seen[d.ContributionID]
			if !ok {
				i = &info{who: d.Contributor}
				seen[d.ContributionID] = i
			}
			if !counted[d.ContributionID] {
				i.spans++
				counted[d.ContributionID] = true
			}
		}
	}
	out := make([]ContributionSummary, 0, len(att.Weights))
	for _, w := range att.Weights {
		s := ContributionSummary{ContributionID: w.ContributionID, Weight: w.Weight}
		if i, ok := seen[w.ContributionID]; ok {
			s.Contributor, s.Spans = i.who, i.spans
		}
		out = append(out, s)
	}
	return out
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":"encode response"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	w.Write(b)
}

func writeError(w http.ResponseWriter, status int, err error) {
	writeJSON(w, status, map[string]string{"error": err.Error()})
}
