// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package server is the loraserve service: it loads the base model, registers
// adapters in the adapter cache, runs the batch scheduler, and serves an
// OpenAI-compatible HTTP API.
//
// # Routes
//
//	POST   /v1/chat/completions   chat (the model's chat_template), stream with SSE
//	POST   /v1/completions        text completion, stream with SSE
//	GET    /v1/models             base model and adapters, with residency
//	POST   /v1/adapters           register (and optionally preload) an adapter
//	DELETE /v1/adapters/{id}      unregister an adapter
//	GET    /metrics               Prometheus metrics
//	GET    /healthz               liveness
//
// POST /v1/adapters takes a path inside Config.AdaptersDir (relative to it,
// or absolute within it; .., other absolute paths and symbolic links out of
// it are refused), or a model_id fetched through Config.Registry and, with
// Config.PaidAdapters, served paid under that model id with the attribution
// index of its provenance's Datanet versions from the chain.
//
// The model field selects the base model (its served name) or an adapter id.
// The adapter routes are administrative: with Config.AdminToken
// (--admin.token) they need "Authorization: Bearer TOKEN"; without one they
// answer loopback clients only (403 to anyone else).
//
// Answers have no overall time limit (no server-wide read or write timeout):
// the request's headers and body must arrive within BodyReadTimeout, and
// each write to the client (a whole answer, one stream event) within
// WriteStallTimeout.
//
// # Prompts
//
// A chat prompt is the model's tokenizer_config.json chat_template rendered
// (package chat) and encoded without added special tokens, as transformers'
// apply_chat_template does; a completion prompt gets the special tokens the
// tokenizer's post-processor adds (BOS). Before tokenizing, a prompt whose
// byte length alone proves it cannot fit the context (tokenizer.MinTokens)
// is refused with 400 context_length_exceeded. Generation stops at the end
// tokens of config.json, generation_config.json and tokenizer_config.json
// unless the request sets ignore_eos; special tokens are left out of the
// returned text unless it sets skip_special_tokens to false.
// Errors use the OpenAI body {"error":{"message","type","param","code"}}; a full
// queue answers 429 with Retry-After.
//
// # Settlement fields
//
// Requests may carry an EIP-712 inference voucher, in the "voucher" body field
// or the X-Ledger-Voucher header. Config.Payments (the settlement hook) sees
// the raw body before inference and may refuse it (402, code
// voucher_rejected); after inference it returns the receipt object that the
// response (or the final stream chunk) carries in "receipt", before the
// answer's end is sent; a request that produces no answer is aborted. Without
// Payments every request is served free and no receipt is attached. A hook
// that prices adapters from the start (PaidFromStart: loraserve/payments'
// --settlement.adapter) has their files checked against the model registry
// in Start, before the listener opens: a paid adapter whose files are not
// the weights the registry records, or that has no files, stops the server
// from starting. DELETE /v1/adapters/{id} stops pricing the adapter.
//
// Service implements the op-service Lifecycle (Start, Stop, Stopped) and
// exposes Addr so the devnet can embed it.
package server
