// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/loraserve/flags"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/loraserve/server"
	"github.com/openledger/openledger/loraserve/testmodel"
	"github.com/openledger/openledger/precompiles/settlement/settlementtest"
)

// TestServeCommandWithSettlement runs loraserve's serve action with the
// --settlement.* flags against a node over HTTP. The attack first: an
// operator whose local files for a paid adapter are not the weights the
// model registry records for it (another adapter's weights under the paid
// name, or no files at all) cannot start loraserve, and the error names the
// adapter, the model id and version, the registry's hash and the files'
// hash. The honest operator starts: a request without a voucher is refused
// with 402, a paid one is answered with its receipt, and the receipt lands
// on chain. A paid adapter unregistered while serving stops being paid:
// other files registered under its name are not served as the registry's
// model.
func TestServeCommandWithSettlement(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a model")
	}
	root := t.TempDir()
	mcfg, err := testmodel.WriteModel(filepath.Join(root, "model"), testmodel.Tiny)
	if err != nil {
		t.Fatal(err)
	}
	adapters, others := filepath.Join(root, "adapters"), filepath.Join(root, "others")
	dirs, err := testmodel.WriteAdapters(adapters, mcfg, 2, 3)
	if err != nil {
		t.Fatal(err)
	}
	// Other weights under the paid name: what a careless or dishonest
	// operator would serve.
	otherDirs, err := testmodel.WriteAdapters(others, mcfg, 1, 4)
	if err != nil {
		t.Fatal(err)
	}
	// The registry records adapter-0000's files as model 2, version 1.
	f := settlementtest.New(t, settlementtest.Options{HTTP: true, AdapterFiles: []string{dirs["adapter-0000"]}})
	f.Deposit(settlementtest.Payer, open.Wei(1))
	startProducer(t, f)
	a := f.Adapters[0]
	ctx := context.Background()
	start := func(adaptersDir, paidName string) (cliapp.Lifecycle, error) {
		args := []string{"loraserve", "--model", filepath.Join(root, "model"), "--adapters", adaptersDir, "--http.port", "0",
			"--log.level", "error",
			"--settlement.rpc", f.Node.HTTPEndpoint(),
			"--settlement.key", hexutil.Encode(crypto.FromECDSA(f.Keys[settlementtest.Settler])),
			"--settlement.queue", filepath.Join(t.TempDir(), "queue"),
			"--settlement.adapter", fmt.Sprintf("%s=%d", paidName, a.ID),
			"--settlement.interval", "20ms"}
		var lc cliapp.Lifecycle
		app := &cli.App{Flags: flags.Flags, Action: func(c *cli.Context) error {
			var err error
			lc, err = server.Main("test")(c, nil)
			return err
		}}
		if err := app.Run(args); err != nil {
			return nil, err
		}
		err := lc.Start(ctx)
		if err != nil {
			_ = lc.Stop(ctx)
		}
		return lc, err
	}

	hashOf := func(path string) string {
		h, _, err := ipfs.HashPath(path)
		if err != nil {
			t.Fatal(err)
		}
		return h.Hex()
	}
	recorded := fmt.Sprintf("model %d version 1 records weights %s", a.ID, a.Weights.Hex())
	for _, tc := range []struct {
		name, adapters, paid string
		mismatch             bool
		says                 []string
	}{
		{"other weights under the paid name", others, "adapter-0000", true,
			[]string{"paid adapter adapter-0000", recorded, "hash to " + hashOf(otherDirs["adapter-0000"])}},
		{"another served adapter paid as the model", adapters, "adapter-0001", true,
			[]string{"paid adapter adapter-0001", recorded, "hash to " + hashOf(dirs["adapter-0001"])}},
		{"no files", adapters, "adapter-0009", false, []string{"paid adapter adapter-0009", "no adapter of that name is served"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lc, err := start(tc.adapters, tc.paid)
			if err == nil {
				_ = lc.Stop(ctx)
				t.Fatal("loraserve started")
			}
			t.Logf("refused: %v", err)
			if tc.mismatch != errors.Is(err, ipfs.ErrHashMismatch) {
				t.Fatalf("hash mismatch %v: %v", !tc.mismatch, err)
			}
			for _, s := range tc.says {
				if !strings.Contains(err.Error(), s) {
					t.Fatalf("the error does not say %q: %v", s, err)
				}
			}
		})
	}

	// The honest operator serves the registry's weights.
	lc, err := start(adapters, "adapter-0000")
	if err != nil {
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

	// Unregistered while serving, the name stops being paid: adapter-0001's
	// files registered under it are not served as model a.ID (whose
	// vouchers would pay for weights its owner never published); a paid
	// server serves no unpriced adapter at all.
	url := "http://" + addr
	if status, out := adminCall(t, url, http.MethodDelete, "/v1/adapters/adapter-0000", nil); status != http.StatusOK {
		t.Fatalf("unregister: %d %s", status, out)
	}
	status, out := adminCall(t, url, http.MethodPost, "/v1/adapters", map[string]any{"id": "adapter-0000", "path": dirs["adapter-0001"]})
	var card server.ModelCard
	if status != http.StatusCreated || json.Unmarshal([]byte(out), &card) != nil || card.ModelID != 0 {
		t.Fatalf("other files under the unregistered paid name: %d %s", status, out)
	}
	v, sig = f.VoucherFor(settlementtest.Payer, a.ID, 2, uint256.NewInt(1e15), rh)
	hv, _ = json.Marshal(payments.NewSignedVoucher(v, sig))
	code, ans = post(body, http.Header{payments.VoucherHeader: {string(hv)}})
	if code != http.StatusPaymentRequired || ans.Error == nil || !strings.Contains(ans.Error.Message, payments.ErrUnpricedModel.Error()) {
		t.Fatalf("other files under the name are still paid as model %d: %d %+v", a.ID, code, ans)
	}
	if err := lc.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	f.CheckSupply()
}

// adminCall sends an admin request (loraserve answers them on loopback
// without a token) and returns the status and the body.
func adminCall(t *testing.T, url, method, path string, body any) (int, string) {
	t.Helper()
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest(method, url+path, bytes.NewReader(b))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(out)
}

// addrService posts chat requests to a server by address.
type addrService struct{ addr string }

func (s *addrService) post(t *testing.T, body []byte, header http.Header) (int, chatAnswer) {
	t.Helper()
	return postChatURL(t, "http://"+s.addr+"/v1/chat/completions", body, header)
}
