// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/kubotest"
	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/loraserve/adapterfetch"
	"github.com/openledger/openledger/loraserve/flags"
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
// paidRegistry is a chain, a model owner's and an operator's IPFS nodes, and
// the owner's adapters registered with provenance: Good is adapter-0001 as
// it is, trained on Datanet version DatanetID@1 whose one contribution
// (ContributionID) holds Answer, the adapter's greedy answer to Prompt, and
// whose index shard is published on chain; Tampered names Good's hash over
// other weights; Unindexed is Good trained on Datanet 1, which has no
// published index.
type paidRegistry struct {
	f                               *settlementtest.Fixture
	lf                              loraFixture
	tok                             *tokenizer.Tokenizer
	operatorNode                    *kubotest.Node
	answer                          string
	contributionID                  *big.Int
	goodID, tamperedID, unindexedID uint64
}

const registryPrompt = "what helps a fever?"

func newPaidRegistry(t *testing.T) *paidRegistry {
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
	body, _ := json.Marshal(chatBody("adapter-0001", registryPrompt))
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

	return &paidRegistry{f: f, lf: lf, tok: tok, operatorNode: operatorNode, answer: answer, contributionID: contributionID,
		goodID: goodID, tamperedID: tamperedID, unindexedID: unindexedID}
}

// paidChat sends a greedy chat to model at url with a voucher for modelID
// and nonce.
func (p *paidRegistry) paidChat(t *testing.T, url, model string, modelID, nonce uint64) (int, chatAnswer) {
	t.Helper()
	f := p.f
	m := chatBody(model, registryPrompt)
	body, _ := json.Marshal(m)
	rh, err := payments.RequestHash(body)
	if err != nil {
		t.Fatal(err)
	}
	v, sig := f.VoucherFor(settlementtest.Payer, modelID, nonce, uint256.NewInt(1e15), rh)
	m["voucher"] = payments.NewSignedVoucher(v, sig)
	body, _ = json.Marshal(m)
	return postChatURL(t, url+"/v1/chat/completions", body, nil)
}

// checkAttributedAndSettled checks a paid answer of Good: the adapter's
// answer, attributed to the contribution it came from alone, settled with
// nonce, the contributors' share claimable by the contributor.
func (p *paidRegistry) checkAttributedAndSettled(t *testing.T, a chatAnswer, nonce uint64, claimableBefore *big.Int) *settlement.Receipt {
	t.Helper()
	f := p.f
	if got := a.Choices[0].Message.Content; got != p.answer {
		t.Fatalf("the adapter fetched from IPFS answers %q, its local files %q", got, p.answer)
	}
	receipt, err := a.Receipt.Receipt.Receipt()
	if err != nil {
		t.Fatal(err)
	}
	if receipt.ModelID.Uint64() != p.goodID || len(receipt.Contributions) != 1 ||
		receipt.Contributions[0].ID.Cmp(uint256.MustFromBig(p.contributionID)) != 0 || a.Receipt.Spans == 0 {
		t.Fatalf("receipt for model %v attributed to %+v (%d spans), want model %d, contribution %s alone",
			receipt.ModelID, receipt.Contributions, a.Receipt.Spans, p.goodID, p.contributionID)
	}
	settlementtest.WaitFor(t, 30*time.Second, "the receipt to settle", func() bool {
		id, err := payments.NewChain(f.Client).ReceiptOfNonce(context.Background(), f.Addr(settlementtest.Payer), uint256.NewInt(nonce))
		return err == nil && id == receipt.ID()
	})
	params := settlement.FeeParams{PlatformFee: uint256.NewInt(0), BurnBps: 2_000, OwnerBps: 3_000, OperatorBps: 1_000}
	split, err := settlement.SplitFee(receipt.Fee, params, []*uint256.Int{receipt.Contributions[0].Weight})
	if err != nil {
		t.Fatal(err)
	}
	got := new(big.Int).Sub(f.Claimable(f.Addr(settlementtest.Contributor0)), claimableBefore)
	if got.Cmp(split.Contributors[0].ToBig()) != 0 || got.Sign() <= 0 {
		t.Fatalf("the contributor was credited %s, the receipt's contributors' share is %s", got, split.Contributors[0])
	}
	return receipt
}

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
	p := newPaidRegistry(t)
	f, lf, tok, operatorNode := p.f, p.lf, p.tok, p.operatorNode
	goodID, tamperedID, unindexedID := p.goodID, p.tamperedID, p.unindexedID

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
	gate := payments.NewGate(payments.NewVerifier(payments.NewChain(f.Client), q, f.Domain, f.Addr(settlementtest.Settler), 60), settler, nil)
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
		return adminCall(t, url, method, path, body)
	}
	nonce := uint64(0)
	paidChat := func(model string, modelID uint64) (int, chatAnswer) {
		t.Helper()
		nonce++
		return p.paidChat(t, url, model, modelID, nonce)
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
	code, a := paidChat("clinic", goodID)
	if code != http.StatusOK || a.Receipt == nil {
		t.Fatalf("paid chat: %d %+v", code, a)
	}
	receipt := p.checkAttributedAndSettled(t, a, nonce, new(big.Int))
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

	// The operator's own copy in --adapters, served paid under the model id:
	// only when its files are the registry's weights, and only from inside
	// the adapters directory.
	for _, tc := range []struct {
		path, code string
		status     int
	}{
		{"adapter-0002", "weights_hash_mismatch", http.StatusUnprocessableEntity},
		{"../adapters/../model", "path_outside_adapters", http.StatusBadRequest},
	} {
		status, out := admin(http.MethodPost, "/v1/adapters", map[string]any{"id": "local", "path": tc.path, "model_id": goodID})
		if status != tc.status || !strings.Contains(out, tc.code) {
			t.Fatalf("local %s: %d %s", tc.path, status, out)
		}
	}
	status, out = admin(http.MethodPost, "/v1/adapters", map[string]any{"id": "local", "path": "adapter-0001", "model_id": goodID})
	if status != http.StatusCreated || json.Unmarshal([]byte(out), &card) != nil || card.ModelID != goodID {
		t.Fatalf("local copy paid: %d %s", status, out)
	}
	claimable := f.Claimable(f.Addr(settlementtest.Contributor0))
	code, a = paidChat("local", goodID)
	if code != http.StatusOK || a.Receipt == nil {
		t.Fatalf("paid chat with the local copy: %d %+v", code, a)
	}
	p.checkAttributedAndSettled(t, a, nonce, claimable)
	f.CheckSupply()
}

