// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package tokenizer

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

var (
	// ErrFormat is returned when tokenizer.json is malformed or inconsistent.
	ErrFormat = errors.New("tokenizer: bad tokenizer.json")
	// ErrUnsupported is returned for a tokenizer kind this package does not implement.
	ErrUnsupported = errors.New("tokenizer: unsupported")
	// ErrUnknownID is returned by DecodeStrict for an id outside the vocabulary.
	ErrUnknownID = errors.New("tokenizer: unknown token id")
)

// AddedToken is a token matched verbatim before BPE (for example <|eot_id|>).
type AddedToken struct {
	ID      int    `json:"id"`
	Content string `json:"content"`
	Special bool   `json:"special"`
}

// Tokenizer is a loaded byte-level BPE tokenizer. It is safe for concurrent use.
type Tokenizer struct {
	vocab          map[string]int
	tokens         []string // id -> token string (byte-mapped form, or added content)
	added          []AddedToken
	addedByID      map[int]bool
	ranks          map[[2]string]int
	merges         [][2]string
	addPrefixSpace bool
	split          func(string) []string // pre-tokenizer: splitGPT2 or splitLlama3
	ignoreMerges   bool                  // a piece that is itself a token is not split (Llama 3)

	mu    sync.RWMutex
	cache map[string][]int
}

type fileJSON struct {
	Version      string          `json:"version"`
	Truncation   any             `json:"truncation"`
	Padding      any             `json:"padding"`
	AddedTokens  []addedJSON     `json:"added_tokens"`
	Normalizer   json.RawMessage `json:"normalizer"`
	PreTokenizer json.RawMessage `json:"pre_tokenizer"`
	PostProc     json.RawMessage `json:"post_processor"`
	Decoder      json.RawMessage `json:"decoder"`
	Model        modelJSON       `json:"model"`
}

type addedJSON struct {
	ID         int    `json:"id"`
	Content    string `json:"content"`
	SingleWord bool   `json:"single_word"`
	LStrip     bool   `json:"lstrip"`
	RStrip     bool   `json:"rstrip"`
	Normalized bool   `json:"normalized"`
	Special    bool   `json:"special"`
}

type modelJSON struct {
	Type                    string          `json:"type"`
	Dropout                 any             `json:"dropout"`
	UnkToken                *string         `json:"unk_token"`
	ContinuingSubwordPrefix *string         `json:"continuing_subword_prefix"`
	EndOfWordSuffix         *string         `json:"end_of_word_suffix"`
	FuseUnk                 bool            `json:"fuse_unk"`
	ByteFallback            bool            `json:"byte_fallback"`
	IgnoreMerges            bool            `json:"ignore_merges"`
	Vocab                   map[string]int  `json:"vocab"`
	Merges                  json.RawMessage `json:"merges"`
}

type preTokJSON struct {
	Type           string       `json:"type"`
	AddPrefixSpace bool         `json:"add_prefix_space"`
	UseRegex       *bool        `json:"use_regex"`
	PreTokenizers  []preTokJSON `json:"pretokenizers"`
	Pattern        struct {
		Regex  string `json:"Regex"`
		String string `json:"String"`
	} `json:"pattern"`
	Behavior string `json:"behavior"`
	Invert   bool   `json:"invert"`
}

// llama3Pattern is the Split regex of Llama 3 (and Qwen 2) tokenizers.
const llama3Pattern = `(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`

