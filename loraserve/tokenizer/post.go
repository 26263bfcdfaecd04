// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package tokenizer

import (
	"fmt"
)

// postProcessor is tokenizer.json's "post_processor" for a single sequence:
// the special token ids it puts before and after the encoded text when
// special tokens are added (for example <s> … or [gMASK]<sop> …).
type postProcessor struct {
	prefix, suffix []int
}

func buildPostProcessor(c *componentJSON, vocab func(string) (int, bool)) (postProcessor, error) {
	if c == nil {
		return postProcessor{}, nil
	}
	switch c.Type {
	case "ByteLevel":
		return postProcessor{}, nil // only adjusts offsets
	case "Sequence":
		var pp postProcessor
		for i, sub := range c.Processors {
			p, err := buildPostProcessor(sub, vocab)
			if err != nil {
				return pp, fmt.Errorf("post_processor %d: %w", i, err)
			}
			pp.prefix = append(append([]int(nil), p.prefix...), pp.prefix...)
			pp.suffix = append(pp.suffix, p.suffix...)
		}
		return pp, nil
	case "TemplateProcessing":
		var pp postProcessor
		seen := false
		for _, item := range c.Single {
			switch {
			case item.Sequence != nil:
				if item.Sequence.ID != "A" {
					return pp, fmt.Errorf("%w: single template uses sequence %q", ErrFormat, item.Sequence.ID)
				}
				if seen {
					return pp, fmt.Errorf("%w: single template repeats $A", ErrFormat)
				}
				seen = true
			case item.SpecialToken != nil:
				st, ok := c.SpecialTokens[item.SpecialToken.ID]
				if !ok {
					return pp, fmt.Errorf("%w: template token %q missing from special_tokens", ErrFormat, item.SpecialToken.ID)
				}
				if seen {
					pp.suffix = append(pp.suffix, st.IDs...)
				} else {
					pp.prefix = append(pp.prefix, st.IDs...)
				}
			default:
				return pp, fmt.Errorf("%w: template item is neither SpecialToken nor Sequence", ErrFormat)
			}
		}
		if !seen && len(c.Single) > 0 {
			return pp, fmt.Errorf("%w: single template without $A", ErrFormat)
		}
		return pp, nil
	case "RobertaProcessing", "BertProcessing":
		cls, err := tokenPair(c.Cls, vocab)
		if err != nil {
			return postProcessor{}, fmt.Errorf("%s cls: %w", c.Type, err)
		}
		sep, err := tokenPair(c.Sep, vocab)
		if err != nil {
			return postProcessor{}, fmt.Errorf("%s sep: %w", c.Type, err)
		}
		return postProcessor{prefix: []int{cls}, suffix: []int{sep}}, nil
	}
	return postProcessor{}, fmt.Errorf("%w: post_processor %q", ErrUnsupported, c.Type)
}

// tokenPair reads a ["token", id] pair.
func tokenPair(v []any, vocab func(string) (int, bool)) (int, error) {
	if len(v) != 2 {
		return 0, fmt.Errorf("%w: want [token, id]", ErrFormat)
	}
	f, ok := v[1].(float64)
	if !ok || f < 0 || f != float64(int(f)) {
		return 0, fmt.Errorf("%w: id %v", ErrFormat, v[1])
	}
	if s, ok := v[0].(string); ok {
		if id, ok := vocab(s); ok && id != int(f) {
			return 0, fmt.Errorf("%w: %q has id %d, not %v", ErrFormat, s, id, f)
		}
	}
	return int(f), nil
}
