// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package attributioncmd

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/progress"
	"github.com/openledger/openledger/attribution/span"
	"github.com/openledger/openledger/internal/flagenv"
	"github.com/openledger/openledger/loraserve/tokenizer"
)

// ErrTokenizerMismatch is returned when the tokenizer file is not the one the
// index was built with.
var ErrTokenizerMismatch = errors.New("attributioncmd: tokenizer differs from the index's")

// maxLine bounds one contributions line.
const maxLine = 64 << 20

// Command returns the `attribution` command; envPrefix (e.g. "LEDGER") names
// the environment twins of its flags.
func Command(envPrefix string) *cli.Command {
	prefix := envPrefix + "_ATTRIBUTION"
	indexFlag := &cli.StringFlag{Name: "index", Usage: "index directory", Required: true, EnvVars: flagenv.Vars(prefix, "index")}
	tokFlag := &cli.StringFlag{Name: "tokenizer", Usage: "tokenizer.json of the model (or the model directory)", Required: true, EnvVars: flagenv.Vars(prefix, "tokenizer")}
	minLenFlag := &cli.IntFlag{Name: "min-length", Usage: "shortest span in tokens", Value: span.DefaultMinLength, EnvVars: flagenv.Vars(prefix, "min-length")}
	maxOccFlag := &cli.Uint64Flag{Name: "max-occurrences", Usage: "ignore spans occurring more often", Value: span.DefaultMaxOccurrences, EnvVars: flagenv.Vars(prefix, "max-occurrences")}
	textFlags := []cli.Flag{
		&cli.StringFlag{Name: "text", Usage: "text to attribute (default: --text-file or stdin)", EnvVars: flagenv.Vars(prefix, "text")},
		&cli.StringFlag{Name: "text-file", Usage: "file holding the text to attribute", EnvVars: flagenv.Vars(prefix, "text-file")},
	}
	return &cli.Command{
		Name:  "attribution",
		Usage: "Proof of Attribution: build span indexes, attribute outputs, verify receipts",
		Subcommands: []*cli.Command{
			{
				Name:  "build",
				Usage: "index one Datanet version as a new shard",
				Flags: []cli.Flag{
					indexFlag, tokFlag,
					&cli.Uint64Flag{Name: "datanet", Usage: "Datanet id", Required: true, EnvVars: flagenv.Vars(prefix, "datanet")},
					&cli.Uint64Flag{Name: "datanet-version", Usage: "Datanet version", Required: true, EnvVars: flagenv.Vars(prefix, "datanet-version")},
					&cli.StringFlag{Name: "contributions", Usage: "JSON-lines file of {id, contributor, text}", Required: true, EnvVars: flagenv.Vars(prefix, "contributions")},
					&cli.BoolFlag{Name: "quiet", Usage: "no progress output", EnvVars: flagenv.Vars(prefix, "quiet")},
				},
				Action: build,
			},
			{
				Name:  "query",
				Usage: "attribute a text and print the attribution as JSON",
				Flags: append([]cli.Flag{
					indexFlag, tokFlag, minLenFlag, maxOccFlag,
				}, textFlags...),
				Action: query,
			},
			{
				Name:  "verify",
				Usage: "recompute a stored attribution (JSON from query) from the index",
				Flags: append([]cli.Flag{
					indexFlag, tokFlag, minLenFlag, maxOccFlag,
					&cli.StringFlag{Name: "attribution", Usage: "attribution JSON file", Required: true, EnvVars: flagenv.Vars(prefix, "attribution")},
				}, textFlags...),
				Action: verify,
			},
		},
	}
}

// loadTokenizer loads the model's tokenizer (its tokenizer.json or the
// model directory) and returns it with its id, the Keccak-256 of
// tokenizer.json.
func loadTokenizer(path string) (attribution.Tokenizer, common.Hash, error) {
	tok, err := tokenizer.Load(path)
	if err != nil {
		return nil, common.Hash{}, err
	}
	return attribution.FromIntEncoder(tok), tok.Hash(), nil
}

// contributionLine is one line of the contributions file.
type contributionLine struct {
	ID          json.Number    `json:"id"`
	Contributor common.Address `json:"contributor"`
	Text        string         `json:"text"`
}

