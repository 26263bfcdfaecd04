// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package gguf

import (
	"encoding/json"
	"fmt"
	"strings"
)

// llama3Split is the pre-tokenizer regex of Llama 3 tokenizers
// (tokenizer.ggml.pre "llama-bpe").
const llama3Split = `(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`

// Tokenizer is the part of a Hugging Face BPE tokenizer that GGUF carries:
// byte-level BPE (Model TokenizerGPT2) or SentencePiece-style BPE with byte
// fallback (Model TokenizerLlama, which llama.cpp tokenizes by scores).
type Tokenizer struct {
	// Model is TokenizerGPT2 or TokenizerLlama ("" reads as TokenizerGPT2).
	Model  string
	Tokens []string // by id, in tokenizer.json's form (byte-mapped or with ▁)
	Types  []int32  // TokenTypeNormal, TokenTypeControl, TokenTypeUserDef, TokenTypeByte, …
	Merges []string // "a b", by rank
	Pre    string   // PreTokenizerGPT2 or PreTokenizerLlama; PreTokenizerNone for TokenizerLlama
	BOS    int      // -1 when unknown
	EOS    int      // -1 when unknown
	EOT    int      // end of turn, -1 when unknown or the same as EOS
	AddBOS bool
	// Scores (TokenizerLlama) rank the tokens for llama.cpp's SentencePiece
	// tokenizer, which merges the adjacent pair whose concatenation scores
	// highest: the negated rank of the merge that makes the token.
	Scores []float32
	// UNK is the unknown token (TokenizerLlama), -1 when none.
	UNK int
	// AddSpacePrefix (TokenizerLlama) puts ▁ in front of the text, as a
	// Prepend normalizer or a Metaspace pre-tokenizer does.
	AddSpacePrefix bool
	// ChatTemplate is tokenizer_config.json's chat_template, if any.
	ChatTemplate string
}

type tokJSON struct {
	AddedTokens []struct {
		ID      int    `json:"id"`
		Content string `json:"content"`
		Special bool   `json:"special"`
	} `json:"added_tokens"`
	Normalizer   json.RawMessage `json:"normalizer"`
	PreTokenizer json.RawMessage `json:"pre_tokenizer"`
	Model        struct {
		Type         string          `json:"type"`
		ByteFallback bool            `json:"byte_fallback"`
		UnkToken     *string         `json:"unk_token"`
		Vocab        map[string]int  `json:"vocab"`
		Merges       json.RawMessage `json:"merges"`
	} `json:"model"`
}

// TokenizerFromJSON reads a tokenizer.json (byte-level BPE with the GPT-2 or
// Llama 3 pre-tokenizer, or SentencePiece-style BPE with byte fallback); bos
// and eos are the ids from config.json (−1 for none). Set EOT for a second
// end-of-sequence id.
func TokenizerFromJSON(b []byte, bos, eos int) (*Tokenizer, error) {
	var j tokJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return nil, fmt.Errorf("%w: tokenizer.json: %v", ErrFormat, err)
	}
	if j.Model.Type != "BPE" {
		return nil, fmt.Errorf("%w: tokenizer model %q (want BPE)", ErrUnsupported, j.Model.Type)
	}
	size := 0
	for _, id := range j.Model.Vocab {
		size = max(size, id+1)
	}
	for _, a := range j.AddedTokens {
		size = max(size, a.ID+1)
	}
	if size > 1<<24 {
		return nil, fmt.Errorf("%w: %d tokens", ErrFormat, size)
	}
	t := &Tokenizer{Model: TokenizerGPT2, Tokens: make([]string, size), Types: make([]int32, size), BOS: bos, EOS: eos, EOT: -1,
		UNK: -1, AddBOS: bos >= 0}
	for tok, id := range j.Model.Vocab {
		if id < 0 {
			return nil, fmt.Errorf("%w: token id %d", ErrFormat, id)
		}
		t.Tokens[id], t.Types[id] = tok, TokenTypeNormal
	}
	for _, a := range j.AddedTokens {
		if a.ID < 0 {
			return nil, fmt.Errorf("%w: token id %d", ErrFormat, a.ID)
		}
		t.Tokens[a.ID], t.Types[a.ID] = a.Content, TokenTypeUserDef
		if a.Special {
			t.Types[a.ID] = TokenTypeControl
		}
	}
	for id, tok := range t.Tokens {
		if tok == "" {
			// llama.cpp needs every id to have a token.
			t.Tokens[id], t.Types[id] = fmt.Sprintf("[PAD%d]", id), TokenTypeUserDef
		}
	}
	var asStrings []string
	if err := json.Unmarshal(j.Model.Merges, &asStrings); err == nil {
		t.Merges = asStrings
	} else {
		var pairs [][2]string
		if err := json.Unmarshal(j.Model.Merges, &pairs); err != nil {
			return nil, fmt.Errorf("%w: merges: %v", ErrFormat, err)
		}
		for _, p := range pairs {
			t.Merges = append(t.Merges, p[0]+" "+p[1])
		}
	}
	if j.Model.ByteFallback {
		return t, t.sentencePiece(&j)
	}
	switch {
	case strings.Contains(string(j.PreTokenizer), `"Split"`):
		t.Pre = PreTokenizerLlama
	default:
		t.Pre = PreTokenizerGPT2
	}
	return t, nil
}

