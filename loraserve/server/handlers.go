// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package server

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/loraserve/adaptercache"
	"github.com/openledger/openledger/loraserve/adapterfetch"
	"github.com/openledger/openledger/loraserve/gguf"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/loraserve/sample"
	"github.com/openledger/openledger/loraserve/scheduler"
)

// maxBodyBytes bounds request bodies.
const maxBodyBytes = 4 << 20

// maxStops is OpenAI's limit on stop sequences.
const maxStops = 4

// VoucherHeader carries a voucher when the body cannot (see package doc).
const VoucherHeader = "X-Ledger-Voucher"

// api holds the HTTP handlers.
type api struct{ svc *Service }

func (a *api) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/chat/completions", a.instrument("chat", a.chat))
	mux.HandleFunc("POST /v1/completions", a.instrument("completions", a.completions))
	mux.HandleFunc("GET /v1/models", a.instrument("models", a.models))
	mux.HandleFunc("POST /v1/adapters", a.instrument("adapters_add", a.admin(a.addAdapter)))
	mux.HandleFunc("DELETE /v1/adapters/{id...}", a.instrument("adapters_delete", a.admin(a.deleteAdapter)))
	mux.Handle("GET /metrics", promhttp.HandlerFor(a.svc.metrics.Registry(), promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", a.healthz)
	for pattern, h := range a.svc.cfg.ExtraRoutes {
		mux.HandleFunc(pattern, a.instrument(pattern, h.ServeHTTP))
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "invalid_request_error", "", "not_found",
			fmt.Sprintf("unknown route %s %s", r.Method, r.URL.Path))
	})
	return mux
}

// admin guards an administrative route: with Config.AdminToken it needs
// "Authorization: Bearer TOKEN" (401 otherwise); without one it serves only
// loopback clients (403 otherwise), so a public listener never lets a
// stranger unregister or replace a (paid) adapter.
func (a *api) admin(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if token := a.svc.cfg.AdminToken; token != "" {
			got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
			if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(token)) != 1 {
				w.Header().Set("WWW-Authenticate", `Bearer realm="loraserve admin"`)
				writeError(w, http.StatusUnauthorized, "invalid_request_error", "", "unauthorized",
					"this route needs the admin token (Authorization: Bearer ...)")
				return
			}
			h(w, r)
			return
		}
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if ip := net.ParseIP(host); err != nil || ip == nil || !ip.IsLoopback() {
			writeError(w, http.StatusForbidden, "invalid_request_error", "", "forbidden",
				"adapter administration is open to loopback clients only; start loraserve with --admin.token to allow it remotely")
			return
		}
		h(w, r)
	}
}

// statusWriter records the status code and keeps http.Flusher for SSE.
type statusWriter struct {
	http.ResponseWriter
	code int
}

// WriteHeader records the first status code.
func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

// Flush forwards to the underlying writer so SSE chunks go out at once.
func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// FlushError flushes and reports whether the data reached the connection
// (http.ResponseController uses it).
func (w *statusWriter) FlushError() error {
	return http.NewResponseController(w.ResponseWriter).Flush()
}

// Unwrap gives http.ResponseController the underlying writer (deadlines).
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// deadlineBody clears the connection's read deadline once the body is read
// (to its end or an error): the deadline bounds the upload, and a read
// deadline left in place would cancel the request's context mid-generation.
type deadlineBody struct {
	io.ReadCloser
	clear func()
	once  sync.Once
}

func (b *deadlineBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err != nil {
		b.once.Do(b.clear)
	}
	return n, err
}

func (a *api) instrument(route string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		rc := http.NewResponseController(sw)
		if err := rc.SetReadDeadline(start.Add(a.svc.cfg.BodyReadTimeout)); err == nil && r.Body != nil {
			r.Body = &deadlineBody{ReadCloser: r.Body, clear: func() { _ = rc.SetReadDeadline(time.Time{}) }}
		}
		if a.svc.Stopped() {
			writeError(sw, http.StatusServiceUnavailable, "server_error", "", "shutting_down", "server is shutting down")
		} else {
			h(sw, r)
		}
		if sw.code == 0 {
			sw.code = http.StatusOK
		}
		a.svc.metrics.HTTPRequest(route, sw.code, time.Since(start))
	}
}

