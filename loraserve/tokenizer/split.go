// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package tokenizer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The pre-tokenizer patterns of the common byte-level families. Go's regexp
// has no lookahead, so these three get hand-written splitters (one pass,
// linear time) that the tests check against a regular expression engine;
// any other Split pattern runs on regexp2.
const (
	// gpt2Pattern is ByteLevel's own split (GPT-2, Falcon, and use_regex=true).
	gpt2Pattern = `'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+`
	// llama3Pattern is the Split of Llama 3 (and DeepSeek V3 style) tokenizers.
	llama3Pattern = `(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`
	// qwen2Pattern is the Split of Qwen 2: Llama 3's with single digits.
	qwen2Pattern = `(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`
)

type class int

const (
	clsLetter class = iota
	clsNumber
	clsSpace
	clsOther
)

func classOf(r rune) class {
	switch {
	case unicode.IsLetter(r):
		return clsLetter
	case unicode.IsNumber(r):
		return clsNumber
	case unicode.IsSpace(r):
		return clsSpace
	}
	return clsOther
}

// runOf returns the byte length of the run of class c starting at i.
func runOf(s string, i int, c class) int {
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if classOf(r) != c {
			break
		}
		j += w
	}
	return j - i
}

// spaceTail returns the length of the whitespace match at i for
// \s+(?!\S)|\s+ given the whitespace run of n bytes there: the run, less its
// last rune when a non-space follows and the run has more than one rune.
func spaceTail(s string, i, n int) int {
	if i+n == len(s) {
		return n
	}
	_, lw := utf8.DecodeLastRuneInString(s[i : i+n])
	if n-lw > 0 {
		return n - lw
	}
	return n
}

// matchGPT2 returns the length of gpt2Pattern's match at s[i:].
func matchGPT2(s string, i int) int {
	if s[i] == '\'' {
		for _, c := range [...]string{"'s", "'t", "'re", "'ve", "'m", "'ll", "'d"} {
			if strings.HasPrefix(s[i:], c) {
				return len(c)
			}
		}
	}
	if s[i] == ' ' && i+1 < len(s) {
		r, _ := utf8.DecodeRuneInString(s[i+1:])
		if c := classOf(r); c != clsSpace {
			return 1 + runOf(s, i+1, c)
		}
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	if c := classOf(r); c != clsSpace {
		if r == utf8.RuneError && w <= 1 {
			return 1 // a stray byte is a piece of its own
		}
		return runOf(s, i, c)
	}
	return spaceTail(s, i, runOf(s, i, clsSpace))
}

// matchLlama3 returns the length of llama3Pattern's match at s[i:].
func matchLlama3(s string, i int) int { return matchLlamaStyle(s, i, 3) }

// matchQwen2 returns the length of qwen2Pattern's match at s[i:].
func matchQwen2(s string, i int) int { return matchLlamaStyle(s, i, 1) }

func isNewline(r rune) bool { return r == '\r' || r == '\n' }

// matchLlamaStyle matches the Llama 3 / Qwen 2 pattern, whose only
// difference is the longest digit run (3 or 1).
func matchLlamaStyle(s string, i, maxDigits int) int {
	// (?i:'s|'t|'re|'ve|'m|'ll|'d); Unicode case folding also takes ſ for s.
	if s[i] == '\'' && i+1 < len(s) {
		c1 := s[i+1] | 0x20
		switch {
		case c1 == 's' || c1 == 't' || c1 == 'm' || c1 == 'd':
			return 2
		case strings.HasPrefix(s[i+1:], "ſ"):
			return 1 + len("ſ")
		case i+2 < len(s) && (c1 == 'r' && s[i+2]|0x20 == 'e' || c1 == 'v' && s[i+2]|0x20 == 'e' || c1 == 'l' && s[i+2]|0x20 == 'l'):
			return 3
		}
	}
	r0, w0 := utf8.DecodeRuneInString(s[i:])
	c0 := classOf(r0)
	// [^\r\n\p{L}\p{N}]?\p{L}+
	if c0 == clsLetter {
		return runOf(s, i, clsLetter)
	}
	if c0 != clsNumber && !isNewline(r0) && i+w0 < len(s) {
		if r1, _ := utf8.DecodeRuneInString(s[i+w0:]); classOf(r1) == clsLetter {
			return w0 + runOf(s, i+w0, clsLetter)
		}
	}
	// \p{N}{1,maxDigits}
	if c0 == clsNumber {
		j := i
		for k := 0; k < maxDigits && j < len(s); k++ {
			r, w := utf8.DecodeRuneInString(s[j:])
			if classOf(r) != clsNumber {
				break
			}
			j += w
		}
		return j - i
	}
	//  ?[^\s\p{L}\p{N}]+[\r\n]*
	j := i
	if s[j] == ' ' && j+1 < len(s) {
		if r1, _ := utf8.DecodeRuneInString(s[j+1:]); classOf(r1) == clsOther {
			j++
		}
	}
	if r, w := utf8.DecodeRuneInString(s[j:]); classOf(r) == clsOther {
		if r == utf8.RuneError && w <= 1 && j == i {
			return 1
		}
		j += runOf(s, j, clsOther)
		for j < len(s) && (s[j] == '\r' || s[j] == '\n') {
			j++
		}
		return j - i
	}
	// \s*[\r\n]+ : whitespace up to and including its last newline.
	n := runOf(s, i, clsSpace)
	if last := strings.LastIndexAny(s[i:i+n], "\r\n"); last >= 0 {
		return last + 1
	}
	return spaceTail(s, i, n)
}
