// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package tokenizer

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
)

// piece is a stretch of normalized text on its way to the model. first
// marks a piece that starts at the beginning of the input (Metaspace's
// prepend_scheme "first" looks at it).
type piece struct {
	text  string
	first bool
}

// preTokenizer splits pieces into smaller pieces (tokenizer.json's
// "pre_tokenizer"); BPE never merges across pieces.
type preTokenizer interface {
	split(p piece, out []piece) []piece
}

// span is a part of a string that a pattern matched (or did not).
type span struct {
	start, end int
	match      bool
}

// splitBehavior is what Split does with the matches of its pattern.
type splitBehavior int

const (
	behaviorRemoved splitBehavior = iota
	behaviorIsolated
	behaviorMergedWithPrevious
	behaviorMergedWithNext
	behaviorContiguous
)

func parseBehavior(s *string) (splitBehavior, error) {
	if s == nil {
		return behaviorIsolated, nil
	}
	switch strings.ToLower(*s) {
	case "removed":
		return behaviorRemoved, nil
	case "isolated":
		return behaviorIsolated, nil
	case "mergedwithprevious":
		return behaviorMergedWithPrevious, nil
	case "mergedwithnext":
		return behaviorMergedWithNext, nil
	case "contiguous":
		return behaviorContiguous, nil
	}
	return 0, fmt.Errorf("%w: split behavior %q", ErrUnsupported, *s)
}

// applyBehavior turns the spans of a string (matches and the gaps between
// them, in order, covering it) into pieces the way the tokenizers library's
// NormalizedString::split does.
func applyBehavior(p piece, spans []span, b splitBehavior, out []piece) []piece {
	type part struct {
		start, end int
		remove     bool
	}
	var parts []part
	switch b {
	case behaviorRemoved:
		for _, s := range spans {
			parts = append(parts, part{s.start, s.end, s.match})
		}
	case behaviorIsolated:
		for _, s := range spans {
			parts = append(parts, part{s.start, s.end, false})
		}
	case behaviorContiguous:
		prev := false
		for _, s := range spans {
			if s.match == prev && len(parts) > 0 {
				parts[len(parts)-1].end = s.end
			} else {
				parts = append(parts, part{s.start, s.end, false})
			}
			prev = s.match
		}
	case behaviorMergedWithPrevious:
		prev := false
		for _, s := range spans {
			if s.match && !prev && len(parts) > 0 {
				parts[len(parts)-1].end = s.end
			} else {
				parts = append(parts, part{s.start, s.end, false})
			}
			prev = s.match
		}
	case behaviorMergedWithNext:
		prev := false
		for i := len(spans) - 1; i >= 0; i-- {
			s := spans[i]
			if s.match && !prev && len(parts) > 0 {
				parts[len(parts)-1].start = s.start
			} else {
				parts = append(parts, part{s.start, s.end, false})
			}
			prev = s.match
		}
		for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
			parts[i], parts[j] = parts[j], parts[i]
		}
	}
	for _, q := range parts {
		if q.remove || q.start == q.end {
			continue
		}
		out = append(out, piece{text: p.text[q.start:q.end], first: p.first && q.start == 0})
	}
	return out
}

// spansOf returns the matches of find in s and the gaps between them.
func spansOf(s string, matches [][2]int) []span {
	var spans []span
	prev := 0
	for _, m := range matches {
		if m[0] > prev {
			spans = append(spans, span{prev, m[0], false})
		}
		spans = append(spans, span{m[0], m[1], true})
		prev = m[1]
	}
	if prev < len(s) {
		spans = append(spans, span{prev, len(s), false})
	}
	return spans
}

// matcher finds the non-overlapping matches of a pattern, left to right.
type matcher func(s string) [][2]int

// regexMatcher matches with regexp2 (Oniguruma-like: lookahead, \p{..}).
func regexMatcher(re *regexp2.Regexp) matcher {
	return func(s string) [][2]int {
		var out [][2]int
		runes := []rune(s)
		// regexp2 reports rune offsets; map them back to byte offsets.
		byteAt := make([]int, len(runes)+1)
		for i, off := 0, 0; i < len(runes); i++ {
			byteAt[i] = off
			off += utf8.RuneLen(runes[i])
			byteAt[i+1] = off
		}
		m, err := re.FindRunesMatch(runes)
		for err == nil && m != nil {
			out = append(out, [2]int{byteAt[m.Index], byteAt[m.Index+m.Length]})
			m, err = re.FindNextMatch(m)
		}
		return out
	}
}

