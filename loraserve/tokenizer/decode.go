// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package tokenizer

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
)

// decodeStep is one decoder of tokenizer.json's "decoder" (a Sequence is a
// list of steps). Steps work on raw bytes, so byte-level and byte-fallback
// tokens that split a character stay exact until the text is complete.
type decodeStep struct {
	kind        string // ByteLevel, Replace, ByteFallback, Fuse, Strip, Metaspace
	from, to    string // Replace (literal)
	re          *regexp2.Regexp
	content     string // Strip
	start, stop int    // Strip
	replacement string // Metaspace
	prependNone bool   // Metaspace with prepend_scheme "never"
}

// decoder is the chain of decode steps; none means tokens joined by spaces.
type decoder struct {
	steps []decodeStep
	none  bool
}

func buildDecoder(c *componentJSON) (decoder, error) {
	if c == nil {
		return decoder{none: true}, nil
	}
	var d decoder
	if err := d.add(c); err != nil {
		return decoder{}, err
	}
	return d, nil
}

func (d *decoder) add(c *componentJSON) error {
	switch c.Type {
	case "Sequence":
		for i, sub := range c.Decoders {
			if err := d.add(sub); err != nil {
				return fmt.Errorf("decoder %d: %w", i, err)
			}
		}
		return nil
	case "ByteLevel", "ByteFallback", "Fuse":
		d.steps = append(d.steps, decodeStep{kind: c.Type})
		return nil
	case "Replace":
		if c.Content == nil || c.Pattern == nil {
			return fmt.Errorf("%w: Replace decoder needs pattern and content", ErrFormat)
		}
		st := decodeStep{kind: c.Type, to: *c.Content}
		if c.Pattern.String != nil {
			st.from = *c.Pattern.String
		} else {
			re, err := compilePattern(c.Pattern)
			if err != nil {
				return err
			}
			st.re = re
		}
		d.steps = append(d.steps, st)
		return nil
	case "Strip":
		st := decodeStep{kind: c.Type}
		if c.Content != nil {
			st.content = *c.Content
		}
		if utf8.RuneCountInString(st.content) != 1 {
			return fmt.Errorf("%w: Strip decoder content %q is not one character", ErrFormat, st.content)
		}
		if c.Start != nil {
			st.start = *c.Start
		}
		if c.Stop != nil {
			st.stop = *c.Stop
		}
		d.steps = append(d.steps, st)
		return nil
	case "Metaspace":
		st := decodeStep{kind: c.Type, replacement: "▁"}
		if c.Replacement != nil {
			st.replacement = *c.Replacement
		}
		st.prependNone = c.PrependScheme != nil && *c.PrependScheme == "never" ||
			c.PrependScheme == nil && c.AddPrefixSpace != nil && !*c.AddPrefixSpace
		d.steps = append(d.steps, st)
		return nil
	}
	return fmt.Errorf("%w: decoder %q", ErrUnsupported, c.Type)
}

// run decodes tokens. first says whether tokens[0] is the first token of
// the text (decoders strip a leading space there). lossy turns invalid
// UTF-8 into U+FFFD as the tokenizers library does; without it bytes stay
// raw, for streams that join them later.
func (d *decoder) run(tokens [][]byte, first, lossy bool) []byte {
	if d.none {
		return bytes.Join(tokens, []byte(" "))
	}
	fused := false
	for _, st := range d.steps {
		switch st.kind {
		case "ByteLevel":
			var all []byte
			for _, t := range tokens {
				all = appendByteLevel(all, t)
			}
			if lossy {
				all = lossyUTF8(all)
			}
			tokens, fused = [][]byte{all}, true
		case "Replace":
			for i, t := range tokens {
				if st.re != nil {
					if out, err := st.re.Replace(string(t), st.to, -1, -1); err == nil {
						tokens[i] = []byte(out)
					}
					continue
				}
				tokens[i] = bytes.ReplaceAll(t, []byte(st.from), []byte(st.to))
			}
		case "ByteFallback":
			tokens = byteFallback(tokens, lossy)
		case "Fuse":
			tokens, fused = [][]byte{bytes.Join(tokens, nil)}, true
		case "Strip":
			for i, t := range tokens {
				// After Fuse the one token is the whole text, whose start is
				// only here when the text starts here.
				if !fused || first {
					for k := 0; k < st.start && bytes.HasPrefix(t, []byte(st.content)); k++ {
						t = t[len(st.content):]
					}
				}
				for k := 0; k < st.stop && bytes.HasSuffix(t, []byte(st.content)); k++ {
					t = t[:len(t)-len(st.content)]
				}
				tokens[i] = t
			}
		case "Metaspace":
			for i, t := range tokens {
				sp := []byte(" ")
				if i == 0 && first && !st.prependNone {
					sp = nil // the first token's metaspaces are the prepended ones
				}
				tokens[i] = bytes.ReplaceAll(t, []byte(st.replacement), sp)
			}
		}
	}
	return bytes.Join(tokens, nil)
}

