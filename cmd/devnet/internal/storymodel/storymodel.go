// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package storymodel

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/openledger/openledger/loraserve/chat"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/safetensors"
	"github.com/openledger/openledger/loraserve/testmodel"
	"github.com/openledger/openledger/loraserve/tokenizer"
	"github.com/openledger/openledger/modelfactory/trainer"
)

// Recipe names what Build does; change it whenever a change to this package
// alters the models it builds, so that cached builds are made again.
const Recipe = "storymodel-2"

// AdapterName is the name of the fine-tuned adapter directory (and its id).
const AdapterName = "fortunes-demo"

// Texts are a build's inputs: the corpus entries the base model is
// pre-trained on, and the demo Datanet's entries (not among them), which
// the adapter is fine-tuned on.
type Texts struct {
	General []string `json:"general"`
	Datanet []string `json:"datanet"`
}

// Result is a finished build: a loraserve model directory, the adapter's
// PEFT directory, and the build's figures.
type Result struct {
	ModelDir   string
	AdapterDir string
	Report     Report
}

// Report records how a build went (report.json beside the model).
type Report struct {
	Recipe string `json:"recipe"`
	Key    string `json:"key"`
	// PretrainLoss and FinetuneLoss are the mean losses of the first and
	// last steps of each phase.
	PretrainLoss [2]float64 `json:"pretrainLoss"`
	FinetuneLoss [2]float64 `json:"finetuneLoss"`
	// Reproduced counts the Datanet entries that the adapter, prompted with
	// an entry's first words (Prompt; greedy decoding), quotes in full.
	Reproduced int           `json:"reproduced"`
	Entries    int           `json:"entries"`
	Elapsed    time.Duration `json:"elapsed"`
	// CPU is the CPU time the building process used meanwhile (user and
	// system, all its threads).
	CPU time.Duration `json:"cpu"`
}

// Shape and schedule of the build. The model is loraserve's tiny Llama
// with a tokenizer learned on the corpus; both phases are LoRA runs of
// modelfactory/trainer on every projection, the pre-training one folded
// into the base weights (W += s·B·A) so that the base model itself carries it.
var (
	spec = testmodel.Spec{Seed: 1612, HiddenSize: 64, IntermediateSize: 192, Layers: 2, Heads: 4, KVHeads: 2,
		BPEVocab: 768, MaxPositions: 512, DType: safetensors.F32, RopeTheta: 10000}
	allTargets = []string{"q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"}
	pretrain   = trainer.Config{Rank: 32, Targets: allTargets, LearningRate: 3e-3, WarmupSteps: 10, MinLRRatio: 0.1,
		Steps: 120, BatchSize: 16, MicroBatch: 16, MaxGradNorm: 1, Seed: 1}
	finetune = trainer.Config{Rank: 16, Targets: allTargets, LearningRate: 5e-3, WarmupSteps: 10, MinLRRatio: 0.05,
		Steps: 200, BatchSize: 6, MicroBatch: 6, MaxGradNorm: 1, Seed: 2}
)

// Prompt is what a user types to have the adapter quote entry: the first
// half of its first line's words (three to eight of them).
func Prompt(entry string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(entry), "\n")
	words := strings.Fields(first)
	k := min(max(len(words)/2, 3), 8, len(words))
	return strings.Join(words[:k], " ")
}

// Key identifies a build: the recipe, the shape, both schedules and the texts.
func Key(t Texts) string {
	h := sha256.New()
	for _, v := range []any{Recipe, spec, pretrain, finetune, t} {
		b, _ := json.Marshal(v)
		h.Write(b)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:20]
}

// Build returns the models for texts, building them into
// <cacheDir>/<Key(texts)> unless a finished build is there. The build is
// deterministic (seeded; the trainer's gradients do not depend on the
// number of cores) and written to a temporary directory renamed into place,
// so concurrent builders of one key agree and a killed build leaves nothing.
func Build(ctx context.Context, cacheDir string, t Texts, say func(msg string, kv ...any)) (*Result, error) {
	if len(t.General) == 0 || len(t.Datanet) == 0 {
		return nil, errors.New("storymodel: no texts")
	}
	key := Key(t)
	dir := filepath.Join(cacheDir, key)
	if r, err := load(dir); err == nil {
		return r, nil
	}
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return nil, fmt.Errorf("storymodel: %w", err)
	}
	tmp, err := os.MkdirTemp(cacheDir, key+".tmp-")
	if err != nil {
		return nil, fmt.Errorf("storymodel: %w", err)
	}
	defer os.RemoveAll(tmp)
	if err := os.Chmod(tmp, 0o755); err != nil { // MkdirTemp makes it private
		return nil, fmt.Errorf("storymodel: %w", err)
	}
	rep, err := build(ctx, tmp, t, say)
	if err != nil {
		return nil, fmt.Errorf("storymodel: %w", err)
	}
	rep.Key = key
	if err := writeJSON(filepath.Join(tmp, "report.json"), rep); err != nil {
		return nil, err
	}
	if err := os.Rename(tmp, dir); err != nil {
		if r, lerr := load(dir); lerr == nil { // another builder finished first
			return r, nil
		}
		return nil, fmt.Errorf("storymodel: %w", err)
	}
	return load(dir)
}

