// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package gguf

import (
	"fmt"
	"slices"

	"github.com/openledger/openledger/loraserve/kernels"
)

// Names of the Llama tensors outside the layers.
const (
	TokenEmbd  = "token_embd.weight"
	OutputNorm = "output_norm.weight"
	Output     = "output.weight"
	// RopeFreqs holds, for Llama 3 rope scaling, the factor each RoPE
	// frequency is divided by ([headDim/2] F32).
	RopeFreqs = "rope_freqs.weight"
)

// ProjNames are the GGUF names of a layer's seven projections, in the order
// q, k, v, o, gate, up, down (the order of lora.Proj).
var ProjNames = [7]string{"attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down"}

// LayerTensor returns the name of a tensor of layer l ("blk.3.attn_q.weight").
func LayerTensor(l int, name string) string { return fmt.Sprintf("blk.%d.%s.weight", l, name) }

// Names of a layer's norms, for LayerTensor.
const (
	AttnNorm = "attn_norm"
	FFNNorm  = "ffn_norm"
)

// Metadata keys used for Llama models and LoRA adapters ("{arch}" keys are
// prefixed with the architecture name, e.g. "llama.block_count").
const (
	KeyArchitecture   = "general.architecture"
	KeyType           = "general.type"
	KeyName           = "general.name"
	KeyFileType       = "general.file_type"
	KeyQuantVersion   = "general.quantization_version"
	KeyAlignment      = "general.alignment"
	KeyContextLength  = ".context_length"
	KeyEmbedding      = ".embedding_length"
	KeyBlockCount     = ".block_count"
	KeyFeedForward    = ".feed_forward_length"
	KeyHeadCount      = ".attention.head_count"
	KeyHeadCountKV    = ".attention.head_count_kv"
	KeyKeyLength      = ".attention.key_length"
	KeyValueLength    = ".attention.value_length"
	KeyRMSEps         = ".attention.layer_norm_rms_epsilon"
	KeyLayerNormEps   = ".attention.layer_norm_epsilon"
	KeyRopeBase       = ".rope.freq_base"
	KeyRopeDims       = ".rope.dimension_count"
	KeyRopeScaling    = ".rope.scaling.type"
	KeyRopeFactor     = ".rope.scaling.factor"
	KeyRopeOrigCtx    = ".rope.scaling.original_context_length"
	KeyVocabSize      = ".vocab_size"
	KeyAdapterType    = "adapter.type"
	KeyLoRAAlpha      = "adapter.lora.alpha"
	KeyTokModel       = "tokenizer.ggml.model"
	KeyTokPre         = "tokenizer.ggml.pre"
	KeyTokTokens      = "tokenizer.ggml.tokens"
	KeyTokTypes       = "tokenizer.ggml.token_type"
	KeyTokMerges      = "tokenizer.ggml.merges"
	KeyTokBOS         = "tokenizer.ggml.bos_token_id"
	KeyTokEOS         = "tokenizer.ggml.eos_token_id"
	KeyTokEOT         = "tokenizer.ggml.eot_token_id"
	KeyTokPad         = "tokenizer.ggml.padding_token_id"
	KeyTokAddBOS      = "tokenizer.ggml.add_bos_token"
	KeyTokAddEOS      = "tokenizer.ggml.add_eos_token"
	KeyTokScores      = "tokenizer.ggml.scores"
	KeyTokUNK         = "tokenizer.ggml.unknown_token_id"
	KeyTokAddSpace    = "tokenizer.ggml.add_space_prefix"
	KeyChatTemplate   = "tokenizer.chat_template"
	QuantVersion      = uint32(2) // general.quantization_version of ggml's block layouts
	ArchLlama         = "llama"
	TypeModel         = "model"
	TypeAdapter       = "adapter"
	AdapterLoRA       = "lora"
	LoRASuffixA       = ".lora_a"
	LoRASuffixB       = ".lora_b"
	TokenTypeNormal   = int32(1)
	TokenTypeUnknown  = int32(2)
	TokenTypeControl  = int32(3)
	TokenTypeUserDef  = int32(4)
	TokenTypeUnused   = int32(5)
	TokenTypeByte     = int32(6)
	TokenizerGPT2     = "gpt2"
	TokenizerLlama    = "llama" // SentencePiece: scores, byte tokens, ▁ for spaces
	PreTokenizerNone  = "default"
	PreTokenizerGPT2  = "gpt-2"
	PreTokenizerLlama = "llama-bpe"
)

