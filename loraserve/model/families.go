// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import (
	"encoding/json"
	"fmt"

	"github.com/openledger/openledger/loraserve/lora"
)

// Family is a decoder architecture as Hugging Face names it (config.json's
// model_type). DeepSeek LLM checkpoints are Llama ("model_type": "llama").
type Family string

// The supported families.
const (
	FamilyLlama   Family = "llama"
	FamilyMistral Family = "mistral"
	FamilyQwen2   Family = "qwen2"
	FamilyGemma   Family = "gemma"
	FamilyFalcon  Family = "falcon"
	FamilyBLOOM   Family = "bloom"
	FamilyChatGLM Family = "chatglm"
)

// Families returns every supported family.
func Families() []Family {
	return []Family{FamilyLlama, FamilyMistral, FamilyQwen2, FamilyGemma, FamilyFalcon, FamilyBLOOM, FamilyChatGLM}
}

// familyOf maps config.json's model_type (or, without one, its
// architectures) to a family.
func familyOf(modelType string, archs []string) (Family, bool) {
	switch modelType {
	case "llama":
		return FamilyLlama, true
	case "mistral":
		return FamilyMistral, true
	case "qwen2":
		return FamilyQwen2, true
	case "gemma":
		return FamilyGemma, true
	case "falcon", "RefinedWeb", "RefinedWebModel":
		return FamilyFalcon, true
	case "bloom":
		return FamilyBLOOM, true
	case "chatglm":
		return FamilyChatGLM, true
	case "":
		for _, a := range archs {
			switch a {
			case "ChatGLMModel", "ChatGLMForConditionalGeneration":
				return FamilyChatGLM, true
			case "BloomForCausalLM", "BloomModel":
				return FamilyBLOOM, true
			case "FalconForCausalLM", "RWForCausalLM":
				return FamilyFalcon, true
			}
		}
		return FamilyLlama, true // the Llama layout without a model_type
	}
	return "", false
}

// llamaLike reports whether the family's config.json and tensors follow
// Llama's names.
func (f Family) llamaLike() bool {
	return f == FamilyLlama || f == FamilyMistral || f == FamilyQwen2 || f == FamilyGemma
}

func (f Family) parse(b []byte) (*Config, error) {
	switch f {
	case FamilyFalcon:
		return parseFalcon(b)
	case FamilyBLOOM:
		return parseBLOOM(b)
	case FamilyChatGLM:
		return parseChatGLM(b)
	}
	return parseLlamaLike(f, b)
}

// Layouts of the families whose tensor names differ from Llama's.
var (
	falconLayout = lora.Layout{Prefix: "transformer.h", Paths: [lora.NumProj]string{
		lora.QKV: "self_attention.query_key_value", lora.O: "self_attention.dense",
		lora.Up: "mlp.dense_h_to_4h", lora.Down: "mlp.dense_4h_to_h"}}
	chatglmLayout = lora.Layout{Prefix: "transformer.encoder.layers", Paths: [lora.NumProj]string{
		lora.QKV: "self_attention.query_key_value", lora.O: "self_attention.dense",
		lora.GateUp: "mlp.dense_h_to_4h", lora.Down: "mlp.dense_4h_to_h"}}
)

func (f Family) layout() lora.Layout {
	switch f {
	case FamilyFalcon, FamilyBLOOM:
		return falconLayout
	case FamilyChatGLM:
		return chatglmLayout
	}
	return lora.LlamaLayout
}

// NormKind is a layer normalisation.
type NormKind int

// The norms.
const (
	// RMSNorm is x/√(mean(x²)+eps)·w.
	RMSNorm NormKind = iota
	// LayerNorm is (x−mean)/√(var+eps)·w + b.
	LayerNorm
)

// Activation is the nonlinearity of the MLP.
type Activation int

