// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package e2e_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/contracts/toolchain"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/kubo"
	"github.com/openledger/openledger/ipfs/kubotest"
	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/loraserve/adapterfetch"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/loraserve/server"
	"github.com/openledger/openledger/loraserve/tokenizer"
	"github.com/openledger/openledger/modelfactory/service"
	"github.com/openledger/openledger/rollup/devchain"
	"github.com/openledger/openledger/rollup/devchain/blockdriver"
	"github.com/openledger/openledger/studio"
)

// Dev accounts of the scenario.
const (
	settlerKey     = 1 // the devnet genesis's settler: loraserve's operator
	ownerKey       = 2 // creates the Datanet, curates, registers the models
	contributorKey = 3 // contributes, then claims
	payerKey       = 4 // chats, paid
	builderKey     = 5 // trains an adapter on ModelFactory and publishes it
	accounts       = 6
)

// The paid chat: a greedy answer of the first adapter to this prompt is put
// into a contribution, so the paid answer is attributed to it.
const (
	prompt      = "What should a patient with a fever drink?"
	maxTokens   = 24
	adapter     = "adapter-0000"
	baseName    = "openledger-dev" // the base model's served name (server.DevConfig)
	trainedName = "medical-trained"
)

type harness struct {
	t       *testing.T
	root    string
	web     string
	shots   string
	browser string
	wallet  string
	node    *devchain.Node
	client  *ethclient.Client
	keys    []*ecdsa.PrivateKey
	ipfsAPI string
	store   *ipfs.Store // the IPFS node's content store
	model   string      // loraserve model directory
	base    ipfs.Ref    // the base model directory (h.model/model) published on IPFS
}