// ReadContributions parses JSON lines of contributions.
func ReadContributions(r io.Reader) ([]attribution.Contribution, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), maxLine)
	var out []attribution.Contribution
	seen := map[uint64]int{}
	for line := 1; sc.Scan(); line++ {
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var c contributionLine
		dec := json.NewDecoder(strings.NewReader(string(b)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c); err != nil {
			return nil, fmt.Errorf("contributions line %d: %w", line, err)
		}
		id, err := strconv.ParseUint(c.ID.String(), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("contributions line %d: id %q: %w", line, c.ID, err)
		}
		if prev, dup := seen[id]; dup {
			return nil, fmt.Errorf("contributions line %d: id %d already on line %d", line, id, prev)
		}
		seen[id] = line
		out = append(out, attribution.Contribution{ID: id, Contributor: c.Contributor, Text: c.Text})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read contributions: %w", err)
	}
	if len(out) == 0 {
		return nil, errors.New("no contributions")
	}
	return out, nil
}

func build(ctx *cli.Context) error {
	tok, tokID, err := loadTokenizer(ctx.String("tokenizer"))
	if err != nil {
		return err
	}
	f, err := os.Open(ctx.String("contributions"))
	if err != nil {
		return fmt.Errorf("open contributions: %w", err)
	}
	defer f.Close()
	cs, err := ReadContributions(f)
	if err != nil {
		return err
	}
	opts := attribution.BuildOptions{TokenizerID: tokID}
	if !ctx.Bool("quiet") {
		opts.Progress = progress.Terminal(ctx.App.ErrWriter, 250*time.Millisecond)
	}
	v := attribution.DatanetVersion{DatanetID: ctx.Uint64("datanet"), Version: ctx.Uint64("datanet-version"), Contributions: cs}
	entries, err := attribution.BuildIndex(ctx.String("index"), tok, []attribution.DatanetVersion{v}, opts)
	if err != nil {
		return err
	}
	return writeJSON(ctx.App.Writer, entries[0])
}

// open opens the index and checks the tokenizer matches it.
func open(ctx *cli.Context, cfg span.Config) (*attribution.Attributor, error) {
	tok, tokID, err := loadTokenizer(ctx.String("tokenizer"))
	if err != nil {
		return nil, err
	}
	a, err := attribution.Open(ctx.String("index"), tok, cfg)
	if err != nil {
		return nil, err
	}
	if got := a.Index().TokenizerID(); got != tokID {
		a.Close()
		return nil, fmt.Errorf("%w: index %s, file %s", ErrTokenizerMismatch, got, tokID)
	}
	return a, nil
}

func readText(ctx *cli.Context) (string, error) {
	switch {
	case ctx.IsSet("text"):
		return ctx.String("text"), nil
	case ctx.IsSet("text-file"):
		b, err := os.ReadFile(ctx.String("text-file"))
		if err != nil {
			return "", fmt.Errorf("read text: %w", err)
		}
		return string(b), nil
	}
	b, err := io.ReadAll(ctx.App.Reader)
	if err != nil {
		return "", fmt.Errorf("read text from stdin: %w", err)
	}
	return string(b), nil
}

func query(ctx *cli.Context) error {
	a, err := open(ctx, span.Config{MinLength: ctx.Int("min-length"), MaxOccurrences: ctx.Uint64("max-occurrences")})
	if err != nil {
		return err
	}
	defer a.Close()
	text, err := readText(ctx)
	if err != nil {
		return err
	}
	att, _, err := a.AttributeText(text)
	if err != nil {
		return err
	}
	return writeJSON(ctx.App.Writer, att)
}

func verify(ctx *cli.Context) error {
	raw, err := os.ReadFile(ctx.String("attribution"))
	if err != nil {
		return fmt.Errorf("read attribution: %w", err)
	}
	var att attribution.Attribution
	if err := json.Unmarshal(raw, &att); err != nil {
		return fmt.Errorf("decode attribution: %w", err)
	}
	a, err := open(ctx, span.Config{MinLength: ctx.Int("min-length"), MaxOccurrences: ctx.Uint64("max-occurrences")})
	if err != nil {
		return err
	}
	defer a.Close()
	tok, _, err := loadTokenizer(ctx.String("tokenizer"))
	if err != nil {
		return err
	}
	text, err := readText(ctx)
	if err != nil {
		return err
	}
	toks, err := tok.Encode(text)
	if err != nil {
		return fmt.Errorf("tokenize text: %w", err)
	}
	if err := a.Verify(toks, &att); err != nil {
		return err
	}
	fmt.Fprintf(ctx.App.Writer, "ok: proofRoot %s, %d contributions\n", att.ProofRoot, len(att.Weights))
	return nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
