package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInitPreparesComposeComponents: `devnet init` with the flags
// docker-compose.yml's init service passes writes the chain spec, a JWT
// secret it keeps on a second run, and loraserve's dev model and adapters;
// a failing `ledger-geth init` fails the step.
func TestInitPreparesComposeComponents(t *testing.T) {
	dir := t.TempDir()
	jwt := filepath.Join(dir, "jwt.hex")
	lora := filepath.Join(dir, "loraserve")
	args := []string{"devnet", "init", "--datadir", dir, "--jwt-secret", jwt, "--loraserve.dir", lora, "--loraserve.adapters", "2"}
	if err := newApp().Run(args); err != nil {
		t.Fatal(err)
	}
	first, err := os.ReadFile(jwt)
	if err != nil {
		t.Fatal(err)
	}
	if len(first) != 66 || string(first[:2]) != "0x" {
		t.Fatalf("jwt secret %q, want 0x and 64 hex digits", first)
	}
	for _, p := range []string{"chain/rollup.json", "chain/l2-genesis.json", "loraserve/model/config.json", "loraserve/adapters/adapter-0001"} {
		if _, err := os.Stat(filepath.Join(dir, p)); err != nil {
			t.Errorf("init did not write %s: %v", p, err)
		}
	}
	if err := newApp().Run(args); err != nil {
		t.Fatal(err)
	}
	second, err := os.ReadFile(jwt)
	if err != nil {
		t.Fatal(err)
	}
	if string(second) != string(first) {
		t.Error("a second init replaced the JWT secret the nodes already use")
	}
	fail := append(args[:len(args):len(args)], "--geth.bin", "false", "--geth.datadir", filepath.Join(dir, "sequencer"))
	if err := newApp().Run(fail); err == nil {
		t.Error("init succeeded although ledger-geth init failed")
	}
	// A data directory that holds a chain is not opened again (its node may
	// be running): the failing ledger-geth is not even run.
	if err := os.MkdirAll(filepath.Join(dir, "sequencer", "geth", "chaindata"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := newApp().Run(fail); err != nil {
		t.Errorf("init ran ledger-geth on a data directory that holds a chain: %v", err)
	}
	bogus := append(args[:len(args):len(args)], "--geth.bin", "true", "--geth.state-scheme", "bogus", "--geth.datadir", filepath.Join(dir, "sequencer"))
	if err := newApp().Run(bogus); err == nil || !strings.Contains(err.Error(), "want hash or path") {
		t.Errorf("init with --geth.state-scheme bogus: %v, want it refused", err)
	}
	bogus = append(args[:len(args):len(args)], "--geth.bin", "true", "--geth.db-engine", "rocksdb", "--geth.datadir", filepath.Join(dir, "sequencer"))
	if err := newApp().Run(bogus); err == nil || !strings.Contains(err.Error(), "want leveldb or pebble") {
		t.Errorf("init with --geth.db-engine rocksdb: %v, want it refused", err)
	}
}
