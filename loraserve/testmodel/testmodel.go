// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package testmodel

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"

	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/safetensors"
	"github.com/openledger/openledger/loraserve/tokenizer"
)

// Special tokens of the generated tokenizer (Llama 3 chat format).
const (
	BeginOfText = "<|begin_of_text|>"
	EndOfText   = "<|end_of_text|>"
	StartHeader = "<|start_header_id|>"
	EndHeader   = "<|end_header_id|>"
	EndOfTurn   = "<|eot_id|>"
)

// Families lists what Spec.Family accepts: the model families, and
// "deepseek" (a DeepSeek LLM checkpoint: the Llama architecture).
var Families = []string{"llama", "mistral", "qwen2", "gemma", "deepseek", "falcon", "bloom", "chatglm"}

// Spec describes a model to generate. Zero fields take the defaults of Tiny.
type Spec struct {
	// Family is one of Families (default "llama"). Every family gets its own
	// config.json keys and tensor names; Falcon is generated multi-query
	// with parallel attention, BLOOM with ALiBi, ChatGLM with multi-query
	// groups (KVHeads) and half-head rotary.
	Family           string
	Seed             uint64
	HiddenSize       int
	IntermediateSize int
	Layers           int
	Heads            int
	KVHeads          int
	BPEVocab         int // learned tokens including the 256 bytes
	// VocabSize is the model's vocabulary (embedding and output rows), at
	// least the tokenizer's; default: the tokenizer's size rounded up to 8.
	// Larger values give the output head of a real model's size.
	VocabSize    int
	MaxPositions int
	DType        safetensors.DType
	Tied         bool
	RopeTheta    float64
	RopeScaling  *model.RopeScaling
	// SlidingWindow is Mistral's attention window (0: none).
	SlidingWindow int
	// HeadDim sets Gemma's head_dim (0: HiddenSize/Heads).
	HeadDim int
	// ConfigOverrides are set in config.json over the family's keys (e.g.
	// Falcon's "new_decoder_architecture"), for variants of a family.
	ConfigOverrides map[string]any
	// Tokenizer is the tokenizer layout (default: the family's own, see
	// TokenizerFamily); another one for a model whose tokenizer some tool
	// cannot read (GGUF export writes byte-level BPE only).
	Tokenizer tokenizer.Family
	// Corpus trains the tokenizer's vocabulary (default: a short English
	// text about the project), e.g. the text a model is then trained on.
	Corpus string
}

// familyTokenizers maps each Spec family to its published tokenizer layout,
// and endTokens to the tokens its generation_config.json stops on.
var (
	familyTokenizers = map[string]tokenizer.Family{
		"llama": tokenizer.FamilyLlama3, "mistral": tokenizer.FamilyMistral, "qwen2": tokenizer.FamilyQwen2,
		"gemma": tokenizer.FamilyGemma, "deepseek": tokenizer.FamilyDeepSeek, "falcon": tokenizer.FamilyFalcon,
		"bloom": tokenizer.FamilyBLOOM, "chatglm": tokenizer.FamilyChatGLM,
	}
	endTokens = map[tokenizer.Family][]string{
		tokenizer.FamilyLlama3:   {EndOfText, EndOfTurn},
		tokenizer.FamilyLlama2:   {"</s>"},
		tokenizer.FamilyMistral:  {"</s>"},
		tokenizer.FamilyQwen2:    {"<|im_end|>", "<|endoftext|>"},
		tokenizer.FamilyGemma:    {"<eos>", "<end_of_turn>"},
		tokenizer.FamilyDeepSeek: {"<｜end▁of▁sentence｜>"},
		tokenizer.FamilyFalcon:   {"<|endoftext|>"},
		tokenizer.FamilyBLOOM:    {"</s>"},
		tokenizer.FamilyChatGLM:  {"</s>", "<|user|>", "<|observation|>"},
		tokenizer.FamilyGPT2:     {"<|endoftext|>"},
	}
)

// TokenizerFamily returns the tokenizer layout a Spec family is generated
// with: Llama 3's for "llama", Mistral's SentencePiece-style BPE for
// "mistral", ChatML for "qwen2", and so on.
func TokenizerFamily(family string) tokenizer.Family {
	if f, ok := familyTokenizers[family]; ok {
		return f
	}
	return tokenizer.FamilyLlama3
}

