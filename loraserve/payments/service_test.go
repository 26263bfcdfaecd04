// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/loraserve/adapterfetch"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/loraserve/testmodel"
	"github.com/openledger/openledger/precompiles/settlement/settlementtest"
)

// readFlags runs a cli app with the settlement flags and returns the config.
func readFlags(t *testing.T, env map[string]string, args ...string) (payments.CLIConfig, error) {
	t.Helper()
	for k, v := range env {
		t.Setenv(k, v)
	}
	var cfg payments.CLIConfig
	var rerr error
	flags := append(payments.CLIFlags("LEDGER_LORASERVE"), adapterfetch.CLIFlags("LEDGER_LORASERVE")...)
	app := &cli.App{Flags: flags, Action: func(c *cli.Context) error {
		cfg, rerr = payments.ReadCLIConfig(c)
		return nil
	}}
	if err := app.Run(append([]string{"loraserve"}, args...)); err != nil {
		t.Fatal(err)
	}
	return cfg, rerr
}

func TestCLIConfig(t *testing.T) {
	key := hexutil.Encode(crypto.FromECDSA(mustKey(t)))
	cfg, err := readFlags(t, map[string]string{"LEDGER_LORASERVE_SETTLEMENT_RPC": "http://node:8545", "LEDGER_LORASERVE_SETTLEMENT_KEY": key},
		"--settlement.adapter", "med=2:/idx/med", "--settlement.adapter", "legal=3@4", "--settlement.batch", "50")
	if err != nil {
		t.Fatal(err)
	}
	if !cfg.Enabled() || cfg.RPC != "http://node:8545" || cfg.BatchSize != 50 || len(cfg.Adapters) != 2 ||
		cfg.Adapters[0] != (payments.AdapterSpec{Name: "med", ModelID: 2, IndexDir: "/idx/med"}) ||
		cfg.Adapters[1] != (payments.AdapterSpec{Name: "legal", ModelID: 3, ModelVersion: 4}) {
		t.Fatalf("config %+v", cfg)
	}
	if err := cfg.Check(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		mutate func(*payments.CLIConfig)
	}{
		{"bad-key", func(c *payments.CLIConfig) { c.KeyHex = "0x12" }},
		{"no-adapters", func(c *payments.CLIConfig) { c.Adapters = nil }},
		{"duplicate-adapter", func(c *payments.CLIConfig) { c.Adapters = append(c.Adapters, c.Adapters[0]) }},
		{"no-queue", func(c *payments.CLIConfig) { c.QueueDir = "" }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := cfg
			c.Adapters = append([]payments.AdapterSpec{}, cfg.Adapters...)
			tc.mutate(&c)
			if err := c.Check(); !errors.Is(err, payments.ErrBadConfig) {
				t.Fatalf("Check = %v", err)
			}
		})
	}
	for _, bad := range []string{"med", "=2", "med=x", "med=0", "med=2@", "med=2@0", "med=2@x:/idx"} {
		if _, err := payments.ParseAdapterSpec(bad); !errors.Is(err, payments.ErrBadConfig) {
			t.Fatalf("%q: %v", bad, err)
		}
	}
	if off, _ := readFlags(t, map[string]string{"LEDGER_LORASERVE_SETTLEMENT_RPC": ""}); off.Enabled() || off.Check() != nil {
		t.Fatal("no RPC must mean settlement off and a valid config")
	}
	// A paid server that reads the model registry makes adapters paid by
	// registry id while it runs: it needs no --settlement.adapter. Without
	// the registry, the error names both ways.
	reg, err := readFlags(t, nil, "--settlement.rpc", "http://node:8545", "--settlement.key", key, "--registry.rpc", "http://node:8545")
	if err != nil || !reg.Registry || len(reg.Adapters) != 0 {
		t.Fatalf("registry config %+v: %v", reg, err)
	}
	if err := reg.Check(); err != nil {
		t.Fatalf("paid server with the registry and no startup adapter: %v", err)
	}
	reg.Registry = false
	if err := reg.Check(); !errors.Is(err, payments.ErrBadConfig) ||
		!strings.Contains(err.Error(), "--settlement.adapter") || !strings.Contains(err.Error(), "--registry.rpc") {
		t.Fatalf("paid server with no way to price an adapter: %v", err)
	}
}

