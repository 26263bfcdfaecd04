// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Command loraserve serves many LoRA adapters over one base model with an
// OpenAI-compatible HTTP API. `loraserve gen-model` writes a small
// deterministic test model and adapters in Hugging Face / PEFT layout;
// `loraserve export-gguf` writes a model or adapter as llama.cpp GGUF.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/loraserve/flags"
	"github.com/openledger/openledger/loraserve/gguf"
	"github.com/openledger/openledger/loraserve/kernels"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/metrics"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/safetensors"
	"github.com/openledger/openledger/loraserve/server"
	"github.com/openledger/openledger/loraserve/testmodel"
)

// Set at link time.
var (
	Version   = "v0.0.0"
	GitCommit = ""
	GitDate   = ""
)

func main() {
	if err := newApp().Run(os.Args); err != nil {
		log.Crit("application failed", "err", err)
	}
}

// newApp builds the command line: serve (the default action), gen-model, doc.
func newApp() *cli.App {
	app := cli.NewApp()
	app.Name = "loraserve"
	app.Usage = "multi-adapter LoRA inference server (OpenAI-compatible API)"
	app.Version = fmt.Sprintf("%s-%s-%s", Version, GitCommit, GitDate)
	app.Flags = cliapp.ProtectFlags(flags.Flags)
	app.Action = cliapp.LifecycleCmd(server.Main(Version))
	app.Commands = []*cli.Command{genModelCommand, exportGGUFCommand, logitsCommand, docCommand}
	return app
}

var genModelCommand = &cli.Command{
	Name:  "gen-model",
	Usage: "write a deterministic small model of a family, in its Hugging Face layout, and PEFT adapters",
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "out", Usage: "output directory (model in <out>/model, adapters in <out>/adapters)", Required: true},
		&cli.StringFlag{Name: "family", Usage: "model family: " + strings.Join(testmodel.Families, ", "), Value: "llama"},
		&cli.IntFlag{Name: "sliding-window", Usage: "attention window (mistral; 0: none)"},
		&cli.IntFlag{Name: "adapters", Usage: "number of adapters", Value: 4},
		&cli.Uint64Flag{Name: "seed", Value: 1},
		&cli.IntFlag{Name: "hidden", Value: testmodel.Tiny.HiddenSize},
		&cli.IntFlag{Name: "intermediate", Value: testmodel.Tiny.IntermediateSize},
		&cli.IntFlag{Name: "layers", Value: testmodel.Tiny.Layers},
		&cli.IntFlag{Name: "heads", Value: testmodel.Tiny.Heads},
		&cli.IntFlag{Name: "kv-heads", Value: testmodel.Tiny.KVHeads},
		&cli.IntFlag{Name: "bpe-vocab", Value: testmodel.Tiny.BPEVocab},
		&cli.IntFlag{Name: "max-positions", Value: testmodel.Tiny.MaxPositions},
		&cli.StringFlag{Name: "dtype", Usage: "F32, F16 or BF16", Value: "F32"},
		&cli.BoolFlag{Name: "tied", Usage: "tie the output head to the embeddings"},
	},
	Action: func(ctx *cli.Context) error {
		if !slices.Contains(testmodel.Families, ctx.String("family")) {
			return fmt.Errorf("family %q: want one of %s", ctx.String("family"), strings.Join(testmodel.Families, ", "))
		}
		if ctx.Int("sliding-window") < 0 {
			return fmt.Errorf("sliding-window %d must not be negative", ctx.Int("sliding-window"))
		}
		spec := testmodel.Spec{
			Family: ctx.String("family"), SlidingWindow: ctx.Int("sliding-window"), Seed: ctx.Uint64("seed"), HiddenSize: ctx.Int("hidden"), IntermediateSize: ctx.Int("intermediate"),
			Layers: ctx.Int("layers"), Heads: ctx.Int("heads"), KVHeads: ctx.Int("kv-heads"), BPEVocab: ctx.Int("bpe-vocab"),
			MaxPositions: ctx.Int("max-positions"), DType: safetensors.DType(ctx.String("dtype")), Tied: ctx.Bool("tied"),
		}
		switch spec.DType {
		case safetensors.F32, safetensors.F16, safetensors.BF16:
		default:
			return fmt.Errorf("dtype %q: want F32, F16 or BF16", spec.DType)
		}
		out := ctx.String("out")
		cfg, err := testmodel.WriteModel(filepath.Join(out, "model"), spec)
		if err != nil {
			return err
		}
		n := ctx.Int("adapters")
		for done := 0; done < n; done += 100 { // show progress on large sets
			batch := min(100, n-done)
			if _, err := testmodel.WriteAdaptersFrom(filepath.Join(out, "adapters"), cfg, done, batch, spec.Seed*1000); err != nil {
				return err
			}
			fmt.Fprintf(ctx.App.Writer, "adapters %d/%d\n", done+batch, n)
		}
		fmt.Fprintf(ctx.App.Writer, "%s model written to %s (vocab %d, %d layers, dim %d)\n", spec.Family, filepath.Join(out, "model"),
			cfg.VocabSize, cfg.NumLayers, cfg.HiddenSize)
		return nil
	},
}

