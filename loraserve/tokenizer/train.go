// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package tokenizer

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// Train learns a byte-level BPE vocabulary of (up to) vocabSize tokens from
// corpus in the GPT-2 layout, plus the given added tokens (appended after
// the learned ones, marked special). Ids 0..255 are the single bytes in byte
// order; each merge then adds the most frequent adjacent pair, ties broken
// by the pair's spelling, so the result depends only on the inputs.
func Train(corpus string, vocabSize int, special []string) (*Tokenizer, error) {
	vocab, merges, err := trainByteLevel(corpus, vocabSize, pieceSplitter(matchGPT2))
	if err != nil {
		return nil, err
	}
	added := make([]addedJSON, len(special))
	for i, s := range special {
		added[i] = addedJSON{ID: len(vocab) + i, Content: s, Special: true}
	}
	f := fileJSON{
		AddedTokens:   added,
		PreTokenizer:  byteLevelJSON(false, true),
		PostProcessor: byteLevelJSON(true, true),
		Decoder:       byteLevelJSON(true, true),
		Model:         bpeJSON(vocab, merges, nil, false, false),
	}
	return build(&f, nil)
}

// pieceSplitter turns a matcher function into a splitter for training.
func pieceSplitter(match func(string, int) int) func(string) []string {
	return func(s string) []string {
		var out []string
		for i := 0; i < len(s); {
			n := match(s, i)
			out = append(out, s[i:i+n])
			i += n
		}
		return out
	}
}

// trainByteLevel learns merges over the byte-level spelling of the pieces
// split cuts the corpus into.
func trainByteLevel(corpus string, vocabSize int, split func(string) []string) (map[string]int, [][2]string, error) {
	if vocabSize < 256 {
		return nil, nil, fmt.Errorf("%w: vocabulary of %d cannot hold the 256 byte tokens", ErrFormat, vocabSize)
	}
	counts := make(map[string]int)
	for _, p := range split(corpus) {
		counts[byteLevelString(p)]++
	}
	vocab := make(map[string]int, vocabSize)
	for b := 0; b < 256; b++ {
		vocab[string(byteToRune[b])] = b
	}
	merges := learnMerges(counts, vocab, vocabSize)
	return vocab, merges, nil
}

// learnMerges runs BPE training: words (as runes, with counts) are merged
// pair by pair, the most frequent first (ties by spelling), each new token
// taking the next id, until the vocabulary is full or nothing repeats.
// Pair counts are kept up to date word by word, with a lazily updated heap
// for the most frequent pair.
func learnMerges(counts map[string]int, vocab map[string]int, vocabSize int) [][2]string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	type word struct {
		syms  []string
		count int
	}
	words := make([]word, len(keys))
	stats := make(map[[2]string]*pairStat)
	h := minHeap[pairEntry]{less: pairEntry.before}
	touch := func(p [2]string, st *pairStat) {
		if st.count > 1 {
			h.push(pairEntry{count: st.count, pair: p})
		}
	}
	addPairs := func(wi, sign int) {
		w := &words[wi]
		for i := 0; i+1 < len(w.syms); i++ {
			p := [2]string{w.syms[i], w.syms[i+1]}
			st := stats[p]
			if st == nil {
				st = &pairStat{words: make(map[int]int)}
				stats[p] = st
			}
			st.count += sign * w.count
			st.words[wi] += sign
			if st.words[wi] == 0 {
				delete(st.words, wi)
			}
		}
	}
	for i, k := range keys {
		words[i].count = counts[k]
		for _, r := range k {
			words[i].syms = append(words[i].syms, string(r))
		}
		addPairs(i, 1)
	}
	for p, st := range stats {
		touch(p, st)
	}
	var merges [][2]string
	for len(vocab) < vocabSize && h.len() > 0 {
		top := h.pop()
		st := stats[top.pair]
		if st == nil || st.count != top.count {
			continue // stale entry
		}
		best := top.pair
		tok := best[0] + best[1]
		merges = append(merges, best)
		if _, ok := vocab[tok]; !ok {
			vocab[tok] = len(vocab)
		}
		affected := make([]int, 0, len(st.words))
		for wi := range st.words {
			affected = append(affected, wi)
		}
		sort.Ints(affected)
		changed := make(map[[2]string]bool)
		for _, wi := range affected {
			w := &words[wi]
			for i := 0; i+1 < len(w.syms); i++ {
				changed[[2]string{w.syms[i], w.syms[i+1]}] = true
			}
			addPairs(wi, -1)
			out := w.syms[:0]
			for i := 0; i < len(w.syms); i++ {
				if i+1 < len(w.syms) && w.syms[i] == best[0] && w.syms[i+1] == best[1] {
					out = append(out, tok)
					i++
					continue
				}
				out = append(out, w.syms[i])
			}
			w.syms = out
			addPairs(wi, 1)
			for i := 0; i+1 < len(w.syms); i++ {
				changed[[2]string{w.syms[i], w.syms[i+1]}] = true
			}
		}
		for p := range changed {
			if st := stats[p]; st != nil {
				if st.count <= 0 {
					delete(stats, p)
					continue
				}
				touch(p, st)
			}
		}
	}
	return merges
}

// pairStat counts a pair over the corpus and remembers the words holding it.
type pairStat struct {
	count int
	words map[int]int // word index -> occurrences
}

// pairEntry is a heap entry: a pair with the count it had when pushed.
type pairEntry struct {
	count int
	pair  [2]string
}