// The activations.
const (
	ActSiLU     Activation = iota // x·σ(x)
	ActGELU                       // x·Φ(x), exact (erf)
	ActGELUTanh                   // GELU's tanh approximation (gelu_pytorch_tanh, BLOOM's gelu)
	// ActGELUGGML is GELU as llama.cpp's CPU kernels compute it, for
	// checking logits against llama.cpp: the tanh approximation looked up in
	// a float16 table (input and result rounded to float16). No config
	// selects it; a test sets it on a loaded model's Arch.
	ActGELUGGML
)

var activations = map[string]Activation{
	"silu": ActSiLU, "swish": ActSiLU, "gelu": ActGELU, "gelu_pytorch_tanh": ActGELUTanh, "gelu_new": ActGELUTanh,
}

// QKVLayout is how a fused query_key_value projection orders its outputs.
type QKVLayout int

// The fused layouts.
const (
	// QKVSeparate: no fused projection (q_proj, k_proj, v_proj).
	QKVSeparate QKVLayout = iota
	// QKVContiguous: every query head, then every key head, then every value
	// head (ChatGLM, multi-query Falcon).
	QKVContiguous
	// QKVPerHead: per head its query, key and value (BLOOM; Falcon with as
	// many kv heads as heads).
	QKVPerHead
	// QKVGrouped: per kv head its group's query heads, then its key, then its
	// value (Falcon's new decoder architecture).
	QKVGrouped
)

// Arch is what tells one family's decoder layer from another's: the blocks
// it is built from. ParseConfig derives it from config.json.
type Arch struct {
	Family Family
	Norm   NormKind
	// NormPlusOne: the checkpoint stores norm weights as w−1 (Gemma);
	// loading adds the 1.
	NormPlusOne bool
	Act         Activation
	Gated       bool // act(gate)⊙up MLP (SwiGLU, GeGLU) rather than act(up)
	// Parallel: attention and MLP both read the layer's input, x' = x +
	// attn(n) + mlp(n) (Falcon). ParallelNorms gives the MLP its own norm
	// (Falcon's new decoder architecture).
	Parallel, ParallelNorms bool
	// ALiBi replaces RoPE by linear biases on attention scores (BLOOM).
	ALiBi bool
	// RopeDim is the number of dimensions of each head RoPE rotates (all
	// but ChatGLM's: half); RopeInterleaved rotates pairs (2i, 2i+1)
	// instead of (i, i+RopeDim/2).
	RopeDim         int
	RopeInterleaved bool
	// Window limits attention to the Window latest positions in layers from
	// WindowFrom on (Mistral, Qwen2); 0 is no limit.
	Window, WindowFrom int
	// Biases: on q, k and v; on the attention output; on the MLP.
	QKVBias, OutBias, MLPBias bool
	// EmbedScale multiplies embeddings by √hidden_size (Gemma).
	EmbedScale bool
	// EmbedNorm applies a LayerNorm to the embeddings (BLOOM).
	EmbedNorm bool
	QKV       QKVLayout
}

// window returns layer l's attention window (0: none).
func (a *Arch) window(l int) int {
	if a.Window > 0 && l >= a.WindowFrom {
		return a.Window
	}
	return 0
}