var exportGGUFCommand = &cli.Command{
	Name:  "export-gguf",
	Usage: "write a model (Hugging Face directory or GGUF) or a PEFT adapter as a llama.cpp GGUF file",
	Description: "A model is written with its configuration, tokenizer and chat template as metadata, every matrix\n" +
		"converted to --dtype (q and k rows in llama.cpp's RoPE order). With --adapter, the PEFT adapter\n" +
		"is written as a GGUF LoRA adapter for the base model given by --model.",
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "model", Usage: "base model: Hugging Face directory or GGUF file", Required: true},
		&cli.StringFlag{Name: "adapter", Usage: "PEFT adapter directory to export instead of the model"},
		&cli.StringFlag{Name: "out", Usage: "output .gguf file", Required: true},
		&cli.StringFlag{Name: "dtype", Usage: "matrix storage: f32, f16, bf16, q8_0, q4_0, q4_k or q6_k (default: as stored)"},
		&cli.StringFlag{Name: "name", Usage: "general.name (default: the input's base name)"},
	},
	Action: func(ctx *cli.Context) error {
		src, out := ctx.String("model"), ctx.String("out")
		m, err := model.Load(src, model.Options{KVPages: 1})
		if err != nil {
			return err
		}
		defer m.Close()
		w := ctx.App.Writer
		if dir := ctx.String("adapter"); dir != "" {
			a, err := lora.Load(filepath.Base(dir), dir, m.Config)
			if err != nil {
				return err
			}
			name := ctx.String("name")
			if name == "" {
				name = filepath.Base(filepath.Clean(dir))
			}
			if err := lora.SaveGGUF(out, a, m.Config, name); err != nil {
				return err
			}
			fmt.Fprintf(w, "adapter %s written to %s (rank %d)\n", name, out, a.MaxRank())
			return nil
		}
		dt := m.Weights.DType()
		if s := ctx.String("dtype"); s != "" {
			if dt, err = kernels.ParseDType(s); err != nil {
				return err
			}
		}
		opts := model.GGUFOptions{DType: dt, Name: ctx.String("name")}
		if opts.Name == "" {
			opts.Name = strings.TrimSuffix(filepath.Base(filepath.Clean(src)), ".gguf")
		}
		if model.IsGGUF(src) {
			f, err := gguf.Open(src)
			if err != nil {
				return err
			}
			defer f.Close()
			if opts.Tokenizer, _, err = f.Tokenizer(); err != nil {
				return err
			}
		} else if opts.Tokenizer, err = model.TokenizerForGGUF(src, m.Config); err != nil {
			return err
		}
		start, last := time.Now(), time.Now()
		opts.Progress = func(done, total int) {
			if done == total || time.Since(last) > 2*time.Second {
				last = time.Now()
				fmt.Fprintf(w, "tensors %d/%d (%s)\n", done, total, time.Since(start).Round(time.Millisecond))
			}
		}
		if err := model.WriteGGUF(out, m.Config, m.Weights, opts); err != nil {
			return err
		}
		st, err := os.Stat(out)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "model %s written to %s (%s, %d bytes)\n", opts.Name, out, dt, st.Size())
		return nil
	},
}

var logitsCommand = &cli.Command{
	Name:  "logits",
	Usage: "print the token ids and last-position logits of a prompt as JSON (for comparing with other runtimes)",
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "model", Required: true},
		&cli.StringFlag{Name: "adapter", Usage: "PEFT adapter directory or GGUF adapter file (optional)"},
		&cli.StringFlag{Name: "prompt", Value: "The quick brown fox"},
	},
	Action: func(ctx *cli.Context) error {
		m, err := model.Load(ctx.String("model"), model.Options{})
		if err != nil {
			return err
		}
		defer m.Close()
		if m.Tokenizer == nil {
			return fmt.Errorf("%s has no tokenizer.json", ctx.String("model"))
		}
		var a *lora.Adapter
		if dir := ctx.String("adapter"); dir != "" {
			load := lora.Load
			if lora.IsGGUFFile(dir) {
				load = lora.LoadGGUF
			}
			if a, err = load(filepath.Base(dir), dir, m.Config); err != nil {
				return err
			}
		}
		tokens := m.Tokenizer.EncodeWithSpecialTokens(ctx.String("prompt")) // BOS as the tokenizer adds it
		logits, err := m.Forward([]model.Entry{{Seq: m.KV.NewSequence(), Tokens: tokens, Adapter: a}})
		if err != nil {
			return err
		}
		return json.NewEncoder(ctx.App.Writer).Encode(map[string]any{"tokens": tokens, "logits": logits[0]})
	},
}

var docCommand = &cli.Command{
	Name:  "doc",
	Usage: "documentation",
	Subcommands: []*cli.Command{{
		Name:  "metrics",
		Usage: "list the Prometheus metrics",
		Action: func(ctx *cli.Context) error {
			m := metrics.New()
			m.CacheLoad(0, nil)
			m.Tokens(0, 0)
			m.Request("stop")
			m.HTTPRequest("models", 200, 0)
			fams, err := m.Registry().Gather()
			if err != nil {
				return err
			}
			sort.Slice(fams, func(i, j int) bool { return fams[i].GetName() < fams[j].GetName() })
			for _, f := range fams {
				if len(f.GetName()) > len(metrics.Namespace) && f.GetName()[:len(metrics.Namespace)] == metrics.Namespace {
					fmt.Fprintf(ctx.App.Writer, "%s\t%s\t%s\n", f.GetName(), f.GetType(), f.GetHelp())
				}
			}
			return nil
		},
	}},
}
