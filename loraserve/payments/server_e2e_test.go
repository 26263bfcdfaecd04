// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/span"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/loraserve/server"
	"github.com/openledger/openledger/loraserve/testmodel"
	"github.com/openledger/openledger/precompiles/settlement/settlementtest"
)

var _ server.Payments = payments.ServerPayments{}

// The server checks startup adapters only through this interface: a
// signature drift would silently serve them unchecked.
var _ server.PaidFromStart = payments.ServerPayments{}

// loraFixture is a generated model with three adapters on disk.
type loraFixture struct {
	cfg      server.Config
	adapters []string
	// dirs are the adapters' directories, in the order of adapters.
	dirs []string
}

func newLoraFixture(t *testing.T) loraFixture {
	t.Helper()
	root := t.TempDir()
	spec := testmodel.Tiny
	mcfg, err := testmodel.WriteModel(filepath.Join(root, "model"), spec)
	if err != nil {
		t.Fatal(err)
	}
	dirs, err := testmodel.WriteAdapters(filepath.Join(root, "adapters"), mcfg, 3, 7)
	if err != nil {
		t.Fatal(err)
	}
	cfg := server.DefaultConfig()
	cfg.ModelDir, cfg.AdaptersDir, cfg.ServedModelName, cfg.ListenAddr = filepath.Join(root, "model"), filepath.Join(root, "adapters"), "tiny", "127.0.0.1:0"
	lf := loraFixture{cfg: cfg, adapters: []string{"adapter-0000", "adapter-0001", "adapter-0002"}}
	for _, n := range lf.adapters {
		dir, ok := dirs[n]
		if !ok {
			t.Fatalf("no adapter %s in %v", n, dirs)
		}
		lf.dirs = append(lf.dirs, dir)
	}
	return lf
}

func startServer(t *testing.T, cfg server.Config) *server.Service {
	t.Helper()
	s, err := server.NewService(cfg, log.NewLogger(log.DiscardHandler()))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s
}

// chatBody is a greedy chat request: the same body always gives the same answer.
func chatBody(model, prompt string) map[string]any {
	return map[string]any{"model": model, "max_tokens": 24, "temperature": 0, "seed": 1,
		"messages": []map[string]string{{"role": "user", "content": prompt}}}
}

type chatAnswer struct {
	Choices []struct {
		Message struct {
			Content string `json:"content"`
		} `json:"message"`
	} `json:"choices"`
	Usage struct {
		PromptTokens     int `json:"prompt_tokens"`
		CompletionTokens int `json:"completion_tokens"`
	} `json:"usage"`
	Receipt *payments.Summary `json:"receipt"`
	Error   *struct {
		Message string `json:"message"`
		Code    string `json:"code"`
	} `json:"error"`
}

func postChat(t *testing.T, s *server.Service, body []byte, header http.Header) (int, chatAnswer) {
	t.Helper()
	return postChatURL(t, "http://"+s.Addr().String()+"/v1/chat/completions", body, header)
}

func postChatURL(t *testing.T, url string, body []byte, header http.Header) (int, chatAnswer) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var a chatAnswer
	if err := json.Unmarshal(raw, &a); err != nil {
		t.Fatalf("answer %s: %v", raw, err)
	}
	return resp.StatusCode, a
}

