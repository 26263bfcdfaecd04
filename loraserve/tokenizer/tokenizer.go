// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package tokenizer

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/crypto/sha3"
)

var (
	// ErrFormat is returned when tokenizer.json or tokenizer_config.json is
	// malformed or inconsistent.
	ErrFormat = errors.New("tokenizer: bad tokenizer file")
	// ErrUnsupported is returned for a component this package does not
	// implement (a model other than BPE, an unknown normalizer, …).
	ErrUnsupported = errors.New("tokenizer: unsupported")
	// ErrUnknownID is returned by DecodeStrict for an id outside the vocabulary.
	ErrUnknownID = errors.New("tokenizer: unknown token id")
)

// File names in a model directory.
const (
	// FileName is the tokenizer itself.
	FileName = "tokenizer.json"
	// ConfigFileName holds the special tokens and the chat template.
	ConfigFileName = "tokenizer_config.json"
)

// maxTokenID bounds token ids so a hostile file cannot make Load allocate
// an absurd id table.
const maxTokenID = 1 << 24

// Config is what tokenizer_config.json says about the tokenizer: its
// special tokens (by content), whether BOS/EOS are added, and the chat
// template. Fields are empty when the file or the field is absent.
type Config struct {
	BOSToken, EOSToken, UnkToken, PadToken string
	// AddBOSToken and AddEOSToken are nil when the file does not say; they
	// override the post-processor for Llama- and Gemma-class tokenizers, as
	// transformers does.
	AddBOSToken, AddEOSToken *bool
	// ChatTemplate is the default Jinja chat template; ChatTemplates holds
	// the named ones when the file lists several.
	ChatTemplate  string
	ChatTemplates map[string]string
	// ModelMaxLength is model_max_length, 0 when absent or unbounded.
	ModelMaxLength int
	// TokenizerClass is transformers' class name (e.g. "LlamaTokenizerFast").
	TokenizerClass string
	// CleanUpTokenizationSpaces removes spaces before punctuation in Decode.
	CleanUpTokenizationSpaces bool
	// AdditionalSpecialTokens are more tokens to treat as special.
	AdditionalSpecialTokens []string
}

// Tokenizer is a loaded Hugging Face tokenizer: tokenizer.json's
// normalizer, pre-tokenizer, BPE model, post-processor and decoder, with
// tokenizer_config.json's special tokens and chat template. It is safe for
// concurrent use.
type Tokenizer struct {
	raw    []byte // tokenizer.json as read
	rawCfg []byte // tokenizer_config.json as read (nil when absent)
	cfg    Config

	norm   normalizer
	pre    preTokenizerInfo
	model  *bpeModel
	added  *addedVocab
	post   postProcessor
	dec    decoder
	merges [][2]string

	tokens    []string // id -> token (model spelling, or added content)
	addedByID map[int]int
	addedIDs  map[string]int // added content -> id
	special   map[int]bool
	minTokens float64 // lower bound on tokens per input byte (0: none known)
}

