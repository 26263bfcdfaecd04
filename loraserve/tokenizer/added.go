// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package tokenizer

import (
	"unicode"
	"unicode/utf8"
)

// AddedToken is a token tokenizer.json lists under added_tokens: matched
// verbatim in the text before the model sees it (for example <|eot_id|>).
type AddedToken struct {
	ID      int    `json:"id"`
	Content string `json:"content"`
	// Special tokens are left out of decoded text on request (HF's
	// skip_special_tokens).
	Special bool `json:"special"`
	// SingleWord matches only when no word character touches the token.
	SingleWord bool `json:"single_word"`
	// LStrip and RStrip make the token absorb the whitespace on its left or right.
	LStrip bool `json:"lstrip"`
	RStrip bool `json:"rstrip"`
	// Normalized tokens are matched in the normalized text, the others in
	// the raw input.
	Normalized bool `json:"normalized"`
}

// trieNode is a node of a byte trie of added-token contents.
type trieNode struct {
	next  map[byte]*trieNode
	token int // index into addedVocab.tokens, -1 when no token ends here
}

// addedMatcher finds added tokens leftmost-longest, as the tokenizers
// library's Aho-Corasick automaton does.
type addedMatcher struct {
	root  *trieNode
	first [256]bool // bytes a token can start with
	empty bool
}

func newAddedMatcher() *addedMatcher {
	return &addedMatcher{root: &trieNode{token: -1}, empty: true}
}

func (m *addedMatcher) add(content string, token int) {
	if content == "" {
		return
	}
	n := m.root
	for i := 0; i < len(content); i++ {
		c := content[i]
		if n.next == nil {
			n.next = make(map[byte]*trieNode)
		}
		child, ok := n.next[c]
		if !ok {
			child = &trieNode{token: -1}
			n.next[c] = child
		}
		n = child
	}
	if n.token < 0 { // the first token with this content wins
		n.token = token
	}
	m.first[content[0]] = true
	m.empty = false
}

// longestAt returns the longest token starting at s[i:] and its end.
func (m *addedMatcher) longestAt(s string, i int) (token, end int) {
	token, end = -1, -1
	n := m.root
	for j := i; j < len(s); j++ {
		n = n.next[s[j]]
		if n == nil {
			break
		}
		if n.token >= 0 {
			token, end = n.token, j+1
		}
	}
	return token, end
}

// section is a stretch of input: an added token (token >= 0) or text.
type section struct {
	text  string
	token int // index into addedVocab.tokens, or -1 for text
	first bool
}

// addedVocab holds the added tokens and their two matchers: contents not
// normalized (matched in the raw input) and normalized ones (matched after
// the normalizer ran).
type addedVocab struct {
	tokens []AddedToken
	raw    *addedMatcher
	normed *addedMatcher
}

func newAddedVocab(tokens []AddedToken, norm normalizer) *addedVocab {
	v := &addedVocab{tokens: tokens, raw: newAddedMatcher(), normed: newAddedMatcher()}
	for i, t := range tokens {
		if t.Normalized {
			v.normed.add(norm.apply(t.Content), i)
		} else {
			v.raw.add(t.Content, i)
		}
	}
	return v
}

// isWordRune is the tokenizers library's test for single_word tokens.
func isWordRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) }

// split cuts s into text and added-token sections with m, honouring each
// token's single_word, lstrip and rstrip flags. first says whether s starts
// the input.
func (v *addedVocab) split(m *addedMatcher, s string, first bool, out []section) []section {
	if m.empty {
		return append(out, section{text: s, token: -1, first: first})
	}
	done := 0 // s[:done] is already in out
	for i := 0; i < len(s); {
		if !m.first[s[i]] {
			i++
			continue
		}
		tok, end := m.longestAt(s, i)
		if tok < 0 {
			i++
			continue
		}
		start := i
		at := v.tokens[tok]
		if at.SingleWord {
			before, _ := utf8.DecodeLastRuneInString(s[:start])
			after, _ := utf8.DecodeRuneInString(s[end:])
			if start > 0 && isWordRune(before) || end < len(s) && isWordRune(after) {
				i = end // the match is skipped, as the automaton moves past it
				continue
			}
		}
		if at.LStrip {
			k := start
			for k > done {
				r, w := utf8.DecodeLastRuneInString(s[:k])
				if !unicode.IsSpace(r) {
					break
				}
				k -= w
			}
			start = k
		}
		if at.RStrip {
			for end < len(s) {
				r, w := utf8.DecodeRuneInString(s[end:])
				if !unicode.IsSpace(r) {
					break
				}
				end += w
			}
		}
		if start > done {
			out = append(out, section{text: s[done:start], token: -1, first: first && done == 0})
		}
		out = append(out, section{text: s[start:end], token: tok, first: first && start == 0})
		done, i = end, end
	}
	if done < len(s) {
		out = append(out, section{text: s[done:], token: -1, first: first && done == 0})
	}
	return out
}
