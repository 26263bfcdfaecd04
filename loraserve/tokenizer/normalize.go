// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package tokenizer

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/dlclark/regexp2"
	"golang.org/x/text/unicode/norm"
)

// normalizer rewrites text before pre-tokenization (tokenizer.json's
// "normalizer").
type normalizer struct {
	apply func(string) string
	// keep is a lower bound on len(output)/len(input) for non-empty input:
	// 0 when a normalizer may delete text.
	keep float64
}

// identityNormalizer is a missing normalizer.
var identityNormalizer = normalizer{apply: func(s string) string { return s }, keep: 1}

func buildNormalizer(c *componentJSON) (normalizer, error) {
	if c == nil {
		return identityNormalizer, nil
	}
	switch c.Type {
	case "Sequence":
		parts := make([]normalizer, 0, len(c.Normalizers))
		keep := 1.0
		for i, sub := range c.Normalizers {
			n, err := buildNormalizer(sub)
			if err != nil {
				return normalizer{}, fmt.Errorf("normalizer %d: %w", i, err)
			}
			parts = append(parts, n)
			keep *= n.keep
		}
		return normalizer{keep: keep, apply: func(s string) string {
			for _, n := range parts {
				s = n.apply(s)
			}
			return s
		}}, nil
	// Unicode normal forms and lowercasing can shrink text at most threefold
	// (e.g. U+3000 becomes one space under NFKC, U+212A becomes "k").
	case "NFC":
		return normalizer{apply: norm.NFC.String, keep: 1.0 / 3}, nil
	case "NFD":
		return normalizer{apply: norm.NFD.String, keep: 1.0 / 3}, nil
	case "NFKC":
		return normalizer{apply: norm.NFKC.String, keep: 1.0 / 3}, nil
	case "NFKD":
		return normalizer{apply: norm.NFKD.String, keep: 1.0 / 3}, nil
	case "Lowercase":
		return normalizer{apply: lowercase, keep: 1.0 / 3}, nil
	case "Prepend":
		if c.Prepend == nil {
			return normalizer{}, fmt.Errorf("%w: Prepend without prepend", ErrFormat)
		}
		p := *c.Prepend
		return normalizer{keep: 1, apply: func(s string) string {
			if s == "" {
				return s
			}
			return p + s
		}}, nil
	case "Strip":
		left, right := c.StripLeft != nil && *c.StripLeft, c.StripRight != nil && *c.StripRight
		return normalizer{keep: 0, apply: func(s string) string {
			if left {
				s = strings.TrimLeftFunc(s, unicode.IsSpace)
			}
			if right {
				s = strings.TrimRightFunc(s, unicode.IsSpace)
			}
			return s
		}}, nil
	case "StripAccents":
		return normalizer{keep: 0, apply: func(s string) string {
			return strings.Map(func(r rune) rune {
				if unicode.Is(unicode.Mn, r) {
					return -1
				}
				return r
			}, s)
		}}, nil
	case "Replace":
		if c.Content == nil {
			return normalizer{}, fmt.Errorf("%w: Replace without content", ErrFormat)
		}
		content := *c.Content
		if c.Pattern != nil && c.Pattern.String != nil {
			from := *c.Pattern.String
			if from == "" {
				return identityNormalizer, nil
			}
			keep := min(1, float64(len(content))/float64(len(from)))
			return normalizer{keep: keep, apply: func(s string) string { return strings.ReplaceAll(s, from, content) }}, nil
		}
		re, err := compilePattern(c.Pattern)
		if err != nil {
			return normalizer{}, err
		}
		return normalizer{keep: 0, apply: func(s string) string {
			out, err := re.Replace(s, content, -1, -1)
			if err != nil {
				return s // a match timeout; regexp2 has none set, so unreachable
			}
			return out
		}}, nil
	}
	return normalizer{}, fmt.Errorf("%w: normalizer %q", ErrUnsupported, c.Type)
}

// lowercase lowercases rune by rune with the full Unicode mapping that
// Rust's char::to_lowercase applies (İ becomes "i̇"), without context rules.
func lowercase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r == 'İ' {
			b.WriteString("i\u0307")
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// compilePattern compiles a Split/Replace pattern: a literal String or an
// Oniguruma Regex, translated to regexp2's syntax.
func compilePattern(p *patternJSON) (*regexp2.Regexp, error) {
	switch {
	case p == nil:
		return nil, fmt.Errorf("%w: missing pattern", ErrFormat)
	case p.String != nil:
		return regexp2.Compile(regexp2.Escape(*p.String), regexp2.None)
	case p.Regex != nil:
		src, err := translateOniguruma(*p.Regex)
		if err != nil {
			return nil, err
		}
		re, err := regexp2.Compile(src, regexp2.None)
		if err != nil {
			return nil, fmt.Errorf("%w: regex %q: %v", ErrUnsupported, *p.Regex, err)
		}
		return re, nil
	}
	return nil, fmt.Errorf("%w: pattern needs String or Regex", ErrFormat)
}

// translateOniguruma rewrites the Oniguruma constructs tokenizer.json
// patterns use that .NET-style regexp2 reads differently: a nested
// character class inside a class (a union in Oniguruma, e.g. BLOOM's
// [^(\s|[.,!?…])]) is flattened into its parent. Intersections (&&) are
// refused.
func translateOniguruma(src string) (string, error) {
	var b strings.Builder
	depth := 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\\' && i+1 < len(src):
			b.WriteByte(c)
			b.WriteByte(src[i+1])
			i++
		case c == '[' && depth == 0:
			depth = 1
			b.WriteByte(c)
			if i+1 < len(src) && src[i+1] == '^' {
				b.WriteByte('^')
				i++
			}
			if i+1 < len(src) && src[i+1] == ']' { // a leading ] is literal
				b.WriteString(`\]`)
				i++
			}
		case c == '[' && depth > 0:
			if i+1 < len(src) && (src[i+1] == '^' || src[i+1] == ':') {
				return "", fmt.Errorf("%w: regex %q: negated or POSIX class inside a class", ErrUnsupported, src)
			}
			depth++
		case c == ']' && depth > 1:
			depth--
		case c == ']' && depth == 1:
			depth = 0
			b.WriteByte(c)
		case c == '&' && depth > 0 && i+1 < len(src) && src[i+1] == '&':
			return "", fmt.Errorf("%w: regex %q: class intersection", ErrUnsupported, src)
		case depth > 0 && (c == '(' || c == ')' || c == '|' || c == '-' && i+1 < len(src) && src[i+1] == '['):
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	if depth != 0 {
		return "", fmt.Errorf("%w: regex %q: unclosed character class", ErrFormat, src)
	}
	return b.String(), nil
}
