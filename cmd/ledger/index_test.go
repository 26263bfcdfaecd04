// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package main_test

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openledger/openledger/attribution/corpustest"
	"github.com/openledger/openledger/loraserve/tokenizer"
)

// TestDatanetIndexFlow: a curator builds a Datanet version's attribution
// index shard from the chain's records (contents fetched from IPFS),
// publishes it to IPFS and on chain; a verifier on another machine (its own
// IPFS node and cache) fetches the index by Datanet id and version alone and
// recomputes the curator's attribution of an output from it.
func TestDatanetIndexFlow(t *testing.T) {
	c := newTestChain(t)
	node := c.withIPFS(t)
	rng := rand.New(rand.NewPCG(23, 23))
	var texts []string
	var corpus strings.Builder
	for range 4 {
		s := corpustest.Sentence(rng, 120+rng.IntN(80))
		texts = append(texts, s)
		corpus.WriteString(s + "\n")
	}
	bpe, err := tokenizer.Train(corpus.String(), 400, []string{"<|endoftext|>"})
	if err != nil {
		t.Fatal(err)
	}
	tokPath := filepath.Join(t.TempDir(), "tokenizer.json")
	if err := bpe.Save(tokPath); err != nil {
		t.Fatal(err)
	}
	mustRun := func(c *testChain, args ...string) string {
		t.Helper()
		out, errOut, ok := c.run(t, args...)
		if !ok {
			t.Fatalf("ledger %s: %s", strings.Join(args, " "), errOut)
		}
		return out
	}
	owner, contributor := keyHex(0), keyHex(1)
	// The owner reviews from its own machine: accepting pins the content on
	// its IPFS node (verified first), rejecting unpins it there.
	reviewer := &testChain{Chain: c.Chain, rpc: c.rpc, cache: filepath.Join(t.TempDir(), "reviewer-cache")}
	reviewerNode := reviewer.withIPFS(t)
	if err := reviewerNode.Client.Connect(context.Background(), node.SwarmAddr(t)); err != nil {
		t.Fatal(err)
	}
	mustRun(c, "--key", owner, "datanet", "create", "--name", "wiki")
	for i, text := range append(texts, "spam") {
		id := string(rune('1' + i))
		mustRun(c, "--key", contributor, "datanet", "contribute", "--datanet", "1", writeFile(t, "doc.txt", text))
		verdict := "--accept"
		if text == "spam" {
			// Pinned on the reviewer's node before (say, while it was looked at).
			if err := reviewerNode.Client.Pin(context.Background(),
				mustCID(t, c, "datanet", "contributions", "--offset", string(rune('0'+i)), "--limit", "1", "1")); err != nil {
				t.Fatal(err)
			}
			verdict = "--reject"
		}
		_, errOut, ok := reviewer.run(t, "--key", owner, "datanet", "review", "--contribution", id, verdict)
		if !ok {
			t.Fatalf("review %s: %s", id, errOut)
		}
		pinned, err := reviewerNode.Client.Pinned(context.Background(),
			mustCID(t, c, "datanet", "contributions", "--offset", string(rune('0'+i)), "--limit", "1", "1"))
		if err != nil || pinned != (verdict == "--accept") {
			t.Fatalf("contribution %s %s: pinned on the reviewer's node = %v (%v)", id, verdict, pinned, err)
		}
		if want := map[string]string{"--accept": "pinned ipfs://", "--reject": "unpinned ipfs://"}[verdict]; !strings.Contains(errOut, want) {
			t.Fatalf("review %s says %q", id, errOut)
		}
		if i == 1 || i == 3 { // version 1: contributions 1, 2; version 2: 3, 4
			mustRun(c, "--key", owner, "datanet", "publish", "--datanet", "1")
		}
	}

	// Without a build, there is nothing to publish; without a publish,
	// nothing to fetch.
	curatorIndex := filepath.Join(t.TempDir(), "index")
	if _, errOut, ok := c.run(t, "--key", owner, "datanet", "index", "publish", "--datanet", "1", "--version", "1", "--index", curatorIndex); ok ||
		!strings.Contains(errOut, "has no shard of datanet 1 version 1") {
		t.Fatalf("publish before build: ok=%v %s", ok, errOut)
	}
	for v := range 2 {
		version := string(rune('1' + v))
		var built struct {
			Docs        int    `json:"docs"`
			TokenizerID string `json:"tokenizerId"`
		}
		if err := json.Unmarshal([]byte(mustRun(c, "--json", "datanet", "index", "build", "--quiet", "--datanet", "1", "--version", version,
			"--index", curatorIndex, "--tokenizer", tokPath)), &built); err != nil || built.Docs != 2 {
			t.Fatalf("build version %s: %+v %v", version, built, err)
		}
		var published struct {
			URI         string `json:"uri"`
			TokenizerID string `json:"tokenizerId"`
		}
		if err := json.Unmarshal([]byte(mustRun(c, "--json", "--key", owner, "datanet", "index", "publish", "--datanet", "1", "--version", version,
			"--index", curatorIndex)), &published); err != nil || !strings.HasPrefix(published.URI, "ipfs://") || published.TokenizerID != built.TokenizerID {
			t.Fatalf("publish version %s: %+v %v", version, published, err)
		}
	}
	// A shard is immutable once recorded.
	if _, errOut, ok := c.run(t, "--key", owner, "datanet", "index", "publish", "--datanet", "1", "--version", "1", "--index", curatorIndex); ok ||
		!strings.Contains(errOut, "IndexExists") {
		t.Fatalf("publish twice: ok=%v %s", ok, errOut)
	}
	var shards []map[string]any
	if err := json.Unmarshal([]byte(mustRun(c, "--json", "datanet", "index", "show", "--datanet", "1", "--version", "2")), &shards); err != nil || len(shards) != 1 {
		t.Fatalf("show: %v %v", shards, err)
	}

	// The verifier: another IPFS node and cache, the chain, the tokenizer.
	reader := &testChain{Chain: c.Chain, rpc: c.rpc, cache: filepath.Join(t.TempDir(), "reader-cache")}
	readerNode := reader.withIPFS(t)
	if err := readerNode.Client.Connect(context.Background(), node.SwarmAddr(t)); err != nil {
		t.Fatal(err)
	}
	verifierIndex := filepath.Join(t.TempDir(), "index")
	mustRun(reader, "--json", "datanet", "index", "fetch", "--datanet", "1", "--version", "2", "--index", verifierIndex, "--tokenizer", tokPath)
	words := strings.Fields(texts[2])
	output := "Quoting the wiki: " + strings.Join(words[3:25], " ") + "."
	attFile := filepath.Join(t.TempDir(), "attribution.json")
	att := mustRun(c, "attribution", "query", "--index", curatorIndex, "--tokenizer", tokPath, "--text", output)
	if err := os.WriteFile(attFile, []byte(att), 0o644); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(att, `"contributionId": 3`) {
		t.Fatalf("attribution does not credit contribution 3: %s", att)
	}
	if out := mustRun(reader, "attribution", "verify", "--index", verifierIndex, "--tokenizer", tokPath, "--attribution", attFile, "--text", output); !strings.HasPrefix(out, "ok:") {
		t.Fatalf("verify from the fetched index: %s", out)
	}

	// A tokenizer nobody published a shard for is reported as such.
	other, err := tokenizer.Train(corpus.String(), 300, []string{"<|endoftext|>"})
	if err != nil {
		t.Fatal(err)
	}
	otherPath := filepath.Join(t.TempDir(), "tokenizer.json")
	if err := other.Save(otherPath); err != nil {
		t.Fatal(err)
	}
	if _, errOut, ok := reader.run(t, "datanet", "index", "fetch", "--datanet", "1", "--version", "1", "--index", t.TempDir(), "--tokenizer", otherPath); ok ||
		!strings.Contains(errOut, "no attribution index shard published for tokenizer") {
		t.Fatalf("fetch for another tokenizer: ok=%v %s", ok, errOut)
	}
}