// Load reads a tokenizer from path: a model directory holding
// tokenizer.json (and usually tokenizer_config.json), or a tokenizer.json
// file, in which case a tokenizer_config.json beside it is read too.
func Load(path string) (*Tokenizer, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	dir, file := path, filepath.Join(path, FileName)
	if !st.IsDir() {
		dir, file = filepath.Dir(path), path
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	rawCfg, err := os.ReadFile(filepath.Join(dir, ConfigFileName))
	if errors.Is(err, fs.ErrNotExist) {
		rawCfg, err = nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	t, err := parse(raw, rawCfg)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// Parse builds a tokenizer from the contents of tokenizer.json and of
// tokenizer_config.json (nil when there is none), for tokenizers that do not
// come as files (a GGUF model's metadata); files go through Load.
func Parse(tokenizerJSON, configJSON []byte) (*Tokenizer, error) {
	return parse(tokenizerJSON, configJSON)
}

func parse(raw, rawCfg []byte) (*Tokenizer, error) {
	var f fileJSON
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrFormat, FileName, err)
	}
	cfg, err := parseConfig(rawCfg)
	if err != nil {
		return nil, err
	}
	if f.Model.Type != "BPE" && !(f.Model.Type == "" && f.Model.Merges != nil) {
		return nil, fmt.Errorf("%w: model type %q (want BPE)", ErrUnsupported, f.Model.Type)
	}
	t := &Tokenizer{raw: raw, rawCfg: rawCfg, cfg: cfg, addedByID: make(map[int]int), addedIDs: make(map[string]int),
		special: make(map[int]bool)}
	if t.norm, err = buildNormalizer(f.Normalizer); err != nil {
		return nil, err
	}
	if t.pre, err = buildPreTokenizer(f.PreTokenizer); err != nil {
		return nil, err
	}
	if t.merges, err = parseMerges(f.Model.Merges); err != nil {
		return nil, err
	}
	if err := t.buildVocab(&f); err != nil {
		return nil, err
	}
	if t.model, err = newBPE(&f.Model, t.merges); err != nil {
		return nil, err
	}
	if t.post, err = buildPostProcessor(f.PostProcessor, t.TokenID); err != nil {
		return nil, err
	}
	if err := t.applyAddSpecial(); err != nil {
		return nil, err
	}
	if t.dec, err = buildDecoder(f.Decoder); err != nil {
		return nil, err
	}
	t.minTokens = t.tokensPerByteBound(&f)
	return t, nil
}

func parseConfig(raw []byte) (Config, error) {
	if raw == nil {
		return Config{}, nil
	}
	var c configJSON
	if err := json.Unmarshal(raw, &c); err != nil {
		return Config{}, fmt.Errorf("%w: %s: %v", ErrFormat, ConfigFileName, err)
	}
	cfg := Config{
		BOSToken: c.BOSToken.Content, EOSToken: c.EOSToken.Content, UnkToken: c.UnkToken.Content, PadToken: c.PadToken.Content,
		AddBOSToken: c.AddBOSToken, AddEOSToken: c.AddEOSToken,
		ChatTemplate: c.ChatTemplate.Template, ChatTemplates: c.ChatTemplate.Named,
		TokenizerClass: c.TokenizerClass,
	}
	if c.ModelMaxLength != nil && *c.ModelMaxLength > 0 && *c.ModelMaxLength < 1<<40 {
		cfg.ModelMaxLength = int(*c.ModelMaxLength)
	}
	if c.CleanUpTokenizationSpaces != nil {
		cfg.CleanUpTokenizationSpaces = *c.CleanUpTokenizationSpaces
	}
	for _, s := range c.AdditionalSpecialTokens {
		if s.Set {
			cfg.AdditionalSpecialTokens = append(cfg.AdditionalSpecialTokens, s.Content)
		}
	}
	return cfg, nil
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

// buildVocab checks ids and builds the id table and the added vocabulary.
func (t *Tokenizer) buildVocab(f *fileJSON) error {
	size := 0
	for tok, id := range f.Model.Vocab {
		if id < 0 || id >= maxTokenID {
			return fmt.Errorf("%w: token %q has id %d", ErrFormat, tok, id)
		}
		size = max(size, id+1)
	}
	for _, a := range f.AddedTokens {
		if a.ID < 0 || a.ID >= maxTokenID {
			return fmt.Errorf("%w: added token %q has id %d", ErrFormat, a.Content, a.ID)
		}
		if a.Content == "" {
			return fmt.Errorf("%w: empty added token %d", ErrFormat, a.ID)
		}
		size = max(size, a.ID+1)
	}
	t.tokens = make([]string, size)
	seen := make([]bool, size)
	for tok, id := range f.Model.Vocab {
		if seen[id] {
			return fmt.Errorf("%w: id %d used by %q and %q", ErrFormat, id, t.tokens[id], tok)
		}
		seen[id] = true
		t.tokens[id] = tok
	}
	added := make([]AddedToken, 0, len(f.AddedTokens))
	for _, a := range f.AddedTokens {
		if seen[a.ID] && t.tokens[a.ID] != a.Content {
			return fmt.Errorf("%w: added token %q reuses id %d of %q", ErrFormat, a.Content, a.ID, t.tokens[a.ID])
		}
		if _, dup := t.addedByID[a.ID]; dup {
			return fmt.Errorf("%w: added token id %d listed twice", ErrFormat, a.ID)
		}
		t.tokens[a.ID] = a.Content
		t.addedByID[a.ID] = len(added)
		if _, ok := t.addedIDs[a.Content]; !ok {
			t.addedIDs[a.Content] = a.ID
		}
		if a.Special {
			t.special[a.ID] = true
		}
		added = append(added, AddedToken{ID: a.ID, Content: a.Content, Special: a.Special,
			SingleWord: a.SingleWord, LStrip: a.LStrip, RStrip: a.RStrip, Normalized: a.Normalized})
	}
	for _, s := range t.cfg.AdditionalSpecialTokens {
		if id, ok := t.addedIDs[s]; ok {
			t.special[id] = true
		} else if id, ok := f.Model.Vocab[s]; ok {
			t.special[id] = true
		}
	}
	t.added = newAddedVocab(added, t.norm)
	return nil
}

// applyAddSpecial lets tokenizer_config.json's add_bos_token/add_eos_token
// decide the special tokens of Llama- and Gemma-class tokenizers, as their
// transformers classes rebuild the post-processor from them.
func (t *Tokenizer) applyAddSpecial() error {
	class := strings.TrimSuffix(t.cfg.TokenizerClass, "Fast")
	switch class {
	case "LlamaTokenizer", "CodeLlamaTokenizer", "GemmaTokenizer":
	default:
		return nil
	}
	addBOS, addEOS := true, false
	if t.cfg.AddBOSToken != nil {
		addBOS = *t.cfg.AddBOSToken
	}
	if t.cfg.AddEOSToken != nil {
		addEOS = *t.cfg.AddEOSToken
	}
	t.post = postProcessor{}
	if addBOS {
		id, ok := t.TokenID(t.cfg.BOSToken)
		if !ok {
			return fmt.Errorf("%w: add_bos_token with bos_token %q outside the vocabulary", ErrFormat, t.cfg.BOSToken)
		}
		t.post.prefix = []int{id}
	}
	if addEOS {
		id, ok := t.TokenID(t.cfg.EOSToken)
		if !ok {
			return fmt.Errorf("%w: add_eos_token with eos_token %q outside the vocabulary", ErrFormat, t.cfg.EOSToken)
		}
		t.post.suffix = []int{id}
	}
	return nil
}

// tokensPerByteBound returns a lower bound on tokens per input byte: the
// normalizer's worst shrink over the most input one token can stand for.
// It is 0 when no bound holds (text can vanish or one token can absorb any
// amount of it).
func (t *Tokenizer) tokensPerByteBound(f *fileJSON) float64 {
	allBytes := t.model.byteFallback
	for _, id := range t.model.byteIDs {
		allBytes = allBytes && id >= 0
	}
	// Every character becomes some token when the vocabulary holds all
	// bytes (byte-level, or byte fallback with all 256 <0xNN>) or there is
	// an unknown token; fused unknowns make one token of any run.
	byteLevelAll := t.pre.byteLevel
	for _, r := range byteToRune {
		byteLevelAll = byteLevelAll && t.model.smallRunes[r] >= 0
	}
	covered := byteLevelAll || allBytes
	if !covered && (t.model.unk < 0 || t.model.fuseUnk) {
		return 0
	}
	if t.norm.keep == 0 || !t.pre.keep {
		return 0
	}
	longest := 4 // an unk or byte-fallback token stands for at most one character
	for tok := range f.Model.Vocab {
		n := len(tok)
		if t.pre.byteLevel {
			n = utf8.RuneCountInString(tok) // one rune per byte
		}
		longest = max(longest, n)
	}
	for _, a := range t.added.tokens {
		if a.LStrip || a.RStrip {
			return 0 // absorbs any amount of whitespace
		}
		longest = max(longest, len(a.Content))
	}
	return t.norm.keep / float64(longest)
}

// MinTokens returns a lower bound on the number of tokens Encode returns for
// any text of n bytes, computed without tokenizing: callers refuse input
// that cannot fit a context before spending time on it. It is 0 when the
// tokenizer's components admit no useful bound.
func (t *Tokenizer) MinTokens(n int) int {
	return int(math.Floor(float64(n) * t.minTokens))
}

// Hash returns the Keccak-256 of tokenizer.json: the tokenizer's identity
// (an attribution index records the hash of the tokenizer it was built with).
func (t *Tokenizer) Hash() [32]byte {
	h := sha3.NewLegacyKeccak256()
	h.Write(t.raw)
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// Config returns what tokenizer_config.json says.
func (t *Tokenizer) Config() Config { return t.cfg }

// VocabSize returns one more than the largest token id.
func (t *Tokenizer) VocabSize() int { return len(t.tokens) }

// TokenID returns the id of a token given in its vocabulary spelling (for
// added tokens, their content).
func (t *Tokenizer) TokenID(tok string) (int, bool) {
	if id, ok := t.addedIDs[tok]; ok {
		return id, true
	}
	if t.model != nil {
		id, ok := t.model.vocab[tok]
		return id, ok
	}
	return 0, false
}

// Token returns the vocabulary spelling of id ("" when unused).
func (t *Tokenizer) Token(id int) string {
	if id < 0 || id >= len(t.tokens) {
		return ""
	}
	return t.tokens[id]
}

// IsSpecial reports whether id is a special token (an added token marked
// special, or one of tokenizer_config.json's additional special tokens).
func (t *Tokenizer) IsSpecial(id int) bool { return t.special[id] }

// AddedTokens returns the added tokens in id order.
func (t *Tokenizer) AddedTokens() []AddedToken {
	out := append([]AddedToken(nil), t.added.tokens...)
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// BOS returns the id of tokenizer_config.json's bos_token.
func (t *Tokenizer) BOS() (int, bool) { return t.TokenID(t.cfg.BOSToken) }

// EOS returns the id of tokenizer_config.json's eos_token.
func (t *Tokenizer) EOS() (int, bool) { return t.TokenID(t.cfg.EOSToken) }

// Encode turns text into token ids without adding special tokens (HF's
// add_special_tokens=False); special tokens written in the text are
// recognised.
func (t *Tokenizer) Encode(text string) []int {
	return t.encode(text, nil)
}

// EncodeWithSpecialTokens is Encode plus the special tokens the
// post-processor adds around a single sequence (for example <s> before it):
// HF's encode with add_special_tokens=True.
func (t *Tokenizer) EncodeWithSpecialTokens(text string) []int {
	out := append([]int(nil), t.post.prefix...)
	out = t.encode(text, out)
	return append(out, t.post.suffix...)
}

// SpecialTokensAdded returns the ids EncodeWithSpecialTokens puts before and
// after the text.
func (t *Tokenizer) SpecialTokensAdded() (prefix, suffix []int) {
	return append([]int(nil), t.post.prefix...), append([]int(nil), t.post.suffix...)
}

func (t *Tokenizer) encode(text string, out []int) []int {
	var raw, normed []section
	raw = t.added.split(t.added.raw, text, true, raw)
	var pieces []piece
	for _, sec := range raw {
		if sec.token >= 0 {
			out = append(out, t.added.tokens[sec.token].ID)
			continue
		}
		n := t.norm.apply(sec.text)
		if n == "" {
			continue
		}
		normed = t.added.split(t.added.normed, n, sec.first, normed[:0])
		for _, sub := range normed {
			if sub.token >= 0 {
				out = append(out, t.added.tokens[sub.token].ID)
				continue
			}
			p := piece{text: sub.text, first: sub.first}
			if t.pre.pre == nil {
				out = t.model.tokenize(p.text, out)
				continue
			}
			pieces = t.pre.pre.split(p, pieces[:0])
			for _, q := range pieces {
				out = t.model.tokenize(q.text, out)
			}
		}
	}
	return out
}

// tokenBytes returns the vocabulary spelling of ids as byte slices, leaving
// out unknown ids and, with skipSpecial, special tokens.
func (t *Tokenizer) tokenBytes(ids []int, skipSpecial bool) [][]byte {
	out := make([][]byte, 0, len(ids))
	for _, id := range ids {
		if id < 0 || id >= len(t.tokens) || t.tokens[id] == "" || skipSpecial && t.special[id] {
			continue
		}
		out = append(out, []byte(t.tokens[id]))
	}
	return out
}

// Decode returns the text of ids as HF's decode does: the decoder chain
// joins the tokens (with a leading space stripped where the decoder says),
// invalid UTF-8 becomes U+FFFD, special tokens are left out when
// skipSpecial is set, and clean_up_tokenization_spaces is applied when the
// config asks for it. Ids outside the vocabulary are skipped.
func (t *Tokenizer) Decode(ids []int, skipSpecial bool) string {
	s := string(lossyUTF8(t.dec.run(t.tokenBytes(ids, skipSpecial), true, true)))
	if t.cfg.CleanUpTokenizationSpaces {
		s = cleanUpTokenization(s)
	}
	return s
}

// DecodeStrict is Decode (keeping special tokens) that fails on an id
// outside the vocabulary.
func (t *Tokenizer) DecodeStrict(ids []int) (string, error) {
	for _, id := range ids {
		if id < 0 || id >= len(t.tokens) || t.tokens[id] == "" {
			return "", fmt.Errorf("%w: %d", ErrUnknownID, id)
		}
	}
	return t.Decode(ids, false), nil
}

// Stream decodes generated tokens one at a time into raw bytes, so that a
// caller can send text as it is generated. Concatenated, its output is
// Decode's text before U+FFFD replacement and clean-up (a character split
// over several tokens arrives as its bytes, complete once all are in).
type Stream struct {
	t           *Tokenizer
	skipSpecial bool
	started     bool
}

// NewStream starts a stream. atStart says whether the tokens begin a text
// (a chat reply): then the decoder's leading-space strip applies to the
// first token, as in Decode; a completion continuing a prompt passes false.
// skipSpecial leaves special tokens out.
func (t *Tokenizer) NewStream(atStart, skipSpecial bool) *Stream {
	return &Stream{t: t, skipSpecial: skipSpecial, started: !atStart}
}

// Next returns the bytes of the next token (nil for a skipped one).
func (s *Stream) Next(id int) []byte {
	toks := s.t.tokenBytes([]int{id}, s.skipSpecial)
	if len(toks) == 0 {
		return nil
	}
	out := s.t.dec.run(toks, !s.started, false)
	if s.t.dec.none && s.started {
		out = append([]byte(" "), out...) // no decoder: tokens are joined by spaces
	}
	s.started = true
	return out
}
