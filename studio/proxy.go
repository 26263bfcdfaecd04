// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package studio

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
	"time"

	"github.com/openledger/openledger/studio/metrics"
)

// Routes of the same-origin proxies.
const (
	rpcRoute           = "/rpc"
	loraservePrefix    = "/api/loraserve"
	modelFactoryPrefix = "/api/modelfactory"
	contentRoute       = "/api/content"
)

// maxRPCBody caps one JSON-RPC request (a batch included).
const maxRPCBody = 1 << 20

// rpcMethods are the JSON-RPC methods the page may call through /rpc: reads,
// fee data and raw transactions. Everything else (debug_, admin_, txpool_,
// personal_, engine_, eth_sign*, eth_sendTransaction …) stays private to the
// node's operator; wallets send transactions to the node themselves.
var rpcMethods = map[string]bool{
	"eth_chainId": true, "net_version": true, "web3_clientVersion": true, "eth_blockNumber": true,
	"eth_getBlockByNumber": true, "eth_getBlockByHash": true, "eth_getBalance": true, "eth_getCode": true,
	"eth_getStorageAt": true, "eth_getTransactionCount": true, "eth_call": true, "eth_estimateGas": true,
	"eth_gasPrice": true, "eth_maxPriorityFeePerGas": true, "eth_feeHistory": true, "eth_getLogs": true,
	"eth_getTransactionByHash": true, "eth_getTransactionReceipt": true, "eth_sendRawTransaction": true,
	"eth_getBlockReceipts": true, "eth_syncing": true,
}

// loraserveRoutes are the loraserve endpoints the page uses; its admin
// routes (POST/DELETE /v1/adapters) are not reachable through Studio.
var loraserveRoutes = map[string]string{
	"/v1/models":           http.MethodGet,
	"/v1/chat/completions": http.MethodPost,
	"/v1/completions":      http.MethodPost,
	"/v1/attribution":      http.MethodPost,
}

// upstream is a reverse proxy to one service.
type upstream struct {
	name    string
	target  *url.URL
	proxy   *httputil.ReverseProxy
	metrics metrics.Metricer
}

func newUpstream(name, raw string, m metrics.Metricer) (*upstream, error) {
	target, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %s URL: %v", ErrConfig, name, err)
	}
	u := &upstream{name: name, target: target, metrics: m}
	u.proxy = &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			// forward has set the whole path (the target's base path and the
			// route); SetURL would join the base path a second time.
			pr.Out.URL.Scheme, pr.Out.URL.Host, pr.Out.Host = target.Scheme, target.Host, ""
			switch {
			case target.RawQuery == "":
			case pr.Out.URL.RawQuery == "":
				pr.Out.URL.RawQuery = target.RawQuery
			default:
				pr.Out.URL.RawQuery = target.RawQuery + "&" + pr.Out.URL.RawQuery
			}
			pr.SetXForwarded()
			pr.Out.Header.Del("Cookie")
			pr.Out.Header.Del("Authorization")
		},
		FlushInterval: -1, // stream server-sent events as they come
		ModifyResponse: func(r *http.Response) error {
			outcome := "ok"
			if r.StatusCode >= 400 {
				outcome = "error"
			}
			if start, ok := r.Request.Context().Value(startKey{}).(time.Time); ok {
				u.metrics.Upstream(name, outcome, time.Since(start))
			}
			r.Header.Del("Set-Cookie")
			r.Header.Del("Access-Control-Allow-Origin")
			return nil
		},
		ErrorHandler: func(w http.ResponseWriter, r *http.Request, err error) {
			if start, ok := r.Context().Value(startKey{}).(time.Time); ok {
				u.metrics.Upstream(name, "unreachable", time.Since(start))
			}
			writeError(w, http.StatusBadGateway, fmt.Sprintf("%s could not be reached", u.label()))
		},
	}
	return u, nil
}

