// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package studio

import (
	"errors"
	"fmt"
	"net/url"

	"github.com/ethereum/go-ethereum/common"
	"github.com/openledger/openledger/contracts/addresses"
)

// Precompile addresses the page calls (from contracts/addresses).
var (
	DatanetRegistryAddress = addresses.DatanetRegistry
	ModelRegistryAddress   = addresses.ModelRegistry
	SettlementAddress      = addresses.Settlement
)

// ErrConfig is returned for an invalid configuration.
var ErrConfig = errors.New("studio: bad configuration")

// Config configures the Studio server.
type Config struct {
	// ListenAddr is the HTTP listen address (host:port; port 0 picks one).
	ListenAddr string
	// ChainRPC is the node's JSON-RPC URL the /rpc proxy forwards to.
	ChainRPC string
	// PublicRPC is the RPC URL wallets are given in wallet_addEthereumChain
	// (reachable from users' browsers); empty means ChainRPC.
	PublicRPC string
	// ChainID is the chain's id; Start checks it against the node when the node answers.
	ChainID uint64
	// ChainName is the name wallets show.
	ChainName string
	// ExplorerURL is a block explorer for wallets (optional).
	ExplorerURL string
	// LoraserveURL, ModelFactoryURL and IPFSAPIURL are the services' base
	// URLs; empty turns the page's matching features off.
	LoraserveURL    string
	ModelFactoryURL string
	IPFSAPIURL      string
	// MaxUploadBytes caps one contribution upload.
	MaxUploadBytes int64
	// Version is shown in the page's footer.
	Version string
}

// DefaultConfig is the configuration for `make devnet`'s chain.
func DefaultConfig() Config {
	return Config{
		ListenAddr:     "127.0.0.1:3000",
		ChainRPC:       "http://127.0.0.1:8545",
		ChainID:        1612,
		ChainName:      "OpenLedger devnet",
		MaxUploadBytes: 32 << 20,
		Version:        "dev",
	}
}

// Check validates the configuration.
func (c Config) Check() error {
	if c.ListenAddr == "" {
		return fmt.Errorf("%w: no listen address", ErrConfig)
	}
	if err := checkURL("chain RPC", c.ChainRPC, true); err != nil {
		return err
	}
	for _, u := range []struct{ name, v string }{{"public RPC", c.PublicRPC}, {"explorer", c.ExplorerURL},
		{"loraserve", c.LoraserveURL}, {"ModelFactory", c.ModelFactoryURL}, {"IPFS API", c.IPFSAPIURL}} {
		if err := checkURL(u.name, u.v, false); err != nil {
			return err
		}
	}
	if c.ChainID == 0 {
		return fmt.Errorf("%w: chain id is zero", ErrConfig)
	}
	if c.ChainName == "" {
		return fmt.Errorf("%w: no chain name", ErrConfig)
	}
	if c.MaxUploadBytes < 1 {
		return fmt.Errorf("%w: upload limit %d bytes", ErrConfig, c.MaxUploadBytes)
	}
	return nil
}

func checkURL(name, v string, required bool) error {
	if v == "" {
		if required {
			return fmt.Errorf("%w: no %s URL", ErrConfig, name)
		}
		return nil
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%w: %s URL %q is not an http(s) URL", ErrConfig, name, v)
	}
	return nil
}

// pageConfig is the configuration the page reads (studio/web/src/lib/config.ts).
type pageConfig struct {
	Chain struct {
		ID       uint64 `json:"id"`
		Name     string `json:"name"`
		RPCURL   string `json:"rpcUrl"`
		Currency struct {
			Name     string `json:"name"`
			Symbol   string `json:"symbol"`
			Decimals int    `json:"decimals"`
		} `json:"currency"`
		ExplorerURL string `json:"explorerUrl,omitempty"`
	} `json:"chain"`
	RPC       string `json:"rpc"`
	Contracts struct {
		DatanetRegistry common.Address `json:"datanetRegistry"`
		ModelRegistry   common.Address `json:"modelRegistry"`
		Settlement      common.Address `json:"settlement"`
	} `json:"contracts"`
	Services struct {
		Loraserve    string `json:"loraserve"`
		ModelFactory string `json:"modelfactory"`
		Content      string `json:"content"`
	} `json:"services"`
	Version string `json:"version"`
}

func (c Config) page() pageConfig {
	var p pageConfig
	p.Chain.ID, p.Chain.Name, p.Chain.RPCURL, p.Chain.ExplorerURL = c.ChainID, c.ChainName, c.PublicRPC, c.ExplorerURL
	if p.Chain.RPCURL == "" {
		p.Chain.RPCURL = c.ChainRPC
	}
	p.Chain.Currency.Name, p.Chain.Currency.Symbol, p.Chain.Currency.Decimals = "OPEN", "OPEN", 18
	p.RPC = rpcRoute
	p.Contracts.DatanetRegistry, p.Contracts.ModelRegistry, p.Contracts.Settlement = DatanetRegistryAddress, ModelRegistryAddress, SettlementAddress
	if c.LoraserveURL != "" {
		p.Services.Loraserve = loraservePrefix
	}
	if c.ModelFactoryURL != "" {
		p.Services.ModelFactory = modelFactoryPrefix
	}
	if c.IPFSAPIURL != "" {
		p.Services.Content = contentRoute
	}
	p.Version = c.Version
	return p
}
