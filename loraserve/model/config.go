// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"

	"github.com/openledger/openledger/loraserve/lora"
)

var (
	// ErrConfig is returned when config.json is missing, malformed or describes
	// a model this package cannot run.
	ErrConfig = errors.New("model: bad config")
	// ErrWeights is returned when a checkpoint tensor is missing or misshapen.
	ErrWeights = errors.New("model: bad weights")
	// ErrKVFull is returned when the KV cache has no free page for a sequence.
	ErrKVFull = errors.New("model: kv cache full")
	// ErrContext is returned when a sequence would exceed max_position_embeddings.
	ErrContext = errors.New("model: context length exceeded")
	// ErrToken is returned for a token id outside the vocabulary.
	ErrToken = errors.New("model: token out of vocabulary")
)

// RopeScaling is config.json's rope_scaling object.
type RopeScaling struct {
	Type                          string  `json:"rope_type"`
	LegacyType                    string  `json:"type,omitempty"`
	Factor                        float64 `json:"factor"`
	LowFreqFactor                 float64 `json:"low_freq_factor,omitempty"`
	HighFreqFactor                float64 `json:"high_freq_factor,omitempty"`
	OriginalMaxPositionEmbeddings int     `json:"original_max_position_embeddings,omitempty"`
}

// Config describes a model: the fields of a Hugging Face LlamaConfig (the
// config.json of Llama, Mistral, Qwen2, Gemma and DeepSeek LLM, whose keys
// these JSON tags name), and Arch, the decoder's building blocks, which
// ParseConfig derives from any supported family's config.json (Falcon,
// BLOOM and ChatGLM name their sizes differently; see families.go).
type Config struct {
	ModelType         string       `json:"model_type"`
	Architectures     []string     `json:"architectures,omitempty"`
	HiddenSize        int          `json:"hidden_size"`
	IntermediateSize  int          `json:"intermediate_size"`
	NumLayers         int          `json:"num_hidden_layers"`
	NumHeads          int          `json:"num_attention_heads"`
	NumKVHeads        int          `json:"num_key_value_heads"`
	HeadDim           int          `json:"head_dim,omitempty"`
	VocabSize         int          `json:"vocab_size"`
	MaxPositions      int          `json:"max_position_embeddings"`
	RMSNormEps        float64      `json:"rms_norm_eps"` // the epsilon of every norm, RMSNorm or LayerNorm
	RopeTheta         float64      `json:"rope_theta"`
	RopeScaling       *RopeScaling `json:"rope_scaling"`
	TieWordEmbeddings bool         `json:"tie_word_embeddings"`
	HiddenAct         string       `json:"hidden_act"`
	BOSTokenID        int          `json:"bos_token_id"`
	EOSTokenID        any          `json:"eos_token_id"` // int or list, see EOSTokenIDs
	TorchDType        string       `json:"torch_dtype,omitempty"`
	AttentionBias     bool         `json:"attention_bias"`
	MLPBias           bool         `json:"mlp_bias"`
	// SlidingWindow is Mistral's (and Qwen2's, with UseSlidingWindow) window.
	SlidingWindow    *int  `json:"sliding_window,omitempty"`
	UseSlidingWindow *bool `json:"use_sliding_window,omitempty"`
	MaxWindowLayers  int   `json:"max_window_layers,omitempty"`
	// HiddenActivation is Gemma's name for hidden_act.
	HiddenActivation string `json:"hidden_activation,omitempty"`
	// RopeFreqFactors, when set, divide each RoPE frequency (headDim/2 of
	// them) instead of RopeScaling: GGUF files carry Llama 3 rope scaling this
	// way (rope_freqs.weight).
	RopeFreqFactors []float64 `json:"-"`
	// Arch is the decoder's shape, derived from the family's config.json.
	Arch Arch `json:"-"`
}

// ReadConfig reads and validates config.json.
func ReadConfig(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	return ParseConfig(b)
}