// EndTokens returns the tokens generation stops on for a tokenizer layout
// (generation_config.json's eos_token_id): end of text and end of turn.
func EndTokens(f tokenizer.Family) []string { return endTokens[f] }

// Tiny is the default spec: fast enough for unit tests.
var Tiny = Spec{
	Seed: 1, HiddenSize: 64, IntermediateSize: 160, Layers: 2, Heads: 4, KVHeads: 2,
	BPEVocab: 400, MaxPositions: 256, DType: safetensors.F32, RopeTheta: 10000,
}

func (s Spec) withDefaults() Spec {
	d := Tiny
	if s.Seed != 0 {
		d.Seed = s.Seed
	}
	set := func(dst *int, v int) {
		if v != 0 {
			*dst = v
		}
	}
	set(&d.HiddenSize, s.HiddenSize)
	set(&d.IntermediateSize, s.IntermediateSize)
	set(&d.Layers, s.Layers)
	set(&d.Heads, s.Heads)
	set(&d.KVHeads, s.KVHeads)
	set(&d.BPEVocab, s.BPEVocab)
	set(&d.MaxPositions, s.MaxPositions)
	set(&d.VocabSize, s.VocabSize)
	if s.DType != "" {
		d.DType = s.DType
	}
	if s.RopeTheta != 0 {
		d.RopeTheta = s.RopeTheta
	}
	d.Tied = s.Tied
	d.RopeScaling = s.RopeScaling
	d.Family, d.SlidingWindow, d.HeadDim, d.ConfigOverrides = s.Family, s.SlidingWindow, s.HeadDim, s.ConfigOverrides
	d.Corpus = s.Corpus
	if d.Corpus == "" {
		d.Corpus = corpus
	}
	if d.Family == "" {
		d.Family = "llama"
	}
	d.Tokenizer = s.Tokenizer
	if d.Tokenizer == "" {
		d.Tokenizer = TokenizerFamily(d.Family)
	}
	if d.Family == "falcon" {
		d.KVHeads = 1 // multi-query
	}
	if d.Family == "bloom" {
		d.KVHeads = d.Heads
	}
	return d
}

// modelFamily maps a Spec family to the architecture it loads as.
func modelFamily(f string) (model.Family, error) {
	if f == "deepseek" {
		return model.FamilyLlama, nil
	}
	for _, m := range model.Families() {
		if string(m) == f {
			return m, nil
		}
	}
	return "", fmt.Errorf("testmodel: family %q (known: %v)", f, Families)
}

// Tokenizer returns the tokenizer every generated model uses: the Llama 3
// layout (byte-level BPE with the Llama 3 split, <|begin_of_text|> added in
// front, the Llama 3 chat template) trained on the corpus.
func Tokenizer(bpeVocab int) (*tokenizer.Tokenizer, error) {
	return tokenizer.Generate(tokenizer.FamilyLlama3, tokenizer.GenerateOptions{Corpus: corpus, VocabSize: bpeVocab})
}

// addsBOS reports whether the tokenizer's post-processor puts bos first.
func addsBOS(tok *tokenizer.Tokenizer, bos int) bool {
	ids := tok.EncodeWithSpecialTokens("a")
	return len(ids) > 0 && ids[0] == bos
}