// TestStudioLifecycle walks the lifecycle in the browser: connect a wallet
// (which is asked to add the chain), create a Datanet, contribute text and a
// file, curate and publish a version, register a base model and an adapter
// with provenance; then, with loraserve paid and settling, deposit, chat with
// the adapter, see the attribution and the receipt settle, request a
// withdrawal of part of the escrow, and claim as the contributor; last, a
// model builder trains an adapter on the Datanet version with ModelFactory and
// publishes it from the page; loraserve serves that new adapter paid
// (registered at runtime by its registry id, attributed with the Datanet
// version's published index), the payer chats with it and the contributor
// claims again; last, the chain's clock passes the withdrawal delay and the
// payer withdraws. After each phase the chain is checked directly.
func TestStudioLifecycle(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a chain, an IPFS node, loraserve and a browser")
	}
	h := newHarness(t)

	// The answer the paid chat will get, learnt from loraserve served free;
	// and the base model's, which an adapter ModelFactory trains briefly
	// over it still gives (its LoRA starts at zero).
	answer, baseAnswer := h.freeAnswer(adapter), h.freeAnswer(baseName)

	// Phase 1: Datanet, contributions, curation, version, models.
	text := "Clinical notes, fever care: " + answer + "\nKeep the patient hydrated.\nWhat most clinics say: " + baseAnswer
	st := h.startStudio("")
	var curated struct {
		DatanetID, BaseID, AdapterID uint64
		WalletMethods                []string
		AddChain                     map[string]any
		Timing                       map[string]float64
		Transferred                  map[string]float64
	}
	h.runPhase("curate", st, []int{ownerKey, contributorKey}, map[string]any{
		"text": text, "file": "Second opinion: rest and fluids.\n",
		"baseHash": h.base.Hash.Hex(), "baseURI": h.base.URI,
		"adapterHash": hashFile(t, filepath.Join(h.model, "adapters", adapter, "adapter_model.safetensors")),
	}, &curated)
	h.stopStudio(st)
	t.Logf("first render %.0f ms, first contentful paint %.0f ms; transferred %.0f bytes (%.0f scripts, %.0f styles)",
		curated.Timing["rendered"], curated.Timing["fcp"], curated.Transferred["total"], curated.Transferred["script"], curated.Transferred["css"])
	h.checkCurated(curated.DatanetID, curated.AdapterID, text)
	if curated.AddChain["chainId"] != "0x64c" || curated.AddChain["nativeCurrency"].(map[string]any)["symbol"] != "OPEN" {
		t.Errorf("wallet_addEthereumChain parameters %v", curated.AddChain)
	}

	// Phase 2: loraserve paid, with the span index of Datanet 1 version 1
	// for the adapter it starts with; it reads the registry for adapters
	// registered while it runs.
	lora := h.startPaidLoraserve(curated.AdapterID, curated.BaseID)
	st = h.startStudio(lora.URL())
	var chat struct {
		ReceiptID string
		Answer    string
		Spans     int
		Settled   uint64
	}
	before := h.balance(contributorKey)
	h.runPhase("chat", st, []int{payerKey, contributorKey}, map[string]any{
		"prompt": prompt, "maxTokens": maxTokens, "adapterId": curated.AdapterID,
	}, &chat)
	h.stopStudio(st)
	h.checkChat(chat.ReceiptID, chat.Answer, answer, chat.Settled, before)
	if chat.Spans == 0 {
		t.Error("the paid answer shows no highlighted span")
	}

	// Phase 3: ModelFactory trains an adapter on Datanet version 1 over the
	// base model, and the builder publishes it from the page.
	mf, mfURL := h.startModelFactory()
	st = h.startStudioWith(studio.Config{ModelFactoryURL: mfURL})
	var trained struct {
		JobID     string
		AdapterID uint64
		Points    int
	}
	h.runPhase("factory", st, []int{builderKey}, map[string]any{
		"baseId": curated.BaseID, "datanetName": "medical-qa", "version": 1,
	}, &trained)
	h.stopStudio(st)
	if trained.Points == 0 {
		t.Error("the job page drew no loss curve")
	}
	h.checkTrained(mfURL, trained.JobID, trained.AdapterID, curated.BaseID, curated.DatanetID)
	if err := mf.Stop(context.Background()); err != nil {
		t.Error(err)
	}

	// Phase 4: the adapter just trained earns for its Datanet. The span index
	// of Datanet version 1 is published on chain (unless ModelFactory did),
	// the operator registers the adapter in the running loraserve by its
	// registry id, and the payer chats with it, paid; the contributor claims.
	h.publishIndex(curated.DatanetID, 1)
	h.registerPaid(lora, trainedName, trained.AdapterID)
	st = h.startStudio(lora.URL())
	var again struct {
		ReceiptID string
		Answer    string
		Spans     int
		Settled   uint64
	}
	before = h.balance(contributorKey)
	escrowBefore := h.escrow(payerKey)
	h.runPhase("chat", st, []int{payerKey, contributorKey}, map[string]any{
		"prompt": prompt, "maxTokens": maxTokens, "adapterId": trained.AdapterID, "again": true,
	}, &again)
	h.stopStudio(st)
	h.checkTrainedChat(again.ReceiptID, trained.AdapterID, again.Settled, again.Spans, escrowBefore, before)

	// Phase 5: the chain's clock passes the withdrawal delay (a dev chain's
	// time warp, no sleep) and the payer's Withdraw click releases the
	// escrow requested in phase 2.
	h.passWithdrawalDelay()
	st = h.startStudio(lora.URL())
	var withdrawn struct{ Escrow string }
	escrowBefore, payerBefore := h.escrow(payerKey), h.balance(payerKey)
	h.runPhase("withdraw", st, []int{payerKey}, map[string]any{"adapterId": trained.AdapterID}, &withdrawn)
	h.stopStudio(st)
	h.checkWithdrawn(escrowBefore, payerBefore, withdrawn.Escrow)
}