// lossyUTF8 replaces each maximal invalid subsequence of b with U+FFFD,
// as Rust's String::from_utf8_lossy and the WHATWG decoder do.
func lossyUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	out := make([]byte, 0, len(b)+8)
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || w > 1 {
			out = append(out, b[i:i+w]...)
			i += w
			continue
		}
		out = append(out, "\uFFFD"...)
		i += maximalSubpart(b[i:])
	}
	return out
}

// maximalSubpart returns the length of the longest prefix of b (which does
// not start a valid sequence) that could begin one: at least 1.
func maximalSubpart(b []byte) int {
	lo, hi, need := byte(0x80), byte(0xBF), 0
	switch c := b[0]; {
	case c == 0xE0:
		lo, need = 0xA0, 2
	case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
		need = 2
	case c == 0xED:
		hi, need = 0x9F, 2
	case c == 0xF0:
		lo, need = 0x90, 3
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	case c == 0xF4:
		hi, need = 0x8F, 3
	default:
		return 1
	}
	n := 1
	for k := 0; k < need && n < len(b); k++ {
		if b[n] < lo || b[n] > hi {
			break
		}
		lo, hi = 0x80, 0xBF
		n++
	}
	return n
}

// appendByteLevel appends the bytes of a byte-level token: its runes mapped
// back to bytes, or the token itself when a rune is outside the byte alphabet
// (an added token such as "<|eot_id|>" written in plain text).
func appendByteLevel(out, tok []byte) []byte {
	start := len(out)
	for i := 0; i < len(tok); {
		r, w := utf8.DecodeRune(tok[i:])
		b, ok := runeToByte[r]
		if !ok {
			return append(out[:start], tok...)
		}
		out = append(out, b)
		i += w
	}
	return out
}

// byteFallback turns runs of <0xNN> tokens into their bytes; a run that is
// not valid UTF-8 becomes one U+FFFD per byte when lossy.
func byteFallback(tokens [][]byte, lossy bool) [][]byte {
	out := make([][]byte, 0, len(tokens))
	var run []byte
	flush := func() {
		if len(run) == 0 {
			return
		}
		if lossy && !utf8.Valid(run) {
			out = append(out, bytes.Repeat([]byte("\uFFFD"), len(run)))
		} else {
			out = append(out, run)
		}
		run = nil
	}
	for _, t := range tokens {
		if b, ok := parseByteToken(t); ok {
			run = append(run, b)
			continue
		}
		flush()
		out = append(out, t)
	}
	flush()
	return out
}

// parseByteToken reads a byte-fallback token <0xNN>.
func parseByteToken(t []byte) (byte, bool) {
	if len(t) != 6 || t[0] != '<' || t[1] != '0' || t[2] != 'x' || t[5] != '>' {
		return 0, false
	}
	hi, ok1 := hexNibble(t[3])
	lo, ok2 := hexNibble(t[4])
	return hi<<4 | lo, ok1 && ok2
}

func hexNibble(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	}
	return 0, false
}

// cleanUpTokenization removes the spaces before punctuation and
// contractions that transformers' clean_up_tokenization_spaces removes, one
// replacement after the other as it does.
func cleanUpTokenization(s string) string {
	for _, r := range cleanUpPairs {
		s = strings.ReplaceAll(s, r[0], r[1])
	}
	return s
}

var cleanUpPairs = [...][2]string{
	{" .", "."}, {" ?", "?"}, {" !", "!"}, {" ,", ","}, {" ' ", "'"}, {" n't", "n't"},
	{" 'm", "'m"}, {" 's", "'s"}, {" 've", "'ve"}, {" 're", "'re"},
}

// byteToRune is the GPT-2 byte-to-unicode table: printable Latin-1 bytes map to
// themselves, the others to U+0100 onwards in byte order.
var byteToRune, runeToByte = func() ([256]rune, map[rune]byte) {
	var table [256]rune
	inverse := make(map[rune]byte, 256)
	n := 0
	for b := 0; b < 256; b++ {
		if (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF) {
			table[b] = rune(b)
		} else {
			table[b] = rune(256 + n)
			n++
		}
		inverse[table[b]] = byte(b)
	}
	return table, inverse
}()