// WriteModel generates a model per spec into dir and returns its config:
// config.json in the family's keys, model.safetensors under its tensor
// names, the family's tokenizer (tokenizer.json, tokenizer_config.json with
// its chat template) and generation_config.json with its end tokens.
func WriteModel(dir string, spec Spec) (*model.Config, error) {
	spec = spec.withDefaults()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("testmodel: %w", err)
	}
	tok, err := tokenizer.Generate(spec.Tokenizer,
		tokenizer.GenerateOptions{Corpus: spec.Corpus, VocabSize: spec.BPEVocab, ModelMaxLength: spec.MaxPositions})
	if err != nil {
		return nil, fmt.Errorf("testmodel: %w", err)
	}
	if err := tok.SaveDir(dir); err != nil {
		return nil, err
	}
	bos, ok := tok.BOS()
	if !ok || !addsBOS(tok, bos) {
		bos = -1 // Qwen2, Falcon, ChatGLM (prefix tokens) put no BOS in front
	}
	var ends []int
	for _, name := range EndTokens(spec.Tokenizer) {
		id, ok := tok.TokenID(name)
		if !ok {
			return nil, fmt.Errorf("testmodel: %s tokenizer has no end token %q", spec.Tokenizer, name)
		}
		ends = append(ends, id)
	}
	vocab := max(spec.VocabSize, (tok.VocabSize()+7)/8*8)
	fam, err := modelFamily(spec.Family)
	if err != nil {
		return nil, err
	}
	cfg, cfgJSON, err := model.FamilyConfig(fam, model.Shape{
		HiddenSize: spec.HiddenSize, IntermediateSize: spec.IntermediateSize, Layers: spec.Layers, Heads: spec.Heads,
		KVHeads: spec.KVHeads, HeadDim: spec.HeadDim, VocabSize: vocab, MaxPositions: spec.MaxPositions,
		RopeTheta: spec.RopeTheta, RopeScaling: spec.RopeScaling, Tied: spec.Tied, SlidingWindow: spec.SlidingWindow,
		BOSTokenID: bos, EOSTokenIDs: ends, TorchDType: torchDType(spec.DType),
	})
	if err != nil {
		return nil, err
	}
	if len(spec.ConfigOverrides) > 0 {
		var m map[string]any
		if err := json.Unmarshal(cfgJSON, &m); err != nil {
			return nil, fmt.Errorf("testmodel: %w", err)
		}
		for k, v := range spec.ConfigOverrides {
			m[k] = v
		}
		if cfgJSON, err = json.MarshalIndent(m, "", "  "); err != nil {
			return nil, fmt.Errorf("testmodel: %w", err)
		}
		if cfg, err = model.ParseConfig(cfgJSON); err != nil {
			return nil, err
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "config.json"), cfgJSON, 0o644); err != nil {
		return nil, fmt.Errorf("testmodel: %w", err)
	}
	gen := map[string]any{"eos_token_id": ends, "do_sample": true, "temperature": 0.6, "top_p": 0.9}
	if bos >= 0 {
		gen["bos_token_id"] = bos
	}
	if err := writeJSON(filepath.Join(dir, "generation_config.json"), gen); err != nil {
		return nil, err
	}
	r := rand.New(rand.NewPCG(spec.Seed, 0x6c6c616d61))
	normal := func(n int, std float64) []float32 {
		v := make([]float32, n)
		for i := range v {
			v[i] = float32(r.NormFloat64() * std)
		}
		return v
	}
	dim := cfg.HiddenSize
	embeddings := 0
	var ts []safetensors.Tensor
	for _, t := range cfg.TensorShapes() {
		n := 1
		for _, d := range t.Shape {
			n *= d
		}
		var data []float32
		dtype := spec.DType
		switch t.Kind {
		case model.TensorEmbedding:
			// The embeddings, then a larger spread for an untied output head.
			std := 1.0
			if embeddings > 0 || cfg.Arch.EmbedScale {
				// Gemma scales its (tied) embeddings by √dim: rows of unit size after.
				std = 2 / math.Sqrt(float64(dim))
			}
			embeddings++
			data = normal(n, std)
		case model.TensorMatrix:
			data = normal(n, 1/math.Sqrt(float64(t.Shape[1])))
		case model.TensorNorm:
			data = normal(n, 0.05)
			if !cfg.Arch.NormPlusOne { // Gemma stores w − 1
				for i := range data {
					data[i]++
				}
			}
		case model.TensorBias:
			data = normal(n, 0.1)
		case model.TensorInvFreq:
			inv, err := cfg.InvFreq()
			if err != nil {
				return nil, err
			}
			data = make([]float32, n)
			for i := range data {
				data[i] = float32(inv[i])
			}
			dtype = safetensors.F32
		}
		ts = append(ts, safetensors.Tensor{Name: t.Name, DType: dtype, Shape: t.Shape, Data: data})
	}
	if err := safetensors.WriteFile(filepath.Join(dir, "model.safetensors"), ts, map[string]string{"format": "pt"}); err != nil {
		return nil, err
	}
	return cfg, nil
}

// AdapterSpec describes one adapter to generate.
type AdapterSpec struct {
	Seed    uint64
	Rank    int
	Alpha   float64
	Targets []lora.Proj // default: q, v, o, down
	RSLoRA  bool
}

