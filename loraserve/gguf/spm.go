// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package gguf

import (
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// SentencePiece-style BPE with byte fallback (Llama 2, Mistral, Gemma,
// ChatGLM) in GGUF is llama.cpp's "llama" vocabulary: the pieces with ▁ for
// spaces, a score per piece, <0xNN> byte tokens, and add_space_prefix for
// the ▁ put in front of the text. llama.cpp tokenizes it without merges: it
// repeatedly joins the adjacent pair whose concatenation is the highest
// scoring token. With each token scored by the negated rank of the merge
// that makes it, that is the order of the Hugging Face merges.

var byteToken = regexp.MustCompile(`^<0x[0-9A-F]{2}>$`)

// spmComponent is a normalizer or pre-tokenizer of tokenizer.json, as far
// as the SentencePiece layouts use them.
type spmComponent struct {
	Type          string          `json:"type"`
	Normalizers   []*spmComponent `json:"normalizers"`
	PreTokenizers []*spmComponent `json:"pretokenizers"`
	Prepend       *string         `json:"prepend"`
	Pattern       *struct {
		String *string `json:"String"`
	} `json:"pattern"`
	Content        *string `json:"content"`
	Replacement    *string `json:"replacement"`
	PrependScheme  *string `json:"prepend_scheme"`
	AddPrefixSpace *bool   `json:"add_prefix_space"`
	Split          *bool   `json:"split"`
}

func parseComponent(raw json.RawMessage) (*spmComponent, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var c spmComponent
	if err := json.Unmarshal(raw, &c); err != nil {
		return nil, fmt.Errorf("%w: tokenizer.json: %v", ErrFormat, err)
	}
	return &c, nil
}

// spaceHandling reads how a SentencePiece-style tokenizer.json turns spaces
// into ▁: spaces says they are replaced, prefix that ▁ goes in front of the
// text. Anything llama.cpp's "llama" vocabulary cannot express is refused.
func spaceHandling(j *tokJSON) (spaces, prefix bool, err error) {
	norm, err := parseComponent(j.Normalizer)
	if err != nil {
		return false, false, err
	}
	pre, err := parseComponent(j.PreTokenizer)
	if err != nil {
		return false, false, err
	}
	var norms []*spmComponent
	if norm != nil {
		norms = []*spmComponent{norm}
		if norm.Type == "Sequence" {
			norms = norm.Normalizers
		}
	}
	for _, n := range norms {
		switch {
		case n.Type == "Prepend" && n.Prepend != nil && *n.Prepend == "▁":
			prefix = true
		case n.Type == "Replace" && n.Pattern != nil && n.Pattern.String != nil && *n.Pattern.String == " " &&
			n.Content != nil && *n.Content == "▁":
			spaces = true
		default:
			return false, false, fmt.Errorf("%w: SentencePiece-style tokenizer with a %s normalizer (llama.cpp's "+
				"\"llama\" vocabulary has none but ▁ for spaces and a ▁ prefix)", ErrUnsupported, n.Type)
		}
	}
	switch {
	case pre == nil:
	case pre.Type == "Metaspace" && (pre.Replacement == nil || *pre.Replacement == "▁"):
		if pre.Split != nil && *pre.Split {
			return false, false, fmt.Errorf("%w: Metaspace pre-tokenizer that splits words (llama.cpp tokenizes the "+
				"whole text)", ErrUnsupported)
		}
		spaces = true
		metaPrefix := true
		switch {
		case pre.PrependScheme != nil:
			metaPrefix = *pre.PrependScheme != "never"
		case pre.AddPrefixSpace != nil:
			metaPrefix = *pre.AddPrefixSpace
		}
		if metaPrefix {
			// Metaspace puts ▁ in front only when the text does not start
			// with a space; llama.cpp's add_space_prefix always does, so
			// " Hi" would tokenize as "▁▁Hi" there and "▁Hi" here.
			return false, false, fmt.Errorf("%w: Metaspace pre-tokenizer with a ▁ prefix (it adds none before a leading "+
				"space, llama.cpp's add_space_prefix always adds one: texts starting with a space would tokenize "+
				"differently; the legacy layout, Prepend and Replace normalizers, exports)", ErrUnsupported)
		}
	case pre.Type == "Split" && pre.Pattern != nil && pre.Pattern.String != nil && *pre.Pattern.String == " " && spaces:
		// Splitting on spaces after they became ▁ splits nothing (Gemma).
	default:
		return false, false, fmt.Errorf("%w: SentencePiece-style tokenizer with a %s pre-tokenizer", ErrUnsupported, pre.Type)
	}
	if !spaces {
		return false, false, fmt.Errorf("%w: SentencePiece-style tokenizer that keeps spaces (no ▁ replacement)", ErrUnsupported)
	}
	return spaces, prefix, nil
}

// sentencePiece finishes t, read from tokenizer.json j, as a "llama"
// vocabulary: byte and unknown token types, scores from the merge ranks and
// the space prefix.
func (t *Tokenizer) sentencePiece(j *tokJSON) error {
	_, prefix, err := spaceHandling(j)
	if err != nil {
		return err
	}
	t.Model, t.Pre, t.AddSpacePrefix = TokenizerLlama, PreTokenizerNone, prefix
	if u := j.Model.UnkToken; u != nil {
		id, ok := j.Model.Vocab[*u]
		if !ok {
			return fmt.Errorf("%w: unk_token %q is not in the vocabulary", ErrFormat, *u)
		}
		t.UNK = id
	}
	for id, tok := range t.Tokens {
		switch {
		case id == t.UNK:
			t.Types[id] = TokenTypeUnknown
		case t.Types[id] == TokenTypeNormal && byteToken.MatchString(tok):
			t.Types[id] = TokenTypeByte
		}
	}
	ids := make(map[string]int, len(t.Tokens))
	for id, tok := range t.Tokens {
		if t.Types[id] == TokenTypeNormal {
			ids[tok] = id
		}
	}
	t.Scores = make([]float32, len(t.Tokens))
	made := make([]bool, len(t.Tokens))
	for rank, m := range t.Merges {
		a, b, ok := strings.Cut(m, " ")
		if !ok {
			return fmt.Errorf("%w: merge %q", ErrFormat, m)
		}
		id, ok := ids[a+b]
		if !ok {
			return fmt.Errorf("%w: merge %q makes %q, which is not a token", ErrFormat, m, a+b)
		}
		if !made[id] {
			made[id], t.Scores[id] = true, -float32(rank)
		}
	}
	for id, tok := range t.Tokens {
		if t.Types[id] == TokenTypeNormal && !made[id] && utf8.RuneCountInString(tok) > 1 {
			// No merge makes it: after every merge.
			t.Scores[id] = -float32(len(t.Merges))
		}
	}
	return nil
}

// sentencePieceJSON is JSON for a "llama" vocabulary.
func (t *Tokenizer) sentencePieceJSON() ([]byte, error) {
	vocab := make(map[string]int, len(t.Tokens))
	var added []map[string]any
	for id, tok := range t.Tokens {
		switch t.Types[id] {
		case TokenTypeUnused:
			continue
		case TokenTypeControl, TokenTypeUserDef:
			added = append(added, map[string]any{"id": id, "content": tok, "single_word": false, "lstrip": false,
				"rstrip": false, "normalized": false, "special": t.Types[id] == TokenTypeControl})
		}
		vocab[tok] = id
	}
	merges := t.Merges
	if len(merges) == 0 {
		merges = t.mergesFromScores()
	}
	replace := map[string]any{"type": "Replace", "pattern": map[string]any{"String": " "}, "content": "▁"}
	normalizer := any(replace)
	decoder := []any{
		map[string]any{"type": "Replace", "pattern": map[string]any{"String": "▁"}, "content": " "},
		map[string]any{"type": "ByteFallback"}, map[string]any{"type": "Fuse"},
	}
	if t.AddSpacePrefix {
		normalizer = map[string]any{"type": "Sequence", "normalizers": []any{
			map[string]any{"type": "Prepend", "prepend": "▁"}, replace}}
		decoder = append(decoder, map[string]any{"type": "Strip", "content": " ", "start": 1, "stop": 0})
	}
	var unk any
	if t.UNK >= 0 && t.UNK < len(t.Tokens) {
		unk = t.Tokens[t.UNK]
	}
	return json.Marshal(map[string]any{
		"version": "1.0", "truncation": nil, "padding": nil, "added_tokens": added, "normalizer": normalizer,
		"pre_tokenizer": nil, "post_processor": t.bosProcessor(),
		"decoder": map[string]any{"type": "Sequence", "decoders": decoder},
		"model": map[string]any{"type": "BPE", "dropout": nil, "unk_token": unk, "continuing_subword_prefix": nil,
			"end_of_word_suffix": nil, "fuse_unk": true, "byte_fallback": true, "ignore_merges": false,
			"vocab": vocab, "merges": merges},
	})
}

// mergesFromScores lists, for a "llama" vocabulary written without merges,
// every split of a normal token into two normal tokens, the highest scoring
// token's first: the merges under which Hugging Face's BPE tokenizes as
// llama.cpp does.
func (t *Tokenizer) mergesFromScores() []string {
	ids := make(map[string]int, len(t.Tokens))
	for id, tok := range t.Tokens {
		if t.Types[id] == TokenTypeNormal {
			ids[tok] = id
		}
	}
	type merge struct {
		a, b  string
		score float32
		ia    int
		ib    int
	}
	var list []merge
	for id, tok := range t.Tokens {
		if t.Types[id] != TokenTypeNormal {
			continue
		}
		for i := range tok {
			if i == 0 {
				continue
			}
			ia, okA := ids[tok[:i]]
			ib, okB := ids[tok[i:]]
			if okA && okB {
				list = append(list, merge{tok[:i], tok[i:], t.Scores[id], ia, ib})
			}
		}
	}
	sort.SliceStable(list, func(i, j int) bool {
		if list[i].score != list[j].score {
			return list[i].score > list[j].score
		}
		if list[i].ia != list[j].ia {
			return list[i].ia < list[j].ia
		}
		return list[i].ib < list[j].ib
	})
	out := make([]string, len(list))
	for i, m := range list {
		out[i] = m.a + " " + m.b
	}
	return out
}

// setSentencePiece writes a "llama" vocabulary. The merges go along (llama.cpp
// ignores them for this model) so that reading the file back gives the same
// tokenizer.json.
func (w *Writer) setSentencePiece(t *Tokenizer) {
	w.Set(KeyTokModel, TokenizerLlama)
	w.Set(KeyTokPre, PreTokenizerNone)
	w.Set(KeyTokTokens, t.Tokens)
	w.Set(KeyTokScores, t.Scores)
	w.Set(KeyTokTypes, t.Types)
	if len(t.Merges) > 0 {
		w.Set(KeyTokMerges, t.Merges)
	}
	for _, id := range []struct {
		key string
		id  int
	}{{KeyTokBOS, t.BOS}, {KeyTokEOS, t.EOS}, {KeyTokUNK, t.UNK}} {
		if id.id >= 0 {
			w.Set(id.key, uint32(id.id))
		}
	}
	if t.EOT >= 0 && t.EOT != t.EOS {
		w.Set(KeyTokEOT, uint32(t.EOT))
	}
	w.Set(KeyTokAddBOS, t.AddBOS)
	w.Set(KeyTokAddEOS, false)
	w.Set(KeyTokAddSpace, t.AddSpacePrefix)
	if t.ChatTemplate != "" {
		w.Set(KeyChatTemplate, t.ChatTemplate)
	}
}

// sentencePiece reads a "llama" vocabulary.
func (f *File) sentencePiece() (*Tokenizer, error) {
	t := &Tokenizer{Model: TokenizerLlama, Pre: PreTokenizerNone, BOS: -1, EOS: -1, EOT: -1, UNK: -1}
	var has bool
	if t.Tokens, has = f.Strings(KeyTokTokens); !has {
		return nil, fmt.Errorf("%w: %s missing", ErrFormat, KeyTokTokens)
	}
	types, _ := f.Ints(KeyTokTypes)
	scores, _ := f.kv[KeyTokScores].V.([]float32)
	t.Types, t.Scores = make([]int32, len(t.Tokens)), make([]float32, len(t.Tokens))
	for i := range t.Tokens {
		t.Types[i] = TokenTypeNormal
		if i < len(types) {
			t.Types[i] = int32(types[i])
		}
		if i < len(scores) {
			t.Scores[i] = scores[i]
		}
	}
	t.Merges, _ = f.Strings(KeyTokMerges)
	for _, k := range []struct {
		key string
		id  *int
	}{{KeyTokBOS, &t.BOS}, {KeyTokEOS, &t.EOS}, {KeyTokEOT, &t.EOT}, {KeyTokUNK, &t.UNK}} {
		if v, has := f.Uint(k.key); has && v < uint64(len(t.Tokens)) {
			*k.id = int(v)
		}
	}
	// llama.cpp's defaults for this model: BOS added, ▁ in front.
	if t.AddBOS, has = f.Bool(KeyTokAddBOS); !has {
		t.AddBOS = t.BOS >= 0
	}
	if t.AddSpacePrefix, has = f.Bool(KeyTokAddSpace); !has {
		t.AddSpacePrefix = true
	}
	t.ChatTemplate, _ = f.String(KeyChatTemplate)
	return t, nil
}
