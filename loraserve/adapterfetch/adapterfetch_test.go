// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package adapterfetch_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/kubotest"
	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/ipfs/rpc"
	"github.com/openledger/openledger/loraserve/adapterfetch"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/server"
	"github.com/openledger/openledger/loraserve/testmodel"
	"github.com/openledger/openledger/precompiles/datanet"
	"github.com/openledger/openledger/precompiles/model"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

var (
	models   = bindings.NewIModelRegistry()
	datanets = bindings.NewIDatanetRegistry()
)

func TestParseSpec(t *testing.T) {
	tests := []struct {
		in   string
		want adapterfetch.Spec
		bad  bool
	}{
		{in: "med=2", want: adapterfetch.Spec{Name: "med", ModelID: 2}},
		{in: "med=2@3", want: adapterfetch.Spec{Name: "med", ModelID: 2, Version: 3}},
		{in: "med", bad: true},
		{in: "=2", bad: true},
		{in: "med=0", bad: true},
		{in: "med=x", bad: true},
		{in: "med=2@0", bad: true},
		{in: "med=2@", bad: true},
		{in: "m d=2", bad: true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := adapterfetch.ParseSpec(tc.in)
			if tc.bad {
				if err == nil {
					t.Fatalf("accepted: %+v", got)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("got %+v, %v", got, err)
			}
		})
	}
}

// post sends body as JSON and returns the status, the Retry-After header and
// the response body.
func post(t *testing.T, url string, body any) (int, string, string) {
	t.Helper()
	b, _ := json.Marshal(body)
	resp, err := http.Post(url, "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Retry-After"), string(out)
}

func complete(t *testing.T, url, modelName string) string {
	t.Helper()
	status, _, body := post(t, url+"/v1/completions", map[string]any{"model": modelName, "prompt": "The adapter says", "max_tokens": 8, "temperature": 0})
	if status != http.StatusOK {
		t.Fatalf("completion with %s: %d %s", modelName, status, body)
	}
	var out struct {
		Choices []struct{ Text string }
	}
	if err := json.Unmarshal([]byte(body), &out); err != nil || len(out.Choices) != 1 {
		t.Fatalf("%s: %v", body, err)
	}
	return out.Choices[0].Text
}