// falconConfig is Falcon's config.json (FalconConfig, and the older
// RefinedWeb names).
type falconConfig struct {
	ModelType              string       `json:"model_type"`
	Architectures          []string     `json:"architectures,omitempty"`
	HiddenSize             int          `json:"hidden_size"`
	NumLayers              int          `json:"num_hidden_layers,omitempty"`
	NLayer                 int          `json:"n_layer,omitempty"`
	NumHeads               int          `json:"num_attention_heads,omitempty"`
	NHead                  int          `json:"n_head,omitempty"`
	NumKVHeads             int          `json:"num_kv_heads,omitempty"`
	NHeadKV                int          `json:"n_head_kv,omitempty"`
	MultiQuery             *bool        `json:"multi_query,omitempty"`
	NewDecoderArchitecture bool         `json:"new_decoder_architecture"`
	ParallelAttn           *bool        `json:"parallel_attn,omitempty"`
	NumLnInParallelAttn    *int         `json:"num_ln_in_parallel_attn,omitempty"`
	Bias                   bool         `json:"bias"`
	Alibi                  bool         `json:"alibi"`
	LayerNormEpsilon       float64      `json:"layer_norm_epsilon,omitempty"`
	VocabSize              int          `json:"vocab_size"`
	MaxPositions           int          `json:"max_position_embeddings,omitempty"`
	RopeTheta              float64      `json:"rope_theta,omitempty"`
	RopeScaling            *RopeScaling `json:"rope_scaling,omitempty"`
	Activation             string       `json:"activation,omitempty"`
	FFNHiddenSize          int          `json:"ffn_hidden_size,omitempty"`
	TieWordEmbeddings      *bool        `json:"tie_word_embeddings,omitempty"`
	BOSTokenID             int          `json:"bos_token_id"`
	EOSTokenID             any          `json:"eos_token_id"`
	TorchDType             string       `json:"torch_dtype,omitempty"`
}

func parseFalcon(b []byte) (*Config, error) {
	var f falconConfig
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrConfig, err)
	}
	first := func(vs ...int) int {
		for _, v := range vs {
			if v != 0 {
				return v
			}
		}
		return 0
	}
	c := &Config{
		ModelType: "falcon", Architectures: f.Architectures, HiddenSize: f.HiddenSize,
		NumLayers: first(f.NumLayers, f.NLayer), NumHeads: first(f.NumHeads, f.NHead), VocabSize: f.VocabSize,
		MaxPositions: first(f.MaxPositions, 2048), RMSNormEps: f.LayerNormEpsilon, RopeTheta: f.RopeTheta,
		RopeScaling: f.RopeScaling, TieWordEmbeddings: f.TieWordEmbeddings == nil || *f.TieWordEmbeddings,
		HiddenAct: f.Activation, BOSTokenID: f.BOSTokenID, EOSTokenID: f.EOSTokenID, TorchDType: f.TorchDType,
	}
	if c.RMSNormEps == 0 {
		c.RMSNormEps = 1e-5
	}
	if c.RopeTheta == 0 {
		c.RopeTheta = 10000
	}
	if c.HiddenAct == "" {
		c.HiddenAct = "gelu"
	}
	if c.NumHeads > 0 {
		c.HeadDim = c.HiddenSize / c.NumHeads
	}
	c.IntermediateSize = first(f.FFNHiddenSize, 4*f.HiddenSize)
	a := Arch{Family: FamilyFalcon, Norm: LayerNorm, Parallel: f.ParallelAttn == nil || *f.ParallelAttn, ALiBi: f.Alibi,
		RopeDim: c.HeadDim, QKVBias: f.Bias, OutBias: f.Bias, MLPBias: f.Bias}
	multiQuery := f.MultiQuery == nil || *f.MultiQuery
	switch {
	case f.NewDecoderArchitecture:
		c.NumKVHeads = first(f.NumKVHeads, f.NHeadKV, c.NumHeads)
		a.QKV = QKVGrouped
		a.ParallelNorms = f.NumLnInParallelAttn == nil || *f.NumLnInParallelAttn == 2
		a.Parallel = true
	case multiQuery:
		c.NumKVHeads, a.QKV = 1, QKVContiguous
	default:
		c.NumKVHeads, a.QKV = c.NumHeads, QKVPerHead
	}
	act, ok := activations[c.HiddenAct]
	if !ok {
		return nil, fmt.Errorf("%w: activation %q (supported: gelu, gelu_pytorch_tanh, silu)", ErrConfig, c.HiddenAct)
	}
	a.Act = act
	if c.HiddenSize%max(1, c.NumHeads) != 0 {
		return nil, fmt.Errorf("%w: hidden_size %d not a multiple of %d heads", ErrConfig, c.HiddenSize, c.NumHeads)
	}
	c.Arch = a
	return c, nil
}