// JSON returns the tokenizer as a Hugging Face tokenizer.json.
func (t *Tokenizer) JSON() ([]byte, error) {
	if t.Model == TokenizerLlama {
		return t.sentencePieceJSON()
	}
	vocab := make(map[string]int, len(t.Tokens))
	var added []map[string]any
	for id, tok := range t.Tokens {
		typ := TokenTypeNormal
		if id < len(t.Types) {
			typ = t.Types[id]
		}
		switch typ {
		case TokenTypeUnused:
			// padding up to the model's vocabulary size
		case TokenTypeControl, TokenTypeUserDef:
			added = append(added, map[string]any{"id": id, "content": tok, "single_word": false, "lstrip": false,
				"rstrip": false, "normalized": false, "special": typ == TokenTypeControl})
		default:
			vocab[tok] = id
		}
	}
	byteLevel := map[string]any{"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": true, "use_regex": true}
	pre := any(byteLevel)
	ignoreMerges := false
	if t.Pre == PreTokenizerLlama {
		pre = map[string]any{"type": "Sequence", "pretokenizers": []any{
			map[string]any{"type": "Split", "pattern": map[string]any{"Regex": llama3Split}, "behavior": "Isolated", "invert": false},
			map[string]any{"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": true, "use_regex": false},
		}}
		ignoreMerges = true
	}
	post := t.bosProcessor()
	return json.Marshal(map[string]any{
		"version": "1.0", "truncation": nil, "padding": nil, "added_tokens": added, "normalizer": nil,
		"pre_tokenizer": pre, "post_processor": post,
		"decoder": map[string]any{"type": "ByteLevel", "add_prefix_space": true, "trim_offsets": true, "use_regex": true},
		"model": map[string]any{"type": "BPE", "dropout": nil, "unk_token": nil, "continuing_subword_prefix": nil,
			"end_of_word_suffix": nil, "fuse_unk": false, "byte_fallback": false, "ignore_merges": ignoreMerges,
			"vocab": vocab, "merges": t.Merges},
	})
}

// bosProcessor returns add_bos_token as the post-processor that puts BOS in
// front, as in the Hugging Face files GGUF converters read it from; nil when
// the tokenizer adds none.
func (t *Tokenizer) bosProcessor() any {
	if !t.AddBOS || t.BOS < 0 || t.BOS >= len(t.Tokens) {
		return nil
	}
	bos := t.Tokens[t.BOS]
	return map[string]any{"type": "TemplateProcessing",
		"single": []any{map[string]any{"SpecialToken": map[string]any{"id": bos, "type_id": 0}},
			map[string]any{"Sequence": map[string]any{"id": "A", "type_id": 0}}},
		"pair": []any{map[string]any{"SpecialToken": map[string]any{"id": bos, "type_id": 0}},
			map[string]any{"Sequence": map[string]any{"id": "A", "type_id": 0}},
			map[string]any{"SpecialToken": map[string]any{"id": bos, "type_id": 1}},
			map[string]any{"Sequence": map[string]any{"id": "B", "type_id": 1}}},
		"special_tokens": map[string]any{bos: map[string]any{"id": bos, "ids": []int{t.BOS}, "tokens": []string{bos}}}}
}