// FileType returns general.file_type (llama.cpp's llama_ftype) for a model
// whose projections are stored as dt.
func FileType(dt kernels.DType) uint32 {
	switch dt {
	case kernels.F16:
		return 1
	case kernels.Q4_0:
		return 2
	case kernels.Q8_0:
		return 7
	case kernels.Q4_K:
		return 15 // Q4_K_M
	case kernels.Q6_K:
		return 18
	case kernels.BF16:
		return 32
	}
	return 0 // all F32
}

// HFRow returns the row of a Hugging Face q_proj or k_proj weight (rows =
// heads·headDim) that row i of the GGUF tensor holds: within each head, GGUF
// row 2k+j is Hugging Face row j·headDim/2 + k.
func HFRow(i, rows, heads int) int {
	hd := rows / heads
	h, r := i/hd, i%hd
	return h*hd + (r%2)*(hd/2) + r/2
}

// PermuteQK returns the GGUF layout of a Hugging Face q_proj or k_proj
// weight with heads heads (k_proj: the key-value heads): its rows reordered
// as llama.cpp's converter does. The result is a copy.
func PermuteQK(m *kernels.Matrix, heads int) (*kernels.Matrix, error) {
	return reorderRows(m, heads, func(g, n int) (int, int) { return g, n })
}

// UnpermuteQK undoes PermuteQK, returning the Hugging Face layout.
func UnpermuteQK(m *kernels.Matrix, heads int) (*kernels.Matrix, error) {
	return reorderRows(m, heads, func(g, n int) (int, int) { return n, g })
}

// reorderRows copies m with row dst ← row src for every GGUF row g and its
// Hugging Face row n, (dst, src) = pick(g, n).
func reorderRows(m *kernels.Matrix, heads int, pick func(g, n int) (dst, src int)) (*kernels.Matrix, error) {
	if heads <= 0 || m.Rows%heads != 0 || (m.Rows/heads)%2 != 0 {
		return nil, fmt.Errorf("%w: %d rows are not %d heads of even size", ErrFormat, m.Rows, heads)
	}
	out := &kernels.Matrix{DType: m.DType, Rows: m.Rows, Cols: m.Cols}
	if m.DType == kernels.F32 {
		out.F32 = make([]float32, len(m.F32))
		for g := range m.Rows {
			dst, src := pick(g, HFRow(g, m.Rows, heads))
			copy(out.F32[dst*m.Cols:(dst+1)*m.Cols], m.F32[src*m.Cols:(src+1)*m.Cols])
		}
		return out, nil
	}
	rb := m.RowBytes()
	out.Raw = make([]byte, len(m.Raw))
	for g := range m.Rows {
		dst, src := pick(g, HFRow(g, m.Rows, heads))
		copy(out.Raw[dst*rb:(dst+1)*rb], m.Raw[src*rb:(src+1)*rb])
	}
	return out, nil
}

// PermuteVector reorders a vector of rows entries (a column of lora_B, say)
// like PermuteQK reorders rows, in place.
func PermuteVector(v []float32, heads int) {
	src := slices.Clone(v)
	for g := range v {
		v[g] = src[HFRow(g, len(v), heads)]
	}
}

// UnpermuteVector undoes PermuteVector in place.
func UnpermuteVector(v []float32, heads int) {
	src := slices.Clone(v)
	for g := range v {
		v[HFRow(g, len(v), heads)] = src[g]
	}
}