func (a *api) healthz(w http.ResponseWriter, _ *http.Request) {
	if a.svc.Stopped() {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "stopping"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "queue": a.svc.scheduler.QueueLen()})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, code int, typ, param, errCode, msg string) {
	body := ErrorBody{Error: APIError{Message: msg, Type: typ}}
	if param != "" {
		body.Error.Param = &param
	}
	if errCode != "" {
		body.Error.Code = &errCode
	}
	writeJSON(w, code, body)
}

func badRequest(w http.ResponseWriter, param, code, format string, args ...any) {
	writeError(w, http.StatusBadRequest, "invalid_request_error", param, code, fmt.Sprintf(format, args...))
}

func decodeBody(w http.ResponseWriter, r *http.Request, v any) bool {
	_, ok := readBody(w, r, v)
	return ok
}

// readBody reads the whole body (bounded) and decodes it into v, returning the raw bytes.
func readBody(w http.ResponseWriter, r *http.Request, v any) ([]byte, bool) {
	raw, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBodyBytes))
	if err != nil {
		writeError(w, http.StatusRequestEntityTooLarge, "invalid_request_error", "", "body_too_large",
			fmt.Sprintf("request body over %d bytes", maxBodyBytes))
		return nil, false
	}
	if err := json.Unmarshal(raw, v); err != nil {
		badRequest(w, "", "invalid_json", "could not parse the JSON body: %v", err)
		return nil, false
	}
	return raw, true
}

// job is a validated generation request.
type job struct {
	model     string
	adapter   string
	prompt    []int
	maxTokens int
	params    sample.Params
	stops     sample.Stops
	stopIDs   []int
	atStart   bool // the generated text starts a message (chat), not a continuation
	skip      bool // leave special tokens out of the text
	stream    bool
	usage     bool
	voucher   Voucher
	ticket    any // from Payments.Admit
}

// prepare validates the shared fields; it writes the error response and
// returns nil when the request is bad.
func (a *api) prepare(w http.ResponseWriter, r *http.Request, raw []byte, f *samplingFields, prompt []int, maxTokens *int, defaultMax int) *job {
	j := &job{model: f.Model, prompt: prompt, stream: f.Stream, voucher: f.Voucher, skip: true}
	if !f.IgnoreEOS {
		j.stopIDs = a.svc.prompt.eos
	}
	if f.SkipSpecialTokens != nil {
		j.skip = *f.SkipSpecialTokens
	}
	if len(j.voucher) == 0 {
		if v := r.Header.Get(VoucherHeader); v != "" {
			j.voucher = Voucher(v)
		}
	}
	switch {
	case f.Model == "":
		badRequest(w, "model", "missing_model", "model is required")
		return nil
	case f.Model == a.svc.cfg.ServedModelName:
	default:
		if _, ok := a.svc.cache.Lookup(f.Model); !ok {
			writeError(w, http.StatusNotFound, "invalid_request_error", "model", "model_not_found",
				fmt.Sprintf("the model %q does not exist", f.Model))
			return nil
		}
		j.adapter = f.Model
	}
	if f.N != nil && *f.N != 1 {
		badRequest(w, "n", "unsupported_value", "only n=1 is supported")
		return nil
	}
	j.params = sample.Params{Temperature: 1, TopP: 1}
	if f.Temperature != nil {
		j.params.Temperature = *f.Temperature
	}
	if f.TopP != nil {
		j.params.TopP = *f.TopP
	}
	if err := j.params.Validate(); err != nil {
		param := "temperature"
		if strings.Contains(err.Error(), "top_p") {
			param = "top_p"
		}
		badRequest(w, param, "invalid_value", "%v", err)
		return nil
	}
	if f.Seed != nil {
		j.params.Seed = uint64(*f.Seed)
	} else {
		var b [8]byte
		_, _ = rand.Read(b[:])
		j.params.Seed = binary.LittleEndian.Uint64(b[:])
	}
	if len(f.Stop) > maxStops {
		badRequest(w, "stop", "invalid_value", "at most %d stop sequences", maxStops)
		return nil
	}
	j.stops = sample.Stops(f.Stop)
	if f.StreamOptions != nil {
		j.usage = f.StreamOptions.IncludeUsage
	}
	ctxLen := a.svc.model.Config.MaxPositions
	if len(prompt) >= ctxLen {
		badRequest(w, "messages", "context_length_exceeded",
			"this model's maximum context length is %d tokens; the prompt has %d", ctxLen, len(prompt))
		return nil
	}
	if maxTokens != nil {
		if *maxTokens <= 0 {
			badRequest(w, "max_tokens", "invalid_value", "max_tokens must be at least 1, got %d", *maxTokens)
			return nil
		}
		j.maxTokens = *maxTokens
		if len(prompt)+j.maxTokens > ctxLen {
			badRequest(w, "max_tokens", "context_length_exceeded",
				"this model's maximum context length is %d tokens; the prompt (%d) plus max_tokens (%d) exceed it",
				ctxLen, len(prompt), j.maxTokens)
			return nil
		}
	} else {
		j.maxTokens = min(defaultMax, ctxLen-len(prompt))
	}
	if pay := a.svc.cfg.Payments; pay != nil {
		ticket, err := pay.Admit(r, raw, j.model, len(prompt), j.maxTokens)
		if err != nil {
			writeError(w, http.StatusPaymentRequired, "payment_required", "voucher", "voucher_rejected", err.Error())
			return nil
		}
		j.ticket = ticket
	}
	return j
}

