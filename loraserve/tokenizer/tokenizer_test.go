// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package tokenizer

import (
	"encoding/json"
	"math/rand/v2"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

const corpus = `The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!
It's a test: we'll see 123 numbers and 4567 more.   Spaces   matter.
Datanets attribute data to contributors, and the contributors get paid.`

func trained(t testing.TB) *Tokenizer {
	tok, err := Train(strings.Repeat(corpus, 3), 400, []string{"<|begin_of_text|>", "<|eot_id|>"})
	require.NoError(t, err)
	return tok
}

// generated caches one tokenizer per family (training is deterministic).
var generated = map[Family]*Tokenizer{}

func family(t testing.TB, f Family) *Tokenizer {
	t.Helper()
	if tok, ok := generated[f]; ok {
		return tok
	}
	tok, err := Generate(f, GenerateOptions{})
	require.NoError(t, err, f)
	generated[f] = tok
	return tok
}

func splitWith(match func(string, int) int) func(string) []string { return pieceSplitter(match) }

func TestSplitters(t *testing.T) {
	tests := []struct {
		name  string
		split func(string, int) int
		in    string
		want  []string
	}{
		{"gpt2", matchGPT2, "Hello world", []string{"Hello", " world"}},
		{"gpt2", matchGPT2, "it's ok", []string{"it", "'s", " ok"}},
		{"gpt2", matchGPT2, "a  b", []string{"a", " ", " b"}},
		{"gpt2", matchGPT2, "a \n b", []string{"a", " \n", " b"}},
		{"gpt2", matchGPT2, "x\n\ny", []string{"x", "\n", "\n", "y"}},
		{"gpt2", matchGPT2, "end   ", []string{"end", "   "}},
		{"gpt2", matchGPT2, "abc123!!? x", []string{"abc", "123", "!!?", " x"}},
		{"gpt2", matchGPT2, "héllo wörld", []string{"héllo", " wörld"}},
		{"llama3", matchLlama3, "Hello world", []string{"Hello", " world"}},
		{"llama3", matchLlama3, "I'M fine", []string{"I", "'M", " fine"}},
		{"llama3", matchLlama3, "12345 apples", []string{"123", "45", " apples"}},
		{"llama3", matchLlama3, "x  \n\n  y", []string{"x", "  \n\n", " ", " y"}},
		{"llama3", matchLlama3, "hi!!\n\nthere", []string{"hi", "!!\n\n", "there"}},
		{"llama3", matchLlama3, "(hello)", []string{"(hello", ")"}},
		{"llama3", matchLlama3, " 42", []string{" ", "42"}},
		{"llama3", matchLlama3, "it'ſ", []string{"it", "'ſ"}},
		{"qwen2", matchQwen2, "12345 apples", []string{"1", "2", "3", "4", "5", " apples"}},
		{"qwen2", matchQwen2, "I'VE 2 cats", []string{"I", "'VE", " ", "2", " cats"}},
	}
	for _, tc := range tests {
		t.Run(tc.name+"/"+tc.in, func(t *testing.T) {
			require.Equal(t, tc.want, splitWith(tc.split)(tc.in))
		})
	}
}

// randomText returns text mixing scripts, combining marks, emoji, digits and
// whitespace runs, from code points Go's Unicode tables assign.
func randomText(r *rand.Rand, n int) string {
	ranges := [][2]rune{
		{'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {' ', '/'}, {':', '@'}, {0xC0, 0x17F}, {0x300, 0x36F}, {0x391, 0x3C9},
		{0x410, 0x44F}, {0x5D0, 0x5EA}, {0x620, 0x64A}, {0x660, 0x669}, {0x900, 0x97F}, {0xE01, 0xE5B},
		{0x1100, 0x1112}, {0x2000, 0x206F}, {0x2150, 0x218B}, {0x3000, 0x303F}, {0x3041, 0x30FF}, {0x4E00, 0x4F00},
		{0xAC00, 0xAD00}, {0xFF01, 0xFF5E}, {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF}, {0x20000, 0x20100},
	}
	spaces := []string{" ", "  ", "   ", "\n", "\n\n", "\t", " \n ", "\r\n", "\u00a0", "\u3000", "\u2003"}
	var b strings.Builder
	for b.Len() < n {
		switch r.IntN(6) {
		case 0:
			b.WriteString(spaces[r.IntN(len(spaces))])
		case 1:
			for k := r.IntN(6); k >= 0; k-- {
				b.WriteByte(byte('0' + r.IntN(10)))
			}
		default:
			rg := ranges[r.IntN(len(ranges))]
			for k := r.IntN(8); k >= 0; k-- {
				c := rg[0] + rune(r.IntN(int(rg[1]-rg[0]+1)))
				if assigned(c) {
					b.WriteRune(c)
				}
			}
		}
	}
	return b.String()
}

// TestSplittersMatchRegexp checks the hand-written splitters against
// regexp2 running the patterns themselves.
func TestSplittersMatchRegexp(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for _, tc := range []struct {
		pattern string
		match   func(string, int) int
	}{{gpt2Pattern, matchGPT2}, {llama3Pattern, matchLlama3}, {qwen2Pattern, matchQwen2}} {
		re := regexMatcher(regexp2.MustCompile(tc.pattern, regexp2.None))
		fast := pieceMatcher(tc.match)
		for i := 0; i < 400; i++ {
			s := randomText(r, 40+r.IntN(200))
			if strings.Contains(s, "ſ") {
				continue // regexp2 folds case without Unicode's ſ → s; Oniguruma and JS do fold it
			}
			require.Equal(t, re(s), fast(s), "pattern %s on %q", tc.pattern, s)
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"Hello world", "x  \n\n  y", "I'M 12345!!", "\xff\xfe a", "\r\n\t "} {
		f.Add(s)
	}
	res := map[string]*regexp2.Regexp{}
	for _, p := range []string{gpt2Pattern, llama3Pattern, qwen2Pattern} {
		res[p] = regexp2.MustCompile(p, regexp2.None)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for p, match := range map[string]func(string, int) int{gpt2Pattern: matchGPT2, llama3Pattern: matchLlama3, qwen2Pattern: matchQwen2} {
			pieces := splitWith(match)(s)
			if strings.Join(pieces, "") != s {
				t.Fatalf("pieces %q do not rebuild %q", pieces, s)
			}
			if utf8.ValidString(s) && !strings.Contains(s, "ſ") {
				if want, got := regexMatcher(res[p])(s), pieceMatcher(match)(s); !equalSpans(want, got) {
					t.Fatalf("pattern %s on %q: regexp %v, splitter %v", p, s, want, got)
				}
			}
		}
	})
}

func equalSpans(a, b [][2]int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
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
		require.Equal(t, s, tok.Decode(ids, false), "ids %v", ids)
	}
	ids := tok.Encode("The quick brown fox jumps over the lazy dog.")
	require.Less(t, len(ids), 20, "merges compress the training text")
	bos, ok := tok.TokenID("<|begin_of_text|>")
	require.True(t, ok)
	require.True(t, tok.IsSpecial(bos))
	require.Equal(t, []int{bos}, tok.Encode("<|begin_of_text|>"))
	require.Equal(t, "hello after", tok.Decode(tok.Encode("<|begin_of_text|>hello<|eot_id|> after"), true))
}

func TestSaveLoad(t *testing.T) {
	tok := trained(t)
	path := filepath.Join(t.TempDir(), "tokenizer.json")
	require.NoError(t, tok.Save(path))
	loaded, err := Load(path)
	require.NoError(t, err)
	require.Equal(t, tok.VocabSize(), loaded.VocabSize())
	require.Equal(t, tok.Hash(), loaded.Hash())
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
		{"unknown-normalizer", `{"normalizer":{"type":"Precompiled"},"model":{"type":"BPE","vocab":{}}}`, ErrUnsupported},
		{"unknown-pretokenizer", `{"pre_tokenizer":{"type":"UnicodeScripts"},"model":{"type":"BPE","vocab":{}}}`, ErrUnsupported},
		{"dropout", `{"model":{"type":"BPE","dropout":0.1,"vocab":{}}}`, ErrUnsupported},
		{"bad-merge", `{"pre_tokenizer":{"type":"ByteLevel"},"model":{"type":"BPE","vocab":{"a":0},"merges":["a"]}}`, ErrFormat},
		{"merge-outside-vocab", `{"pre_tokenizer":{"type":"ByteLevel"},"model":{"type":"BPE","vocab":{"a":0,"b":1},"merges":["a b"]}}`, ErrFormat},
		{"dup-id", `{"pre_tokenizer":{"type":"ByteLevel"},"model":{"type":"BPE","vocab":{"a":0,"b":0}}}`, ErrFormat},
		{"negative-id", `{"pre_tokenizer":{"type":"ByteLevel"},"model":{"type":"BPE","vocab":{"a":-1}}}`, ErrFormat},
		{"huge-id", `{"model":{"type":"BPE","vocab":{"a":99999999}}}`, ErrFormat},
		{"unk-missing", `{"model":{"type":"BPE","unk_token":"<unk>","vocab":{"a":0}}}`, ErrFormat},
		{"template-unknown-token", `{"post_processor":{"type":"TemplateProcessing","single":[{"SpecialToken":{"id":"<s>","type_id":0}},{"Sequence":{"id":"A","type_id":0}}],"special_tokens":{}},"model":{"type":"BPE","vocab":{"a":0}}}`, ErrFormat},
		{"split-class-intersection", `{"pre_tokenizer":{"type":"Split","pattern":{"Regex":"[a-z&&[^x]]"},"behavior":"Isolated"},"model":{"type":"BPE","vocab":{"a":0}}}`, ErrUnsupported},
		{"bad-chat-template", `{"model":{"type":"BPE","vocab":{"a":0}}}`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parse([]byte(tc.json), nil)
			if tc.want == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tc.want)
		})
	}
	_, err := parse([]byte(`{"model":{"type":"BPE","vocab":{}}}`), []byte(`{"chat_template": 5}`))
	require.ErrorIs(t, err, ErrFormat)
	// Pair-form merges (tokenizers >= 0.20) are accepted.
	_, err = parse([]byte(`{"pre_tokenizer":{"type":"ByteLevel"},"model":{"type":"BPE","vocab":{"a":0,"b":1,"ab":2},"merges":[["a","b"]]}}`), nil)
	require.NoError(t, err)
}