// bloomConfig is BLOOM's config.json (BloomConfig).
type bloomConfig struct {
	ModelType              string   `json:"model_type"`
	Architectures          []string `json:"architectures,omitempty"`
	HiddenSize             int      `json:"hidden_size,omitempty"`
	NEmbed                 int      `json:"n_embed,omitempty"`
	NLayer                 int      `json:"n_layer,omitempty"`
	NumLayers              int      `json:"num_hidden_layers,omitempty"`
	NHead                  int      `json:"n_head,omitempty"`
	NumHeads               int      `json:"num_attention_heads,omitempty"`
	LayerNormEpsilon       float64  `json:"layer_norm_epsilon,omitempty"`
	VocabSize              int      `json:"vocab_size"`
	ResidualPostLayerNorm  bool     `json:"apply_residual_connection_post_layernorm"`
	SeqLength              int      `json:"seq_length,omitempty"`
	MaxPositions           int      `json:"max_position_embeddings,omitempty"`
	TieWordEmbeddings      *bool    `json:"tie_word_embeddings,omitempty"`
	BOSTokenID             int      `json:"bos_token_id"`
	EOSTokenID             any      `json:"eos_token_id"`
	PadTokenID             int      `json:"pad_token_id"`
	TorchDType             string   `json:"torch_dtype,omitempty"`
	PretrainingTP          int      `json:"pretraining_tp,omitempty"`
	SlowButExact           bool     `json:"slow_but_exact"`
	InitializerRange       float64  `json:"initializer_range,omitempty"`
	UseCache               bool     `json:"use_cache"`
	AttentionSoftmaxInFP32 bool     `json:"attention_softmax_in_fp32"`
}

func parseBLOOM(b []byte) (*Config, error) {
	var f bloomConfig
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrConfig, err)
	}
	if f.ResidualPostLayerNorm {
		return nil, fmt.Errorf("%w: apply_residual_connection_post_layernorm is not supported", ErrConfig)
	}
	pick := func(a, b, def int) int {
		if a != 0 {
			return a
		}
		if b != 0 {
			return b
		}
		return def
	}
	c := &Config{
		ModelType: "bloom", Architectures: f.Architectures, HiddenSize: pick(f.NEmbed, f.HiddenSize, 64),
		NumLayers: pick(f.NLayer, f.NumLayers, 2), NumHeads: pick(f.NHead, f.NumHeads, 8), VocabSize: f.VocabSize,
		MaxPositions: pick(f.SeqLength, f.MaxPositions, 2048), RMSNormEps: f.LayerNormEpsilon, RopeTheta: 10000,
		TieWordEmbeddings: f.TieWordEmbeddings == nil || *f.TieWordEmbeddings, HiddenAct: "gelu_pytorch_tanh",
		BOSTokenID: f.BOSTokenID, EOSTokenID: f.EOSTokenID, TorchDType: f.TorchDType,
	}
	if c.RMSNormEps == 0 {
		c.RMSNormEps = 1e-5
	}
	if c.HiddenSize%c.NumHeads != 0 {
		return nil, fmt.Errorf("%w: hidden_size %d not a multiple of %d heads", ErrConfig, c.HiddenSize, c.NumHeads)
	}
	c.NumKVHeads, c.HeadDim, c.IntermediateSize = c.NumHeads, c.HiddenSize/c.NumHeads, 4*c.HiddenSize
	c.Arch = Arch{Family: FamilyBLOOM, Norm: LayerNorm, Act: ActGELUTanh, ALiBi: true, QKVBias: true, OutBias: true,
		MLPBias: true, EmbedNorm: true, QKV: QKVPerHead}
	return c, nil
}