// ConfigJSON returns the tokenizer_config.json part GGUF carries: the
// special tokens by content and the chat template.
func (t *Tokenizer) ConfigJSON() ([]byte, error) {
	token := func(id int) any {
		if id < 0 || id >= len(t.Tokens) {
			return nil
		}
		return t.Tokens[id]
	}
	eos := t.EOS
	if t.EOT >= 0 {
		eos = t.EOT // the end of a chat turn, as instruct models' configs name it
	}
	cfg := map[string]any{"bos_token": token(t.BOS), "eos_token": token(eos), "clean_up_tokenization_spaces": false}
	if t.ChatTemplate != "" {
		cfg["chat_template"] = t.ChatTemplate
	}
	return json.Marshal(cfg)
}

// PadTo extends the token list to n entries with unused "[PAD<id>]" tokens,
// as llama.cpp wants one token per row of the embedding matrix.
func (t *Tokenizer) PadTo(n int) {
	for id := len(t.Tokens); id < n; id++ {
		t.Tokens = append(t.Tokens, fmt.Sprintf("[PAD%d]", id))
		t.Types = append(t.Types, TokenTypeUnused)
		if t.Model == TokenizerLlama {
			t.Scores = append(t.Scores, 0)
		}
	}
}

// SetTokenizer writes t as the tokenizer.ggml.* (and chat template) metadata.
func (w *Writer) SetTokenizer(t *Tokenizer) {
	if t.Model == TokenizerLlama {
		w.setSentencePiece(t)
		return
	}
	w.Set(KeyTokModel, TokenizerGPT2)
	w.Set(KeyTokPre, t.Pre)
	w.Set(KeyTokTokens, t.Tokens)
	w.Set(KeyTokTypes, t.Types)
	w.Set(KeyTokMerges, t.Merges)
	if t.BOS >= 0 {
		w.Set(KeyTokBOS, uint32(t.BOS))
	}
	if t.EOS >= 0 {
		w.Set(KeyTokEOS, uint32(t.EOS))
	}
	if t.EOT >= 0 && t.EOT != t.EOS {
		w.Set(KeyTokEOT, uint32(t.EOT))
	}
	w.Set(KeyTokAddBOS, t.AddBOS)
	w.Set(KeyTokAddEOS, false)
	if t.ChatTemplate != "" {
		w.Set(KeyChatTemplate, t.ChatTemplate)
	}
}

// Tokenizer reads the tokenizer metadata of a file; ok is false when the
// file has none. The "gpt2" (byte-level BPE) and "llama" (SentencePiece)
// models are supported.
func (f *File) Tokenizer() (t *Tokenizer, ok bool, err error) {
	model, has := f.String(KeyTokModel)
	if !has {
		return nil, false, nil
	}
	if model == TokenizerLlama {
		t, err = f.sentencePiece()
		return t, true, err
	}
	if model != TokenizerGPT2 {
		return nil, true, fmt.Errorf("%w: tokenizer model %q (want gpt2 or llama)", ErrUnsupported, model)
	}
	t = &Tokenizer{Model: TokenizerGPT2, BOS: -1, EOS: -1, EOT: -1, UNK: -1}
	if t.Tokens, has = f.Strings(KeyTokTokens); !has {
		return nil, true, fmt.Errorf("%w: %s missing", ErrFormat, KeyTokTokens)
	}
	types, _ := f.Ints(KeyTokTypes)
	t.Types = make([]int32, len(t.Tokens))
	for i := range t.Types {
		t.Types[i] = TokenTypeNormal
		if i < len(types) {
			t.Types[i] = int32(types[i])
		}
	}
	t.Merges, _ = f.Strings(KeyTokMerges)
	t.Pre, _ = f.String(KeyTokPre)
	switch t.Pre {
	case PreTokenizerLlama, "llama3", "llama-v3":
		t.Pre = PreTokenizerLlama
	case "", "default", PreTokenizerGPT2:
		t.Pre = PreTokenizerGPT2
	default:
		return nil, true, fmt.Errorf("%w: pre-tokenizer %q (supported: gpt-2, llama-bpe)", ErrUnsupported, t.Pre)
	}
	if v, has := f.Uint(KeyTokBOS); has && v < uint64(len(t.Tokens)) {
		t.BOS = int(v)
	}
	if v, has := f.Uint(KeyTokEOS); has && v < uint64(len(t.Tokens)) {
		t.EOS = int(v)
	}
	if v, has := f.Uint(KeyTokEOT); has && v < uint64(len(t.Tokens)) {
		t.EOT = int(v)
	}
	t.AddBOS, has = f.Bool(KeyTokAddBOS)
	if !has {
		t.AddBOS = t.BOS >= 0
	}
	t.ChatTemplate, _ = f.String(KeyChatTemplate)
	return t, true, nil
}