// Load reads a tokenizer.json file.
func Load(path string) (*Tokenizer, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	t, err := Parse(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// Parse decodes the contents of a tokenizer.json file.
func Parse(b []byte) (*Tokenizer, error) {
	var f fileJSON
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	if f.Model.Type != "BPE" {
		return nil, fmt.Errorf("%w: model type %q (want BPE)", ErrUnsupported, f.Model.Type)
	}
	if f.Model.ByteFallback || f.Model.ContinuingSubwordPrefix != nil && *f.Model.ContinuingSubwordPrefix != "" ||
		f.Model.EndOfWordSuffix != nil && *f.Model.EndOfWordSuffix != "" {
		return nil, fmt.Errorf("%w: only byte-level BPE without prefixes/suffixes/byte fallback", ErrUnsupported)
	}
	if len(f.Normalizer) > 0 && string(f.Normalizer) != "null" {
		return nil, fmt.Errorf("%w: normalizer", ErrUnsupported)
	}
	addPrefix, split, err := checkPreTokenizer(f.PreTokenizer)
	if err != nil {
		return nil, err
	}
	merges, err := parseMerges(f.Model.Merges)
	if err != nil {
		return nil, err
	}
	added := make([]AddedToken, len(f.AddedTokens))
	for i, a := range f.AddedTokens {
		if a.Content == "" {
			return nil, fmt.Errorf("%w: empty added token %d", ErrFormat, a.ID)
		}
		added[i] = AddedToken{ID: a.ID, Content: a.Content, Special: a.Special}
	}
	t, err := build(f.Model.Vocab, merges, added, addPrefix)
	if err != nil {
		return nil, err
	}
	t.split, t.ignoreMerges = split, f.Model.IgnoreMerges
	return t, nil
}

// checkPreTokenizer accepts ByteLevel with the GPT-2 split, or the Llama 3
// form: Sequence[Split(llama3Pattern, Isolated), ByteLevel(use_regex=false)].
func checkPreTokenizer(raw json.RawMessage) (bool, func(string) []string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return false, nil, fmt.Errorf("%w: no pre_tokenizer (want ByteLevel)", ErrUnsupported)
	}
	var p preTokJSON
	if err := json.Unmarshal(raw, &p); err != nil {
		return false, nil, fmt.Errorf("%w: pre_tokenizer: %v", ErrFormat, err)
	}
	if p.Type == "Sequence" && len(p.PreTokenizers) == 1 {
		p = p.PreTokenizers[0]
	}
	if p.Type == "Sequence" && len(p.PreTokenizers) == 2 {
		sp, bl := p.PreTokenizers[0], p.PreTokenizers[1]
		if sp.Type != "Split" || sp.Pattern.Regex != llama3Pattern || sp.Behavior != "Isolated" || sp.Invert {
			return false, nil, fmt.Errorf("%w: Split pre-tokenizer other than the Llama 3 pattern", ErrUnsupported)
		}
		if bl.Type != "ByteLevel" || bl.UseRegex == nil || *bl.UseRegex {
			return false, nil, fmt.Errorf("%w: Split must be followed by ByteLevel(use_regex=false)", ErrUnsupported)
		}
		return bl.AddPrefixSpace, splitLlama3, nil
	}
	if p.Type != "ByteLevel" {
		return false, nil, fmt.Errorf("%w: pre_tokenizer %q (want ByteLevel)", ErrUnsupported, p.Type)
	}
	if p.UseRegex != nil && !*p.UseRegex {
		return false, nil, fmt.Errorf("%w: ByteLevel without a split", ErrUnsupported)
	}
	return p.AddPrefixSpace, splitGPT2, nil
}

func parseMerges(raw json.RawMessage) ([][2]string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var asStrings []string
	if err := json.Unmarshal(raw, &asStrings); err == nil {
		out := make([][2]string, len(asStrings))
		for i, m := range asStrings {
			a, b, ok := strings.Cut(m, " ")
			if !ok || a == "" || b == "" || strings.Contains(b, " ") {
				return nil, fmt.Errorf("%w: merge %d %q", ErrFormat, i, m)
			}
			out[i] = [2]string{a, b}
		}
		return out, nil
	}
	var asPairs [][]string
	if err := json.Unmarshal(raw, &asPairs); err != nil {
		return nil, fmt.Errorf("%w: merges: %v", ErrFormat, err)
	}
	out := make([][2]string, len(asPairs))
	for i, m := range asPairs {
		if len(m) != 2 || m[0] == "" || m[1] == "" {
			return nil, fmt.Errorf("%w: merge %d %v", ErrFormat, i, m)
		}
		out[i] = [2]string{m[0], m[1]}
	}
	return out, nil
}

func build(vocab map[string]int, merges [][2]string, added []AddedToken, addPrefix bool) (*Tokenizer, error) {
	size := 0
	for _, id := range vocab {
		if id < 0 || id > 1<<24 {
			return nil, fmt.Errorf("%w: token id %d", ErrFormat, id)
		}
		size = max(size, id+1)
	}
	for _, a := range added {
		if a.ID < 0 || a.ID > 1<<24 {
			return nil, fmt.Errorf("%w: added token id %d", ErrFormat, a.ID)
		}
		size = max(size, a.ID+1)
	}
	t := &Tokenizer{
		vocab:          make(map[string]int, len(vocab)),
		tokens:         make([]string, size),
		addedByID:      make(map[int]bool, len(added)),
		ranks:          make(map[[2]string]int, len(merges)),
		merges:         merges,
		addPrefixSpace: addPrefix,
		split:          splitGPT2,
		cache:          make(map[string][]int),
	}
	seen := make(map[int]string, len(vocab))
	for tok, id := range vocab {
		if prev, dup := seen[id]; dup {
			return nil, fmt.Errorf("%w: id %d used by %q and %q", ErrFormat, id, prev, tok)
		}
		seen[id] = tok
		t.vocab[tok] = id
		t.tokens[id] = tok
	}
	for _, a := range added {
		if tok, ok := seen[a.ID]; ok && tok != a.Content {
			return nil, fmt.Errorf("%w: added token %q reuses id %d of %q", ErrFormat, a.Content, a.ID, tok)
		}
		t.tokens[a.ID] = a.Content
		t.addedByID[a.ID] = true
		t.vocab[a.Content] = a.ID
	}
	// Longest added tokens first so the splitter prefers them.
	t.added = append([]AddedToken(nil), added...)
	sort.SliceStable(t.added, func(i, j int) bool { return len(t.added[i].Content) > len(t.added[j].Content) })
	for i, m := range merges {
		if _, ok := t.vocab[m[0]+m[1]]; !ok {
			return nil, fmt.Errorf("%w: merge %d %q+%q yields a token outside the vocabulary", ErrFormat, i, m[0], m[1])
		}
		if _, dup := t.ranks[m]; !dup {
			t.ranks[m] = i
		}
	}
	return t, nil
}

// VocabSize returns one more than the largest token id.
func (t *Tokenizer) VocabSize() int { return len(t.tokens) }

// TokenID returns the id of a token given in its vocabulary spelling (for
// added tokens, their content).
func (t *Tokenizer) TokenID(tok string) (int, bool) {
	id, ok := t.vocab[tok]
	return id, ok
}

// IsSpecial reports whether id is an added token marked special.
func (t *Tokenizer) IsSpecial(id int) bool {
	for _, a := range t.added {
		if a.ID == id {
			return a.Special
		}
	}
	return false
}

// Encode turns text into token ids. Added tokens in the text are recognised;
// bytes the vocabulary cannot express are dropped (never the case for a
// byte-level vocabulary with all 256 byte tokens).
func (t *Tokenizer) Encode(text string) []int {
	var ids []int
	first := true
	for len(text) > 0 {
		// Find the earliest added token.
		at, which := -1, -1
		for i, a := range t.added {
			if k := strings.Index(text, a.Content); k >= 0 && (at < 0 || k < at) {
				at, which = k, i
			}
		}
		chunk := text
		if at >= 0 {
			chunk = text[:at]
		}
		if chunk != "" {
			if first && t.addPrefixSpace && !strings.HasPrefix(chunk, " ") {
				chunk = " " + chunk
			}
			for _, piece := range t.split(chunk) {
				ids = append(ids, t.encodePiece(piece)...)
			}
		}
		first = false
		if at < 0 {
			break
		}
		ids = append(ids, t.added[which].ID)
		text = text[at+len(t.added[which].Content):]
	}
	return ids
}

// encodePiece runs BPE over one pre-tokenized piece.
func (t *Tokenizer) encodePiece(piece string) []int {
	t.mu.RLock()
	cached, ok := t.cache[piece]
	t.mu.RUnlock()
	if ok {
		return cached
	}
	syms := make([]string, 0, len(piece))
	for i := 0; i < len(piece); i++ {
		syms = append(syms, string(byteToRune[piece[i]]))
	}
	if t.ignoreMerges {
		if id, ok := t.vocab[strings.Join(syms, "")]; ok {
			return []int{id}
		}
	}
	for len(syms) > 1 {
		best, bestRank := -1, int(^uint(0)>>1)
		for i := 0; i+1 < len(syms); i++ {
			if r, ok := t.ranks[[2]string{syms[i], syms[i+1]}]; ok && r < bestRank {
				best, bestRank = i, r
			}
		}
		if best < 0 {
			break
		}
		pair := [2]string{syms[best], syms[best+1]}
		merged := syms[:0:0]
		for i := 0; i < len(syms); i++ {
			if i+1 < len(syms) && syms[i] == pair[0] && syms[i+1] == pair[1] {
				merged = append(merged, pair[0]+pair[1])
				i++
				continue
			}
			merged = append(merged, syms[i])
		}
		syms = merged
	}
	ids := make([]int, 0, len(syms))
	for _, s := range syms {
		if id, ok := t.vocab[s]; ok {
			ids = append(ids, id)
		}
	}
	t.mu.Lock()
	if len(t.cache) > 1<<16 {
		t.cache = make(map[string][]int)
	}
	t.cache[piece] = ids
	t.mu.Unlock()
	return ids
}

// DecodeBytes returns the raw bytes of ids; ids outside the vocabulary are skipped.
func (t *Tokenizer) DecodeBytes(ids []int) []byte {
	var out []byte
	for _, id := range ids {
		if id < 0 || id >= len(t.tokens) {
			continue
		}
		out = t.appendToken(out, id)
	}
	return out
}

func (t *Tokenizer) appendToken(out []byte, id int) []byte {
	tok := t.tokens[id]
	if t.addedByID[id] {
		return append(out, tok...)
	}
	for _, r := range tok {
		if b, ok := runeToByte[r]; ok {
			out = append(out, b)
		}
	}
	return out
}

// Decode returns the text of ids (which may end in an incomplete UTF-8
// sequence when the ids stop mid-character).
func (t *Tokenizer) Decode(ids []int) string { return string(t.DecodeBytes(ids)) }

// DecodeStrict is Decode that fails on an id outside the vocabulary.
func (t *Tokenizer) DecodeStrict(ids []int) (string, error) {
	for _, id := range ids {
		if id < 0 || id >= len(t.tokens) || t.tokens[id] == "" {
			return "", fmt.Errorf("%w: %d", ErrUnknownID, id)
		}
	}
	return t.Decode(ids), nil
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

// splitGPT2 implements the GPT-2 pre-tokenizer pattern
// 's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
// without a regular expression engine (Go's regexp has no lookahead).
func splitGPT2(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		n := matchAt(s, i)
		out = append(out, s[i:i+n])
		i += n
	}
	return out
}

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

func matchAt(s string, i int) int {
	if s[i] == '\'' {
		for _, c := range []string{"'s", "'t", "'re", "'ve", "'m", "'ll", "'d"} {
			if strings.HasPrefix(s[i:], c) {
				return len(c)
			}
		}
	}
	start := i
	if s[i] == ' ' && i+1 < len(s) {
		r, _ := utf8.DecodeRuneInString(s[i+1:])
		if c := classOf(r); c != clsSpace {
			return 1 + runOf(s, i+1, c)
		}
	}
	r, w := utf8.DecodeRuneInString(s[start:])
	if c := classOf(r); c != clsSpace {
		if r == utf8.RuneError && w <= 1 {
			return 1 // a stray byte is a piece of its own
		}
		return runOf(s, start, c)
	}
	// Whitespace: \s+(?!\S) then \s+.
	n := runOf(s, start, clsSpace)
	if start+n == len(s) {
		return n
	}
	// Leave the last whitespace rune for the next piece when the run has more than one.
	_, lw := utf8.DecodeLastRuneInString(s[start : start+n])
	if n-lw > 0 {
		return n - lw
	}
	return n
}

// splitLlama3 implements the Llama 3 pre-tokenizer pattern (llama3Pattern)
// without a regular expression engine.
func splitLlama3(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		n := matchLlama3(s, i)
		out = append(out, s[i:i+n])
		i += n
	}
	return out
}

func isNewline(r rune) bool { return r == '\r' || r == '\n' }

func matchLlama3(s string, i int) int {
	// (?i:'s|'t|'re|'ve|'m|'ll|'d)
	if s[i] == '\'' {
		rest := strings.ToLower(s[i+1 : min(len(s), i+3)])
		for _, c := range []string{"re", "ve", "ll", "s", "t", "m", "d"} {
			if strings.HasPrefix(rest, c) {
				return 1 + len(c)
			}
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
	// \p{N}{1,3}
	if c0 == clsNumber {
		j := i
		for k := 0; k < 3 && j < len(s); k++ {
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
	// \s+(?!\S) then \s+.
	if i+n == len(s) {
		return n
	}
	_, lw := utf8.DecodeLastRuneInString(s[i : i+n])
	if n-lw > 0 {
		return n - lw
	}
	return n
}