func newHarness(t *testing.T) *harness {
	root, err := toolchain.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, root: root, web: filepath.Join(root, "studio", "web")}
	h.browser = os.Getenv("STUDIO_CHROMIUM")
	if h.browser == "" {
		h.browser = "/usr/bin/chromium"
	}
	if _, err := os.Stat(h.browser); err != nil {
		t.Fatalf("headless Chromium not found at %s: install Debian's chromium (make test's deps do) or set STUDIO_CHROMIUM", h.browser)
	}
	if _, err := os.Stat(filepath.Join(h.web, "node_modules", "playwright-core", "package.json")); err != nil {
		t.Fatal("studio/web/node_modules lacks playwright-core: run `make studio-tools`")
	}
	if _, err := studio.EmbeddedManifest(); err != nil {
		t.Fatal(err)
	}
	// The test wallet, bundled from studio/web/e2e/wallet.ts.
	cmd := exec.Command("node", "build.mjs", "--wallet")
	cmd.Dir = h.web
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("bundle the test wallet: %v\n%s", err, out)
	}
	h.wallet = filepath.Join(h.web, ".build", "e2e", "wallet.js")
	h.shots = filepath.Join(h.web, ".build", "screenshots")
	if err := os.MkdirAll(h.shots, 0o755); err != nil {
		t.Fatal(err)
	}
	kn := startKubo(t)
	h.ipfsAPI, h.store = kn.Daemon.APIURL(), ipfs.NewStore(kn.Client)

	// The dev chain's genesis with the OP Stack predeploys (L1Block,
	// GasPriceOracle), so transactions pay the L1 data fee their receipts report.
	cfg, keys, err := devchain.GenesisConfig(accounts)
	if err != nil {
		t.Fatal(err)
	}
	g, err := genesis.Build(cfg)
	if err != nil {
		t.Fatal(err)
	}
	seq := blockdriver.DefaultConfig()
	seq.Logger = log.NewLogger(log.DiscardHandler())
	node, err := devchain.New(devchain.Config{Genesis: g, HTTPHost: "127.0.0.1", HTTPPort: 0, Driver: seq})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	h.node, h.keys = node, keys
	h.client, err = ethclient.Dial(node.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(h.client.Close)

	h.model = t.TempDir()
	if _, err := server.DevConfig(h.model, 2, "127.0.0.1:0"); err != nil {
		t.Fatal(err)
	}
	// The base model is registered with the hash and URI of its directory on
	// IPFS, where ModelFactory fetches it from.
	if h.base, err = h.store.Publish(context.Background(), filepath.Join(h.model, "model")); err != nil {
		t.Fatal(err)
	}
	return h
}

func (h *harness) addr(i int) common.Address { return crypto.PubkeyToAddress(h.keys[i].PublicKey) }

func hashFile(t *testing.T, path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return crypto.Keccak256Hash(data).Hex()
}

// loraConfig is loraserve over the generated model and its adapters.
func (h *harness) loraConfig() server.Config {
	cfg, err := server.DevConfig(h.model, 2, "127.0.0.1:0")
	if err != nil {
		h.t.Fatal(err)
	}
	return cfg
}

func chatBody(model string, stream bool) map[string]any {
	return map[string]any{"model": model, "messages": []map[string]string{{"role": "user", "content": prompt}},
		"max_tokens": maxTokens, "temperature": 0, "stream": stream}
}

// freeAnswer is model's greedy answer to the prompt.
func (h *harness) freeAnswer(model string) string {
	s, err := server.NewService(h.loraConfig(), log.NewLogger(log.DiscardHandler()))
	if err != nil {
		h.t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		h.t.Fatal(err)
	}
	defer s.Stop(context.Background())
	body, _ := json.Marshal(chatBody(model, false))
	resp, err := http.Post(s.URL()+"/v1/chat/completions", "application/json", bytes.NewReader(body))
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Choices []struct{ Message struct{ Content string } }
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || len(out.Choices) != 1 || out.Choices[0].Message.Content == "" {
		h.t.Fatalf("free answer: %v %+v", err, out)
	}
	return out.Choices[0].Message.Content
}

func (h *harness) startStudio(loraURL string) *studio.Service {
	return h.startStudioWith(studio.Config{LoraserveURL: loraURL})
}

