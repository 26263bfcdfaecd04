package faults_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/loraserve/server"
	"github.com/openledger/openledger/loraserve/testmodel"
	"github.com/openledger/openledger/rollup/faults"
)

// Dev accounts of the paid load: the model owner (who also curates the
// Datanet), the settler (the devnet genesis makes dev account 1 the one
// settler), the payer; the transaction load sends from the rest.
const (
	ownerKey   = 0
	settlerKey = 1
	payerKey   = 2
	firstLoad  = 3
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
	chainID, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	send := func(key int, to common.Address, data []byte, value *big.Int) *types.Receipt {
		t.Helper()
		return mustSend(t, ctx, c, chainID, genesis.DevKey(key), to, data, value)
	}
	dreg, mreg := bindings.NewIDatanetRegistry(), bindings.NewIModelRegistry()
	r := send(ownerKey, addresses.DatanetRegistry, dreg.PackCreateDatanet("fault-paid", "", nil, ""), nil)
	created, err := dreg.UnpackDatanetCreatedEvent(r.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	text := "the fault suite's one contribution"
	r = send(ownerKey, addresses.DatanetRegistry, dreg.PackContribute(created.DatanetId, crypto.Keccak256Hash([]byte(text)), uint64(len(text)), "", ""), nil)
	contributed, err := dreg.UnpackContributionSubmittedEvent(r.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	send(ownerKey, addresses.DatanetRegistry, dreg.PackReview(contributed.ContributionId, true, ""), nil)
	send(ownerKey, addresses.DatanetRegistry, dreg.PackPublishVersion(created.DatanetId), nil)
	modelCount := func() *big.Int {
		out, err := c.CallContract(ctx, ethereum.CallMsg{To: &addresses.ModelRegistry, Data: mreg.PackModelCount()}, nil)
		if err != nil {
			t.Fatal(err)
		}
		n, err := mreg.UnpackModelCount(out)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	send(ownerKey, addresses.ModelRegistry, mreg.PackRegisterBaseModel("fault-base", "llama", crypto.Keccak256Hash([]byte("fault-base")), "", ""), nil)
	base := modelCount()
	send(ownerKey, addresses.ModelRegistry, mreg.PackRegisterAdapter(bindings.IModelRegistryAdapterSpec{
		BaseModelId: base, Name: "fault-lora", WeightsHash: weights, Rank: 8, TargetModules: []string{"q_proj", "v_proj"},
		RateIn: big.NewInt(1_000_000_000), RateOut: big.NewInt(2_000_000_000),
		Datanets: []bindings.IModelRegistryDatanetRef{{DatanetId: created.DatanetId, Version: big.NewInt(1)}},
	}), nil)
	modelID := modelCount().Uint64()
	send(payerKey, addresses.Settlement, bindings.NewISettlement().PackDeposit(), open.Wei(100))

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

// mustSend sends a transaction from key and waits for its successful
// receipt.
func mustSend(t *testing.T, ctx context.Context, c *ethclient.Client, chainID *big.Int, key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int) *types.Receipt {
	t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Data: data, Value: value})
	if err != nil {
		t.Fatalf("estimate %x… to %s: %v", data[:min(4, len(data))], to, err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(1_000_000)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce,
		GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), tip), Gas: gas * 2, To: &to, Value: value, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	r, err := bind.WaitMined(wctx, c, tx.Hash())
	if err != nil {
		t.Fatalf("tx %s: %v", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("tx %s to %s failed", tx.Hash(), to)
	}
	return r
}