// chatglmConfig is ChatGLM2/3's config.json (ChatGLMConfig).
type chatglmConfig struct {
	ModelType               string   `json:"model_type"`
	Architectures           []string `json:"architectures,omitempty"`
	AutoMap                 any      `json:"auto_map,omitempty"`
	NumLayers               int      `json:"num_layers"`
	PaddedVocabSize         int      `json:"padded_vocab_size"`
	HiddenSize              int      `json:"hidden_size"`
	FFNHiddenSize           int      `json:"ffn_hidden_size"`
	KVChannels              int      `json:"kv_channels"`
	NumAttentionHeads       int      `json:"num_attention_heads"`
	SeqLength               int      `json:"seq_length"`
	LayernormEpsilon        float64  `json:"layernorm_epsilon"`
	RMSNorm                 *bool    `json:"rmsnorm,omitempty"`
	ResidualPostLayerNorm   bool     `json:"apply_residual_connection_post_layernorm"`
	PostLayerNorm           *bool    `json:"post_layer_norm,omitempty"`
	AddBiasLinear           bool     `json:"add_bias_linear"`
	AddQKVBias              bool     `json:"add_qkv_bias"`
	MultiQueryAttention     bool     `json:"multi_query_attention"`
	MultiQueryGroupNum      int      `json:"multi_query_group_num"`
	RopeRatio               float64  `json:"rope_ratio,omitempty"`
	OriginalRope            *bool    `json:"original_rope,omitempty"`
	AttentionSoftmaxInFP32  bool     `json:"attention_softmax_in_fp32"`
	ApplyQueryKeyLayerScale bool     `json:"apply_query_key_layer_scaling"`
	Fp32ResidualConnection  bool     `json:"fp32_residual_connection"`
	TieWordEmbeddings       bool     `json:"tie_word_embeddings"`
	BOSTokenID              *int     `json:"bos_token_id,omitempty"`
	EOSTokenID              any      `json:"eos_token_id,omitempty"`
	PadTokenID              int      `json:"pad_token_id"`
	TorchDType              string   `json:"torch_dtype,omitempty"`
}

func parseChatGLM(b []byte) (*Config, error) {
	var f chatglmConfig
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrConfig, err)
	}
	switch {
	case f.ResidualPostLayerNorm:
		return nil, fmt.Errorf("%w: apply_residual_connection_post_layernorm is not supported", ErrConfig)
	case f.PostLayerNorm != nil && !*f.PostLayerNorm:
		return nil, fmt.Errorf("%w: post_layer_norm false is not supported", ErrConfig)
	case f.OriginalRope != nil && !*f.OriginalRope:
		return nil, fmt.Errorf("%w: original_rope false is not supported", ErrConfig)
	}
	ratio := f.RopeRatio
	if ratio == 0 {
		ratio = 1
	}
	c := &Config{
		ModelType: "chatglm", Architectures: f.Architectures, HiddenSize: f.HiddenSize, IntermediateSize: f.FFNHiddenSize,
		NumLayers: f.NumLayers, NumHeads: f.NumAttentionHeads, HeadDim: f.KVChannels, VocabSize: f.PaddedVocabSize,
		MaxPositions: f.SeqLength, RMSNormEps: f.LayernormEpsilon, RopeTheta: 10000 * ratio, HiddenAct: "silu",
		TieWordEmbeddings: f.TieWordEmbeddings, BOSTokenID: -1, EOSTokenID: f.EOSTokenID, TorchDType: f.TorchDType,
	}
	if f.BOSTokenID != nil {
		c.BOSTokenID = *f.BOSTokenID
	}
	if c.RMSNormEps == 0 {
		c.RMSNormEps = 1e-5
	}
	c.NumKVHeads = c.NumHeads
	if f.MultiQueryAttention {
		c.NumKVHeads = f.MultiQueryGroupNum
	}
	norm := RMSNorm
	if f.RMSNorm != nil && !*f.RMSNorm {
		norm = LayerNorm
	}
	c.Arch = Arch{Family: FamilyChatGLM, Norm: norm, Act: ActSiLU, Gated: true, RopeDim: c.HeadDim / 2,
		RopeInterleaved: true, QKVBias: f.AddQKVBias || f.AddBiasLinear, OutBias: f.AddBiasLinear,
		MLPBias: f.AddBiasLinear, QKV: QKVContiguous}
	return c, nil
}