func mustKey(t *testing.T) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// TestService builds the service from flags-shaped config against a node
// over HTTP, admits a paid request through its gate and settles it.
func TestService(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{HTTP: true})
	f.Deposit(settlementtest.Payer, open.Wei(1))
	startProducer(t, f)
	tok, err := testmodel.Tokenizer(testmodel.Tiny.BPEVocab)
	if err != nil {
		t.Fatal(err)
	}
	index := filepath.Join(t.TempDir(), "index")
	id := f.InProvenance[1]
	if _, err := attribution.BuildIndex(index, attribution.FromIntEncoder(tok), []attribution.DatanetVersion{{DatanetID: 1, Version: 1,
		Contributions: []attribution.Contribution{{ID: id, Contributor: f.Contributions[id], Text: corpus[1]}}}}, attribution.BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	a := f.Adapters[0]
	cfg := payments.CLIConfig{RPC: f.Node.HTTPEndpoint(), KeyHex: hexutil.Encode(crypto.FromECDSA(f.Keys[settlementtest.Settler])),
		QueueDir: t.TempDir(), Adapters: []payments.AdapterSpec{{Name: "med", ModelID: a.ID, IndexDir: index}},
		BatchSize: 10, Interval: 20 * time.Millisecond, ConfirmTimeout: 5 * time.Second, Margin: 60}
	ctx := context.Background()
	svc, err := payments.NewService(ctx, cfg, attribution.FromIntEncoder(tok), log.Root(), prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	r := newRequest(t, f, a, 1, uint256.NewInt(1e16), "q")
	voucher, _ := json.Marshal(r.signed)
	if _, err := svc.Gate.Admit(ctx, voucher, r.body, "other", 5, 5); !errors.Is(err, payments.ErrUnpricedModel) {
		t.Fatalf("unpriced adapter: %v", err)
	}
	// The service serves the latest version (1) and is the settler.
	if op, version, ok := svc.Gate.Terms("med"); !ok || op != f.Addr(settlementtest.Settler) || version != 1 {
		t.Fatalf("terms %s %d %v", op, version, ok)
	}
	paid, err := svc.Gate.Admit(ctx, voucher, r.body, "med", 5, 5)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := paid.Finish(5, 5, "we know aspirin is commonly used to reduce fever and relieve pain")
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Receipt.Contributions) != 1 || sum.Receipt.Contributions[0].ContributionID != id || sum.Spans == 0 {
		t.Fatalf("summary %+v", sum)
	}
	settlementtest.WaitFor(t, 20*time.Second, "settlement", func() bool { return svc.Queue.Len() == 0 })
	if f.Claimable(f.Contributions[id]).Sign() == 0 {
		t.Fatal("the attributed contributor was not credited")
	}
	if err := svc.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if !errors.Is(svc.Stop(ctx), payments.ErrAlreadyStopped) {
		t.Fatal("second Stop")
	}

}

// TestFromCLI: without --settlement.rpc there is no service; with it, the
// service is built from the flags and the model directory's tokenizer, runs,
// and closes.
func TestFromCLI(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{HTTP: true})
	modelDir := t.TempDir()
	tok, err := testmodel.Tokenizer(testmodel.Tiny.BPEVocab)
	if err != nil {
		t.Fatal(err)
	}
	if err := tok.Save(filepath.Join(modelDir, "tokenizer.json")); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) (*payments.Service, error) {
		var svc *payments.Service
		var serr error
		app := &cli.App{Flags: payments.CLIFlags("LEDGER_LORASERVE"), Action: func(c *cli.Context) error {
			svc, serr = payments.FromCLI(c, modelDir, log.Root(), nil)
			return nil
		}}
		if err := app.Run(append([]string{"loraserve"}, args...)); err != nil {
			t.Fatal(err)
		}
		return svc, serr
	}
	if svc, err := run(); svc != nil || err != nil {
		t.Fatalf("disabled: %v, %v", svc, err)
	}
	key := hexutil.Encode(crypto.FromECDSA(f.Keys[settlementtest.Settler]))
	svc, err := run("--settlement.rpc", f.Node.HTTPEndpoint(), "--settlement.key", key, "--settlement.queue", t.TempDir(),
		"--settlement.adapter", fmt.Sprintf("adapter-0000=%d", f.Adapters[0].ID))
	if err != nil || svc == nil {
		t.Fatalf("enabled: %v", err)
	}
	if svc.Payments().Gate != svc.Gate || svc.Stopped() {
		t.Fatal("service not running with its gate")
	}
	if err := svc.Close(); err != nil || !svc.Stopped() {
		t.Fatalf("Close: %v", err)
	}
	if _, err := run("--settlement.rpc", f.Node.HTTPEndpoint(), "--settlement.key", "0x01"); !errors.Is(err, payments.ErrBadConfig) {
		t.Fatalf("bad key: %v", err)
	}
	// A version the registry does not have is refused at start.
	if _, err := run("--settlement.rpc", f.Node.HTTPEndpoint(), "--settlement.key", key, "--settlement.queue", t.TempDir(),
		"--settlement.adapter", fmt.Sprintf("adapter-0000=%d@2", f.Adapters[0].ID)); !errors.Is(err, payments.ErrBadConfig) {
		t.Fatalf("unpublished version: %v", err)
	}
}
