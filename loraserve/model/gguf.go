// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/openledger/openledger/loraserve/gguf"
	"github.com/openledger/openledger/loraserve/kernels"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/tokenizer"
)

// IsGGUF reports whether path is a file that starts with the GGUF magic.
func IsGGUF(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	var magic [4]byte
	if _, err := f.Read(magic[:]); err != nil {
		return false
	}
	return string(magic[:]) == gguf.Magic
}

// LoadGGUF reads a llama-architecture GGUF model file: configuration from the
// metadata, weights mapped in their stored types (q and k reordered back to
// the rotate-half layout), and the tokenizer when the file has one.
func LoadGGUF(path string, opts Options) (*Model, error) {
	f, err := gguf.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrWeights, err)
	}
	cfg, err := ConfigFromGGUF(f)
	if err != nil {
		f.Close()
		return nil, err
	}
	w, err := weightsFromGGUF(f, cfg)
	if err != nil {
		f.Close()
		return nil, err
	}
	w.closers = append(w.closers, f)
	m, err := New(cfg, w, opts)
	if err != nil {
		w.Close()
		return nil, err
	}
	t, ok, err := f.Tokenizer()
	if err == nil && ok {
		var tok *tokenizer.Tokenizer
		if tok, err = tokenizerFromGGUF(t); err == nil && tok.VocabSize() > cfg.VocabSize {
			err = fmt.Errorf("%w: tokenizer has %d tokens, vocab %d", ErrConfig, tok.VocabSize(), cfg.VocabSize)
		}
		m.Tokenizer = tok
	}
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("model: %s: %w", path, err)
	}
	return m, nil
}

func tokenizerFromGGUF(t *gguf.Tokenizer) (*tokenizer.Tokenizer, error) {
	js, err := t.JSON()
	if err != nil {
		return nil, err
	}
	cfg, err := t.ConfigJSON()
	if err != nil {
		return nil, err
	}
	return tokenizer.Parse(js, cfg)
}

// ConfigFromGGUF builds the model configuration from a GGUF file's llama
// metadata.
func ConfigFromGGUF(f *gguf.File) (*Config, error) {
	arch, _ := f.String(gguf.KeyArchitecture)
	if arch != gguf.ArchLlama {
		return nil, fmt.Errorf("%w: GGUF architecture %q (supported: llama)", ErrConfig, arch)
	}
	if typ, ok := f.String(gguf.KeyType); ok && typ != gguf.TypeModel {
		return nil, fmt.Errorf("%w: GGUF file is a %q, not a model", ErrConfig, typ)
	}
	var missing []string
	num := func(key string, def int) int {
		v, ok := f.Uint(arch + key)
		if !ok {
			if def < 0 {
				missing = append(missing, arch+key)
			}
			return max(def, 0)
		}
		if v > 1<<30 {
			missing = append(missing, arch+key+" (implausible)")
			return 0
		}
		return int(v)
	}
	c := &Config{ModelType: "llama", HiddenAct: "silu", RopeTheta: 10000, RMSNormEps: 1e-5}
	c.HiddenSize = num(gguf.KeyEmbedding, -1)
	c.IntermediateSize = num(gguf.KeyFeedForward, -1)
	c.NumLayers = num(gguf.KeyBlockCount, -1)
	c.NumHeads = num(gguf.KeyHeadCount, -1)
	c.NumKVHeads = num(gguf.KeyHeadCountKV, c.NumHeads)
	c.MaxPositions = num(gguf.KeyContextLength, -1)
	if len(missing) > 0 {
		return nil, fmt.Errorf("%w: GGUF metadata missing %v", ErrConfig, missing)
	}
	if c.NumHeads > 0 {
		c.HeadDim = num(gguf.KeyKeyLength, c.HiddenSize/c.NumHeads)
	}
	if v, ok := f.Float(arch + gguf.KeyRMSEps); ok {
		c.RMSNormEps = v
	}
	if v, ok := f.Float(arch + gguf.KeyRopeBase); ok {
		c.RopeTheta = v
	}
	if vl := num(gguf.KeyValueLength, c.HeadDim); vl != c.HeadDim {
		return nil, fmt.Errorf("%w: value_length %d differs from key_length %d", ErrConfig, vl, c.HeadDim)
	}
	if rd := num(gguf.KeyRopeDims, c.HeadDim); rd != c.HeadDim {
		return nil, fmt.Errorf("%w: partial rotary embedding (%d of %d dims) is not supported", ErrConfig, rd, c.HeadDim)
	}
	switch kind, _ := f.String(arch + gguf.KeyRopeScaling); kind {
	case "", "none":
	case "linear":
		factor, _ := f.Float(arch + gguf.KeyRopeFactor)
		c.RopeScaling = &RopeScaling{Type: "linear", Factor: factor}
	default:
		return nil, fmt.Errorf("%w: rope scaling %q (supported: linear, or Llama 3 rope_freqs)", ErrConfig, kind)
	}
	embd, ok := f.Tensor(gguf.TokenEmbd)
	if !ok || len(embd.Dims) != 2 {
		return nil, fmt.Errorf("%w: GGUF has no 2-D %s", ErrWeights, gguf.TokenEmbd)
	}
	c.VocabSize = embd.Dims[1]
	if v, ok := f.Uint(arch + gguf.KeyVocabSize); ok && int(v) != c.VocabSize {
		return nil, fmt.Errorf("%w: vocab_size %d but %s has %d rows", ErrConfig, v, gguf.TokenEmbd, c.VocabSize)
	}
	_, hasOutput := f.Tensor(gguf.Output)
	c.TieWordEmbeddings = !hasOutput
	if _, ok := f.Tensor(gguf.RopeFreqs); ok {
		factors, err := f.Float32(gguf.RopeFreqs)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrWeights, err)
		}
		c.RopeFreqFactors = make([]float64, len(factors))
		for i, v := range factors {
			c.RopeFreqFactors[i] = float64(v)
		}
	}
	c.BOSTokenID = -1
	if v, ok := f.Uint(gguf.KeyTokBOS); ok {
		c.BOSTokenID = int(v)
	}
	if v, ok := f.Uint(gguf.KeyTokEOS); ok {
		eos := []any{float64(v)}
		if t, ok := f.Uint(gguf.KeyTokEOT); ok && t != v {
			eos = append(eos, float64(t))
		}
		c.EOSTokenID = eos
	}
	if err := c.Check(); err != nil {
		return nil, err
	}
	return c, nil
}

