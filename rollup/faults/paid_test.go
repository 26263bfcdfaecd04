package faults_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/loraserve/server"
	"github.com/openledger/openledger/loraserve/testmodel"
	"github.com/openledger/openledger/rollup/faults"
	"github.com/openledger/openledger/rollup/faults/faultstest"
)

// Dev accounts of the paid load (faultstest's).
const (
	settlerKey = faultstest.SettlerKey
	payerKey   = faultstest.PayerKey
	firstLoad  = faultstest.FirstLoad
)

// paidTarget is the devnet with a loraserve whose settlement is on, over a
// generated tiny model with one adapter registered paid on the devnet.
type paidTarget struct {
	faults.Target
	logf func(string, ...any)
	cfg  server.Config
	pcfg payments.CLIConfig
	svc  *server.Service
	pay  *payments.Service
	url  string
}

func (p *paidTarget) LoraserveURL() string { return p.url }

func (p *paidTarget) Kill(ctx context.Context, c faults.Component) error {
	if c != faults.Loraserve {
		return p.Target.Kill(ctx, c)
	}
	return p.stop(ctx)
}

func (p *paidTarget) Stop(ctx context.Context, c faults.Component) error {
	if c != faults.Loraserve {
		return p.Target.Stop(ctx, c)
	}
	return p.stop(ctx)
}

func (p *paidTarget) Start(ctx context.Context, c faults.Component) error {
	if c != faults.Loraserve {
		return p.Target.Start(ctx, c)
	}
	return p.start(ctx)
}

// start starts the settlement service (over the queue on disk) and the
// server on it.
func (p *paidTarget) start(ctx context.Context) error {
	if p.svc != nil {
		return errors.New("loraserve is running")
	}
	logger := log.NewLogger(log.DiscardHandler())
	pay, err := payments.NewService(ctx, p.pcfg, nil, logger, nil)
	if err != nil {
		return err
	}
	if err := pay.Start(ctx); err != nil {
		return errors.Join(err, pay.Close())
	}
	cfg := p.cfg
	cfg.Payments = pay.Payments()
	svc, err := server.NewService(cfg, logger)
	if err != nil {
		return errors.Join(err, pay.Close())
	}
	if err := svc.Start(ctx); err != nil {
		return errors.Join(err, pay.Close())
	}
	p.svc, p.pay = svc, pay
	p.cfg.ListenAddr = svc.Addr().String() // a restart keeps the address
	p.url = svc.URL()
	return nil
}

func (p *paidTarget) stop(ctx context.Context) error {
	if p.svc == nil {
		return nil
	}
	p.logf("stopping loraserve with %d receipts in its queue", p.pay.Queue.Len())
	err := errors.Join(p.svc.Stop(ctx), p.pay.Close())
	p.svc, p.pay = nil, nil
	return err
}

// startPaid registers a generated adapter as a paid model on the devnet
// behind target (a Datanet with one accepted contribution, a base model,
// the adapter with the hash of its files), deposits escrow for the payer,
// and starts loraserve with settlement on.
func startPaid(t *testing.T, ctx context.Context, target faults.Target) *paidTarget {
	t.Helper()
	root := t.TempDir()
	mcfg, err := testmodel.WriteModel(filepath.Join(root, "model"), testmodel.Tiny)
	if err != nil {
		t.Fatal(err)
	}
	dirs, err := testmodel.WriteAdapters(filepath.Join(root, "adapters"), mcfg, 1, 7)
	if err != nil {
		t.Fatal(err)
	}
	const adapter = "adapter-0000"
	weights, _, err := ipfs.HashTree(dirs[adapter])
	if err != nil {
		t.Fatal(err)
	}

	c, err := ethclient.DialContext(ctx, target.Endpoints().SequencerRPC)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	modelID := faultstest.RegisterAdapter(t, ctx, c, "fault", weights, "").ModelID
	faultstest.Deposit(t, ctx, c, open.Wei(100))

	cfg := server.DefaultConfig()
	cfg.ModelDir, cfg.AdaptersDir, cfg.ServedModelName, cfg.ListenAddr = filepath.Join(root, "model"), filepath.Join(root, "adapters"), "tiny", "127.0.0.1:0"
	p := &paidTarget{Target: target, logf: t.Logf, cfg: cfg, pcfg: payments.CLIConfig{
		RPC:       target.Endpoints().SequencerRPC,
		KeyHex:    hexutil.Encode(crypto.FromECDSA(genesis.DevKey(settlerKey))),
		QueueDir:  filepath.Join(root, "settlement-queue"),
		Adapters:  []payments.AdapterSpec{{Name: adapter, ModelID: modelID}},
		BatchSize: 16, Interval: time.Second, ConfirmTimeout: 30 * time.Second, Margin: payments.DefaultSettleMargin,
	}}
	if err := p.start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := p.stop(ctx); err != nil {
			t.Errorf("stop loraserve: %v", err)
		}
	})
	return p
}
