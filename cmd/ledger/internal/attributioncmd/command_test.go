// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package attributioncmd_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/weights"
	"github.com/openledger/openledger/cmd/ledger/internal/attributioncmd"
	"github.com/openledger/openledger/loraserve/tokenizer"
)

var texts = []string{
	"Datanets collect curated contributions, and every accepted contribution is indexed for attribution of model outputs.",
	"The sequencer builds blocks through the engine API while the batcher posts frames to the data availability server.",
	"Adapters in PEFT layout are loaded from disk and kept in a byte budgeted cache that never evicts an adapter in use.",
}

func run(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	app := &cli.App{
		Name: "ledger", Commands: []*cli.Command{attributioncmd.Command("LEDGER")},
		Reader: strings.NewReader(stdin), Writer: &out, ErrWriter: &errOut,
		ExitErrHandler: func(*cli.Context, error) {},
	}
	err := app.Run(append([]string{"ledger", "attribution"}, args...))
	return out.String(), errOut.String(), err
}

func setup(t *testing.T) (dir, tokPath, other string) {
	t.Helper()
	dir = t.TempDir()
	tok, err := tokenizer.Train(strings.Join(texts, "\n"), 400, nil)
	if err != nil {
		t.Fatal(err)
	}
	tokPath = filepath.Join(dir, "tokenizer.json")
	if err := tok.Save(tokPath); err != nil {
		t.Fatal(err)
	}
	tok2, _ := tokenizer.Train(strings.Join(texts, " "), 300, nil)
	other = filepath.Join(dir, "other.json")
	if err := tok2.Save(other); err != nil {
		t.Fatal(err)
	}
	var lines []string
	for i, s := range texts {
		b, _ := json.Marshal(map[string]any{"id": 100 + i, "contributor": fmt.Sprintf("0x%040x", 0xa0+i), "text": s})
		lines = append(lines, string(b))
	}
	contrib := filepath.Join(dir, "v1.jsonl")
	if err := os.WriteFile(contrib, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, progressOut, err := run(t, "", "build", "--index", filepath.Join(dir, "idx"), "--tokenizer", tokPath,
		"--datanet", "4", "--datanet-version", "1", "--contributions", contrib)
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	if !strings.Contains(out, `"datanetId": 4`) || !strings.Contains(progressOut, "tokens/s") {
		t.Fatalf("build output %q progress %q", out, progressOut)
	}
	return filepath.Join(dir, "idx"), tokPath, other
}

func TestBuildQueryVerify(t *testing.T) {
	idx, tokPath, other := setup(t)
	text := "As documented: the batcher posts frames to the data availability server."
	out, _, err := run(t, "", "query", "--index", idx, "--tokenizer", tokPath, "--text", text, "--min-length", "6")
	if err != nil {
		t.Fatalf("query: %v", err)
	}
	var att attribution.Attribution
	if err := json.Unmarshal([]byte(out), &att); err != nil {
		t.Fatal(err)
	}
	if len(att.Weights) != 1 || att.Weights[0].ContributionID != 101 || att.Weights[0].Weight != weights.One {
		t.Fatalf("weights %v", att.Weights)
	}
	attPath := filepath.Join(t.TempDir(), "att.json")
	os.WriteFile(attPath, []byte(out), 0o644)

	// The text may come from stdin too.
	if out2, _, err := run(t, text, "query", "--index", idx, "--tokenizer", tokPath, "--min-length", "6"); err != nil || out2 != out {
		t.Fatalf("stdin query differs: %v", err)
	}
	if out, _, err := run(t, "", "verify", "--index", idx, "--tokenizer", tokPath, "--attribution", attPath, "--text", text, "--min-length", "6"); err != nil || !strings.HasPrefix(out, "ok") {
		t.Fatalf("verify: %q %v", out, err)
	}
	// A verifier with another policy rejects it.
	if _, _, err := run(t, "", "verify", "--index", idx, "--tokenizer", tokPath, "--attribution", attPath, "--text", text); !errors.Is(err, attribution.ErrRejected) {
		t.Fatalf("other policy: %v", err)
	}
	att.Weights[0].ContributionID = 102
	forged, _ := json.Marshal(att)
	os.WriteFile(attPath, forged, 0o644)
	if _, _, err := run(t, "", "verify", "--index", idx, "--tokenizer", tokPath, "--attribution", attPath, "--text", text, "--min-length", "6"); !errors.Is(err, attribution.ErrRejected) {
		t.Fatalf("forged attribution: %v", err)
	}
	if _, _, err := run(t, "", "query", "--index", idx, "--tokenizer", other, "--text", text); !errors.Is(err, attributioncmd.ErrTokenizerMismatch) {
		t.Fatalf("other tokenizer: %v", err)
	}
}

func TestEnvTwins(t *testing.T) {
	idx, tokPath, _ := setup(t)
	t.Setenv("LEDGER_ATTRIBUTION_INDEX", idx)
	t.Setenv("LEDGER_ATTRIBUTION_TOKENIZER", tokPath)
	t.Setenv("LEDGER_ATTRIBUTION_MIN_LENGTH", "6")
	out, _, err := run(t, "", "query", "--text", texts[2])
	if err != nil || !strings.Contains(out, `"contributionId": "102"`) {
		t.Fatalf("query via env: %v\n%s", err, out)
	}
}

func TestReadContributions(t *testing.T) {
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"numbers", `{"id": 1, "text": "a"}` + "\n" + `{"id": "18446744073709551615", "contributor": "0x0000000000000000000000000000000000000001", "text": "b"}`, true},
		{"blank-lines", "\n" + `{"id": 1, "text": "a"}` + "\n\n", true},
		{"empty", "", false},
		{"duplicate-id", `{"id": 1, "text": "a"}` + "\n" + `{"id": 1, "text": "b"}`, false},
		{"negative-id", `{"id": -1, "text": "a"}`, false},
		{"unknown-field", `{"id": 1, "txt": "a"}`, false},
		{"bad-json", `{"id": 1`, false},
		{"bad-address", `{"id": 1, "contributor": "0xzz", "text": "a"}`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := attributioncmd.ReadContributions(strings.NewReader(tc.in))
			if (err == nil) != tc.ok {
				t.Fatalf("err = %v", err)
			}
		})
	}
}