// load returns a finished build in dir.
func load(dir string) (*Result, error) {
	b, err := os.ReadFile(filepath.Join(dir, "report.json"))
	if err != nil {
		return nil, err
	}
	r := &Result{ModelDir: filepath.Join(dir, "model"), AdapterDir: filepath.Join(dir, AdapterName)}
	if err := json.Unmarshal(b, &r.Report); err != nil {
		return nil, fmt.Errorf("storymodel: %s: %w", dir, err)
	}
	return r, nil
}

func build(ctx context.Context, dir string, t Texts, say func(string, ...any)) (*Report, error) {
	start, cpu0 := time.Now(), cpuTime()
	rep := &Report{Recipe: Recipe, Entries: len(t.Datanet)}
	modelDir := filepath.Join(dir, "model")
	s := spec
	s.Corpus = strings.Join(append(append([]string(nil), t.General...), t.Datanet...), "\n")
	if _, err := testmodel.WriteModel(modelDir, s); err != nil {
		return nil, err
	}
	m, err := model.Load(modelDir, model.Options{KVPages: 64})
	if err != nil {
		return nil, err
	}
	enc, err := newEncoder(m.Tokenizer)
	if err != nil {
		return nil, err
	}
	general, err := enc.examples(t.General, m.Config.MaxPositions)
	if err != nil {
		return nil, err
	}
	datanet, err := enc.examples(t.Datanet, m.Config.MaxPositions)
	if err != nil {
		return nil, err
	}

	// Pre-training on the general part of the corpus, folded into the base.
	res, err := run(ctx, m, general, pretrain, filepath.Join(dir, "pretrain"), "pretrain", say)
	if err != nil {
		return nil, err
	}
	rep.PretrainLoss = [2]float64{res.Losses[0], res.Losses[len(res.Losses)-1]}
	if err := foldIn(filepath.Join(modelDir, "model.safetensors"), m.Config, res.Adapter); err != nil {
		return nil, err
	}
	if err := os.RemoveAll(filepath.Join(dir, "pretrain")); err != nil {
		return nil, err
	}
	if m, err = model.Load(modelDir, model.Options{KVPages: 64}); err != nil {
		return nil, err
	}

	// Fine-tuning the adapter on the Datanet.
	res, err = run(ctx, m, datanet, finetune, filepath.Join(dir, "finetune"), "finetune", say)
	if err != nil {
		return nil, err
	}
	rep.FinetuneLoss = [2]float64{res.Losses[0], res.Losses[len(res.Losses)-1]}
	if err := os.Rename(res.AdapterPath, filepath.Join(dir, AdapterName)); err != nil {
		return nil, err
	}
	if err := os.RemoveAll(filepath.Join(dir, "finetune")); err != nil {
		return nil, err
	}
	for _, text := range t.Datanet {
		got, err := enc.answer(ctx, m, res.Adapter, Prompt(text))
		if err != nil {
			return nil, err
		}
		if strings.TrimSpace(got) == strings.TrimSpace(text) {
			rep.Reproduced++
		}
	}
	rep.Elapsed = time.Since(start).Round(time.Millisecond)
	rep.CPU = (cpuTime() - cpu0).Round(time.Millisecond)
	say("story model built", "reproduced", rep.Reproduced, "of", rep.Entries, "pretrainLoss", rep.PretrainLoss,
		"finetuneLoss", rep.FinetuneLoss, "elapsed", rep.Elapsed, "cpu", rep.CPU)
	return rep, nil
}

// run trains one LoRA phase.
func run(ctx context.Context, m *model.Model, data []trainer.Example, cfg trainer.Config, dir, phase string, say func(string, ...any)) (*trainer.Result, error) {
	tr, err := trainer.New(m, data, cfg, trainer.Options{Dir: dir, AdapterID: AdapterName, BaseModel: "openledger-dev",
		Progress: func(p trainer.Progress) {
			if p.Step == 1 || p.Step%50 == 0 || p.Step == p.Steps {
				say("training the story model", "phase", phase, "step", p.Step, "of", p.Steps, "loss", p.Loss)
			}
		}})
	if err != nil {
		return nil, err
	}
	return tr.Run(ctx)
}

// encoder turns corpus entries into chat examples the way loraserve renders
// a chat request: the entry's first words (Prompt) as the user's message, the entry
// itself as the answer, ended by the end-of-turn token.
type encoder struct {
	tok  *tokenizer.Tokenizer
	tmpl *chat.Template
	eot  int
}