// weightsFromGGUF maps the tensors of f, checking each shape against cfg.
func weightsFromGGUF(f *gguf.File, cfg *Config) (*Weights, error) {
	var err error
	matrix := func(name string, rows, cols int) *kernels.Matrix {
		if err != nil {
			return nil
		}
		var m *kernels.Matrix
		if m, err = f.Matrix(name); err != nil {
			err = fmt.Errorf("%w: %w", ErrWeights, err)
			return nil
		}
		if m.Rows != rows || m.Cols != cols {
			err = fmt.Errorf("%w: tensor %q is %dx%d, config wants %dx%d", ErrWeights, name, m.Rows, m.Cols, rows, cols)
			return nil
		}
		return m
	}
	vector := func(name string, n int) []float32 {
		if m := matrix(name, 1, n); m != nil {
			return m.Float32()
		}
		return nil
	}
	dim := cfg.HiddenSize
	w := &Weights{}
	w.Embed = matrix(gguf.TokenEmbd, cfg.VocabSize, dim)
	w.Norm = vector(gguf.OutputNorm, dim)
	w.LMHead = w.Embed
	if !cfg.TieWordEmbeddings {
		w.LMHead = matrix(gguf.Output, cfg.VocabSize, dim)
	}
	w.Layers = make([]LayerWeights, cfg.NumLayers)
	for l := range w.Layers {
		lw := &w.Layers[l]
		lw.AttnNorm = vector(gguf.LayerTensor(l, gguf.AttnNorm), dim)
		lw.MLPNorm = vector(gguf.LayerTensor(l, gguf.FFNNorm), dim)
		for _, p := range cfg.Layout().Projections() {
			in, out := cfg.ProjDims(p)
			lw.W[p] = matrix(gguf.LayerTensor(l, gguf.ProjNames[p]), out, in)
		}
		if err != nil {
			return nil, err
		}
		// llama.cpp's layout of q and k rows: back to rotate-half.
		if lw.W[lora.Q], err = gguf.UnpermuteQK(lw.W[lora.Q], cfg.NumHeads); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrWeights, err)
		}
		if lw.W[lora.K], err = gguf.UnpermuteQK(lw.W[lora.K], cfg.NumKVHeads); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrWeights, err)
		}
	}
	if err != nil {
		return nil, err
	}
	return w, nil
}

