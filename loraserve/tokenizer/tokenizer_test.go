// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package tokenizer

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

const corpus = `The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!
It's a test: we'll see 123 numbers and 4567 more.   Spaces   matter.
Datanets attribute data to contributors, and the contributors get paid.`

func trained(t testing.TB) *Tokenizer {
	tok, err := Train(strings.Repeat(corpus, 3), 400, []string{"<|begin_of_text|>", "<|eot_id|>"})
	require.NoError(t, err)
	return tok
}

func TestSplitGPT2(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Hello world", []string{"Hello", " world"}},
		{"it's ok", []string{"it", "'s", " ok"}},
		{"a  b", []string{"a", " ", " b"}},
		{"a \n b", []string{"a", " \n", " b"}},
		{"x\n\ny", []string{"x", "\n", "\n", "y"}},
		{"end   ", []string{"end", "   "}},
		{"abc123!!? x", []string{"abc", "123", "!!?", " x"}},
		{"héllo wörld", []string{"héllo", " wörld"}},
		{" ?!", []string{" ?!"}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			require.Equal(t, tc.want, splitGPT2(tc.in))
		})
	}
}

func TestRoundTrip(t *testing.T) {
	tok := trained(t)
	tests := []string{
		"The quick brown fox",
		"unseen wörds ✓ and emoji 🦊",
		"<|begin_of_text|>hello<|eot_id|> after",
		"  leading and trailing  \n\t",
		"",
	}
	for _, s := range tests {
		ids := tok.Encode(s)
		require.Equal(t, s, tok.Decode(ids), "ids %v", ids)
	}
	// Merges compress the training text.
	ids := tok.Encode("The quick brown fox jumps over the lazy dog.")
	require.Less(t, len(ids), 20)
	bos, ok := tok.TokenID("<|begin_of_text|>")
	require.True(t, ok)
	require.True(t, tok.IsSpecial(bos))
	require.Equal(t, []int{bos}, tok.Encode("<|begin_of_text|>"))
}

func TestSaveLoad(t *testing.T) {
	tok := trained(t)
	path := filepath.Join(t.TempDir(), "tokenizer.json")
	require.NoError(t, tok.Save(path))
	loaded, err := Load(path)
	require.NoError(t, err)
	require.Equal(t, tok.VocabSize(), loaded.VocabSize())
	for _, s := range []string{corpus, "something else entirely 42"} {
		require.Equal(t, tok.Encode(s), loaded.Encode(s))
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct {
		name, json string
		want       error
	}{
		{"not-json", "{", ErrFormat},
		{"wordpiece", `{"model":{"type":"WordPiece"}}`, ErrUnsupported},
		{"no-pretok", `{"model":{"type":"BPE","vocab":{}}}`, ErrUnsupported},
		{"bad-merge", `{"pre_tokenizer":{"type":"ByteLevel"},"model":{"type":"BPE","vocab":{"a":0},"merges":["a"]}}`, ErrFormat},
		{"merge-outside-vocab", `{"pre_tokenizer":{"type":"ByteLevel"},"model":{"type":"BPE","vocab":{"a":0,"b":1},"merges":["a b"]}}`, ErrFormat},
		{"dup-id", `{"pre_tokenizer":{"type":"ByteLevel"},"model":{"type":"BPE","vocab":{"a":0,"b":0}}}`, ErrFormat},
		{"negative-id", `{"pre_tokenizer":{"type":"ByteLevel"},"model":{"type":"BPE","vocab":{"a":-1}}}`, ErrFormat},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.json))
			require.ErrorIs(t, err, tc.want)
		})
	}
	// Pair-form merges (tokenizers >= 0.20) are accepted.
	_, err := Parse([]byte(`{"pre_tokenizer":{"type":"ByteLevel"},"model":{"type":"BPE","vocab":{"a":0,"b":1,"ab":2},"merges":[["a","b"]]}}`))
	require.NoError(t, err)
}