func (u *upstream) label() string {
	switch u.name {
	case "rpc":
		return "the chain's RPC node"
	case "loraserve":
		return "the inference server"
	case "modelfactory":
		return "ModelFactory"
	}
	return u.name
}

type startKey struct{}

// forward proxies r to path on the upstream: the full path, the target's
// base path included (the query string is kept, after the target's own).
func (u *upstream) forward(w http.ResponseWriter, r *http.Request, path string) {
	out := r.Clone(withStart(r.Context()))
	out.URL.Path = path
	out.URL.RawPath = ""
	// Long answers and event streams outlive the server's write timeout.
	_ = http.NewResponseController(w).SetWriteDeadline(time.Time{})
	u.proxy.ServeHTTP(w, out)
}

// rpcHandler forwards JSON-RPC requests whose every method is allowed.
func (s *Service) rpcHandler(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeError(w, http.StatusMethodNotAllowed, "JSON-RPC takes POST")
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxRPCBody))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			s.metrics.RPCRefused("too_large")
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("JSON-RPC request over %d bytes", maxRPCBody))
			return
		}
		writeError(w, http.StatusBadRequest, "read request: "+err.Error())
		return
	}
	if err := checkRPC(body); err != nil {
		reason := "malformed"
		if errors.Is(err, errMethodNotAllowed) {
			reason = "method"
		}
		s.metrics.RPCRefused(reason)
		writeError(w, http.StatusForbidden, err.Error())
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.ContentLength = int64(len(body))
	r.Header.Set("Content-Type", "application/json")
	s.rpc.forward(w, r, s.rpc.target.Path)
}

var errMethodNotAllowed = errors.New("JSON-RPC method not available through Studio")

// checkRPC accepts a JSON-RPC request or batch whose methods are all allowed.
func checkRPC(body []byte) error {
	var calls []struct {
		Method string `json:"method"`
	}
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) > 0 && trimmed[0] == '[' {
		if err := json.Unmarshal(trimmed, &calls); err != nil {
			return fmt.Errorf("malformed JSON-RPC batch: %v", err)
		}
		if len(calls) == 0 || len(calls) > 100 {
			return fmt.Errorf("a JSON-RPC batch holds 1 to 100 calls, not %d", len(calls))
		}
	} else {
		calls = calls[:0]
		var one struct {
			Method string `json:"method"`
		}
		if err := json.Unmarshal(trimmed, &one); err != nil {
			return fmt.Errorf("malformed JSON-RPC request: %v", err)
		}
		calls = append(calls, one)
	}
	for _, c := range calls {
		if !rpcMethods[c.Method] {
			return fmt.Errorf("%w: %q", errMethodNotAllowed, c.Method)
		}
	}
	return nil
}

// loraserveHandler forwards the page's inference requests to loraserve.
func (s *Service) loraserveHandler(w http.ResponseWriter, r *http.Request) {
	path := strings.TrimPrefix(r.URL.Path, loraservePrefix)
	method, ok := loraserveRoutes[path]
	if !ok {
		writeError(w, http.StatusNotFound, "no such inference endpoint")
		return
	}
	if r.Method != method {
		w.Header().Set("Allow", method)
		writeError(w, http.StatusMethodNotAllowed, path+" takes "+method)
		return
	}
	s.loraserve.forward(w, r, strings.TrimSuffix(s.loraserve.target.Path, "/")+path)
}

// modelFactoryHandler forwards /api/modelfactory/v1/… to ModelFactory's API.
func (s *Service) modelFactoryHandler(w http.ResponseWriter, r *http.Request) {
	path := strings.TrimPrefix(r.URL.Path, modelFactoryPrefix)
	if !strings.HasPrefix(path, "/v1/") || strings.Contains(path, "..") {
		writeError(w, http.StatusNotFound, "no such ModelFactory endpoint")
		return
	}
	s.modelFactory.forward(w, r, strings.TrimSuffix(s.modelFactory.target.Path, "/")+path)
}

func writeError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}