// pieceMatcher adapts a splitter that cuts the whole string into
// consecutive pieces (every piece a match) to a matcher.
func pieceMatcher(split func(string, int) int) matcher {
	return func(s string) [][2]int {
		out := make([][2]int, 0, len(s)/4+1)
		for i := 0; i < len(s); {
			n := split(s, i)
			out = append(out, [2]int{i, i + n})
			i += n
		}
		return out
	}
}

// splitPre is the Split pre-tokenizer.
type splitPre struct {
	find     matcher
	behavior splitBehavior
	invert   bool
}

func (sp splitPre) split(p piece, out []piece) []piece {
	spans := spansOf(p.text, sp.find(p.text))
	if sp.invert {
		for i := range spans {
			spans[i].match = !spans[i].match
		}
	}
	return applyBehavior(p, spans, sp.behavior, out)
}

// byteLevelPre is the ByteLevel pre-tokenizer: an optional prefix space, the
// GPT-2 split, then every byte mapped to its printable rune.
type byteLevelPre struct {
	addPrefixSpace bool
	find           matcher // nil when use_regex is false
}

func (bl byteLevelPre) split(p piece, out []piece) []piece {
	text := p.text
	if bl.addPrefixSpace && !strings.HasPrefix(text, " ") {
		text = " " + text
	}
	if bl.find == nil {
		return append(out, piece{text: byteLevelString(text), first: p.first})
	}
	for _, m := range bl.find(text) {
		out = append(out, piece{text: byteLevelString(text[m[0]:m[1]]), first: p.first && m[0] == 0})
	}
	return out
}

// byteLevelString maps every byte of s to its GPT-2 printable rune.
func byteLevelString(s string) string {
	var b strings.Builder
	b.Grow(2 * len(s))
	for i := 0; i < len(s); i++ {
		b.WriteRune(byteToRune[s[i]])
	}
	return b.String()
}

// metaspacePre is the Metaspace pre-tokenizer: spaces become the
// replacement rune (▁), which is prepended per the scheme, optionally
// splitting before each replacement.
type metaspacePre struct {
	replacement string
	prepend     string // "always", "first" or "never"
	splitRuns   bool
}

func (m metaspacePre) split(p piece, out []piece) []piece {
	text := strings.ReplaceAll(p.text, " ", m.replacement)
	if !strings.HasPrefix(text, m.replacement) && (m.prepend == "always" || m.prepend == "first" && p.first) {
		text = m.replacement + text
	}
	q := piece{text: text, first: p.first}
	if !m.splitRuns {
		return append(out, q)
	}
	var matches [][2]int
	for i := 0; ; {
		k := strings.Index(text[i:], m.replacement)
		if k < 0 {
			break
		}
		matches = append(matches, [2]int{i + k, i + k + len(m.replacement)})
		i += k + len(m.replacement)
	}
	return applyBehavior(q, spansOf(text, matches), behaviorMergedWithNext, out)
}

// runeClassPre splits on runes of a class (Digits, Punctuation,
// WhitespaceSplit): every such rune is a match of its own, and the behavior
// decides how they group (Contiguous joins runs).
type runeClassPre struct {
	is       func(rune) bool
	behavior splitBehavior
}

func (rc runeClassPre) split(p piece, out []piece) []piece {
	var matches [][2]int
	for i, r := range p.text {
		if !rc.is(r) {
			continue
		}
		matches = append(matches, [2]int{i, i + utf8.RuneLen(r)})
	}
	return applyBehavior(p, spansOf(p.text, matches), rc.behavior, out)
}

// sequencePre applies pre-tokenizers in order.
type sequencePre []preTokenizer

func (s sequencePre) split(p piece, out []piece) []piece {
	cur := []piece{p}
	for _, pt := range s {
		var next []piece
		for _, q := range cur {
			next = pt.split(q, next)
		}
		cur = next
	}
	return append(out, cur...)
}

// isPunctuation is the tokenizers library's punctuation test: ASCII
// punctuation or a Unicode punctuation category.
func isPunctuation(r rune) bool {
	return r < 0x80 && unicode.IsPunct(r) || r < 0x80 && unicode.IsSymbol(r) || unicode.IsPunct(r)
}

// preTokenizerInfo describes a built pre-tokenizer.
type preTokenizerInfo struct {
	pre       preTokenizer // nil for none
	byteLevel bool         // a ByteLevel step maps bytes to runes
	keep      bool         // never drops text (for MinTokens)
}