func (a *api) completions(w http.ResponseWriter, r *http.Request) {
	var req CompletionRequest
	raw, ok := readBody(w, r, &req)
	if !ok {
		return
	}
	if len(req.Prompt) != 1 {
		badRequest(w, "prompt", "invalid_value", "prompt must be one string")
		return
	}
	prompt, err := a.svc.prompt.completion(req.Prompt[0])
	if err != nil {
		promptError(w, "prompt", err)
		return
	}
	j := a.prepare(w, r, raw, &req.samplingFields, prompt, req.MaxTokens, 16)
	if j == nil {
		return
	}
	id := "cmpl-" + randomID()
	created := time.Now().Unix()
	chunk := func(text string, finish *string, usage *Usage, receipt any) any {
		return CompletionResponse{ID: id, Object: "text_completion", Created: created, Model: j.model,
			Choices: []CompletionChoice{{Text: text, FinishReason: finish}}, Usage: usage, Receipt: receipt}
	}
	a.run(w, r, j, streamShape{
		first: func() any { return nil },
		delta: func(text string) any { return chunk(text, nil, nil, nil) },
		final: func(finish string, receipt any) any { return chunk("", &finish, nil, receipt) },
		usage: func(u Usage) any {
			return CompletionResponse{ID: id, Object: "text_completion", Created: created, Model: j.model, Choices: []CompletionChoice{}, Usage: &u}
		},
		whole: func(text, finish string, u Usage, receipt any) any { return chunk(text, &finish, &u, receipt) },
	})
}