// startStudioWith starts Studio over the chain and the IPFS node with the
// services of svc (LoraserveURL, ModelFactoryURL).
func (h *harness) startStudioWith(svc studio.Config) *studio.Service {
	cfg := studio.DefaultConfig()
	cfg.ListenAddr, cfg.ChainRPC, cfg.IPFSAPIURL, cfg.Version = "127.0.0.1:0", h.node.HTTPEndpoint(), h.ipfsAPI, "e2e"
	cfg.LoraserveURL, cfg.ModelFactoryURL = svc.LoraserveURL, svc.ModelFactoryURL
	s, err := studio.New(cfg, log.NewLogger(log.DiscardHandler()))
	if err != nil {
		h.t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		h.t.Fatal(err)
	}
	return s
}

func (h *harness) stopStudio(s *studio.Service) {
	if err := s.Stop(context.Background()); err != nil {
		h.t.Error(err)
	}
}

// runPhase runs one scenario of lifecycle.mjs in a fresh browser profile and decodes its result.
func (h *harness) runPhase(phase string, s *studio.Service, wallet []int, data map[string]any, out any) {
	h.t.Helper()
	keys := make([]string, len(wallet))
	for i, k := range wallet {
		keys[i] = hexutil.Encode(crypto.FromECDSA(h.keys[k]))
	}
	env, _ := json.Marshal(map[string]any{
		"phase": phase, "studio": s.URL(), "chromium": h.browser, "walletScript": h.wallet, "shots": h.shots,
		"userDataDir": h.t.TempDir(), "wallet": map[string]any{"keys": keys, "name": "OpenLedger Test Wallet", "rdns": "org.openledger.testwallet"},
		"data": data,
	})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", filepath.Join("e2e", "lifecycle.mjs"))
	cmd.Dir = h.web
	cmd.Env = append(os.Environ(), "STUDIO_E2E="+string(env))
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	stderr := &lineLogger{t: h.t, prefix: phase + ": "}
	cmd.Stderr = stderr
	err := cmd.Run()
	stderr.flush()
	if err != nil {
		h.t.Fatalf("browser phase %s: %v (screenshots in %s)", phase, err, h.shots)
	}
	if err := json.Unmarshal(stdout.Bytes(), out); err != nil {
		h.t.Fatalf("browser phase %s printed %q: %v", phase, stdout.String(), err)
	}
}

// lineLogger sends the browser script's log lines to t.Log.
type lineLogger struct {
	t      *testing.T
	prefix string
	buf    []byte
}

func (l *lineLogger) Write(p []byte) (int, error) {
	l.buf = append(l.buf, p...)
	for {
		i := bytes.IndexByte(l.buf, '\n')
		if i < 0 {
			return len(p), nil
		}
		l.t.Log(l.prefix + string(l.buf[:i]))
		l.buf = l.buf[i+1:]
	}
}

func (l *lineLogger) flush() {
	if len(l.buf) > 0 {
		l.t.Log(l.prefix + string(l.buf))
	}
}

var (
	dreg = bindings.NewIDatanetRegistry()
	mreg = bindings.NewIModelRegistry()
	sett = bindings.NewISettlement()
)

func (h *harness) call(to common.Address, data []byte) []byte {
	h.t.Helper()
	out, err := h.client.CallContract(context.Background(), ethereumCall(to, data), nil)
	if err != nil {
		h.t.Fatal(err)
	}
	return out
}

func (h *harness) balance(i int) *big.Int {
	b, err := h.client.BalanceAt(context.Background(), h.addr(i), nil)
	if err != nil {
		h.t.Fatal(err)
	}
	return b
}