// An adapter's owner publishes it through their IPFS node and registers it on
// chain; an operator whose loraserve reads through another IPFS node (its own
// repository and cache) serves it by model-registry id alone, exactly as the
// local files would serve, and refuses adapters that do not match the chain.
func TestServeAdapterByModelID(t *testing.T) {
	chain := devchaintest.NewChain(t, devchaintest.Options{})
	ownerNode, operatorNode := kubotest.Pair(t)
	ctx := context.Background()
	root := t.TempDir()
	mcfg, err := testmodel.WriteModel(filepath.Join(root, "model"), testmodel.Spec{})
	if err != nil {
		t.Fatal(err)
	}
	publisher := ipfs.NewStore(ownerNode.Client)
	publishAdapter := func(name string, seed uint64) ipfs.Ref {
		dir := filepath.Join(root, "owner", name)
		if err := lora.Save(dir, testmodel.NewAdapter(name, mcfg, testmodel.AdapterSpec{Seed: seed, Rank: 8})); err != nil {
			t.Fatal(err)
		}
		ref, err := publisher.Publish(ctx, dir)
		if err != nil {
			t.Fatal(err)
		}
		return ref
	}
	register := func(ref ipfs.Ref, hash [32]byte) {
		chain.MustSend(chain.Keys[0], model.Address, models.PackRegisterAdapter(bindings.IModelRegistryAdapterSpec{
			BaseModelId: big.NewInt(1), Name: "lora", WeightsHash: hash, Uri: ref.URI, Rank: 8,
			TargetModules: []string{"q_proj"}, RateIn: new(big.Int), RateOut: new(big.Int),
			Datanets: []bindings.IModelRegistryDatanetRef{{DatanetId: big.NewInt(1), Version: big.NewInt(1)}},
		}), nil)
	}
	// An adapter names the Datanet version it was trained on.
	one := big.NewInt(1)
	chain.MustSend(chain.Keys[0], datanet.Address, datanets.PackCreateDatanet("d", "", nil, ""), nil)
	chain.MustSend(chain.Keys[1], datanet.Address, datanets.PackContribute(one, crypto.Keccak256Hash([]byte("c")), 1, "", ""), nil)
	chain.MustSend(chain.Keys[0], datanet.Address, datanets.PackReview(one, true, ""), nil)
	chain.MustSend(chain.Keys[0], datanet.Address, datanets.PackPublishVersion(one), nil)
	chain.MustSend(chain.Keys[0], model.Address, models.PackRegisterBaseModel("tiny", "llama", crypto.Keccak256Hash([]byte("base")), "", ""), nil)
	med := publishAdapter("med-lora", 11)
	register(med, med.Hash)                                               // model 2
	register(med, crypto.Keccak256Hash([]byte("not what the URI holds"))) // model 3
	late := publishAdapter("late-lora", 12)
	register(late, late.Hash) // model 4

	// The operator's side.
	client, err := rpc.New(operatorNode.Daemon.APIURL(), rpc.WithRetry(2, 10*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	cache, err := ipfs.NewCache(filepath.Join(root, "operator-cache"), ipfs.NewStore(client))
	if err != nil {
		t.Fatal(err)
	}
	fetcher := adapterfetch.New(onchain.NewResolver(chain.Client, cache), 1)
	cfg := server.DefaultConfig()
	cfg.ModelDir, cfg.ServedModelName, cfg.ListenAddr = filepath.Join(root, "model"), "tiny", "127.0.0.1:0"
	cfg.AdaptersDir = filepath.Join(root, "owner") // the operator holds a local copy too
	cfg.Registry = fetcher
	cfg.RegistryAdapters = []adapterfetch.Spec{{Name: "med-at-start", ModelID: 2}}
	svc, err := server.NewService(cfg, log.NewLogger(log.DiscardHandler()))
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Stop(context.Background()) })
	url := svc.URL()

	tests := []struct {
		name   string
		body   map[string]any
		status int
		want   string
	}{
		{"by-model-id", map[string]any{"id": "med", "model_id": 2, "preload": true}, 201, `"id":"med"`},
		{"pinned-version", map[string]any{"id": "med-v1", "model_id": 2, "version": 1}, 201, `"id":"med-v1"`},
		{"hash-mismatch", map[string]any{"id": "bad", "model_id": 3}, 422, "content does not match its on-chain hash"},
		{"base-model", map[string]any{"id": "base", "model_id": 1}, 422, "model is not a LoRA adapter"},
		{"no-such-version", map[string]any{"id": "v9", "model_id": 2, "version": 9}, 422, "getVersion(2, 9)"},
		{"path-and-model-id", map[string]any{"id": "both", "model_id": 2, "path": "/tmp"}, 400, "not both"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, _, body := post(t, url+"/v1/adapters", tc.body)
			if status != tc.status || !strings.Contains(body, tc.want) {
				t.Fatalf("status %d body %s, want %d with %q", status, body, tc.status, tc.want)
			}
		})
	}

	// Served from IPFS exactly as from the owner's own files.
	if status, _, body := post(t, url+"/v1/adapters", map[string]any{"id": "med-local", "path": "med-lora"}); status != 201 {
		t.Fatalf("local registration: %d %s", status, body)
	}
	fromIPFS, fromStart, local := complete(t, url, "med"), complete(t, url, "med-at-start"), complete(t, url, "med-local")
	if fromIPFS != local || fromStart != local {
		t.Fatalf("outputs differ: ipfs %q, at start %q, local %q", fromIPFS, fromStart, local)
	}
	if base := complete(t, url, "tiny"); base == local {
		t.Fatalf("the adapter changes nothing (%q); the comparison proves nothing", base)
	}

	// The operator's IPFS node goes down: a clear, retryable error; once it is
	// back, the same request succeeds.
	operatorNode.Stop(t)
	status, retryAfter, body := post(t, url+"/v1/adapters", map[string]any{"id": "late", "model_id": 4})
	if status != http.StatusServiceUnavailable || retryAfter == "" || !strings.Contains(body, "ipfs node unavailable") {
		t.Fatalf("node down: %d (Retry-After %q) %s", status, retryAfter, body)
	}
	operatorNode.Restart(t)
	if err := operatorNode.Client.Connect(ctx, ownerNode.SwarmAddr(t)); err != nil {
		t.Fatal(err)
	}
	if status, _, body := post(t, url+"/v1/adapters", map[string]any{"id": "late", "model_id": 4}); status != 201 {
		t.Fatalf("after the node is back: %d %s", status, body)
	}
	if complete(t, url, "late") == "" {
		t.Fatal("empty completion")
	}
}