// TestFamilies generates every family, writes and loads it back, and checks
// what each layout promises.
func TestFamilies(t *testing.T) {
	texts := []string{
		"Hello world, it's 2048 tokens!",
		"Datanets attribute data to contributors.\n\nNew paragraph\twith tab.",
		"区块链记录每一次推理的收据 and Сеть хранит данные 🚀🔥",
		"rare ✓ ☃ 𝄞 characters fall back to bytes",
		"e\u0301 composed differently: é",
	}
	for _, f := range Families() {
		t.Run(string(f), func(t *testing.T) {
			tok := family(t, f)
			dir := t.TempDir()
			require.NoError(t, tok.SaveDir(dir))
			loaded, err := Load(dir)
			require.NoError(t, err)
			require.Equal(t, tok.Hash(), loaded.Hash())
			require.Equal(t, ChatTemplate(f), loaded.Config().ChatTemplate)
			for _, s := range texts {
				ids := loaded.Encode(s)
				require.Equal(t, tok.Encode(s), ids)
				want := s
				if f == FamilyQwen2 {
					want = norm.NFC.String(s) // the NFC normalizer composes e + U+0301
				}
				require.Equal(t, want, loaded.Decode(ids, false), "ids %v", ids)
				require.GreaterOrEqual(t, len(ids), loaded.MinTokens(len(s)), "MinTokens must be a lower bound")
				require.Less(t, len(ids), len(s)+1, "every token covers at least one byte")
			}
			// The special tokens added around a sequence follow the family.
			prefix, suffix := loaded.SpecialTokensAdded()
			require.Empty(t, suffix)
			wantPrefix := map[Family][]string{
				FamilyLlama3: {"<|begin_of_text|>"}, FamilyLlama2: {"<s>"}, FamilyMistral: {"<s>"}, FamilyGemma: {"<bos>"},
				FamilyDeepSeek: {"<｜begin▁of▁sentence｜>"}, FamilyChatGLM: {"[gMASK]", "sop"},
			}[f]
			var got []string
			for _, id := range prefix {
				got = append(got, loaded.Token(id))
			}
			require.Equal(t, wantPrefix, got)
			require.Equal(t, append(prefix, loaded.Encode("hi")...), loaded.EncodeWithSpecialTokens("hi"))
			if ct := ChatTemplate(f); f != FamilyBLOOM && f != FamilyGPT2 {
				require.NotEmpty(t, ct)
			}
			eos, ok := loaded.EOS()
			require.True(t, ok)
			require.True(t, loaded.IsSpecial(eos))
		})
	}
}

