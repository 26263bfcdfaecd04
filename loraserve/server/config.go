// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/loraserve/adapterfetch"
	"github.com/openledger/openledger/loraserve/kernels"
	"github.com/openledger/openledger/loraserve/model"
)

// ErrConfig is returned by Config.Check for an unusable configuration.
var ErrConfig = errors.New("loraserve: bad config")

// Config is everything the service needs.
type Config struct {
	ModelDir          string // Hugging Face model directory or GGUF model file
	AdaptersDir       string // every sub-directory holding adapter_config.json is registered at start
	ServedModelName   string // the model id of the base model (default: the model directory's name)
	ListenAddr        string // host:port of the HTTP API (port 0 picks one)
	AdapterCacheBytes int64
	MaxBatch          int
	MaxBatchTokens    int
	MaxQueue          int
	KVPages           int
	PageSize          int
	DefaultMaxTokens  int
	Backend           string // "cpu", or "cuda" in binaries built with -tags cuda
	Threads           int    // CPU kernel goroutines (0: GOMAXPROCS)
	// AdminToken, when set, is the bearer token POST and DELETE
	// /v1/adapters require (Authorization: Bearer TOKEN); when empty those
	// routes answer only clients on a loopback address.
	AdminToken string
	// BodyReadTimeout bounds reading one request's headers and body; a
	// generation itself has no time limit.
	BodyReadTimeout time.Duration
	// WriteStallTimeout bounds each write of a response (a whole answer,
	// or one event of a stream) to a client that does not read; a long
	// answer or stream that keeps being read is never cut.
	WriteStallTimeout time.Duration
	// ExtraRoutes mounts more handlers on the API listener, keyed by
	// http.ServeMux pattern (e.g. "POST /v1/attribution" for the attribution
	// engine's handler), so embedders add endpoints without loraserve
	// depending on them.
	ExtraRoutes map[string]http.Handler
	// Payments, when set, admits each generation request before inference
	// and turns each finished one into the receipt the response carries
	// (settlement); nil serves every request without payment.
	Payments Payments
	// Registry, when set, fetches adapters named by their model-registry id
	// (POST /v1/adapters with model_id, and RegistryAdapters at start).
	Registry AdapterRegistry
	// RegistryAdapters are fetched through Registry and registered at start.
	RegistryAdapters []adapterfetch.Spec
	// PaidAdapters, when set (a paid server that reads the registry), makes
	// every adapter fetched through Registry paid under its model id, with
	// the attribution index of its provenance's Datanet versions, before it
	// serves a request; loraserve/payments' RuntimeAdapters implements it.
	PaidAdapters PaidAdapters
}

// AdapterRegistry fetches a LoRA adapter by its model-registry id and version
// (0: the latest): its PEFT directory, fetched from IPFS and verified
// against the weights hash the model registry records, and that record
// (with the Datanet versions it was trained on); *adapterfetch.Fetcher
// implements it.
type AdapterRegistry interface {
	Fetch(ctx context.Context, modelID, version uint64) (adapterfetch.Adapter, error)
	// Verify checks local adapter files at path against that record
	// instead (ipfs.ErrHashMismatch when they are other weights).
	Verify(ctx context.Context, modelID, version uint64, path string) (adapterfetch.Adapter, error)
}

// PaidAdapters prices adapters registered while the server runs.
type PaidAdapters interface {
	// AddPaid prices adapter id as version modelVersion of registry model
	// modelID (what its vouchers must name), attributing its
	// outputs with the index shards the chain records for datanets; it
	// fails when one is missing or does not match the chain, and when id
	// is already paid.
	AddPaid(ctx context.Context, id string, modelID, modelVersion uint64, dir string, datanets []onchain.DatanetVersion) error
	// RemovePaid stops pricing adapter id.
	RemovePaid(id string)
}

// Payments is the settlement hook of the generation endpoints.
type Payments interface {
	// Admit decides, before inference, whether the request may run. body is
	// the raw request body (the voucher's requestHash covers it); model is
	// the base name or adapter id; maxTokens is the completion budget. An
	// error answers 402 with its message; the ticket goes to Complete or Abort.
	Admit(r *http.Request, body []byte, model string, promptTokens, maxTokens int) (ticket any, err error)
	// Complete prices what the client received (completionTokens of output,
	// whose text is output) and returns the receipt object attached to the
	// response (the final chunk when streaming). Nothing is charged until
	// Commit.
	Complete(ticket any, promptTokens, completionTokens int, output string) (receipt any, err error)
	// Commit charges a completed request (queues its receipt durably). The
	// server calls it once the answer is the client's: after a whole
	// response is written and flushed, before a stream's final event (its
	// tokens are delivered already), and when a streaming client leaves
	// after receiving tokens (it pays for those).
	Commit(ticket any) error
	// Abort releases an admitted request that is not charged: no answer
	// (client gone before any token, server error), or a whole answer that
	// could not be written or whose client left before it was.
	Abort(ticket any)
}