// NewAdapter returns an adapter with seeded random weights for the model cfg.
// Unlike PEFT's initialisation (B = 0) both factors are non-zero, as after
// fine-tuning, so the adapter changes the model's outputs.
func NewAdapter(id string, cfg *model.Config, spec AdapterSpec) *lora.Adapter {
	if spec.Rank <= 0 {
		spec.Rank = 8
	}
	if spec.Alpha == 0 {
		spec.Alpha = float64(2 * spec.Rank)
	}
	layout := cfg.Layout()
	if len(spec.Targets) == 0 {
		spec.Targets = []lora.Proj{lora.Q, lora.V, lora.O, lora.Down}
		if !layout.Has(lora.Q) {
			spec.Targets = layout.Projections()
		}
	}
	names := make([]string, len(spec.Targets))
	for i, p := range spec.Targets {
		names[i] = layout.Module(p)
	}
	a := &lora.Adapter{
		ID: id, Layout: layout,
		Config: lora.Config{
			PeftType: "LORA", TaskType: "CAUSAL_LM", BaseModel: "openledger/testmodel",
			R: spec.Rank, LoraAlpha: spec.Alpha, TargetModules: lora.TargetModules{Names: names},
			UseRSLoRA: spec.RSLoRA, Bias: "none",
		},
		Layers: make([][lora.NumProj]*lora.Module, cfg.NumLayers),
	}
	r := rand.New(rand.NewPCG(spec.Seed, 0x6c6f7261))
	scale := spec.Alpha / float64(spec.Rank)
	if spec.RSLoRA {
		scale = spec.Alpha / math.Sqrt(float64(spec.Rank))
	}
	for l := range a.Layers {
		for _, p := range spec.Targets {
			in, out := cfg.ProjDims(p)
			m := &lora.Module{Rank: spec.Rank, Scale: float32(scale),
				A: make([]float32, spec.Rank*in), BT: make([]float32, spec.Rank*out)}
			for i := range m.A {
				m.A[i] = float32(r.NormFloat64() / math.Sqrt(float64(in)))
			}
			// The delta's size is about 0.3 of the base projection's, whatever the rank.
			bStd := 0.3 / (scale * math.Sqrt(float64(spec.Rank)))
			b := make([]float32, out*spec.Rank) // drawn in PEFT's [out, Rank] order
			for i := range b {
				b[i] = float32(r.NormFloat64() * bStd)
			}
			m.BT = lora.Transpose(b, out, spec.Rank)
			a.Layers[l][p] = m
			a.Bytes += int64(4 * (len(m.A) + len(m.BT)))
		}
	}
	return a
}

// WriteAdapters writes n adapters named adapter-0000.. under dir, cycling
// through ranks and target sets so every shape is exercised, and returns their
// directories by id.
func WriteAdapters(dir string, cfg *model.Config, n int, seed uint64) (map[string]string, error) {
	return WriteAdaptersFrom(dir, cfg, 0, n, seed)
}

// WriteAdaptersFrom writes adapters first..first+n-1 of the same sequence as
// WriteAdapters (so large sets can be written in batches).
func WriteAdaptersFrom(dir string, cfg *model.Config, first, n int, seed uint64) (map[string]string, error) {
	ranks := []int{8, 16, 4, 32}
	targets := [][]lora.Proj{
		{lora.Q, lora.V, lora.O, lora.Down},
		{lora.Q, lora.K, lora.V, lora.O, lora.Gate, lora.Up, lora.Down},
		{lora.O, lora.Down},
		{lora.Gate, lora.Up},
	}
	if layout := cfg.Layout(); !layout.Has(lora.Q) {
		all := layout.Projections()
		targets = [][]lora.Proj{all, all[:2], all[len(all)-2:], {lora.O, lora.Down}}
	}
	out := make(map[string]string, n)
	for i := first; i < first+n; i++ {
		id := fmt.Sprintf("adapter-%04d", i)
		a := NewAdapter(id, cfg, AdapterSpec{Seed: seed + uint64(i), Rank: ranks[i%len(ranks)], Targets: targets[i%len(targets)]})
		p := filepath.Join(dir, id)
		if err := lora.Save(p, a); err != nil {
			return nil, err
		}
		out[id] = p
	}
	return out, nil
}

func torchDType(d safetensors.DType) string {
	switch d {
	case safetensors.F16:
		return "float16"
	case safetensors.BF16:
		return "bfloat16"
	}
	return "float32"
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("testmodel: %w", err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("testmodel: %w", err)
	}
	return nil
}