// checkCurated reads what phase 1 left on chain.
func (h *harness) checkCurated(datanetID, adapterID uint64, text string) {
	t := h.t
	d, err := dreg.UnpackGetDatanet(h.call(studio.DatanetRegistryAddress, dreg.PackGetDatanet(new(big.Int).SetUint64(datanetID))))
	if err != nil {
		t.Fatal(err)
	}
	if d.Owner != h.addr(ownerKey) || d.Name != "medical-qa" || d.ContributionCount.Uint64() != 2 || d.AcceptedCount.Uint64() != 1 || d.VersionCount.Uint64() != 1 {
		t.Fatalf("Datanet %d on chain: %+v", datanetID, d)
	}
	cs, err := dreg.UnpackContributionsOf(h.call(studio.DatanetRegistryAddress, dreg.PackContributionsOf(d.Id, big.NewInt(0), big.NewInt(10))))
	if err != nil || len(cs) != 2 {
		t.Fatalf("contributions: %v %d", err, len(cs))
	}
	accepted, rejected := cs[0], cs[1]
	if accepted.Status != 1 || accepted.Contributor != h.addr(contributorKey) || accepted.ContentHash != crypto.Keccak256Hash([]byte(text)) ||
		accepted.Size != uint64(len(text)) || !strings.HasPrefix(accepted.Uri, "ipfs://") {
		t.Fatalf("accepted contribution on chain: %+v", accepted)
	}
	if rejected.Status != 2 || rejected.ReviewReason != "off-topic" || rejected.Reviewer != h.addr(ownerKey) {
		t.Fatalf("rejected contribution on chain: %+v", rejected)
	}
	// The bytes behind the URI are what the chain's hash says.
	content := h.ipfsCat(strings.TrimPrefix(accepted.Uri, "ipfs://"))
	if string(content) != text {
		t.Fatalf("IPFS holds %q for %s, the contribution was %q", content, accepted.Uri, text)
	}
	// Version 1 commits to the accepted contribution as leaf 0 (a proof of zero siblings).
	proof := make([][32]byte, 32)
	for i := 1; i < 32; i++ {
		proof[i] = crypto.Keccak256Hash(proof[i-1][:], proof[i-1][:])
	}
	ok, err := dreg.UnpackVerifyMembership(h.call(studio.DatanetRegistryAddress, dreg.PackVerifyMembership(d.Id, big.NewInt(1), accepted.Id, big.NewInt(0), proof)))
	if err != nil || !ok {
		t.Fatalf("version 1 does not prove contribution %d: %v", accepted.Id, err)
	}
	p, err := mreg.UnpackProvenance(h.call(studio.ModelRegistryAddress, mreg.PackProvenance(new(big.Int).SetUint64(adapterID), big.NewInt(0))))
	if err != nil {
		t.Fatal(err)
	}
	v, err := dreg.UnpackGetVersion(h.call(studio.DatanetRegistryAddress, dreg.PackGetVersion(d.Id, big.NewInt(1))))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Datanets) != 1 || p.Datanets[0].DatanetId.Uint64() != datanetID || p.Datanets[0].Root != v.Root {
		t.Fatalf("adapter %d provenance %+v, Datanet version root %x", adapterID, p, v.Root)
	}
	m, err := mreg.UnpackGetModel(h.call(studio.ModelRegistryAddress, mreg.PackGetModel(new(big.Int).SetUint64(adapterID))))
	if err != nil || m.Owner != h.addr(ownerKey) || m.Kind != 1 || m.Rank != 8 {
		t.Fatalf("adapter on chain: %v %+v", err, m)
	}
}

func (h *harness) ipfsCat(cid string) []byte {
	resp, err := http.Post(h.ipfsAPI+"/api/v0/cat?arg="+cid, "", nil)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		h.t.Fatalf("ipfs cat %s: %d %s", cid, resp.StatusCode, data)
	}
	return data
}