// TestSentencePieceByteFallback checks the SentencePiece families spell
// characters outside their vocabulary as <0xNN> tokens and decode them back.
func TestSentencePieceByteFallback(t *testing.T) {
	for _, f := range []Family{FamilyLlama2, FamilyMistral, FamilyGemma, FamilyChatGLM} {
		tok := family(t, f)
		ids := tok.Encode("☃")
		var spelled []string
		for _, id := range ids {
			spelled = append(spelled, tok.Token(id))
		}
		want := []string{"<0xE2>", "<0x98>", "<0x83>"}
		if f != FamilyGemma {
			want = append([]string{"▁"}, want...) // the prepended metaspace
		}
		require.Equal(t, want, spelled, f)
		require.Equal(t, "☃", tok.Decode(ids, false))
	}
}

// TestLeadingSpace follows each layout's rule for a leading space.
func TestLeadingSpace(t *testing.T) {
	spelling := func(tok *Tokenizer, s string) string {
		var out []string
		for _, id := range tok.Encode(s) {
			out = append(out, tok.Token(id))
		}
		return strings.Join(out, "|")
	}
	// Legacy Llama 2 prepends ▁ to every text section, also after a special token.
	require.True(t, strings.HasPrefix(spelling(family(t, FamilyLlama2), "<s>the"), "<s>|▁"))
	// Mistral's Metaspace prepends only at the very start of the input.
	m := family(t, FamilyMistral)
	require.True(t, strings.HasPrefix(spelling(m, "the"), "▁"))
	require.False(t, strings.HasPrefix(strings.TrimPrefix(spelling(m, "<s>the"), "<s>|"), "▁"))
	// Gemma never prepends.
	require.False(t, strings.HasPrefix(spelling(family(t, FamilyGemma), "the"), "▁"))
}