// PaidFromStart is implemented by Payments hooks that price adapters from
// the start (loraserve/payments' --settlement.adapter): Start checks them
// before the server serves, and an adapter unregistered while serving stops
// being paid.
type PaidFromStart interface {
	// CheckWeights fails unless, for every adapter the hook prices,
	// files(adapter) names the local files the server serves under that
	// name and they are the weights the model registry records for the
	// model version it is paid as (the check POST /v1/adapters with a
	// path and a model_id makes, AdapterRegistry.Verify).
	CheckWeights(ctx context.Context, files func(adapter string) (path string, ok bool)) error
	// RemovePaid stops pricing adapter.
	RemovePaid(adapter string)
}

// PricedModels is implemented by Payments hooks that know the on-chain model
// id of each paid adapter; GET /v1/models then lists it, so clients know which
// model a voucher must name.
type PricedModels interface {
	ModelID(adapter string) (uint64, bool)
}

// PricedTerms is implemented by Payments hooks whose vouchers name an
// operator and a model version; GET /v1/models then lists them too.
type PricedTerms interface {
	// VoucherTerms returns the operator address (0x hex) and the model
	// version a paid adapter's vouchers must name.
	VoucherTerms(adapter string) (operator string, modelVersion uint64, ok bool)
}

// DefaultConfig returns the defaults the flags use.
func DefaultConfig() Config {
	return Config{
		ListenAddr: "127.0.0.1:8090", AdapterCacheBytes: 512 << 20, MaxBatch: 32, MaxBatchTokens: 512,
		MaxQueue: 256, PageSize: 16, DefaultMaxTokens: 256, Backend: "cpu",
		BodyReadTimeout: 30 * time.Second, WriteStallTimeout: 30 * time.Second,
	}
}

// Check validates the configuration.
func (c *Config) Check() error {
	switch {
	case c.ModelDir == "":
		return fmt.Errorf("%w: model directory is required", ErrConfig)
	case c.BodyReadTimeout <= 0 || c.WriteStallTimeout <= 0:
		return fmt.Errorf("%w: the HTTP read and write-stall timeouts must be positive", ErrConfig)
	case c.AdapterCacheBytes <= 0:
		return fmt.Errorf("%w: adapter cache bytes must be positive", ErrConfig)
	case c.MaxBatch <= 0 || c.MaxBatchTokens < c.MaxBatch || c.MaxQueue <= 0:
		return fmt.Errorf("%w: need max-batch > 0, max-batch-tokens >= max-batch, max-queue > 0", ErrConfig)
	case c.DefaultMaxTokens <= 0 || c.PageSize <= 0 || c.KVPages < 0 || c.Threads < 0:
		return fmt.Errorf("%w: default-max-tokens and page-size must be positive", ErrConfig)
	}
	if _, ok := backends[c.Backend]; !ok {
		return fmt.Errorf("%w: backend %q not available (have %s)", ErrConfig, c.Backend, strings.Join(BackendNames(), ", "))
	}
	if len(c.RegistryAdapters) > 0 && c.Registry == nil {
		return fmt.Errorf("%w: adapters by model-registry id need a registry (--registry.rpc)", ErrConfig)
	}
	if st, err := os.Stat(c.ModelDir); err != nil || !st.IsDir() && !model.IsGGUF(c.ModelDir) {
		return fmt.Errorf("%w: model %q is neither a directory nor a GGUF file", ErrConfig, c.ModelDir)
	}
	return nil
}

// backends maps --backend values to constructors; the cuda build adds "cuda".
var backends = map[string]func(threads int) (kernels.Backend, error){
	"cpu": func(threads int) (kernels.Backend, error) { return kernels.NewCPU(threads), nil },
}

// BackendNames lists the kernel backends compiled into this binary.
func BackendNames() []string {
	names := make([]string, 0, len(backends))
	for n := range backends {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// adapterDirs returns id -> directory for every adapter under root.
func adapterDirs(root string) (map[string]string, error) {
	out := map[string]string{}
	if root == "" {
		return out, nil
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		return nil, fmt.Errorf("%w: adapters directory: %w", ErrConfig, err)
	}
	for _, e := range entries {
		dir := filepath.Join(root, e.Name())
		if _, err := os.Stat(filepath.Join(dir, "adapter_config.json")); e.IsDir() && err == nil {
			out[e.Name()] = dir
		}
		if id, ok := strings.CutSuffix(e.Name(), ".gguf"); ok && id != "" && e.Type().IsRegular() {
			out[id] = dir // a GGUF adapter file
		}
	}
	return out, nil
}