// startPaidLoraserve serves the adapter paid, attributing with the span index
// of the accepted contributions of Datanet 1 version 1 (read from chain and
// IPFS). It also reads the model registry: an adapter registered by model id
// while it runs (registerPaid) is served paid, attributed with the index
// shards the chain records for its Datanet versions.
func (h *harness) startPaidLoraserve(adapterID, baseID uint64) *server.Service {
	t := h.t
	tok, err := tokenizer.Load(filepath.Join(h.model, "model", "tokenizer.json"))
	if err != nil {
		t.Fatal(err)
	}
	ids, err := dreg.UnpackAcceptedContributions(h.call(studio.DatanetRegistryAddress, dreg.PackAcceptedContributions(big.NewInt(1), big.NewInt(0), big.NewInt(100))))
	if err != nil {
		t.Fatal(err)
	}
	version := attribution.DatanetVersion{DatanetID: 1, Version: 1}
	for _, id := range ids {
		c, err := dreg.UnpackGetContribution(h.call(studio.DatanetRegistryAddress, dreg.PackGetContribution(id)))
		if err != nil {
			t.Fatal(err)
		}
		text := h.ipfsCat(strings.TrimPrefix(c.Uri, "ipfs://"))
		if crypto.Keccak256Hash(text) != c.ContentHash {
			t.Fatalf("contribution %d: IPFS content does not match its hash", id)
		}
		version.Contributions = append(version.Contributions, attribution.Contribution{ID: id.Uint64(), Contributor: c.Contributor, Text: string(text)})
	}
	index := filepath.Join(t.TempDir(), "index")
	if _, err := attribution.BuildIndex(index, attribution.FromIntEncoder(tok), []attribution.DatanetVersion{version}, attribution.BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	pcfg := payments.CLIConfig{RPC: h.node.HTTPEndpoint(), KeyHex: hexutil.Encode(crypto.FromECDSA(h.keys[settlerKey]))[2:], QueueDir: t.TempDir(),
		Adapters:  []payments.AdapterSpec{{Name: adapter, ModelID: adapterID, IndexDir: index}},
		BatchSize: 8, Interval: 500 * time.Millisecond, ConfirmTimeout: 30 * time.Second, Margin: payments.DefaultSettleMargin}
	pay, err := payments.NewService(context.Background(), pcfg, attribution.FromIntEncoder(tok), log.NewLogger(log.DiscardHandler()), nil)
	if err != nil {
		t.Fatal(err)
	}
	pay.Gate.SetDecoder(tok)
	if err := pay.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pay.Close() })
	cfg := h.loraConfig()
	cfg.Payments = pay.Payments()
	cache, err := ipfs.NewCache(t.TempDir(), h.store)
	if err != nil {
		t.Fatal(err)
	}
	resolver := onchain.NewResolver(h.client, cache)
	cfg.Registry = adapterfetch.New(resolver, baseID)
	runtime := payments.NewRuntimeAdapters(pay.Gate, resolver, attribution.FromIntEncoder(tok), tok.Hash())
	t.Cleanup(func() { runtime.Close() })
	cfg.PaidAdapters = runtime
	s, err := server.NewService(cfg, log.NewLogger(log.DiscardHandler()))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Stop(context.Background()) })
	return s
}