// TestFalconDigits follows the tokenizers library: after ByteLevel, Digits
// sees the byte-level runes, and char::is_numeric counts the rune of byte
// 0xB2 (², the second byte of U+00B2 itself) as a digit. The JavaScript
// reference uses an ASCII \d there and keeps "ĠÂ²" whole.
func TestFalconDigits(t *testing.T) {
	tok := family(t, FamilyFalcon)
	var pieces []piece
	pieces = tok.pre.pre.split(piece{text: "x12345 ²", first: true}, pieces)
	var got []string
	for _, p := range pieces {
		got = append(got, p.text)
	}
	require.Equal(t, []string{"x", "123", "45", "ĠÂ", "²"}, got)
}

func TestAddedTokenFlags(t *testing.T) {
	base := family(t, FamilyGPT2)
	var f fileJSON
	require.NoError(t, json.Unmarshal(base.raw, &f))
	next := base.VocabSize()
	f.AddedTokens = append(f.AddedTokens,
		addedJSON{ID: next, Content: "<L>", LStrip: true, Special: true},
		addedJSON{ID: next + 1, Content: "<R>", RStrip: true, Special: true},
		addedJSON{ID: next + 2, Content: "cat", SingleWord: true},
	)
	tok, err := build(&f, nil)
	require.NoError(t, err)
	plain := func(s string) []int { return base.Encode(s) }
	tests := []struct {
		in   string
		want []int
	}{
		{"a   <L>b", append(append(plain("a"), next), plain("b")...)},
		{"a<R>   b", append(append(plain("a"), next+1), plain("b")...)},
		{"a cat b", append(append(plain("a "), next+2), plain(" b")...)},
		{"concatenate", plain("concatenate")},
	}
	for _, tc := range tests {
		require.Equal(t, tc.want, tok.Encode(tc.in), tc.in)
	}
}