func (a *api) chat(w http.ResponseWriter, r *http.Request) {
	var req ChatRequest
	raw, ok := readBody(w, r, &req)
	if !ok {
		return
	}
	if len(req.Messages) == 0 {
		badRequest(w, "messages", "invalid_value", "messages must not be empty")
		return
	}
	prompt, err := a.svc.prompt.conversation(req.Messages)
	if err != nil {
		promptError(w, "messages", err)
		return
	}
	maxTokens := req.MaxCompletionTokens
	if maxTokens == nil {
		maxTokens = req.MaxTokens
	}
	j := a.prepare(w, r, raw, &req.samplingFields, prompt, maxTokens, a.svc.cfg.DefaultMaxTokens)
	if j == nil {
		return
	}
	j.atStart = true
	id := "chatcmpl-" + randomID()
	created := time.Now().Unix()
	chunk := func(delta *ChatDelta, finish *string, receipt any) any {
		return ChatResponse{ID: id, Object: "chat.completion.chunk", Created: created, Model: j.model,
			Choices: []ChatChoice{{Delta: delta, FinishReason: finish}}, Receipt: receipt}
	}
	a.run(w, r, j, streamShape{
		first: func() any { empty := ""; return chunk(&ChatDelta{Role: "assistant", Content: &empty}, nil, nil) },
		delta: func(text string) any { return chunk(&ChatDelta{Content: &text}, nil, nil) },
		final: func(finish string, receipt any) any { return chunk(&ChatDelta{}, &finish, receipt) },
		usage: func(u Usage) any {
			return ChatResponse{ID: id, Object: "chat.completion.chunk", Created: created, Model: j.model, Choices: []ChatChoice{}, Usage: &u}
		},
		whole: func(text, finish string, u Usage, receipt any) any {
			return ChatResponse{ID: id, Object: "chat.completion", Created: created, Model: j.model,
				Choices: []ChatChoice{{Message: &ChatMessage{Role: "assistant", Content: TextContent(text)}, FinishReason: &finish}},
				Usage:   &u, Receipt: receipt}
		},
	})
}

// promptError answers a prompt that could not be built.
func promptError(w http.ResponseWriter, param string, err error) {
	if errors.Is(err, errPromptTooLong) {
		badRequest(w, param, "context_length_exceeded", "%v", err)
		return
	}
	badRequest(w, param, "invalid_value", "%v", err)
}

// streamShape builds the endpoint-specific JSON objects.
type streamShape struct {
	first func() any // first stream chunk, nil for none
	delta func(text string) any
	final func(finish string, receipt any) any
	usage func(Usage) any
	whole func(text, finish string, u Usage, receipt any) any
}