func FuzzParse(f *testing.F) {
	tok, err := Train(corpus, 300, []string{"<s>"})
	require.NoError(f, err)
	b, err := tok.MarshalJSON()
	require.NoError(f, err)
	f.Add(b, "hello world")
	f.Add([]byte(`{"pre_tokenizer":{"type":"ByteLevel"},"model":{"type":"BPE","vocab":{"a":0,"b":1,"ab":2},"merges":["a b"]}}`), "abab")
	f.Fuzz(func(t *testing.T, js []byte, text string) {
		tok, err := Parse(js)
		if err != nil {
			return
		}
		ids := tok.Encode(text)
		_ = tok.Decode(ids)
		_ = tok.Decode([]int{-1, 1 << 30})
	})
}

func FuzzEncodeRoundTrip(f *testing.F) {
	tok, err := Train(corpus, 350, []string{"<|eot_id|>"})
	require.NoError(f, err)
	f.Add("hello, world")
	f.Add("x\xffy")
	f.Add("a<|eot_id|>b   ")
	f.Fuzz(func(t *testing.T, s string) {
		got := tok.Decode(tok.Encode(s))
		if utf8.ValidString(s) && got != s {
			t.Fatalf("round trip %q -> %q", s, got)
		}
		if got != s {
			t.Fatalf("byte round trip %q -> %q", s, got)
		}
	})
}

func BenchmarkEncode(b *testing.B) {
	tok := trained(b)
	text := strings.Repeat(corpus, 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if len(tok.Encode(text)) == 0 {
			b.Fatal("no tokens")
		}
	}
}

func TestSplitLlama3(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Hello world", []string{"Hello", " world"}},
		{"I'M fine", []string{"I", "'M", " fine"}},
		{"12345 apples", []string{"123", "45", " apples"}},
		{"x  \n\n  y", []string{"x", "  \n\n", " ", " y"}},
		{"hi!!\n\nthere", []string{"hi", "!!\n\n", "there"}},
		{"(hello)", []string{"(hello", ")"}},
		{"end  ", []string{"end", "  "}},
		{" 42", []string{" ", "42"}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			require.Equal(t, tc.want, splitLlama3(tc.in))
		})
	}
}

// A tokenizer.json in the Llama 3 layout: Split + ByteLevel, ignore_merges.
func TestParseLlama3Layout(t *testing.T) {
	base := trained(t)
	b, err := base.MarshalJSON()
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	m["pre_tokenizer"] = map[string]any{"type": "Sequence", "pretokenizers": []any{
		map[string]any{"type": "Split", "pattern": map[string]any{"Regex": llama3Pattern}, "behavior": "Isolated", "invert": false},
		map[string]any{"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": true, "use_regex": false},
	}}
	m["model"].(map[string]any)["ignore_merges"] = true
	b, err = json.Marshal(m)
	require.NoError(t, err)
	tok, err := Parse(b)
	require.NoError(t, err)
	for _, s := range []string{"Hello world 12345!\n\n(ok)", corpus} {
		require.Equal(t, s, tok.Decode(tok.Encode(s)))
	}
	// Encoding follows the Llama 3 pieces.
	text := "Hi!!\n\n  (hello) 12345"
	var want []int
	for _, piece := range splitLlama3(text) {
		want = append(want, tok.encodePiece(piece)...)
	}
	require.Equal(t, want, tok.Encode(text))
	// Any other Split pattern is refused with a clear error.
	m["pre_tokenizer"].(map[string]any)["pretokenizers"].([]any)[0].(map[string]any)["pattern"] = map[string]any{"Regex": `\s+`}
	b, _ = json.Marshal(m)
	_, err = Parse(b)
	require.ErrorIs(t, err, ErrUnsupported)
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"Hello world", "x  \n\n  y", "I'M 12345!!", "\xff\xfe a", "\r\n\t "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, split := range map[string]func(string) []string{"gpt2": splitGPT2, "llama3": splitLlama3} {
			pieces := split(s)
			if strings.Join(pieces, "") != s {
				t.Fatalf("%s: pieces %q do not rebuild %q", name, pieces, s)
			}
			for _, p := range pieces {
				if p == "" {
					t.Fatalf("%s: empty piece in %q", name, pieces)
				}
			}
		}
	})
}