// Shape holds the sizes of a model to describe with FamilyConfig.
type Shape struct {
	HiddenSize, IntermediateSize, Layers, Heads, KVHeads int
	HeadDim                                              int // 0: HiddenSize/Heads
	VocabSize, MaxPositions                              int
	RopeTheta                                            float64 // 0: the family's default
	RopeScaling                                          *RopeScaling
	NormEps                                              float64 // 0: the family's default
	Tied                                                 bool    // tie the output head to the embeddings (where the family lets it vary)
	SlidingWindow                                        int     // Mistral's window (0: none)
	BOSTokenID                                           int
	EOSTokenIDs                                          []int
	TorchDType                                           string
}

// FamilyConfig returns the config.json a checkpoint of family f with shape s
// has, in the family's own keys, and its parsed Config. The layout is the
// family's published one: Falcon 7B's (multi-query, parallel attention, one
// LayerNorm, no biases), BLOOM's, ChatGLM3's (multi-query groups, q/k/v
// biases), Gemma 1's, Qwen2's, Mistral's, Llama's.
func FamilyConfig(f Family, s Shape) (*Config, []byte, error) {
	eos := any(nil)
	switch len(s.EOSTokenIDs) {
	case 0:
	case 1:
		eos = s.EOSTokenIDs[0]
	default:
		eos = s.EOSTokenIDs
	}
	dtype := s.TorchDType
	if dtype == "" {
		dtype = "float32"
	}
	headDim := s.HeadDim
	if headDim == 0 && s.Heads > 0 {
		headDim = s.HiddenSize / s.Heads
	}
	orDefault := func(v, def float64) float64 {
		if v != 0 {
			return v
		}
		return def
	}
	var m map[string]any
	switch f {
	case FamilyLlama, FamilyMistral, FamilyQwen2, FamilyGemma:
		m = map[string]any{
			"model_type": string(f), "hidden_size": s.HiddenSize, "intermediate_size": s.IntermediateSize,
			"num_hidden_layers": s.Layers, "num_attention_heads": s.Heads, "num_key_value_heads": s.KVHeads,
			"vocab_size": s.VocabSize, "max_position_embeddings": s.MaxPositions, "rope_theta": orDefault(s.RopeTheta, 10000),
			"rms_norm_eps": orDefault(s.NormEps, 1e-5), "tie_word_embeddings": s.Tied, "hidden_act": "silu",
			"bos_token_id": s.BOSTokenID, "eos_token_id": eos, "torch_dtype": dtype, "initializer_range": 0.02,
			"use_cache": true, "attention_dropout": 0.0,
		}
		if s.RopeScaling != nil {
			m["rope_scaling"] = s.RopeScaling
		}
		switch f {
		case FamilyLlama:
			m["architectures"] = []string{"LlamaForCausalLM"}
			m["attention_bias"], m["mlp_bias"], m["head_dim"], m["pretraining_tp"] = false, false, headDim, 1
		case FamilyMistral:
			m["architectures"] = []string{"MistralForCausalLM"}
			m["sliding_window"], m["head_dim"] = nil, headDim
			if s.SlidingWindow > 0 {
				m["sliding_window"] = s.SlidingWindow
			}
		case FamilyQwen2:
			m["architectures"] = []string{"Qwen2ForCausalLM"}
			m["rope_theta"], m["rms_norm_eps"] = orDefault(s.RopeTheta, 1e6), orDefault(s.NormEps, 1e-6)
			m["use_sliding_window"], m["sliding_window"], m["max_window_layers"] = false, s.MaxPositions, s.Layers
		case FamilyGemma:
			m["architectures"] = []string{"GemmaForCausalLM"}
			m["head_dim"], m["hidden_act"], m["hidden_activation"] = headDim, "gelu_pytorch_tanh", "gelu_pytorch_tanh"
			m["rms_norm_eps"], m["tie_word_embeddings"], m["attention_bias"] = orDefault(s.NormEps, 1e-6), true, false
		}
	case FamilyFalcon:
		m = map[string]any{
			"model_type": "falcon", "architectures": []string{"FalconForCausalLM"}, "hidden_size": s.HiddenSize,
			"num_hidden_layers": s.Layers, "num_attention_heads": s.Heads, "multi_query": true, "parallel_attn": true,
			"new_decoder_architecture": false, "bias": false, "alibi": false, "layer_norm_epsilon": orDefault(s.NormEps, 1e-5),
			"vocab_size": s.VocabSize, "max_position_embeddings": s.MaxPositions, "rope_theta": orDefault(s.RopeTheta, 10000),
			"activation": "gelu", "ffn_hidden_size": s.IntermediateSize, "tie_word_embeddings": s.Tied,
			"bos_token_id": s.BOSTokenID, "eos_token_id": eos, "torch_dtype": dtype, "hidden_dropout": 0.0,
			"attention_dropout": 0.0, "initializer_range": 0.02, "use_cache": true,
		}
	case FamilyBLOOM:
		m = map[string]any{
			"model_type": "bloom", "architectures": []string{"BloomForCausalLM"}, "hidden_size": s.HiddenSize,
			"n_layer": s.Layers, "n_head": s.Heads, "layer_norm_epsilon": orDefault(s.NormEps, 1e-5),
			"vocab_size": s.VocabSize, "seq_length": s.MaxPositions, "apply_residual_connection_post_layernorm": false,
			"bos_token_id": s.BOSTokenID, "eos_token_id": eos, "pad_token_id": 3, "torch_dtype": dtype,
			"pretraining_tp": 1, "slow_but_exact": false, "initializer_range": 0.02, "use_cache": true,
			"attention_dropout": 0.0, "hidden_dropout": 0.0, "attention_softmax_in_fp32": true,
		}
	case FamilyChatGLM:
		m = map[string]any{
			"model_type": "chatglm", "architectures": []string{"ChatGLMModel"},
			"auto_map": map[string]string{
				"AutoConfig":           "configuration_chatglm.ChatGLMConfig",
				"AutoModel":            "modeling_chatglm.ChatGLMForConditionalGeneration",
				"AutoModelForCausalLM": "modeling_chatglm.ChatGLMForConditionalGeneration",
			},
			"num_layers": s.Layers, "padded_vocab_size": s.VocabSize, "hidden_size": s.HiddenSize,
			"ffn_hidden_size": s.IntermediateSize, "kv_channels": headDim, "num_attention_heads": s.Heads,
			"seq_length": s.MaxPositions, "layernorm_epsilon": orDefault(s.NormEps, 1e-5), "rmsnorm": true,
			"apply_residual_connection_post_layernorm": false, "post_layer_norm": true, "add_bias_linear": false,
			"add_qkv_bias": true, "multi_query_attention": s.KVHeads != s.Heads, "multi_query_group_num": s.KVHeads,
			"rope_ratio": orDefault(s.RopeTheta, 10000) / 10000, "original_rope": true, "bias_dropout_fusion": true,
			"attention_softmax_in_fp32": true, "apply_query_key_layer_scaling": true, "fp32_residual_connection": false,
			"hidden_dropout": 0.0, "attention_dropout": 0.0, "tie_word_embeddings": false, "eos_token_id": eos,
			"pad_token_id": 0, "torch_dtype": dtype,
		}
	default:
		return nil, nil, fmt.Errorf("%w: family %q (supported: %v)", ErrConfig, f, Families())
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, nil, fmt.Errorf("model: %w", err)
	}
	c, err := ParseConfig(b)
	if err != nil {
		return nil, nil, err
	}
	return c, b, nil
}