// before orders entries: higher count first, then the smaller spelling.
func (a pairEntry) before(b pairEntry) bool {
	if a.count != b.count {
		return a.count > b.count
	}
	if a.pair[0] != b.pair[0] {
		return a.pair[0]+" "+a.pair[1] < b.pair[0]+" "+b.pair[1]
	}
	return a.pair[1] < b.pair[1]
}

// trainSentencePiece learns a SentencePiece-style BPE vocabulary: the
// reserved tokens first, then the 256 byte-fallback tokens <0x00>..<0xFF>,
// then every character seen at least twice (rarer ones fall back to bytes),
// then merges within words, a word being a run that starts at a ▁.
func trainSentencePiece(corpus string, vocabSize int, reserved []string, prependFirst bool) (map[string]int, [][2]string, error) {
	if vocabSize < len(reserved)+256 {
		return nil, nil, fmt.Errorf("%w: vocabulary of %d cannot hold %d reserved and 256 byte tokens", ErrFormat, vocabSize, len(reserved))
	}
	vocab := make(map[string]int, vocabSize)
	for i, r := range reserved {
		vocab[r] = i
	}
	for b := 0; b < 256; b++ {
		vocab[fmt.Sprintf("<0x%02X>", b)] = len(vocab)
	}
	counts := make(map[string]int)
	chars := make(map[rune]int)
	for _, line := range strings.Split(corpus, "\n") {
		if line == "" {
			continue
		}
		text := strings.ReplaceAll(line, " ", "▁")
		if prependFirst {
			text = "▁" + text
		}
		for _, w := range metaspaceWords(text) {
			counts[w]++
			for _, r := range w {
				chars[r]++
			}
		}
	}
	runes := make([]rune, 0, len(chars))
	for r, n := range chars {
		if n >= 2 {
			runes = append(runes, r)
		}
	}
	sort.Slice(runes, func(i, j int) bool {
		if chars[runes[i]] != chars[runes[j]] {
			return chars[runes[i]] > chars[runes[j]]
		}
		return runes[i] < runes[j]
	})
	for _, r := range runes {
		if len(vocab) >= vocabSize {
			break
		}
		if _, ok := vocab[string(r)]; !ok {
			vocab[string(r)] = len(vocab)
		}
	}
	// Words with characters outside the vocabulary are learned from the
	// parts between those characters.
	learn := make(map[string]int)
	for w, n := range counts {
		start := 0
		for i, r := range w {
			if _, ok := vocab[string(r)]; !ok {
				if i > start {
					learn[w[start:i]] += n
				}
				start = i + utf8.RuneLen(r)
			}
		}
		if start < len(w) {
			learn[w[start:]] += n
		}
	}
	merges := learnMerges(learn, vocab, vocabSize)
	return vocab, merges, nil
}

// metaspaceWords cuts text before every ▁ that follows a non-▁ rune.
func metaspaceWords(text string) []string {
	var out []string
	start := 0
	prevMeta := true
	for i, r := range text {
		meta := r == '▁'
		if meta && !prevMeta && i > start {
			out = append(out, text[start:i])
			start = i
		}
		prevMeta = meta
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	return out
}

// build marshals f (and cfg, nil for none) and parses them back, so that a
// generated tokenizer is exactly what Load reads from its files.
func build(f *fileJSON, cfg map[string]any) (*Tokenizer, error) {
	if f.Version == "" {
		f.Version = "1.0"
	}
	raw, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	var rawCfg []byte
	if cfg != nil {
		if rawCfg, err = json.MarshalIndent(cfg, "", "  "); err != nil {
			return nil, fmt.Errorf("tokenizer: %w", err)
		}
	}
	return parse(raw, rawCfg)
}

func boolPtr(b bool) *bool        { return &b }
func strPtr(s string) *string     { return &s }
func intPtr(n int) *int           { return &n }
func regex(s string) *patternJSON { return &patternJSON{Regex: &s} }
func literal(s string) *patternJSON {
	return &patternJSON{String: &s}
}

func byteLevelJSON(addPrefixSpace, useRegex bool) *componentJSON {
	return &componentJSON{Type: "ByteLevel", AddPrefixSpace: boolPtr(addPrefixSpace), TrimOffsets: boolPtr(true), UseRegex: boolPtr(useRegex)}
}

func bpeJSON(vocab map[string]int, merges [][2]string, unk *string, byteFallback, ignoreMerges bool) modelJSON {
	list := make([]string, len(merges))
	for i, m := range merges {
		list[i] = m[0] + " " + m[1]
	}
	raw, _ := json.Marshal(list)
	return modelJSON{Type: "BPE", UnkToken: unk, FuseUnk: byteFallback, ByteFallback: byteFallback,
		IgnoreMerges: ignoreMerges, Vocab: vocab, Merges: raw}
}

// Save writes tokenizer.json to path.
func (t *Tokenizer) Save(path string) error {
	if err := os.WriteFile(path, t.raw, 0o644); err != nil {
		return fmt.Errorf("tokenizer: %w", err)
	}
	return nil
}

// SaveDir writes tokenizer.json and, when the tokenizer has one,
// tokenizer_config.json into dir.
func (t *Tokenizer) SaveDir(dir string) error {
	if err := t.Save(filepath.Join(dir, FileName)); err != nil {
		return err
	}
	if t.rawCfg == nil {
		return nil
	}
	if err := os.WriteFile(filepath.Join(dir, ConfigFileName), t.rawCfg, 0o644); err != nil {
		return fmt.Errorf("tokenizer: %w", err)
	}
	return nil
}

// MarshalJSON returns tokenizer.json as loaded.
func (t *Tokenizer) MarshalJSON() ([]byte, error) { return append([]byte(nil), t.raw...), nil }
