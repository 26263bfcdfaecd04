// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/kubotest"
	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/loraserve/adapterfetch"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/loraserve/server"
	"github.com/openledger/openledger/loraserve/tokenizer"
	"github.com/openledger/openledger/precompiles/settlement/settlementtest"
)

var _ server.PaidAdapters = (*payments.RuntimeAdapters)(nil)

// TestPaidAdapterRegisteredAtRuntime: a model owner publishes an adapter on
// IPFS and registers it with its provenance (a Datanet version whose index
// shard a curator published); an operator's paid loraserve, started with no
// paid adapter at all, registers it by model-registry id through the admin
// API: weights fetched through the operator's own IPFS node and checked
// against the registry's hash, the index shards of its Datanet version
// fetched from the chain's record. A paid chat with it is attributed to the
// contribution its answer came from and settles; the contributor's share is
// on chain. Weights that are not what the registry records, and an adapter
// whose Datanet version has no published index, are refused and never
// served; a paid name cannot be registered twice, and once deleted it is
// not paid any more.
func TestPaidAdapterRegisteredAtRuntime(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a chain, two IPFS nodes and a model")
	}
	ctx := context.Background()
	f := settlementtest.New(t, settlementtest.Options{HTTP: true})
	f.Deposit(settlementtest.Payer, open.Wei(1))
	lf := newLoraFixture(t)
	tok, err := tokenizer.Load(lf.cfg.ModelDir)
	if err != nil {
		t.Fatal(err)
	}
	ownerNode, operatorNode := kubotest.Pair(t)
	owner := ipfs.NewStore(ownerNode.Client)

	// What adapter-0001 answers, served free from its local files.
	free := startServer(t, lf.cfg)
	body, _ := json.Marshal(chatBody("adapter-0001", "what helps a fever?"))
	code, a := postChat(t, free, body, nil)
	if code != http.StatusOK || len(a.Choices) != 1 {
		t.Fatalf("free answer: %d %+v", code, a)
	}
	answer := a.Choices[0].Message.Content
	if err := free.Stop(ctx); err != nil {
		t.Fatal(err)
	}

	// A Datanet (id 4) whose one contribution holds that answer, published
	// as version 1 with its index shard for the model's tokenizer.
	dreg, mreg := bindings.NewIDatanetRegistry(), bindings.NewIModelRegistry()
	curator, contributor := f.Keys[settlementtest.ModelOwner], f.Keys[settlementtest.Contributor0]
	f.MustSend(curator, addresses.DatanetRegistry, dreg.PackCreateDatanet("clinic", "", nil, ""), nil)
	count, err := dreg.UnpackDatanetCount(f.MustCall(f.Addr(0), addresses.DatanetRegistry, dreg.PackDatanetCount()))
	if err != nil {
		t.Fatal(err)
	}
	datanetID := count.Uint64()
	text := filepath.Join(t.TempDir(), "note.txt")
	if err := os.WriteFile(text, []byte("clinical note: "+answer+"\nrest and fluids."), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := owner.Publish(ctx, text)
	if err != nil {
		t.Fatal(err)
	}
	r := f.MustSend(contributor, addresses.DatanetRegistry, dreg.PackContribute(count, doc.Hash, doc.Size, doc.URI, ""), nil)
	ev, err := dreg.UnpackContributionSubmittedEvent(r.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	contributionID := ev.ContributionId
	f.MustSend(curator, addresses.DatanetRegistry, dreg.PackReview(contributionID, true, ""), nil)
	f.MustSend(curator, addresses.DatanetRegistry, dreg.PackPublishVersion(count), nil)
	ownerCache, err := ipfs.NewCache(t.TempDir(), owner)
	if err != nil {
		t.Fatal(err)
	}
	corpus, err := onchain.NewResolver(f.Client, ownerCache).VersionCorpus(ctx, datanetID, 1)
	if err != nil {
		t.Fatal(err)
	}
	indexDir := t.TempDir()
	entries, err := attribution.BuildIndex(indexDir, attribution.FromIntEncoder(tok), []attribution.DatanetVersion{corpus},
		attribution.BuildOptions{TokenizerID: tok.Hash()})
	if err != nil {
		t.Fatal(err)
	}
	shard, err := owner.Publish(ctx, filepath.Join(indexDir, entries[0].File))
	if err != nil {
		t.Fatal(err)
	}
	one := big.NewInt(1)
	f.MustSend(curator, addresses.DatanetRegistry, dreg.PackPublishIndex(count, one, tok.Hash(), shard.Hash, shard.URI), nil)

	// The owner's adapters: adapter-0001's files on IPFS, registered (1) as
	// they are, (2) with that hash over other weights (adapter-0002's), and
	// (3) as they are but trained on Datanet 1, whose index nobody published.
	publish := func(name string) ipfs.Ref {
		ref, err := owner.Publish(ctx, filepath.Join(lf.cfg.AdaptersDir, name))
		if err != nil {
			t.Fatal(err)
		}
		return ref
	}
	good, other := publish("adapter-0001"), publish("adapter-0002")
	rateIn, rateOut := big.NewInt(2_000_000_000_000), big.NewInt(6_000_000_000_000)
	register := func(hash common.Hash, uri string, datanet *big.Int) uint64 {
		f.MustSend(curator, addresses.ModelRegistry, mreg.PackRegisterAdapter(bindings.IModelRegistryAdapterSpec{
			BaseModelId: big.NewInt(int64(f.Base)), Name: "clinic-lora", WeightsHash: hash, Uri: uri, Rank: 8,
			TargetModules: []string{"q_proj", "v_proj"}, RateIn: rateIn, RateOut: rateOut,
			Datanets: []bindings.IModelRegistryDatanetRef{{DatanetId: datanet, Version: one}},
		}), nil)
		n, err := mreg.UnpackModelCount(f.MustCall(f.Addr(0), addresses.ModelRegistry, mreg.PackModelCount()))
		if err != nil {
			t.Fatal(err)
		}
		return n.Uint64()
	}
	goodID := register(good.Hash, good.URI, count)
	tamperedID := register(good.Hash, other.URI, count)
	unindexedID := register(good.Hash, good.URI, one)

	// From here on blocks are built for the settler's transactions.
	startProducer(t, f)

	// The operator: paid loraserve with no paid adapter, reading the chain
	// and its own IPFS node.
	operatorCache, err := ipfs.NewCache(t.TempDir(), ipfs.NewStore(operatorNode.Client))
	if err != nil {
		t.Fatal(err)
	}
	resolver := onchain.NewResolver(f.Client, operatorCache)
	q, err := payments.OpenQueue(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	scfg := payments.DefaultSettlerConfig(f.Keys[settlementtest.Settler], f.ChainID)
	scfg.Interval, scfg.ConfirmTimeout, scfg.MaxBackoff = 20*time.Millisecond, 10*time.Second, 200*time.Millisecond
	settler, err := payments.NewSettler(scfg, f.Client, q, log.NewLogger(log.DiscardHandler()), nil)
	if err != nil {
		t.Fatal(err)
	}
	gate := payments.NewGate(payments.NewVerifier(payments.NewChain(f.Client), q, f.Domain, 60), settler, nil)
	gate.SetDecoder(tok)
	runtime := payments.NewRuntimeAdapters(gate, resolver, attribution.FromIntEncoder(tok), tok.Hash())
	t.Cleanup(func() { runtime.Close() })
	cfg := lf.cfg
	cfg.Payments = payments.ServerPayments{Gate: gate}
	cfg.Registry = adapterfetch.New(resolver, f.Base)
	cfg.PaidAdapters = runtime
	if err := settler.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { settler.Stop(context.Background()) })
	paid := startServer(t, cfg)
	t.Cleanup(func() { paid.Stop(context.Background()) })
	url := "http://" + paid.Addr().String()

	admin := func(method, path string, body any) (int, string) {
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
	nonce := uint64(0)
	paidChat := func(model string, modelID uint64) (int, chatAnswer) {
		t.Helper()
		m := chatBody(model, "what helps a fever?")
		body, _ := json.Marshal(m)
		rh, err := payments.RequestHash(body)
		if err != nil {
			t.Fatal(err)
		}
		nonce++
		v := &settlement.Voucher{Payer: f.Addr(settlementtest.Payer), ModelID: uint256.NewInt(modelID), MaxFee: uint256.NewInt(1e15),
			Nonce: uint256.NewInt(nonce), Deadline: f.HeadTime() + 3_600, RequestHash: rh}
		sig, err := v.Sign(f.Keys[settlementtest.Payer], f.Domain)
		if err != nil {
			t.Fatal(err)
		}
		m["voucher"] = payments.NewSignedVoucher(v, sig)
		body, _ = json.Marshal(m)
		return postChat(t, paid, body, nil)
	}

	// Refused: weights that are not the registry's, and a Datanet version
	// without an index; neither is served.
	for _, tc := range []struct {
		id, code, says string
		modelID        uint64
	}{
		{"tampered", "weights_hash_mismatch", "content does not match its on-chain hash", tamperedID},
		{"unindexed", "index_not_published", "no attribution index shard published", unindexedID},
	} {
		status, out := admin(http.MethodPost, "/v1/adapters", map[string]any{"id": tc.id, "model_id": tc.modelID})
		if status != http.StatusUnprocessableEntity || !strings.Contains(out, tc.code) || !strings.Contains(out, tc.says) {
			t.Fatalf("%s: %d %s", tc.id, status, out)
		}
		if code, a := paidChat(tc.id, tc.modelID); code != http.StatusNotFound {
			t.Fatalf("%s is served after its registration was refused: %d %+v", tc.id, code, a)
		}
	}

	// Registered at runtime by model id: listed with it, paid, attributed.
	status, out := admin(http.MethodPost, "/v1/adapters", map[string]any{"id": "clinic", "model_id": goodID})
	var card server.ModelCard
	if status != http.StatusCreated || json.Unmarshal([]byte(out), &card) != nil || card.ModelID != goodID {
		t.Fatalf("register by model id: %d %s", status, out)
	}
	if status, out := admin(http.MethodPost, "/v1/adapters", map[string]any{"id": "clinic", "model_id": goodID}); status != http.StatusConflict {
		t.Fatalf("registered twice: %d %s", status, out)
	}
	code, a = paidChat("clinic", goodID)
	if code != http.StatusOK || a.Receipt == nil {
		t.Fatalf("paid chat: %d %+v", code, a)
	}
	if got := a.Choices[0].Message.Content; got != answer {
		t.Fatalf("the adapter fetched from IPFS answers %q, its local files %q", got, answer)
	}
	receipt, err := a.Receipt.Receipt.Receipt()
	if err != nil {
		t.Fatal(err)
	}
	if len(receipt.Contributions) != 1 || receipt.Contributions[0].ID.Cmp(uint256.MustFromBig(contributionID)) != 0 || a.Receipt.Spans == 0 {
		t.Fatalf("the answer is attributed to %+v (%d spans), want contribution %s alone", receipt.Contributions, a.Receipt.Spans, contributionID)
	}
	settlementtest.WaitFor(t, 30*time.Second, "the receipt to settle", func() bool {
		id, err := payments.NewChain(f.Client).ReceiptOfNonce(ctx, f.Addr(settlementtest.Payer), uint256.NewInt(nonce))
		return err == nil && id == receipt.ID()
	})
	params := settlement.FeeParams{PlatformFee: uint256.NewInt(0), BurnBps: 2_000, OwnerBps: 3_000, OperatorBps: 1_000}
	split, err := settlement.SplitFee(receipt.Fee, params, []*uint256.Int{receipt.Contributions[0].Weight})
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Claimable(f.Addr(settlementtest.Contributor0)); got.Cmp(split.Contributors[0].ToBig()) != 0 || got.Sign() <= 0 {
		t.Fatalf("the contributor can claim %s, the receipt's contributors' share is %s", got, split.Contributors[0])
	}
	if want := new(big.Int).Sub(open.Wei(1), receipt.Fee.ToBig()); f.Escrow(f.Addr(settlementtest.Payer)).Cmp(want) != 0 {
		t.Fatalf("escrow %s after one receipt of %s", f.Escrow(f.Addr(settlementtest.Payer)), receipt.Fee)
	}

	// Deleted: no longer paid (nor served) under that name.
	if status, out := admin(http.MethodDelete, "/v1/adapters/clinic", nil); status != http.StatusOK {
		t.Fatalf("delete: %d %s", status, out)
	}
	if _, ok := gate.ModelID("clinic"); ok {
		t.Fatal("a deleted adapter is still priced")
	}
	if code, a := paidChat("clinic", goodID); code != http.StatusNotFound {
		t.Fatalf("deleted adapter: %d %+v", code, a)
	}
	f.CheckSupply()
}