// TensorKind says what a checkpoint tensor is (how a generator fills it).
type TensorKind int

// The tensor kinds.
const (
	TensorMatrix    TensorKind = iota // a projection, [out, in]
	TensorEmbedding                   // token embeddings or output head, [vocab, dim]
	TensorNorm                        // a norm's weight (stored as w−1 for Gemma)
	TensorBias                        // a projection's or LayerNorm's bias
	TensorInvFreq                     // ChatGLM's saved rotary inverse frequencies
)

// TensorShape is one tensor of a family's checkpoint.
type TensorShape struct {
	Name  string
	Shape []int
	Kind  TensorKind
}

// TensorShapes lists every tensor a Hugging Face checkpoint of the config
// holds, under the family's names.
func (c *Config) TensorShapes() []TensorShape {
	n := c.names()
	dim := c.HiddenSize
	var out []TensorShape
	add := func(name string, kind TensorKind, shape ...int) {
		out = append(out, TensorShape{Name: name, Shape: shape, Kind: kind})
	}
	norm := func(base string) {
		add(base+".weight", TensorNorm, dim)
		if n.normBias {
			add(base+".bias", TensorBias, dim)
		}
	}
	add(n.embed+".weight", TensorEmbedding, c.VocabSize, dim)
	if n.embedNorm != "" {
		norm(n.embedNorm)
	}
	layout := c.Layout()
	for l := range c.NumLayers {
		pre := fmt.Sprintf("%s.%d.", layout.Prefix, l)
		norm(pre + n.attnNorm)
		if n.mlpNorm != "" {
			norm(pre + n.mlpNorm)
		}
		for _, p := range layout.Projections() {
			in, o := c.ProjDims(p)
			add(pre+layout.Paths[p]+".weight", TensorMatrix, o, in)
			if c.hasBias(p) {
				add(pre+layout.Paths[p]+".bias", TensorBias, o)
			}
		}
	}
	norm(n.finalNorm)
	if n.lmHead != "" {
		add(n.lmHead+".weight", TensorEmbedding, c.VocabSize, dim)
	}
	if c.Arch.Family == FamilyChatGLM {
		add("transformer.rotary_pos_emb.inv_freq", TensorInvFreq, c.Arch.RopeDim/2)
	}
	return out
}

