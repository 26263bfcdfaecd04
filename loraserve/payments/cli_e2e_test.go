// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/loraserve/flags"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/loraserve/server"
	"github.com/openledger/openledger/loraserve/testmodel"
	"github.com/openledger/openledger/precompiles/settlement/settlementtest"
)

// TestServeCommandWithSettlement runs loraserve's serve action with the
// --settlement.* flags against a node over HTTP: a request without a
// voucher is refused with 402, a paid one is answered with its receipt, and
// the receipt lands on chain.
func TestServeCommandWithSettlement(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a model")
	}
	f := settlementtest.New(t, settlementtest.Options{HTTP: true})
	f.Deposit(settlementtest.Payer, open.Wei(1))
	startProducer(t, f)
	root := t.TempDir()
	mcfg, err := testmodel.WriteModel(filepath.Join(root, "model"), testmodel.Tiny)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := testmodel.WriteAdapters(filepath.Join(root, "adapters"), mcfg, 1, 3); err != nil {
		t.Fatal(err)
	}
	a := f.Adapters[0]
	args := []string{"loraserve", "--model", filepath.Join(root, "model"), "--adapters", filepath.Join(root, "adapters"), "--http.port", "0",
		"--log.level", "error",
		"--settlement.rpc", f.Node.HTTPEndpoint(),
		"--settlement.key", hexutil.Encode(crypto.FromECDSA(f.Keys[settlementtest.Settler])),
		"--settlement.queue", filepath.Join(root, "queue"),
		"--settlement.adapter", fmt.Sprintf("adapter-0000=%d", a.ID),
		"--settlement.interval", "20ms"}
	var lc cliapp.Lifecycle
	app := &cli.App{Flags: flags.Flags, Action: func(c *cli.Context) error {
		var err error
		lc, err = server.Main("test")(c, nil)
		return err
	}}
	if err := app.Run(args); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := lc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer lc.Stop(ctx)
	addr := lc.(interface{ Addr() net.Addr }).Addr().String()
	post := func(body []byte, header http.Header) (int, chatAnswer) {
		s := &addrService{addr: addr}
		return s.post(t, body, header)
	}

	body, _ := json.Marshal(chatBody("adapter-0000", "hello"))
	if code, _ := post(body, nil); code != http.StatusPaymentRequired {
		t.Fatalf("no voucher: %d", code)
	}
	rh, _ := payments.RequestHash(body)
	v, sig := f.VoucherFor(settlementtest.Payer, a.ID, 1, uint256.NewInt(1e15), rh)
	hv, _ := json.Marshal(payments.NewSignedVoucher(v, sig))
	code, ans := post(body, http.Header{payments.VoucherHeader: {string(hv)}})
	if code != http.StatusOK || ans.Receipt == nil {
		t.Fatalf("paid request: %d %+v", code, ans)
	}
	chain := payments.NewChain(f.Client)
	settlementtest.WaitFor(t, 20*time.Second, "the receipt on chain", func() bool {
		id, err := chain.ReceiptOfNonce(ctx, v.Payer, v.Nonce)
		return err == nil && id != (common.Hash{})
	})
	id, _ := chain.ReceiptOfNonce(ctx, v.Payer, v.Nonce)
	if id != ans.Receipt.Receipt.ID {
		t.Fatalf("settled %s, answered %s", id, ans.Receipt.Receipt.ID)
	}
	if err := lc.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	f.CheckSupply()
}

// addrService posts chat requests to a server by address.
type addrService struct{ addr string }

func (s *addrService) post(t *testing.T, body []byte, header http.Header) (int, chatAnswer) {
	t.Helper()
	return postChatURL(t, "http://"+s.addr+"/v1/chat/completions", body, header)
}