// TestServeCommandPaidRegistryAdapter: the flag form. loraserve's serve
// action with --settlement.* and --registry.adapter NAME=MODEL_ID (no index
// directory, and no --settlement.adapter: a paid server that reads the
// registry needs none) fetches the adapter at start, checks it against the
// registry, assembles its attribution index from the chain's shards, and
// serves it paid; a --registry.adapter whose weights are not the registry's
// stops the server from starting, with the reason.
func TestServeCommandPaidRegistryAdapter(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a chain, two IPFS nodes and a model")
	}
	ctx := context.Background()
	p := newPaidRegistry(t)
	f := p.f
	startProducer(t, f)
	args := func(adapter uint64) []string {
		return []string{"loraserve", "--model", p.lf.cfg.ModelDir, "--adapters", p.lf.cfg.AdaptersDir, "--http.port", "0", "--log.level", "error",
			"--settlement.rpc", f.Node.HTTPEndpoint(),
			"--settlement.key", hexutil.Encode(crypto.FromECDSA(f.Keys[settlementtest.Settler])),
			"--settlement.queue", filepath.Join(t.TempDir(), "queue"),
			"--settlement.interval", "20ms",
			"--registry.rpc", f.Node.HTTPEndpoint(), "--registry.base-model", fmt.Sprint(f.Base),
			"--registry.adapter", fmt.Sprintf("clinic=%d", adapter),
			"--ipfs.api", p.operatorNode.Daemon.APIURL(), "--ipfs.cache", t.TempDir()}
	}
	start := func(adapter uint64) (cliapp.Lifecycle, error) {
		var lc cliapp.Lifecycle
		app := &cli.App{Flags: flags.Flags, Action: func(c *cli.Context) error {
			var err error
			lc, err = server.Main("test")(c, nil)
			return err
		}}
		if err := app.Run(args(adapter)); err != nil {
			return nil, err
		}
		return lc, lc.Start(ctx)
	}

	lc, err := start(p.tamperedID)
	if err == nil || !strings.Contains(err.Error(), "content does not match its on-chain hash") {
		t.Fatalf("started with tampered weights: %v", err)
	}
	if lc != nil {
		_ = lc.Stop(ctx)
	}

	lc, err = start(p.goodID)
	if err != nil {
		t.Fatal(err)
	}
	defer lc.Stop(ctx)
	url := "http://" + lc.(interface{ Addr() net.Addr }).Addr().String()
	code, a := p.paidChat(t, url, "clinic", p.goodID, 1)
	if code != http.StatusOK || a.Receipt == nil {
		t.Fatalf("paid chat: %d %+v", code, a)
	}
	p.checkAttributedAndSettled(t, a, 1, new(big.Int))
	if err := lc.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	f.CheckSupply()
}