// TestStreamMatchesDecode checks that streaming token by token gives
// Decode's text, for chat replies (atStart) and continuations.
func TestStreamMatchesDecode(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	for _, f := range Families() {
		tok := family(t, f)
		for i := 0; i < 50; i++ {
			s := randomText(r, 80)
			ids := tok.Encode(s)
			st := tok.NewStream(true, true)
			var got []byte
			for _, id := range ids {
				got = append(got, st.Next(id)...)
			}
			require.Equal(t, tok.Decode(ids, true), string(got), "%s: %q", f, s)
		}
		// A continuation keeps the space a reply would lose.
		ids := tok.Encode("a b")
		st := tok.NewStream(false, true)
		var got []byte
		for _, id := range ids[1:] {
			got = append(got, st.Next(id)...)
		}
		require.Equal(t, " b", string(got), f)
	}
}

// TestLongWordIsNotQuadratic is the attacker's test: one 32k-letter word
// (and the whole of a 1 MiB no-space text in the legacy Llama 2 layout,
// which has no pre-tokenizer) must cost O(n log n) merge steps.
func TestLongWordIsNotQuadratic(t *testing.T) {
	for _, f := range []Family{FamilyLlama3, FamilyLlama2} {
		tok := family(t, f)
		for _, n := range []int{1 << 15, 1 << 20} {
			word := strings.Repeat("abcdefghij", n/10)
			var steps int
			ids := tok.model.mergeCounting(word, &steps)
			require.NotEmpty(t, ids)
			// n symbols, each merge pops one candidate and pushes at most two.
			require.LessOrEqual(t, steps, 4*n, "%s: %d merge steps for %d bytes", f, steps, n)
		}
	}
}

func FuzzParse(f *testing.F) {
	tok, err := Train(corpus, 300, []string{"<s>"})
	require.NoError(f, err)
	f.Add(tok.raw, []byte(nil), "hello world")
	for _, fam := range []Family{FamilyLlama2, FamilyQwen2, FamilyBLOOM} {
		g, err := Generate(fam, GenerateOptions{Corpus: corpus, VocabSize: 300})
		require.NoError(f, err)
		f.Add(g.raw, g.rawCfg, "hello <s> world")
	}
	f.Add([]byte(`{"pre_tokenizer":{"type":"ByteLevel"},"model":{"type":"BPE","vocab":{"a":0,"b":1,"ab":2},"merges":["a b"]}}`), []byte(nil), "abab")
	f.Fuzz(func(t *testing.T, js, cfg []byte, text string) {
		tok, err := parse(js, cfg)
		if err != nil {
			return
		}
		ids := tok.Encode(text)
		_ = tok.Decode(ids, true)
		_ = tok.EncodeWithSpecialTokens(text)
		_ = tok.Decode([]int{-1, 1 << 30}, false)
		if got := tok.MinTokens(len(text)); got > len(ids) {
			t.Fatalf("MinTokens %d > %d tokens", got, len(ids))
		}
	})
}

func FuzzEncodeRoundTrip(f *testing.F) {
	tok, err := Train(corpus, 350, []string{"<|eot_id|>"})
	require.NoError(f, err)
	f.Add("hello, world")
	f.Add("x\xffy")
	f.Add("a<|eot_id|>b   ")
	f.Fuzz(func(t *testing.T, s string) {
		got := string(tok.dec.run(tok.tokenBytes(tok.Encode(s), false), true, false))
		if got != s {
			t.Fatalf("byte round trip %q -> %q", s, got)
		}
	})
}