// checkpointNames are a family's Hugging Face tensor names, without the
// ".weight"/".bias" suffix. Layer tensors are Layout().Prefix.l.<name>.
type checkpointNames struct {
	embed, embedNorm, finalNorm, lmHead string // embedNorm "" when none; lmHead "" when tied
	attnNorm, mlpNorm                   string // mlpNorm "" when the MLP shares the attention's norm
	normBias                            bool   // LayerNorm: norms have a bias
	// alt are other prefixes the same tensors may carry (BLOOM checkpoints
	// saved from BloomModel lack "transformer.").
	alt map[string]string
}

func (c *Config) names() checkpointNames {
	a := &c.Arch
	n := checkpointNames{embed: "model.embed_tokens", finalNorm: "model.norm", lmHead: "lm_head",
		attnNorm: "input_layernorm", mlpNorm: "post_attention_layernorm", normBias: a.Norm == LayerNorm}
	switch a.Family {
	case FamilyFalcon:
		n.embed, n.finalNorm = "transformer.word_embeddings", "transformer.ln_f"
		switch {
		case a.ParallelNorms:
			n.attnNorm, n.mlpNorm = "ln_attn", "ln_mlp"
		case a.Parallel:
			n.mlpNorm = ""
		}
	case FamilyBLOOM:
		n.embed, n.embedNorm, n.finalNorm = "transformer.word_embeddings", "transformer.word_embeddings_layernorm", "transformer.ln_f"
		n.alt = map[string]string{"transformer.": ""}
	case FamilyChatGLM:
		n.embed, n.finalNorm, n.lmHead = "transformer.embedding.word_embeddings", "transformer.encoder.final_layernorm", "transformer.output_layer"
	}
	if c.TieWordEmbeddings {
		n.lmHead = ""
	}
	return n
}
