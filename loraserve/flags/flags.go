// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package flags

import (
	"fmt"
	"time"

	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/internal/flagenv"
)

// EnvVarPrefix prefixes the environment twin of every flag.
const EnvVarPrefix = "LEDGER_LORASERVE"

// The flags.
var (
	ModelDirFlag = &cli.StringFlag{Name: "model", Usage: "Hugging Face model directory (config.json, *.safetensors, tokenizer.json) or GGUF model file",
		EnvVars: flagenv.Vars(EnvVarPrefix, "MODEL")}
	AdaptersDirFlag = &cli.StringFlag{Name: "adapters", Usage: "directory whose sub-directories are PEFT adapters, registered at start under their names",
		EnvVars: flagenv.Vars(EnvVarPrefix, "ADAPTERS")}
	ServedModelNameFlag = &cli.StringFlag{Name: "served-model-name", Usage: "model id of the base model (default: the model directory name)",
		EnvVars: flagenv.Vars(EnvVarPrefix, "SERVED_MODEL_NAME")}
	HTTPAddrFlag = &cli.StringFlag{Name: "http.addr", Usage: "HTTP API listen address", Value: "127.0.0.1",
		EnvVars: flagenv.Vars(EnvVarPrefix, "HTTP_ADDR")}
	HTTPPortFlag = &cli.IntFlag{Name: "http.port", Usage: "HTTP API listen port (0 picks a free one)", Value: 8090,
		EnvVars: flagenv.Vars(EnvVarPrefix, "HTTP_PORT")}
	AdapterCacheBytesFlag = &cli.Int64Flag{Name: "adapter-cache-bytes", Usage: "memory budget for resident adapter weights",
		Value: 512 << 20, EnvVars: flagenv.Vars(EnvVarPrefix, "ADAPTER_CACHE_BYTES")}
	MaxBatchFlag = &cli.IntFlag{Name: "max-batch", Usage: "sequences per forward step", Value: 32,
		EnvVars: flagenv.Vars(EnvVarPrefix, "MAX_BATCH")}
	MaxBatchTokensFlag = &cli.IntFlag{Name: "max-batch-tokens", Usage: "tokens per forward step (prompt chunks and decode tokens)", Value: 512,
		EnvVars: flagenv.Vars(EnvVarPrefix, "MAX_BATCH_TOKENS")}
	MaxQueueFlag = &cli.IntFlag{Name: "max-queue", Usage: "waiting requests before answering 429", Value: 256,
		EnvVars: flagenv.Vars(EnvVarPrefix, "MAX_QUEUE")}
	KVPagesFlag = &cli.IntFlag{Name: "kv-pages", Usage: "KV cache pages (0: 16 full-context sequences, at most 4096)",
		EnvVars: flagenv.Vars(EnvVarPrefix, "KV_PAGES")}
	KVPageSizeFlag = &cli.IntFlag{Name: "kv-page-size", Usage: "token positions per KV cache page", Value: 16,
		EnvVars: flagenv.Vars(EnvVarPrefix, "KV_PAGE_SIZE")}
	DefaultMaxTokensFlag = &cli.IntFlag{Name: "default-max-tokens", Usage: "max_tokens of chat requests that set none", Value: 256,
		EnvVars: flagenv.Vars(EnvVarPrefix, "DEFAULT_MAX_TOKENS")}
	BackendFlag = &cli.StringFlag{Name: "backend", Usage: "kernel backend: cpu, or cuda in binaries built with -tags cuda", Value: "cpu",
		EnvVars: flagenv.Vars(EnvVarPrefix, "BACKEND")}
	ThreadsFlag = &cli.IntFlag{Name: "threads", Usage: "CPU kernel goroutines (0: GOMAXPROCS)",
		EnvVars: flagenv.Vars(EnvVarPrefix, "THREADS")}
	AdminTokenFlag = &cli.StringFlag{Name: "admin.token",
		Usage:   "bearer token for POST/DELETE /v1/adapters; without it those routes answer loopback clients only",
		EnvVars: flagenv.Vars(EnvVarPrefix, "ADMIN_TOKEN")}
	HTTPReadTimeoutFlag = &cli.DurationFlag{Name: "http.read-timeout", Usage: "time to read one request's headers and body (generation itself has no limit)",
		Value: 30 * time.Second, EnvVars: flagenv.Vars(EnvVarPrefix, "HTTP_READ_TIMEOUT")}
	HTTPWriteStallTimeoutFlag = &cli.DurationFlag{Name: "http.write-stall-timeout",
		Usage: "time one write of a response (a whole answer or one stream event) may wait for a client that does not read",
		Value: 30 * time.Second, EnvVars: flagenv.Vars(EnvVarPrefix, "HTTP_WRITE_STALL_TIMEOUT")}
	AttributionIndexFlag = &cli.StringFlag{Name: "attribution-index", Usage: "Proof-of-Attribution index directory (ledger attribution build) served at POST /v1/attribution",
		EnvVars: flagenv.Vars(EnvVarPrefix, "ATTRIBUTION_INDEX")}
	AttributionDatanetFlag = &cli.StringSliceFlag{Name: "attribution.datanet",
		Usage: "serve POST /v1/attribution over the index shards the chain records for Datanet DATANET_ID@VERSION (versions 1..VERSION, " +
			"for the model's tokenizer), fetched from IPFS and verified; instead of --attribution-index; needs --registry.rpc (repeatable)",
		EnvVars: flagenv.Vars(EnvVarPrefix, "attribution.datanet")}
)

var requiredFlags = []cli.Flag{ModelDirFlag}

var optionalFlags = []cli.Flag{
	AdaptersDirFlag, ServedModelNameFlag, HTTPAddrFlag, HTTPPortFlag, AdapterCacheBytesFlag, MaxBatchFlag,
	MaxBatchTokensFlag, MaxQueueFlag, KVPagesFlag, KVPageSizeFlag, DefaultMaxTokensFlag, BackendFlag, ThreadsFlag,
	AttributionIndexFlag, AttributionDatanetFlag, HTTPReadTimeoutFlag, HTTPWriteStallTimeoutFlag, AdminTokenFlag,
}

// Flags is every flag of the serve command, log flags included.
var Flags []cli.Flag

func init() {
	optionalFlags = append(optionalFlags, oplog.CLIFlags(EnvVarPrefix)...)
	Flags = append(append([]cli.Flag{}, requiredFlags...), optionalFlags...)
}

// CheckRequired fails when a required flag is unset.
func CheckRequired(ctx *cli.Context) error {
	for _, f := range requiredFlags {
		if !ctx.IsSet(f.Names()[0]) {
			return fmt.Errorf("flag %s is required", f.Names()[0])
		}
	}
	return nil
}
