// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package tokenizer

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
)

// Train learns a byte-level BPE vocabulary of (up to) vocabSize tokens from
// corpus, plus the given added tokens (appended after the learned ones, marked
// special). Ids 0..255 are the single bytes in byte order; each merge then adds
// the most frequent adjacent pair, ties broken by the pair's spelling, so the
// result depends only on the inputs.
func Train(corpus string, vocabSize int, special []string) (*Tokenizer, error) {
	if vocabSize < 256 {
		return nil, fmt.Errorf("%w: vocabulary of %d cannot hold the 256 byte tokens", ErrFormat, vocabSize)
	}
	counts := make(map[string]int)
	for _, piece := range splitGPT2(corpus) {
		counts[piece]++
	}
	type word struct {
		syms  []string
		count int
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	words := make([]word, 0, len(keys))
	for _, k := range keys {
		w := word{count: counts[k]}
		for i := 0; i < len(k); i++ {
			w.syms = append(w.syms, string(byteToRune[k[i]]))
		}
		words = append(words, w)
	}
	vocab := make(map[string]int, vocabSize)
	for b := 0; b < 256; b++ {
		vocab[string(byteToRune[b])] = b
	}
	var merges [][2]string
	for len(vocab) < vocabSize {
		pairs := make(map[[2]string]int)
		for _, w := range words {
			for i := 0; i+1 < len(w.syms); i++ {
				pairs[[2]string{w.syms[i], w.syms[i+1]}] += w.count
			}
		}
		var best [2]string
		bestCount := 1
		for p, c := range pairs {
			if c > bestCount || c == bestCount && bestCount > 1 && (p[0]+" "+p[1]) < (best[0]+" "+best[1]) {
				best, bestCount = p, c
			}
		}
		if bestCount < 2 {
			break // nothing repeats any more
		}
		tok := best[0] + best[1]
		merges = append(merges, best)
		if _, ok := vocab[tok]; !ok {
			vocab[tok] = len(vocab)
		}
		for wi := range words {
			syms := words[wi].syms
			out := syms[:0]
			for i := 0; i < len(syms); i++ {
				if i+1 < len(syms) && syms[i] == best[0] && syms[i+1] == best[1] {
					out = append(out, tok)
					i++
					continue
				}
				out = append(out, syms[i])
			}
			words[wi].syms = out
		}
	}
	added := make([]AddedToken, len(special))
	for i, s := range special {
		added[i] = AddedToken{ID: len(vocab) + i, Content: s, Special: true}
	}
	return build(vocab, merges, added, false)
}

// Save writes the tokenizer as a Hugging Face tokenizer.json.
func (t *Tokenizer) Save(path string) error {
	b, err := t.MarshalJSON()
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("tokenizer: %w", err)
	}
	return nil
}

// MarshalJSON encodes the tokenizer in the tokenizer.json layout.
func (t *Tokenizer) MarshalJSON() ([]byte, error) {
	vocab := make(map[string]int, len(t.vocab))
	for tok, id := range t.vocab {
		if !t.addedByID[id] {
			vocab[tok] = id
		}
	}
	merges := make([]string, len(t.merges))
	for i, m := range t.merges {
		merges[i] = m[0] + " " + m[1]
	}
	added := make([]addedJSON, 0, len(t.added))
	for _, a := range t.added {
		added = append(added, addedJSON{ID: a.ID, Content: a.Content, Normalized: false, Special: a.Special})
	}
	sort.Slice(added, func(i, j int) bool { return added[i].ID < added[j].ID })
	trueV := true
	byteLevel := map[string]any{"type": "ByteLevel", "add_prefix_space": t.addPrefixSpace, "trim_offsets": true, "use_regex": trueV}
	mergesJSON, _ := json.Marshal(merges)
	out := map[string]any{
		"version":        "1.0",
		"truncation":     nil,
		"padding":        nil,
		"added_tokens":   added,
		"normalizer":     nil,
		"pre_tokenizer":  byteLevel,
		"post_processor": map[string]any{"type": "ByteLevel", "add_prefix_space": true, "trim_offsets": false, "use_regex": true},
		"decoder":        map[string]any{"type": "ByteLevel", "add_prefix_space": true, "trim_offsets": true, "use_regex": true},
		"model": map[string]any{
			"type": "BPE", "dropout": nil, "unk_token": nil, "continuing_subword_prefix": nil,
			"end_of_word_suffix": nil, "fuse_unk": false, "byte_fallback": false, "ignore_merges": false,
			"vocab": vocab, "merges": json.RawMessage(mergesJSON),
		},
	}
	b, err := json.MarshalIndent(out, "", " ")
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	return b, nil
}