// GGUFOptions says how WriteGGUF stores a model.
type GGUFOptions struct {
	// DType is the storage type of the 2-D weights. Quantized types fall back
	// to Q8_0, then F16, for matrices whose rows are not whole blocks; with a
	// 4-bit type the output head is stored as Q6_K, as llama.cpp does.
	DType kernels.DType
	// Name is general.name.
	Name string
	// Tokenizer is written as the tokenizer.ggml.* metadata when set.
	Tokenizer *gguf.Tokenizer
	// Progress, when set, is called after each tensor is written.
	Progress func(done, total int)
}

// WriteGGUF writes a model as a GGUF file at path in llama.cpp's layout for
// its family (Config.GGUFArch): the configuration as metadata, tensors under
// llama.cpp's names, Llama's q and k rows in its RoPE layout and fused
// query_key_value rows as every q, then every k, then every v head, and each
// matrix converted to opts.DType (one matrix at a time).
func WriteGGUF(path string, cfg *Config, w *Weights, opts GGUFOptions) error {
	if !opts.DType.Valid() {
		return fmt.Errorf("model: GGUF dtype %s", opts.DType)
	}
	if len(cfg.RopeFreqFactors) == 0 && cfg.RopeScaling != nil {
		if kind := ropeKind(cfg.RopeScaling); kind != "llama3" && kind != "linear" && kind != "default" && kind != "" {
			return fmt.Errorf("%w: rope scaling %q has no GGUF form here", ErrConfig, kind)
		}
	}
	arch := cfg.GGUFArch()
	a := &cfg.Arch
	gw := gguf.NewWriter()
	gw.Progress = opts.Progress
	gw.Set(gguf.KeyArchitecture, arch)
	gw.Set(gguf.KeyType, gguf.TypeModel)
	if opts.Name != "" {
		gw.Set(gguf.KeyName, opts.Name)
	}
	gw.Set(arch+gguf.KeyVocabSize, uint32(cfg.VocabSize))
	gw.Set(arch+gguf.KeyContextLength, uint32(cfg.MaxPositions))
	gw.Set(arch+gguf.KeyEmbedding, uint32(cfg.HiddenSize))
	gw.Set(arch+gguf.KeyBlockCount, uint32(cfg.NumLayers))
	gw.Set(arch+gguf.KeyFeedForward, uint32(cfg.IntermediateSize))
	gw.Set(arch+gguf.KeyHeadCount, uint32(cfg.NumHeads))
	gw.Set(arch+gguf.KeyHeadCountKV, uint32(cfg.NumKVHeads))
	if a.Norm == LayerNorm {
		gw.Set(arch+gguf.KeyLayerNormEps, float32(cfg.RMSNormEps))
	} else {
		gw.Set(arch+gguf.KeyRMSEps, float32(cfg.RMSNormEps))
	}
	if !a.ALiBi {
		gw.Set(arch+gguf.KeyRopeBase, float32(cfg.RopeTheta))
		gw.Set(arch+gguf.KeyRopeDims, uint32(a.RopeDim))
	}
	if cfg.HeadDim != cfg.HiddenSize/cfg.NumHeads {
		gw.Set(arch+gguf.KeyKeyLength, uint32(cfg.HeadDim))
		gw.Set(arch+gguf.KeyValueLength, uint32(cfg.HeadDim))
	}
	if s := cfg.RopeScaling; s != nil && ropeKind(s) == "linear" {
		gw.Set(arch+gguf.KeyRopeScaling, "linear")
		gw.Set(arch+gguf.KeyRopeFactor, float32(s.Factor))
	}
	gw.Set(gguf.KeyFileType, gguf.FileType(opts.DType))
	if opts.DType.Quantized() {
		gw.Set(gguf.KeyQuantVersion, gguf.QuantVersion)
	}
	if opts.Tokenizer != nil {
		if len(opts.Tokenizer.Tokens) > cfg.VocabSize {
			return fmt.Errorf("%w: tokenizer has %d tokens, vocabulary %d", ErrConfig, len(opts.Tokenizer.Tokens), cfg.VocabSize)
		}
		t := *opts.Tokenizer
		t.Tokens, t.Types = slices.Clone(t.Tokens), slices.Clone(t.Types)
		t.PadTo(cfg.VocabSize)
		gw.SetTokenizer(&t)
	}
	add := func(name string, m *kernels.Matrix, dt kernels.DType, rows []int) {
		dt = storableDType(m.Cols, dt)
		gw.AddMatrixFunc(name, dt, m.Rows, m.Cols, func() (*kernels.Matrix, error) {
			c := permuteRows(m, rows)
			if c.DType != dt {
				return kernels.Quantize(dt, c.Rows, c.Cols, c.Float32())
			}
			return c, nil
		})
	}
	// norm writes a norm's weight and, for LayerNorm, its bias.
	norm := func(base string, weight, bias []float32) {
		gw.AddVector(base+".weight", weight)
		if bias != nil {
			gw.AddVector(base+".bias", bias)
		}
	}
	add(gguf.TokenEmbd, w.Embed, opts.DType, nil)
	if a.EmbedNorm {
		norm("token_embd_norm", w.EmbedNorm, w.EmbedNormBias)
	}
	if factors := ropeFactors(cfg); factors != nil {
		gw.AddVector(gguf.RopeFreqs, factors)
	}
	norm("output_norm", w.Norm, w.NormBias)
	if !cfg.TieWordEmbeddings {
		head := opts.DType
		if head == kernels.Q4_0 || head == kernels.Q4_K {
			head = kernels.Q6_K
		}
		add(gguf.Output, w.LMHead, head, nil)
	}
	for l, lw := range w.Layers {
		blk := fmt.Sprintf("blk.%d.", l)
		switch {
		case a.ParallelNorms: // Falcon's new decoder architecture: llama.cpp's attn_norm is ln_mlp
			norm(blk+"attn_norm", lw.MLPNorm, lw.MLPNormBias)
			norm(blk+"attn_norm_2", lw.AttnNorm, lw.AttnNormBias)
		default:
			norm(blk+gguf.AttnNorm, lw.AttnNorm, lw.AttnNormBias)
		}
		for _, p := range cfg.Layout().Projections() {
			name, rows := cfg.GGUFProj(p)
			add(blk+name+".weight", lw.W[p], opts.DType, rows)
			if lw.B[p] != nil {
				gw.AddVector(blk+name+".bias", permuteVector(lw.B[p], rows))
			}
		}
		if lw.MLPNorm != nil && !a.ParallelNorms {
			norm(blk+gguf.FFNNorm, lw.MLPNorm, lw.MLPNormBias)
		}
	}
	return gw.WriteFile(path)
}