// run submits the job and writes the streamed or whole response.
func (a *api) run(w http.ResponseWriter, r *http.Request, j *job, shape streamShape) {
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	pay := a.svc.cfg.Payments
	settled := false // Commit or Abort has been called
	defer func() {
		if pay != nil && !settled {
			pay.Abort(j.ticket)
		}
	}()
	// charge prices and commits what the client has received.
	charge := func(tokens int, text string) (any, error) {
		receipt, err := pay.Complete(j.ticket, len(j.prompt), tokens, text)
		if err != nil {
			settled = true // Complete released it
			return nil, err
		}
		settled = true
		if err := pay.Commit(j.ticket); err != nil {
			return nil, err
		}
		return receipt, nil
	}
	events, err := a.svc.scheduler.Submit(&scheduler.Request{Ctx: ctx, Adapter: j.adapter, Prompt: j.prompt,
		MaxTokens: j.maxTokens, Sampling: j.params, StopIDs: j.stopIDs})
	if err != nil {
		writeSubmitError(w, err)
		return
	}
	detok := a.svc.model.Tokenizer.NewStream(j.atStart, j.skip)
	rc := http.NewResponseController(w)
	started := false
	// emit writes one event (or just the headers) within the write-stall
	// timeout and reports whether it reached the connection.
	emit := func(v any) bool {
		_ = rc.SetWriteDeadline(time.Now().Add(a.svc.cfg.WriteStallTimeout))
		if !started {
			w.Header().Set("Content-Type", "text/event-stream")
			w.Header().Set("Cache-Control", "no-cache")
			w.Header().Set("Connection", "keep-alive")
			w.WriteHeader(http.StatusOK)
			started = true
		}
		if v != nil {
			b, _ := json.Marshal(v)
			if _, err := fmt.Fprintf(w, "data: %s\n\n", b); err != nil {
				return false
			}
		}
		return rc.Flush() == nil
	}
	if j.stream {
		emit(shape.first()) // opens the stream before the first token
	}
	var text []byte
	sent, completion := 0, 0
	delivered := 0 // completion tokens whose text reached a streaming client
	finish := ""
	var failure error
	for ev := range events {
		if ev.HasToken {
			completion++
			text = append(text, detok.Next(ev.Token)...)
			if k := j.stops.Find(string(text)); k >= 0 {
				// A stop sequence: cut the text before it and end the request.
				text = text[:k]
				finish = "stop"
				cancel()
				break
			}
			if j.stream {
				safe := min(j.stops.SafeLen(string(text)), utf8SafeLen(text))
				if safe > sent && emit(shape.delta(string(text[sent:safe]))) {
					sent, delivered = safe, completion
				}
			}
		}
		if ev.Done {
			switch ev.FinishReason {
			case scheduler.FinishStop:
				finish = "stop"
			case scheduler.FinishLength:
				finish = "length"
			case scheduler.FinishCancelled:
				// The client went away. A streaming client that received
				// tokens pays for those; otherwise nothing is charged.
				if pay != nil && j.stream && sent > 0 {
					if _, err := charge(delivered, clientText(text[:sent])); err != nil {
						a.svc.log.Warn("charging a stream the client left", "tokens", delivered, "err", err)
					}
				}
				return
			default:
				failure = ev.Err
			}
			break
		}
	}
	if failure != nil {
		code, typ, errCode := http.StatusInternalServerError, "server_error", "internal_error"
		switch {
		case errors.Is(failure, lora.ErrWeights) || errors.Is(failure, lora.ErrConfig) ||
			errors.Is(failure, adaptercache.ErrHashMismatch) || errors.Is(failure, adaptercache.ErrTooLarge):
			code, typ, errCode = http.StatusUnprocessableEntity, "invalid_request_error", "adapter_load_failed"
		case errors.Is(failure, adaptercache.ErrUnknown):
			code, typ, errCode = http.StatusNotFound, "invalid_request_error", "model_not_found"
		case errors.Is(failure, scheduler.ErrStopped):
			code, typ, errCode = http.StatusServiceUnavailable, "server_error", "shutting_down"
		}
		if started {
			emit(ErrorBody{Error: APIError{Message: failure.Error(), Type: typ, Code: &errCode}})
			return
		}
		writeError(w, code, typ, "model", errCode, failure.Error())
		return
	}
	usage := Usage{PromptTokens: len(j.prompt), CompletionTokens: completion, TotalTokens: len(j.prompt) + completion}
	output := clientText(text) // exactly the text the client receives
	receiptFailed := func(err error) {
		code := "receipt_failed"
		if started {
			emit(ErrorBody{Error: APIError{Message: err.Error(), Type: "server_error", Code: &code}})
			return
		}
		writeError(w, http.StatusInternalServerError, "server_error", "", code, err.Error())
	}
	var receipt any
	if !j.stream {
		// A whole answer is charged only once it is written: priced now
		// (the body carries the receipt), committed after the flush.
		if pay != nil {
			if receipt, err = pay.Complete(j.ticket, usage.PromptTokens, usage.CompletionTokens, output); err != nil {
				settled = true // Complete released it
				receiptFailed(err)
				return
			}
		}
		_ = rc.SetWriteDeadline(time.Now().Add(a.svc.cfg.WriteStallTimeout))
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		werr := json.NewEncoder(w).Encode(shape.whole(output, finish, usage, receipt))
		if werr == nil {
			werr = rc.Flush()
		}
		// A write into the connection's buffer succeeds even when the
		// client has closed it already; the request's context says so
		// (the server saw the close), and then the answer is not the
		// client's: it is released, not charged.
		if pay != nil && werr == nil && r.Context().Err() == nil {
			settled = true
			if err := pay.Commit(j.ticket); err != nil {
				a.svc.log.Error("answer written but its receipt could not be queued", "err", err)
			}
		}
		return
	}
	if pay != nil {
		// The stream's tokens are delivered: charge before the final event.
		if receipt, err = charge(completion, output); err != nil {
			receiptFailed(err)
			return
		}
	}
	if sent < len(text) {
		emit(shape.delta(string(text[sent:])))
	}
	emit(shape.final(finish, receipt))
	if j.usage {
		emit(shape.usage(usage))
	}
	_ = rc.SetWriteDeadline(time.Now().Add(a.svc.cfg.WriteStallTimeout))
	fmt.Fprint(w, "data: [DONE]\n\n")
	_ = rc.Flush()
}