// TestLoraserveEndToEnd: a user deposits and sends 20 paid chat requests to
// three adapters of a generated model served by loraserve; each answer
// carries its receipt; the outputs are attributed with span indexes whose
// contributions contain earlier answers; loraserve (server and settler) is
// killed with its first settle transaction unmined, and a restarted settler
// over the same queue settles everything exactly once; owner, operator and
// every contributor receive exactly what the fee math says.
func TestLoraserveEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a model")
	}
	lf := newLoraFixture(t)
	// The registry records the files served paid (loraserve checks them).
	f := settlementtest.New(t, settlementtest.Options{PlatformFee: 500, AdapterFiles: lf.dirs})
	f.Deposit(settlementtest.Payer, open.Wei(1))
	prompts := make([]string, 20)
	for i := range prompts {
		prompts[i] = fmt.Sprintf("question number %d about %s", i, []string{"fever", "contracts", "exercise", "pain"}[i%4])
	}
	adapterOf := func(i int) int { return i % 3 }

	// Phase 1, free: learn what each greedy request answers, so the
	// contributions can contain some of the answers verbatim.
	free := startServer(t, lf.cfg)
	answers := make([]string, len(prompts))
	for i, p := range prompts {
		body, _ := json.Marshal(chatBody(lf.adapters[adapterOf(i)], p))
		code, a := postChat(t, free, body, nil)
		if code != http.StatusOK || len(a.Choices) != 1 || a.Receipt != nil {
			t.Fatalf("free request %d: %d %+v", i, code, a)
		}
		answers[i] = a.Choices[0].Message.Content
	}
	if err := free.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}

	// Contributions: Datanet 1 (ids 1–3) holds answers of adapters 0 and 2,
	// Datanet 2 (id 4) answers of adapter 1; some answers are in no corpus.
	tok, err := testmodel.Tokenizer(testmodel.Tiny.BPEVocab)
	if err != nil {
		t.Fatal(err)
	}
	ids := f.InProvenance
	texts := map[uint64]string{
		ids[0]: "notes: " + answers[0] + " | " + answers[5],
		ids[1]: "more: " + answers[3] + " | " + answers[2],
		ids[2]: "other: " + answers[8],
		ids[3]: "legal: " + answers[1] + " | " + answers[4],
	}
	contribution := func(id uint64) attribution.Contribution {
		return attribution.Contribution{ID: id, Contributor: f.Contributions[id], Text: texts[id]}
	}
	d1 := attribution.DatanetVersion{DatanetID: 1, Version: 1, Contributions: []attribution.Contribution{contribution(ids[0]), contribution(ids[1]), contribution(ids[2])}}
	d2 := attribution.DatanetVersion{DatanetID: 2, Version: 1, Contributions: []attribution.Contribution{contribution(ids[3])}}
	adapters := map[string]payments.Adapter{}
	for k, versions := range [][]attribution.DatanetVersion{{d1}, {d2}, {d1, d2}} {
		dir := filepath.Join(t.TempDir(), "index")
		if _, err := attribution.BuildIndex(dir, attribution.FromIntEncoder(tok), versions, attribution.BuildOptions{}); err != nil {
			t.Fatal(err)
		}
		at, err := attribution.Open(dir, attribution.FromIntEncoder(tok), span.DefaultConfig())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { at.Close() })
		adapters[lf.adapters[k]] = payments.Adapter{ModelID: f.Adapters[k].ID, ModelVersion: 1, Attributor: at}
	}

	// Phase 2, paid: loraserve with the settlement hook; blocks are held
	// back so the settler's first transaction is still pending at the kill.
	prod := startProducer(t, f)
	prod.pause(true)
	queueDir := t.TempDir()
	q, err := payments.OpenQueue(queueDir)
	if err != nil {
		t.Fatal(err)
	}
	scfg := payments.DefaultSettlerConfig(f.Keys[settlementtest.Settler], f.ChainID)
	scfg.BatchSize, scfg.Interval, scfg.ConfirmTimeout, scfg.MaxBackoff = 8, 20*time.Millisecond, 10*time.Second, 200*time.Millisecond
	s1, err := payments.NewSettler(scfg, f.Client, q, log.Root(), nil)
	if err != nil {
		t.Fatal(err)
	}
	gate := payments.NewGate(payments.NewVerifier(payments.NewChain(f.Client), q, f.Domain, f.Addr(settlementtest.Settler), 60), s1, adapters)
	cfg := lf.cfg
	cfg.Payments = payments.ServerPayments{Gate: gate}
	paid := startServer(t, cfg)

	// GET /v1/models tells a client what its vouchers must name.
	resp, err := http.Get("http://" + paid.Addr().String() + "/v1/models")
	if err != nil {
		t.Fatal(err)
	}
	var list server.ModelList
	err = json.NewDecoder(resp.Body).Decode(&list)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	listed := 0
	for _, card := range list.Data {
		if card.ModelID == 0 {
			continue
		}
		listed++
		if card.Operator != f.Addr(settlementtest.Settler).Hex() || card.ModelVersion != 1 {
			t.Fatalf("paid card %+v: want operator %s, version 1", card, f.Addr(settlementtest.Settler).Hex())
		}
	}
	if listed != len(adapters) {
		t.Fatalf("%d paid cards, %d paid adapters", listed, len(adapters))
	}

	// Refusals first: no voucher, and a voucher for another request body.
	body, _ := json.Marshal(chatBody(lf.adapters[0], prompts[0]))
	if code, a := postChat(t, paid, body, nil); code != http.StatusPaymentRequired || a.Error == nil || !strings.Contains(a.Error.Message, "without a voucher") {
		t.Fatalf("no voucher: %d %+v", code, a)
	}
	maxFee := uint256.NewInt(1e15)
	voucherFor := func(i int, body []byte) *payments.SignedVoucher {
		rh, err := payments.RequestHash(body)
		if err != nil {
			t.Fatal(err)
		}
		v, sig := f.VoucherFor(settlementtest.Payer, f.Adapters[adapterOf(i)].ID, uint64(i+1), maxFee, rh)
		return payments.NewSignedVoucher(v, sig)
	}
	other, _ := json.Marshal(chatBody(lf.adapters[0], "something else"))
	wrong, _ := json.Marshal(voucherFor(0, other))
	if code, a := postChat(t, paid, body, http.Header{payments.VoucherHeader: {string(wrong)}}); code != http.StatusPaymentRequired ||
		a.Error == nil || !strings.Contains(a.Error.Message, "requestHash") {
		t.Fatalf("voucher of another request: %d %+v", code, a)
	}

	escrow0, owner0, op0 := f.Escrow(f.Addr(settlementtest.Payer)), f.Balance(f.Addr(settlementtest.ModelOwner)), f.Balance(f.Addr(settlementtest.Settler))
	vaults0 := vaultTotal(t, f)
	if err := s1.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	var receipts []*settlement.Receipt
	attributed := 0
	for i, p := range prompts {
		m := chatBody(lf.adapters[adapterOf(i)], p)
		body, _ := json.Marshal(m)
		sv := voucherFor(i, body)
		var header http.Header
		if i%2 == 0 { // in the body
			m["voucher"] = sv
			body, _ = json.Marshal(m)
		} else { // in the header
			hv, _ := json.Marshal(sv)
			header = http.Header{payments.VoucherHeader: {string(hv)}}
		}
		code, a := postChat(t, paid, body, header)
		if code != http.StatusOK || a.Receipt == nil {
			t.Fatalf("paid request %d: %d %+v", i, code, a)
		}
		text := a.Choices[0].Message.Content
		if text != answers[i] {
			t.Fatalf("request %d answered differently when paid", i)
		}
		r, err := a.Receipt.Receipt.Receipt()
		if err != nil {
			t.Fatal(err)
		}
		if r.OutputHash != crypto.Keccak256Hash([]byte(text)) || r.TokensIn != uint64(a.Usage.PromptTokens) ||
			r.TokensOut != uint64(a.Usage.CompletionTokens) || r.ModelID.Uint64() != f.Adapters[adapterOf(i)].ID {
			t.Fatalf("request %d: receipt %+v does not match the answer (usage %+v)", i, a.Receipt.Receipt, a.Usage)
		}
		if len(r.Contributions) > 0 {
			attributed++
		}
		receipts = append(receipts, r)
	}
	if attributed < 6 {
		t.Fatalf("only %d answers attributed", attributed)
	}

	// Kill loraserve: its first batch is in the pool, unmined.
	settlementtest.WaitFor(t, 10*time.Second, "the first settle transaction", func() bool {
		pending, _ := f.Node.Eth.TxPool().Stats()
		return pending == 1
	})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s1.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if err := paid.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	prod.pause(false)

	// Restart: a new settler over the queue on disk.
	q2, err := payments.OpenQueue(queueDir)
	if err != nil {
		t.Fatal(err)
	}
	if q2.Len() != 20 {
		t.Fatalf("the queue on disk holds %d receipts, want 20", q2.Len())
	}
	s2, err := payments.NewSettler(scfg, f.Client, q2, log.Root(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s2.Start(ctx); err != nil {
		t.Fatal(err)
	}
	settlementtest.WaitFor(t, 30*time.Second, "the restarted settler to drain the queue", func() bool { return q2.Len() == 0 })
	if err := s2.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if rej, _ := q2.Rejected(); len(rej) != 0 {
		t.Fatalf("rejected: %s", rej[0].Reason)
	}
	prod.pause(true)

	params := settlement.FeeParams{PlatformFee: uint256.NewInt(500), BurnBps: 2_000, OwnerBps: 3_000, OperatorBps: 1_000}
	total, owner, operator, burn := new(big.Int), new(big.Int), new(big.Int), new(big.Int)
	claim := map[common.Address]*big.Int{}
	for i, r := range receipts {
		a := f.Adapters[adapterOf(i)]
		fee, _ := settlement.Fee(r.TokensIn, r.TokensOut, uint256.NewInt(uint64(a.RateIn)), uint256.NewInt(uint64(a.RateOut)), params.PlatformFee)
		if !fee.Eq(r.Fee) {
			t.Fatalf("receipt %d fee %v, fee math %v", i, r.Fee, fee)
		}
		var ws []*uint256.Int
		for _, c := range r.Contributions {
			ws = append(ws, c.Weight)
		}
		sp, _ := settlement.SplitFee(fee, params, ws)
		total.Add(total, fee.ToBig())
		owner.Add(owner, sp.Owner.ToBig())
		operator.Add(operator, sp.Operator.ToBig())
		burn.Add(burn, sp.Burn.ToBig())
		for k, c := range r.Contributions {
			who := f.Contributions[c.ID.Uint64()]
			if claim[who] == nil {
				claim[who] = new(big.Int)
			}
			claim[who].Add(claim[who], sp.Contributors[k].ToBig())
		}
		id, err := payments.NewChain(f.Client).ReceiptOfNonce(context.Background(), f.Addr(settlementtest.Payer), uint256.NewInt(uint64(i+1)))
		if err != nil || id != r.ID() {
			t.Fatalf("nonce %d settled as %s, want %s (%v)", i+1, id, r.ID(), err)
		}
	}
	if got := new(big.Int).Sub(escrow0, f.Escrow(f.Addr(settlementtest.Payer))); got.Cmp(total) != 0 {
		t.Fatalf("escrow charged %s, want %s", got, total)
	}
	if got := new(big.Int).Sub(f.Balance(f.Addr(settlementtest.ModelOwner)), owner0); got.Cmp(owner) != 0 {
		t.Fatalf("owner received %s, want %s", got, owner)
	}
	gas := new(big.Int).Sub(vaultTotal(t, f), vaults0)
	if got := new(big.Int).Sub(f.Balance(f.Addr(settlementtest.Settler)), op0); got.Add(got, gas).Cmp(operator) != 0 {
		t.Fatalf("operator received %s net of %s gas, want %s", got, gas, operator)
	}
	if f.TotalBurned().Cmp(burn) != 0 {
		t.Fatalf("burned %s, want %s", f.TotalBurned(), burn)
	}
	if len(claim) < 2 {
		t.Fatalf("%d contributors credited", len(claim))
	}
	for who, want := range claim {
		if got := f.Claimable(who); got.Cmp(want) != 0 {
			t.Fatalf("claimable of %s: %s, want %s", who, got, want)
		}
	}
	f.CheckSupply()
	f.CheckSupplyEveryBlock()
	t.Logf("20 paid requests, %d attributed, fees %s wei: owner %s, operator %s, burned %s, %d contributors", attributed, total, owner, operator, burn, len(claim))
}