func BenchmarkEncode(b *testing.B) {
	for _, f := range []Family{FamilyLlama3, FamilyLlama2, FamilyQwen2} {
		tok := family(b, f)
		text := strings.Repeat(DefaultCorpus, 4)
		b.Run(string(f), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if len(tok.Encode(text)) == 0 {
					b.Fatal("no tokens")
				}
			}
		})
	}
}

// naiveMerge is the textbook BPE this package replaced: find the lowest
// ranked adjacent pair, merge every occurrence, repeat — O(n²) per piece.
// It is the baseline of BenchmarkLongWord and an oracle for the heap.
func naiveMerge(b *bpeModel, text string) []int32 {
	var syms []int32
	for _, r := range text {
		id, _ := b.runeID(r, string(r))
		syms = append(syms, id)
	}
	for len(syms) > 1 {
		best, bestRank := -1, int32(1<<31-1)
		for i := 0; i+1 < len(syms); i++ {
			if m, ok := b.merges[pairKey(syms[i], syms[i+1])]; ok && m.rank < bestRank {
				best, bestRank = i, m.rank
			}
		}
		if best < 0 {
			break
		}
		m := b.merges[pairKey(syms[best], syms[best+1])]
		out := syms[:0:0]
		for i := 0; i < len(syms); i++ {
			if i+1 < len(syms) && b.merges[pairKey(syms[i], syms[i+1])] == m {
				out = append(out, m.id)
				i++
				continue
			}
			out = append(out, syms[i])
		}
		syms = out
	}
	return syms
}

// TestHeapMergeMatchesNaive checks the heap merge against the textbook one
// on trained byte-level vocabularies (where every character is in the
// vocabulary).
func TestHeapMergeMatchesNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	for _, f := range []Family{FamilyGPT2, FamilyLlama3} {
		tok := family(t, f)
		for i := 0; i < 300; i++ {
			word := byteLevelString(randomText(r, 1+r.IntN(60)))
			require.Equal(t, naiveMerge(tok.model, word), tok.model.merge(word), "%s: %q", f, word)
		}
		word := byteLevelString(strings.Repeat(DefaultCorpus[:200], 5))
		require.Equal(t, naiveMerge(tok.model, word), tok.model.merge(word))
	}
}

// BenchmarkLongWord merges one long piece of text (the legacy Llama 2
// layout has no pre-tokenizer, so a prompt without special tokens is one
// piece) with the heap and with the textbook quadratic merge, alternating
// in every iteration, and reports the heap's time per op and the ratio.
func BenchmarkLongWord(b *testing.B) {
	tok, err := Generate(FamilyLlama2, GenerateOptions{VocabSize: 4000})
	require.NoError(b, err)
	text := tok.norm.apply(strings.Repeat(DefaultCorpus, 64))
	for _, n := range []int{1 << 12, 1 << 15} {
		word := text[:n]
		for !utf8.ValidString(word) {
			word = word[:len(word)-1]
		}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			var heap, naive time.Duration
			b.SetBytes(int64(len(word)))
			for b.Loop() {
				t0 := time.Now()
				tok.model.merge(word)
				t1 := time.Now()
				naiveMerge(tok.model, word)
				heap, naive = heap+t1.Sub(t0), naive+time.Since(t1)
			}
			b.ReportMetric(float64(heap.Nanoseconds())/float64(b.N), "heap-ns/op")
			b.ReportMetric(float64(naive)/float64(heap), "quadratic/heap")
		})
	}
}

// assigned reports whether Go's Unicode tables (15.0) assign c a category;
// the reference tokenizer runs on Node's newer tables, where characters added
// since would classify differently.
func assigned(c rune) bool {
	return unicode.In(c, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Zs) && c != 0x85 && c != 0xFEFF
}