func writeSubmitError(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, scheduler.ErrQueueFull):
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusTooManyRequests, "rate_limit_exceeded", "", "queue_full", "the server is at capacity; retry shortly")
	case errors.Is(err, scheduler.ErrTooLong):
		badRequest(w, "max_tokens", "context_length_exceeded", "%v", err)
	case errors.Is(err, adaptercache.ErrUnknown):
		writeError(w, http.StatusNotFound, "invalid_request_error", "model", "model_not_found", err.Error())
	case errors.Is(err, scheduler.ErrStopped):
		writeError(w, http.StatusServiceUnavailable, "server_error", "", "shutting_down", "server is shutting down")
	case errors.Is(err, scheduler.ErrBadRequest), errors.Is(err, sample.ErrParams):
		badRequest(w, "", "invalid_value", "%v", err)
	default:
		writeError(w, http.StatusInternalServerError, "server_error", "", "internal_error", err.Error())
	}
}

// clientText returns text as JSON delivers it: each byte that is not part of
// valid UTF-8 becomes U+FFFD (as encoding/json writes it).
func clientText(text []byte) string {
	if utf8.Valid(text) {
		return string(text)
	}
	var b strings.Builder
	for len(text) > 0 {
		r, n := utf8.DecodeRune(text)
		if r == utf8.RuneError && n <= 1 {
			b.WriteRune(utf8.RuneError)
			text = text[1:]
			continue
		}
		b.Write(text[:n])
		text = text[n:]
	}
	return b.String()
}

// utf8SafeLen returns the length of s without a trailing incomplete UTF-8 sequence.
func utf8SafeLen(s []byte) int {
	for k := 1; k <= 3 && k <= len(s); k++ {
		c := s[len(s)-k]
		if c < 0x80 {
			return len(s)
		}
		if c >= 0xC0 { // a lead byte: is its sequence complete?
			if utf8.FullRune(s[len(s)-k:]) {
				return len(s)
			}
			return len(s) - k
		}
	}
	return len(s)
}