func ropeKind(s *RopeScaling) string {
	if s.Type != "" {
		return s.Type
	}
	return s.LegacyType
}

// ropeFactors returns rope_freqs.weight for Llama 3 rope scaling: the factor
// each frequency is divided by (nil when the model has no such scaling).
func ropeFactors(cfg *Config) []float32 {
	if cfg.RopeFreqFactors == nil && (cfg.RopeScaling == nil || ropeKind(cfg.RopeScaling) != "llama3") {
		return nil
	}
	scaled, err := cfg.InvFreq()
	if err != nil {
		return nil
	}
	plain := *cfg
	plain.RopeScaling, plain.RopeFreqFactors = nil, nil
	base, _ := plain.InvFreq()
	out := make([]float32, len(base))
	for i := range base {
		out[i] = float32(base[i] / scaled[i])
	}
	return out
}

// storableDType returns dt, or for rows of cols elements that are not whole
// blocks of dt, Q8_0 and then F16.
func storableDType(cols int, dt kernels.DType) kernels.DType {
	for cols%dt.BlockElems() != 0 {
		if dt == kernels.Q8_0 || dt == kernels.Q4_0 {
			dt = kernels.F16
		} else {
			dt = kernels.Q8_0
		}
	}
	return dt
}

// chatTemplate returns tokenizer_config.json's chat_template when it is a
// string ("" otherwise).
func chatTemplate(b []byte) string {
	var tc struct {
		ChatTemplate any `json:"chat_template"`
	}
	if json.Unmarshal(b, &tc) != nil {
		return ""
	}
	s, _ := tc.ChatTemplate.(string)
	return s
}

// TokenizerForGGUF reads the tokenizer of a Hugging Face model directory
// (tokenizer.json, and the chat template of tokenizer_config.json) in the
// form GGUF carries; nil when the directory has no tokenizer.json.
func TokenizerForGGUF(dir string, cfg *Config) (*gguf.Tokenizer, error) {
	b, err := os.ReadFile(filepath.Join(dir, "tokenizer.json"))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	eos := -1
	if ids := cfg.EOSTokenIDs(); len(ids) > 0 {
		eos = ids[0]
	}
	t, err := gguf.TokenizerFromJSON(b, cfg.BOSTokenID, eos)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	if ids := cfg.EOSTokenIDs(); len(ids) > 1 {
		t.EOT = ids[1]
	}
	if tc, err := os.ReadFile(filepath.Join(dir, "tokenizer_config.json")); err == nil {
		t.ChatTemplate = chatTemplate(tc)
	}
	return t, nil
}