func buildPreTokenizer(c *componentJSON) (preTokenizerInfo, error) {
	if c == nil {
		return preTokenizerInfo{keep: true}, nil
	}
	switch c.Type {
	case "Sequence":
		var seq sequencePre
		info := preTokenizerInfo{keep: true}
		for i, sub := range c.PreTokenizers {
			si, err := buildPreTokenizer(sub)
			if err != nil {
				return info, fmt.Errorf("pre_tokenizer %d: %w", i, err)
			}
			if si.pre != nil {
				seq = append(seq, si.pre)
			}
			info.byteLevel = info.byteLevel || si.byteLevel
			info.keep = info.keep && si.keep
		}
		if len(seq) == 1 {
			info.pre = seq[0]
		} else if len(seq) > 1 {
			info.pre = seq
		}
		return info, nil
	case "ByteLevel":
		bl := byteLevelPre{addPrefixSpace: c.AddPrefixSpace != nil && *c.AddPrefixSpace}
		if c.UseRegex == nil || *c.UseRegex {
			bl.find = pieceMatcher(matchGPT2)
		}
		return preTokenizerInfo{pre: bl, byteLevel: true, keep: true}, nil
	case "Split":
		behavior, err := parseBehavior(c.Behavior)
		if err != nil {
			return preTokenizerInfo{}, err
		}
		find, err := patternMatcher(c.Pattern)
		if err != nil {
			return preTokenizerInfo{}, err
		}
		invert := c.Invert != nil && *c.Invert
		return preTokenizerInfo{pre: splitPre{find: find, behavior: behavior, invert: invert},
			keep: behavior != behaviorRemoved}, nil
	case "Metaspace":
		m := metaspacePre{replacement: "▁", prepend: "always", splitRuns: true}
		if c.Replacement != nil {
			if utf8.RuneCountInString(*c.Replacement) != 1 {
				return preTokenizerInfo{}, fmt.Errorf("%w: Metaspace replacement %q is not one character", ErrFormat, *c.Replacement)
			}
			m.replacement = *c.Replacement
		}
		if c.PrependScheme != nil {
			m.prepend = *c.PrependScheme
		} else if c.AddPrefixSpace != nil && !*c.AddPrefixSpace {
			m.prepend = "never" // the layout before prepend_scheme existed
		}
		switch m.prepend {
		case "always", "first", "never":
		default:
			return preTokenizerInfo{}, fmt.Errorf("%w: Metaspace prepend_scheme %q", ErrFormat, m.prepend)
		}
		if c.Split != nil {
			m.splitRuns = *c.Split
		}
		return preTokenizerInfo{pre: m, keep: true}, nil
	case "Digits":
		b := behaviorContiguous
		if c.IndividualDigits != nil && *c.IndividualDigits {
			b = behaviorIsolated
		}
		return preTokenizerInfo{pre: runeClassPre{is: unicode.IsNumber, behavior: b}, keep: true}, nil
	case "Punctuation":
		behavior, err := parseBehavior(c.Behavior)
		if err != nil {
			return preTokenizerInfo{}, err
		}
		return preTokenizerInfo{pre: runeClassPre{is: isPunctuation, behavior: behavior},
			keep: behavior != behaviorRemoved}, nil
	case "WhitespaceSplit":
		return preTokenizerInfo{pre: runeClassPre{is: unicode.IsSpace, behavior: behaviorRemoved}, keep: false}, nil
	}
	return preTokenizerInfo{}, fmt.Errorf("%w: pre_tokenizer %q", ErrUnsupported, c.Type)
}

// patternMatcher returns a matcher for a Split pattern, using a hand-written
// splitter for the patterns of the GPT-2, Llama 3 and Qwen 2 families.
func patternMatcher(p *patternJSON) (matcher, error) {
	if p != nil && p.Regex != nil {
		switch *p.Regex {
		case gpt2Pattern:
			return pieceMatcher(matchGPT2), nil
		case llama3Pattern:
			return pieceMatcher(matchLlama3), nil
		case qwen2Pattern:
			return pieceMatcher(matchQwen2), nil
		}
	}
	if p != nil && p.String != nil {
		lit := *p.String
		if lit == "" {
			return func(string) [][2]int { return nil }, nil
		}
		return func(s string) [][2]int {
			var out [][2]int
			for i := 0; ; {
				k := strings.Index(s[i:], lit)
				if k < 0 {
					return out
				}
				out = append(out, [2]int{i + k, i + k + len(lit)})
				i += k + len(lit)
			}
		}, nil
	}
	re, err := compilePattern(p)
	if err != nil {
		return nil, err
	}
	return regexMatcher(re), nil
}