func randomID() string {
	var b [12]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func (a *api) models(w http.ResponseWriter, _ *http.Request) {
	name := a.svc.cfg.ServedModelName
	created := a.svc.started.Unix()
	list := ModelList{Object: "list", Data: []ModelCard{{ID: name, Object: "model", Created: created, OwnedBy: "openledger", Root: name, Resident: true}}}
	for _, s := range a.svc.cache.List() {
		card := ModelCard{ID: s.ID, Object: "model", Created: created, OwnedBy: "openledger", Root: name, Parent: name,
			Resident: s.Resident, Loading: s.Loading, Pinned: s.Pins, Bytes: s.Bytes}
		if s.Hash != ([32]byte{}) {
			card.SHA256 = hex.EncodeToString(s.Hash[:])
		}
		if priced, ok := a.svc.cfg.Payments.(PricedModels); ok {
			card.ModelID, _ = priced.ModelID(s.ID)
		}
		if terms, ok := a.svc.cfg.Payments.(PricedTerms); ok {
			card.Operator, card.ModelVersion, _ = terms.VoucherTerms(s.ID)
		}
		list.Data = append(list.Data, card)
	}
	writeJSON(w, http.StatusOK, list)
}

func (a *api) addAdapter(w http.ResponseWriter, r *http.Request) {
	var req AdapterRequest
	if !decodeBody(w, r, &req) {
		return
	}
	if req.ID == "" || req.ID == a.svc.cfg.ServedModelName || strings.ContainsAny(req.ID, " \t\n") {
		badRequest(w, "id", "invalid_value", "id must be non-empty, without spaces, and differ from the base model name")
		return
	}
	if req.ModelID != 0 && req.Path != "" && a.svc.cfg.PaidAdapters == nil {
		badRequest(w, "model_id", "invalid_value", "pass path or model_id, not both (both, to serve local files paid under "+
			"that model id, need a paid server that reads the registry: --settlement.rpc with --registry.rpc)")
		return
	}
	if req.ModelID != 0 {
		a.addRegistryAdapter(w, r, req)
		return
	}
	if req.Path == "" {
		badRequest(w, "path", "invalid_value", "path to a PEFT adapter directory or GGUF adapter file (or model_id) is required")
		return
	}
	dir, err := adapterPath(a.svc.cfg.AdaptersDir, req.Path)
	if err != nil {
		code := "path_outside_adapters"
		if errors.Is(err, errAdapterNotFound) {
			code = "adapter_not_found"
		}
		badRequest(w, "path", code, "%v", err)
		return
	}
	if lora.IsGGUFFile(dir) {
		if err := checkGGUFAdapter(dir); err != nil {
			badRequest(w, "path", "invalid_adapter", "%v", err)
			return
		}
	} else if _, err := os.Stat(filepath.Join(dir, lora.WeightsFile)); err != nil {
		badRequest(w, "path", "adapter_not_found", "no %s in %s", lora.WeightsFile, req.Path)
		return
	} else if _, err := lora.ReadConfig(dir); err != nil {
		badRequest(w, "path", "invalid_adapter", "%v", err)
		return
	}
	reg := adaptercache.Registration{ID: req.ID, Dir: dir}
	if req.SHA256 != "" {
		h, err := hex.DecodeString(strings.TrimPrefix(req.SHA256, "0x"))
		if err != nil || len(h) != 32 {
			badRequest(w, "sha256", "invalid_value", "sha256 must be 32 bytes of hex")
			return
		}
		copy(reg.Hash[:], h)
	}
	if err := a.svc.cache.Register(reg); err != nil {
		writeRegisterError(w, err)
		return
	}
	if req.Preload && !a.preload(w, r, req.ID) {
		return
	}
	a.svc.log.Info("adapter registered", "id", req.ID, "dir", dir, "preload", req.Preload)
	writeJSON(w, http.StatusCreated, a.card(req.ID))
}

func writeRegisterError(w http.ResponseWriter, err error) {
	if errors.Is(err, adaptercache.ErrExists) {
		writeError(w, http.StatusConflict, "invalid_request_error", "id", "adapter_exists", err.Error())
		return
	}
	writeError(w, http.StatusInternalServerError, "server_error", "", "internal_error", err.Error())
}

// preload loads a registered adapter now; on failure it unregisters it
// (and its pricing) and answers the error.
func (a *api) preload(w http.ResponseWriter, r *http.Request, id string) bool {
	h, err := a.svc.cache.Acquire(r.Context(), id)
	if err != nil {
		_ = a.svc.cache.Unregister(id)
		a.svc.unprice(id)
		writeError(w, http.StatusUnprocessableEntity, "invalid_request_error", "path", "adapter_load_failed", err.Error())
		return false
	}
	h.Release()
	return true
}

// card is the ModelCard of registered adapter id.
func (a *api) card(id string) ModelCard {
	st, _ := a.svc.cache.Lookup(id)
	card := ModelCard{ID: st.ID, Object: "model", OwnedBy: "openledger", Root: a.svc.cfg.ServedModelName,
		Parent: a.svc.cfg.ServedModelName, Resident: st.Resident, Loading: st.Loading, Bytes: st.Bytes}
	if st.Hash != ([32]byte{}) {
		card.SHA256 = hex.EncodeToString(st.Hash[:])
	}
	if priced, ok := a.svc.cfg.Payments.(PricedModels); ok {
		card.ModelID, _ = priced.ModelID(id)
	}
	return card
}

// addRegistryAdapter registers the adapter req.ModelID names: fetched from
// IPFS and verified against the weights hash the model registry records
// (a mismatch is refused: 422 weights_hash_mismatch), and on a paid server
// priced as that model with the attribution index of its Datanet versions
// before it serves anything.
func (a *api) addRegistryAdapter(w http.ResponseWriter, r *http.Request, req AdapterRequest) {
	if a.svc.cfg.Registry == nil {
		badRequest(w, "model_id", "registry_not_configured", "adapters by model_id need loraserve started with --registry.rpc")
		return
	}
	start := time.Now()
	var (
		fetched adapterfetch.Adapter
		err     error
	)
	if req.Path != "" {
		// Local files, served paid under model_id: they must be the weights
		// the registry records.
		dir, perr := adapterPath(a.svc.cfg.AdaptersDir, req.Path)
		if perr != nil {
			code := "path_outside_adapters"
			if errors.Is(perr, errAdapterNotFound) {
				code = "adapter_not_found"
			}
			badRequest(w, "path", code, "%v", perr)
			return
		}
		fetched, err = a.svc.cfg.Registry.Verify(r.Context(), req.ModelID, req.Version, dir)
	} else {
		fetched, err = a.svc.cfg.Registry.Fetch(r.Context(), req.ModelID, req.Version)
	}
	if err == nil {
		if err = a.svc.registerFetched(r.Context(), req.ID, fetched); errors.Is(err, adaptercache.ErrExists) {
			writeRegisterError(w, err)
			return
		}
	}
	switch {
	case err == nil:
		if req.Preload && !a.preload(w, r, req.ID) {
			return
		}
		a.svc.log.Info("adapter fetched from the registry", "id", req.ID, "model_id", req.ModelID, "version", fetched.Weights.Version,
			"dir", fetched.Dir, "paid", a.svc.cfg.PaidAdapters != nil, "datanets", fetched.Weights.Datanets, "elapsed", time.Since(start))
		writeJSON(w, http.StatusCreated, a.card(req.ID))
		return
	case errors.Is(err, ipfs.ErrUnavailable), errors.Is(err, ipfs.ErrNotFound):
		w.Header().Set("Retry-After", "5")
		writeError(w, http.StatusServiceUnavailable, "server_error", "model_id", "content_unavailable", err.Error())
	case errors.Is(err, ipfs.ErrHashMismatch):
		writeError(w, http.StatusUnprocessableEntity, "invalid_request_error", "model_id", "weights_hash_mismatch",
			fmt.Sprintf("refused: these weights of model %d are not the ones the model registry records: %v", req.ModelID, err))
	case errors.Is(err, payments.ErrAdapterPriced):
		writeError(w, http.StatusConflict, "invalid_request_error", "id", "adapter_exists", err.Error())
	case errors.Is(err, onchain.ErrIndexNotPublished):
		writeError(w, http.StatusUnprocessableEntity, "invalid_request_error", "model_id", "index_not_published",
			fmt.Sprintf("model %d cannot be served paid: %v (publish it with `ledger datanet index publish`)", req.ModelID, err))
	case errors.Is(err, errNotPriced):
		writeError(w, http.StatusUnprocessableEntity, "invalid_request_error", "model_id", "not_priced", err.Error())
	default:
		writeError(w, http.StatusUnprocessableEntity, "invalid_request_error", "model_id", "adapter_fetch_failed", err.Error())
	}
	a.svc.log.Warn("adapter registration by model id failed", "id", req.ID, "model_id", req.ModelID, "err", err)
}

func (a *api) deleteAdapter(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := a.svc.cache.Unregister(id); err != nil {
		writeError(w, http.StatusNotFound, "invalid_request_error", "id", "model_not_found", err.Error())
		return
	}
	// A name registered again later (other weights) is not paid as this one was.
	a.svc.unprice(id)
	a.svc.log.Info("adapter unregistered", "id", id)
	writeJSON(w, http.StatusOK, map[string]any{"id": id, "object": "model", "deleted": true})
}

// checkGGUFAdapter reads the header of a GGUF file and checks that it is a
// LoRA adapter.
func checkGGUFAdapter(path string) error {
	f, err := gguf.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if typ, _ := f.String(gguf.KeyType); typ != gguf.TypeAdapter {
		return fmt.Errorf("%s: general.type %q is not %q", path, typ, gguf.TypeAdapter)
	}
	return nil
}
