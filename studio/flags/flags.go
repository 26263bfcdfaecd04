// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package flags

import (
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/internal/flagenv"
)

// EnvVarPrefix prefixes the environment twin of every flag.
const EnvVarPrefix = "LEDGER_STUDIO"

func prefixEnvVars(name string) []string { return flagenv.Vars(EnvVarPrefix, name) }

// The flags.
var (
	HTTPAddrFlag = &cli.StringFlag{Name: "http.addr", Usage: "listen address of the web app", Value: "127.0.0.1",
		EnvVars: prefixEnvVars("HTTP_ADDR")}
	HTTPPortFlag = &cli.IntFlag{Name: "http.port", Usage: "listen port of the web app (0 picks a free one)", Value: 3000,
		EnvVars: prefixEnvVars("HTTP_PORT")}
	ChainRPCFlag = &cli.StringFlag{Name: "chain.rpc", Usage: "JSON-RPC URL of an OpenLedger node; the page reads the chain through Studio's /rpc proxy to it",
		Value: "http://127.0.0.1:8545", EnvVars: prefixEnvVars("CHAIN_RPC")}
	ChainPublicRPCFlag = &cli.StringFlag{Name: "chain.public-rpc", Usage: "RPC URL given to wallets in wallet_addEthereumChain, reachable from users' browsers (default: --chain.rpc)",
		EnvVars: prefixEnvVars("CHAIN_PUBLIC_RPC")}
	ChainIDFlag = &cli.Uint64Flag{Name: "chain.id", Usage: "chain id (checked against the node at start)", Value: 1612,
		EnvVars: prefixEnvVars("CHAIN_ID")}
	ChainNameFlag = &cli.StringFlag{Name: "chain.name", Usage: "chain name shown by wallets", Value: "OpenLedger devnet",
		EnvVars: prefixEnvVars("CHAIN_NAME")}
	ExplorerURLFlag = &cli.StringFlag{Name: "chain.explorer", Usage: "block explorer URL given to wallets (optional)",
		EnvVars: prefixEnvVars("CHAIN_EXPLORER")}
	LoraserveURLFlag = &cli.StringFlag{Name: "loraserve.url", Usage: "loraserve base URL for OpenChat (empty: chat off)",
		EnvVars: prefixEnvVars("LORASERVE_URL")}
	ModelFactoryURLFlag = &cli.StringFlag{Name: "modelfactory.url", Usage: "ModelFactory service base URL (empty: training off)",
		EnvVars: prefixEnvVars("MODELFACTORY_URL")}
	IPFSAPIFlag = &cli.StringFlag{Name: "content.ipfs-api", Usage: "RPC API URL of the IPFS node that stores contributions, e.g. http://127.0.0.1:5001 (empty: uploads off)",
		EnvVars: prefixEnvVars("CONTENT_IPFS_API")}
	MaxUploadFlag = &cli.Int64Flag{Name: "content.max-upload-bytes", Usage: "largest contribution a user may upload", Value: 32 << 20,
		EnvVars: prefixEnvVars("CONTENT_MAX_UPLOAD_BYTES")}
)

var optionalFlags = []cli.Flag{
	HTTPAddrFlag, HTTPPortFlag, ChainRPCFlag, ChainPublicRPCFlag, ChainIDFlag, ChainNameFlag, ExplorerURLFlag,
	LoraserveURLFlag, ModelFactoryURLFlag, IPFSAPIFlag, MaxUploadFlag,
}

// Flags is every flag of the server, log flags included.
var Flags []cli.Flag

func init() {
	optionalFlags = append(optionalFlags, oplog.CLIFlags(EnvVarPrefix)...)
	Flags = append([]cli.Flag{}, optionalFlags...)
}