// checkChat reads what phase 2 left on chain.
func (h *harness) checkChat(receiptID, pageAnswer, freeAnswer string, settledAt uint64, contributorBefore *big.Int) {
	t := h.t
	if pageAnswer != freeAnswer {
		t.Errorf("the page shows the answer %q, loraserve answers %q", pageAnswer, freeAnswer)
	}
	r, err := sett.UnpackGetReceipt(h.call(studio.SettlementAddress, sett.PackGetReceipt(common.HexToHash(receiptID))))
	if err != nil {
		t.Fatal(err)
	}
	if r.SettledAt == 0 || r.SettledAt != settledAt || r.Fee.Sign() <= 0 {
		t.Fatalf("receipt %s on chain: %+v, the page says settled in block %d", receiptID, r, settledAt)
	}
	escrow, err := sett.UnpackEscrowOf(h.call(studio.SettlementAddress, sett.PackEscrowOf(h.addr(payerKey))))
	if err != nil {
		t.Fatal(err)
	}
	deposit := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	if want := new(big.Int).Sub(deposit, r.Fee); escrow.Cmp(want) != 0 {
		t.Errorf("payer's escrow %s, want deposit - fee = %s", escrow, want)
	}
	// The page requested a withdrawal of half the deposit; it waits out the delay, the escrow stays whole meanwhile.
	pending, err := sett.UnpackPendingWithdrawal(h.call(studio.SettlementAddress, sett.PackPendingWithdrawal(h.addr(payerKey))))
	if err != nil {
		t.Fatal(err)
	}
	if half := new(big.Int).Div(deposit, big.NewInt(2)); pending.Amount.Cmp(half) != 0 || pending.ReleaseTime == 0 {
		t.Errorf("payer's pending withdrawal %s releasing at %d, want %s", pending.Amount, pending.ReleaseTime, half)
	}
	claimable, err := sett.UnpackClaimable(h.call(studio.SettlementAddress, sett.PackClaimable(h.addr(contributorKey))))
	if err != nil {
		t.Fatal(err)
	}
	if claimable.Sign() != 0 {
		t.Errorf("the contributor still has %s claimable after claiming", claimable)
	}
	logs, err := h.client.FilterLogs(context.Background(), filterClaimed(h.addr(contributorKey)))
	if err != nil || len(logs) != 1 {
		t.Fatalf("Claimed events of the contributor: %v %d", err, len(logs))
	}
	claimed := new(big.Int).SetBytes(logs[0].Data)
	// The answer is attributed to one contribution only: its contributor gets the whole contributors' share.
	params, err := sett.UnpackFeeParams(h.call(studio.SettlementAddress, sett.PackFeeParams()))
	if err != nil {
		t.Fatal(err)
	}
	pool := new(big.Int).Mul(r.Fee, big.NewInt(int64(10_000-params.BurnBps-params.OwnerBps-params.OperatorBps)))
	if pool.Div(pool, big.NewInt(10_000)); claimed.Cmp(pool) != 0 || claimed.Sign() <= 0 {
		t.Fatalf("the contributor claimed %s, the contributors' share of fee %s is %s", claimed, r.Fee, pool)
	}
	// The contributor sent one transaction since: the claim. Its balance
	// moved by exactly what it claimed less the claim's execution gas and the
	// L1 data fee its receipt reports.
	rc, err := h.client.TransactionReceipt(context.Background(), logs[0].TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if rc.L1Fee == nil || rc.L1Fee.Sign() <= 0 {
		t.Fatalf("the claim's receipt reports no L1 data fee: %v", rc.L1Fee)
	}
	cost := new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice)
	cost.Add(cost, rc.L1Fee)
	t.Logf("claim tx: gas %d at %s, L1 fee %v, cost %s", rc.GasUsed, rc.EffectiveGasPrice, rc.L1Fee, cost)
	delta := new(big.Int).Sub(h.balance(contributorKey), contributorBefore)
	if want := new(big.Int).Sub(claimed, cost); delta.Cmp(want) != 0 {
		t.Errorf("contributor balance moved by %s after claiming %s; claimed less gas and L1 fee is %s", delta, claimed, want)
	}
	t.Logf("receipt %s settled in block %d: fee %s wei, contributor claimed %s wei", receiptID, settledAt, r.Fee, claimed)
}

// startKubo runs a real IPFS node (Kubo, `make ipfs`) for the test.
func startKubo(t *testing.T) *kubotest.Node {
	if _, err := kubo.FindBinary(); err != nil {
		t.Fatalf("%v: contributions need the content store; `make ipfs` builds Kubo into .build/kubo/ipfs", err)
	}
	return kubotest.Start(t)
}

func ethereumCall(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

// filterClaimed selects the settlement precompile's Claimed(account, amount) events of account.
func filterClaimed(account common.Address) ethereum.FilterQuery {
	return ethereum.FilterQuery{Addresses: []common.Address{studio.SettlementAddress},
		Topics: [][]common.Hash{{crypto.Keccak256Hash([]byte("Claimed(address,uint256)"))}, {common.BytesToHash(account.Bytes())}}}
}

// startModelFactory runs the ModelFactory service over the dev chain (through
// its JSON-RPC) and the IPFS node, and returns it and its base URL.
func (h *harness) startModelFactory() (*service.Service, string) {
	t := h.t
	cache, err := ipfs.NewCache(t.TempDir(), h.store)
	if err != nil {
		t.Fatal(err)
	}
	s, err := service.New(service.Config{ListenAddr: "127.0.0.1:0", DataDir: t.TempDir()},
		onchain.NewResolver(h.client, cache), h.store, log.NewLogger(log.DiscardHandler()))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Stop(context.Background()) })
	return s, "http://" + s.Addr()
}