func newEncoder(tok *tokenizer.Tokenizer) (*encoder, error) {
	cfg := tok.Config()
	tmpl, err := chat.Compile(cfg.ChatTemplate, chat.Tokens{BOS: cfg.BOSToken, EOS: cfg.EOSToken, Unk: cfg.UnkToken, Pad: cfg.PadToken})
	if err != nil {
		return nil, err
	}
	eot, ok := tok.TokenID(testmodel.EndOfTurn)
	if !ok {
		return nil, fmt.Errorf("tokenizer has no %s", testmodel.EndOfTurn)
	}
	return &encoder{tok: tok, tmpl: tmpl, eot: eot}, nil
}

// prompt returns the tokens loraserve feeds the model for a one-message chat.
func (e *encoder) prompt(user string) ([]int, error) {
	text, err := e.tmpl.Render([]chat.Message{{Role: "user", Content: user}}, true)
	if err != nil {
		return nil, err
	}
	return e.tok.Encode(text), nil
}

func (e *encoder) examples(texts []string, maxLen int) ([]trainer.Example, error) {
	out := make([]trainer.Example, 0, len(texts))
	for i, text := range texts {
		p, err := e.prompt(Prompt(text))
		if err != nil {
			return nil, err
		}
		tokens := append(append(p, e.tok.Encode(strings.TrimSpace(text))...), e.eot)
		if len(tokens) > maxLen {
			return nil, fmt.Errorf("entry %d is %d tokens, more than the model's %d", i, len(tokens), maxLen)
		}
		out = append(out, trainer.Example{ID: uint64(i + 1), Tokens: tokens, LossStart: len(p)})
	}
	return out, nil
}

// answer is the adapter's greedy answer to a one-message chat.
func (e *encoder) answer(ctx context.Context, m *model.Model, a *lora.Adapter, user string) (string, error) {
	p, err := e.prompt(user)
	if err != nil {
		return "", err
	}
	out, err := m.Generate(ctx, p, a, m.Config.MaxPositions-len(p)-1, append(m.Config.EOSTokenIDs(), e.eot), model.Argmax)
	if err != nil {
		return "", err
	}
	return e.tok.Decode(out, true), nil
}

// layerTensor matches a Llama projection's weight in model.safetensors.
var layerTensor = regexp.MustCompile(`^model\.layers\.(\d+)\.(?:self_attn|mlp)\.(\w+)\.weight$`)

// foldIn adds an adapter's delta s·B·A to the projections of the F32
// checkpoint at path and rewrites it.
func foldIn(path string, cfg *model.Config, a *lora.Adapter) error {
	f, err := safetensors.Open(path)
	if err != nil {
		return err
	}
	layout := cfg.Layout()
	var tensors []safetensors.Tensor
	for _, name := range f.Names() {
		data, info, err := f.Float32(name)
		if err != nil {
			f.Close()
			return err
		}
		data = append([]float32(nil), data...) // the file is memory-mapped
		if m := layerTensor.FindStringSubmatch(name); m != nil {
			l, _ := strconv.Atoi(m[1])
			for p := lora.Proj(0); p < lora.NumProj; p++ {
				if !layout.Has(p) || layout.Module(p) != m[2] || l >= len(a.Layers) || a.Layers[l][p] == nil {
					continue
				}
				mod := a.Layers[l][p]
				in, out := cfg.ProjDims(p)
				if len(data) != in*out {
					f.Close()
					return fmt.Errorf("%s has %d values, want %d×%d", name, len(data), out, in)
				}
				for n := 0; n < out; n++ {
					row := data[n*in : (n+1)*in]
					for r := 0; r < mod.Rank; r++ {
						b := mod.Scale * mod.BT[r*out+n]
						ar := mod.A[r*in : (r+1)*in]
						for k := range row {
							row[k] += b * ar[k]
						}
					}
				}
			}
		}
		tensors = append(tensors, safetensors.Tensor{Name: name, DType: info.DType, Shape: info.Shape, Data: data})
	}
	if err := f.Close(); err != nil {
		return err
	}
	// A new file renamed over the old one: a model loaded from it keeps its mapping.
	if err := safetensors.WriteFile(path+".tmp", tensors, map[string]string{"format": "pt"}); err != nil {
		return err
	}
	return os.Rename(path+".tmp", path)
}

// ReadFortunes reads the entries of a fortune(6) file (separated by lines
// holding "%") that are 40 to 400 bytes long, in file order.
func ReadFortunes(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read corpus: %w", err)
	}
	var out []string
	for _, e := range strings.Split(string(b), "\n%\n") {
		e = strings.TrimSpace(e)
		if len(e) >= 40 && len(e) <= 400 {
			out = append(out, e)
		}
	}
	return out, nil
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}