// ParseConfig decodes and validates the contents of config.json of any
// supported family.
func ParseConfig(b []byte) (*Config, error) {
	var head struct {
		ModelType     string   `json:"model_type"`
		Architectures []string `json:"architectures"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrConfig, err)
	}
	f, ok := familyOf(head.ModelType, head.Architectures)
	if !ok {
		return nil, fmt.Errorf("%w: model_type %q (supported: %v)", ErrConfig, head.ModelType, Families())
	}
	c, err := f.parse(b)
	if err != nil {
		return nil, err
	}
	if err := c.Check(); err != nil {
		return nil, err
	}
	return c, nil
}

// parseLlamaLike reads the config.json of Llama, Mistral, Qwen2 and Gemma.
func parseLlamaLike(f Family, b []byte) (*Config, error) {
	c := &Config{RopeTheta: 10000, RMSNormEps: 1e-6, HiddenAct: "silu"}
	if err := json.Unmarshal(b, c); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrConfig, err)
	}
	if c.NumKVHeads == 0 {
		c.NumKVHeads = c.NumHeads
	}
	if c.HeadDim == 0 && c.NumHeads > 0 {
		c.HeadDim = c.HiddenSize / c.NumHeads
	}
	if err := c.llamaArch(f); err != nil {
		return nil, err
	}
	return c, nil
}

// llamaArch sets Arch for a Llama-like family from the config's fields.
func (c *Config) llamaArch(f Family) error {
	a := Arch{Family: f, Norm: RMSNorm, Gated: true, RopeDim: c.HeadDim,
		QKVBias: c.AttentionBias, OutBias: c.AttentionBias, MLPBias: c.MLPBias}
	switch f {
	case FamilyMistral:
		if c.SlidingWindow != nil {
			a.Window = *c.SlidingWindow
		}
	case FamilyQwen2:
		a.QKVBias = true
		if c.UseSlidingWindow != nil && *c.UseSlidingWindow && c.SlidingWindow != nil {
			a.Window, a.WindowFrom = *c.SlidingWindow, c.MaxWindowLayers
		}
	case FamilyGemma:
		a.NormPlusOne, a.EmbedScale = true, true
		c.TieWordEmbeddings = true
		if c.HiddenActivation != "" {
			c.HiddenAct = c.HiddenActivation
		}
	}
	act, ok := activations[c.HiddenAct]
	if !ok {
		return fmt.Errorf("%w: hidden_act %q (supported: silu, gelu, gelu_pytorch_tanh)", ErrConfig, c.HiddenAct)
	}
	a.Act = act
	c.Arch = a
	return nil
}

// Check validates the configuration.
func (c *Config) Check() error {
	if c.Arch.Family == "" {
		// A Config built in code for a Llama-like family: derive its Arch.
		f, ok := familyOf(c.ModelType, c.Architectures)
		if !ok || !f.llamaLike() {
			return fmt.Errorf("%w: model_type %q (supported: %v)", ErrConfig, c.ModelType, Families())
		}
		if err := c.llamaArch(f); err != nil {
			return err
		}
	}
	a := &c.Arch
	switch {
	case c.HiddenSize <= 0 || c.IntermediateSize <= 0 || c.NumLayers <= 0 || c.VocabSize <= 0 || c.MaxPositions <= 0:
		return fmt.Errorf("%w: sizes must be positive", ErrConfig)
	case c.NumHeads <= 0 || c.NumKVHeads <= 0 || c.NumHeads%c.NumKVHeads != 0:
		return fmt.Errorf("%w: %d heads not a multiple of %d kv heads", ErrConfig, c.NumHeads, c.NumKVHeads)
	case c.HeadDim <= 0 || c.HeadDim%2 != 0:
		return fmt.Errorf("%w: head_dim %d must be even", ErrConfig, c.HeadDim)
	case !a.ALiBi && (a.RopeDim <= 0 || a.RopeDim > c.HeadDim || a.RopeDim%2 != 0):
		return fmt.Errorf("%w: %d rotary dimensions of a %d-wide head", ErrConfig, a.RopeDim, c.HeadDim)
	case a.Window < 0 || a.WindowFrom < 0:
		return fmt.Errorf("%w: sliding window %d from layer %d", ErrConfig, a.Window, a.WindowFrom)
	case !(c.RMSNormEps > 0) || math.IsInf(c.RMSNormEps, 0) || !(c.RopeTheta > 0) || math.IsInf(c.RopeTheta, 0):
		return fmt.Errorf("%w: norm epsilon and rope_theta must be positive", ErrConfig)
	case c.VocabSize > 1<<22 || c.HiddenSize > 1<<16 || c.NumLayers > 1024 || c.MaxPositions > 1<<20 ||
		c.HeadDim > 1024 || c.NumHeads > 1024 || c.MaxPositions*c.HeadDim > 1<<27 || c.IntermediateSize > 1<<20:
		return fmt.Errorf("%w: sizes implausibly large", ErrConfig)
	}
	if !a.ALiBi {
		if _, err := c.InvFreq(); err != nil {
			return err
		}
	}
	return nil
}

// EOSTokenIDs returns eos_token_id as a list.
func (c *Config) EOSTokenIDs() []int {
	switch v := c.EOSTokenID.(type) {
	case float64:
		return []int{int(v)}
	case []any:
		var out []int
		for _, x := range v {
			if f, ok := x.(float64); ok {
				out = append(out, int(f))
			}
		}
		return out
	}
	return nil
}

// QDim returns the width of the query projection.
func (c *Config) QDim() int { return c.NumHeads * c.HeadDim }

// KVDim returns the width of the key and value projections.
func (c *Config) KVDim() int { return c.NumKVHeads * c.HeadDim }

// AttentionHeads implements lora.Heads.
func (c *Config) AttentionHeads() (heads, kvHeads int) { return c.NumHeads, c.NumKVHeads }

// Layers implements lora.Dims.
func (c *Config) Layers() int { return c.NumLayers }

// Layout implements lora.Dims: where the family's projections sit in its
// tensor names.
func (c *Config) Layout() lora.Layout { return c.Arch.Family.layout() }

// ProjDims implements lora.Dims.
func (c *Config) ProjDims(p lora.Proj) (in, out int) {
	if !c.Layout().Has(p) {
		return 0, 0
	}
	switch p {
	case lora.Q:
		return c.HiddenSize, c.QDim()
	case lora.K, lora.V:
		return c.HiddenSize, c.KVDim()
	case lora.O:
		return c.QDim(), c.HiddenSize
	case lora.Gate, lora.Up:
		return c.HiddenSize, c.IntermediateSize
	case lora.Down:
		return c.IntermediateSize, c.HiddenSize
	case lora.QKV:
		return c.HiddenSize, c.QDim() + 2*c.KVDim()
	case lora.GateUp:
		return c.HiddenSize, 2 * c.IntermediateSize
	}
	return 0, 0
}

// InvFreq returns the RoPE inverse frequencies (RopeDim/2 of them: headDim/2
// unless the family rotates part of each head) after rope_scaling, following
// Hugging Face's rope initialisation functions.
func (c *Config) InvFreq() ([]float64, error) {
	rd := c.Arch.RopeDim
	if rd == 0 {
		rd = c.HeadDim
	}
	half := rd / 2
	inv := make([]float64, half)
	for i := range inv {
		inv[i] = 1 / math.Pow(c.RopeTheta, float64(2*i)/float64(rd))
	}
	if c.RopeFreqFactors != nil {
		if len(c.RopeFreqFactors) != half {
			return nil, fmt.Errorf("%w: %d rope frequency factors for head_dim %d", ErrConfig, len(c.RopeFreqFactors), c.HeadDim)
		}
		for i, f := range c.RopeFreqFactors {
			if !(f > 0) || math.IsInf(f, 0) {
				return nil, fmt.Errorf("%w: rope frequency factor %v", ErrConfig, f)
			}
			inv[i] /= f
		}
	}
	s := c.RopeScaling
	if s == nil {
		return inv, nil
	}
	kind := s.Type
	if kind == "" {
		kind = s.LegacyType
	}
	switch kind {
	case "", "default":
	case "linear":
		if !(s.Factor > 0) {
			return nil, fmt.Errorf("%w: linear rope_scaling needs factor > 0", ErrConfig)
		}
		for i := range inv {
			inv[i] /= s.Factor
		}
	case "llama3":
		if !(s.Factor > 0) || !(s.LowFreqFactor > 0) || !(s.HighFreqFactor > s.LowFreqFactor) || s.OriginalMaxPositionEmbeddings <= 0 {
			return nil, fmt.Errorf("%w: llama3 rope_scaling needs factor, low/high_freq_factor and original_max_position_embeddings", ErrConfig)
		}
		old := float64(s.OriginalMaxPositionEmbeddings)
		lowWavelen := old / s.LowFreqFactor
		highWavelen := old / s.HighFreqFactor
		for i, f := range inv {
			wavelen := 2 * math.Pi / f
			switch {
			case wavelen < highWavelen:
			case wavelen > lowWavelen:
				inv[i] = f / s.Factor
			default:
				smooth := (old/wavelen - s.LowFreqFactor) / (s.HighFreqFactor - s.LowFreqFactor)
				inv[i] = (1-smooth)*f/s.Factor + smooth*f
			}
		}
	default:
		return nil, fmt.Errorf("%w: rope_scaling type %q unsupported (default, linear, llama3)", ErrConfig, kind)
	}
	return inv, nil
}