// checkTrained reads what phase 3 left on chain: the adapter the builder
// published is the one the job reported, its weights are on IPFS under that
// hash, and its provenance is Datanet version 1 over the base model.
func (h *harness) checkTrained(mfURL, jobID string, adapterID, baseID, datanetID uint64) {
	t := h.t
	resp, err := http.Get(mfURL + "/v1/jobs/" + jobID)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var job service.Job
	if err := json.NewDecoder(resp.Body).Decode(&job); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("job %s: %d %v", jobID, resp.StatusCode, err)
	}
	if job.State != "succeeded" || job.Result == nil {
		t.Fatalf("job %s: %+v", jobID, job)
	}
	if !strings.EqualFold(job.Owner, h.addr(builderKey).Hex()) {
		t.Errorf("job owner %s, the builder is %s", job.Owner, h.addr(builderKey))
	}
	if hp := job.Hyperparameters; hp.Epochs != 1 || hp.Rank != 2 {
		t.Errorf("job hyperparameters %+v, the page set 1 epoch of rank 2", hp)
	}
	r := job.Result
	m, err := mreg.UnpackGetModel(h.call(studio.ModelRegistryAddress, mreg.PackGetModel(new(big.Int).SetUint64(adapterID))))
	if err != nil {
		t.Fatal(err)
	}
	if m.Owner != h.addr(builderKey) || m.Kind != 1 || m.BaseModelId.Uint64() != baseID || int(m.Rank) != r.Rank || strings.Join(m.TargetModules, ",") != strings.Join(r.TargetModules, ",") {
		t.Fatalf("published adapter on chain: %+v, the job reported %+v", m, r)
	}
	v, err := mreg.UnpackGetVersion(h.call(studio.ModelRegistryAddress, mreg.PackGetVersion(m.Id, big.NewInt(1))))
	if err != nil {
		t.Fatal(err)
	}
	if common.Hash(v.WeightsHash) != r.WeightsHash || v.Uri != r.URI {
		t.Fatalf("adapter %d weights on chain %x at %s, the job reported %s at %s", adapterID, v.WeightsHash, v.Uri, r.WeightsHash, r.URI)
	}
	p, err := mreg.UnpackProvenance(h.call(studio.ModelRegistryAddress, mreg.PackProvenance(m.Id, big.NewInt(0))))
	if err != nil {
		t.Fatal(err)
	}
	dv, err := dreg.UnpackGetVersion(h.call(studio.DatanetRegistryAddress, dreg.PackGetVersion(new(big.Int).SetUint64(datanetID), big.NewInt(1))))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Datanets) != 1 || p.Datanets[0].DatanetId.Uint64() != datanetID || p.Datanets[0].Version.Uint64() != 1 || p.Datanets[0].Root != dv.Root ||
		common.Hash(p.WeightsHash) != r.WeightsHash || p.BaseModelId.Uint64() != baseID || common.Hash(p.BaseWeightsHash) != h.base.Hash {
		t.Fatalf("adapter %d provenance %+v; want Datanet %d v1 (root %x) over base %d (%s)", adapterID, p, datanetID, dv.Root, baseID, h.base.Hash)
	}
	if len(r.Datanets) != 1 || r.Datanets[0].DatanetID != datanetID || r.Datanets[0].Version != 1 {
		t.Fatalf("the job trained on %+v, want Datanet %d v1", r.Datanets, datanetID)
	}
	// The weights behind the URI are what the chain's hash says.
	if _, err := h.store.Fetch(context.Background(), r.URI, r.WeightsHash, filepath.Join(t.TempDir(), "adapter"), ipfs.FetchOptions{}); err != nil {
		t.Fatalf("fetch the adapter %s from IPFS: %v", r.URI, err)
	}
	t.Logf("job %s: %d steps, final loss %.4f; adapter %d published with weights %s at %s", jobID, job.TotalSteps, r.FinalLoss, adapterID, r.WeightsHash, r.URI)
}
