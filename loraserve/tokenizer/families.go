// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package tokenizer

import (
	"embed"
	"fmt"
	"sort"
)

// Family names a model family whose tokenizer layout Generate reproduces:
// the same normalizer, pre-tokenizer, model options, post-processor,
// decoder, special tokens and chat template as the family's published
// tokenizer.json and tokenizer_config.json, over a small vocabulary
// trained on a corpus.
type Family string

// The families Generate knows.
const (
	// FamilyLlama3 is byte-level BPE with the Llama 3 split, ignore_merges,
	// <|begin_of_text|> added in front, and the Llama 3 header chat format.
	FamilyLlama3 Family = "llama3"
	// FamilyLlama2 is SentencePiece-style BPE with byte fallback in the
	// legacy layout (Prepend ▁ and Replace space normalizers), <s> added in
	// front, and the [INST] <<SYS>> chat format.
	FamilyLlama2 Family = "llama2"
	// FamilyMistral is SentencePiece-style BPE with byte fallback in the
	// current layout (Metaspace pre-tokenizer, prepend_scheme "first") and
	// Mistral's [INST] chat format.
	FamilyMistral Family = "mistral"
	// FamilyQwen2 is byte-level BPE with an NFC normalizer, Qwen 2's split
	// (single digits), no BOS, and the ChatML chat format.
	FamilyQwen2 Family = "qwen2"
	// FamilyGemma is SentencePiece-style BPE with byte fallback, spaces
	// replaced by ▁ without a prefix, <bos> in front, and Gemma's turn format.
	FamilyGemma Family = "gemma"
	// FamilyDeepSeek is byte-level BPE in the Llama 3 form with DeepSeek
	// LLM's special tokens and User:/Assistant: chat format.
	FamilyDeepSeek Family = "deepseek"
	// FamilyFalcon is byte-level BPE after a punctuation split, with digit
	// runs cut into threes, and the Falcon chat format.
	FamilyFalcon Family = "falcon"
	// FamilyBLOOM is byte-level BPE after BLOOM's whitespace-and-punctuation
	// split; BLOOM publishes no chat template.
	FamilyBLOOM Family = "bloom"
	// FamilyChatGLM is SentencePiece-style BPE with byte fallback, the
	// [gMASK] sop prefix tokens added in front, and ChatGLM3's role tokens
	// and chat format.
	FamilyChatGLM Family = "chatglm"
	// FamilyGPT2 is GPT-2's byte-level BPE; GPT-2 has no chat template.
	FamilyGPT2 Family = "gpt2"
)

// SentencePiece reports whether the family's tokenizer is SentencePiece-style
// BPE with byte fallback (rather than byte-level BPE).
func (f Family) SentencePiece() bool { return families[f].sentencePiece }

// Families returns every family Generate accepts, sorted.
func Families() []Family {
	out := make([]Family, 0, len(families))
	for f := range families {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// GenerateOptions tune Generate; zero fields take the defaults.
type GenerateOptions struct {
	// Corpus trains the vocabulary (default: DefaultCorpus).
	Corpus string
	// VocabSize is the number of learned tokens, bytes included, before the
	// special tokens (default 512).
	VocabSize int
	// ModelMaxLength goes to tokenizer_config.json (default 2048).
	ModelMaxLength int
}

//go:embed templates/*.jinja
var templateFiles embed.FS

// ChatTemplate returns the chat template the family publishes in its
// tokenizer_config.json ("" for families without one).
func ChatTemplate(f Family) string {
	spec, ok := families[f]
	if !ok || spec.template == "" {
		return ""
	}
	b, err := templateFiles.ReadFile("templates/" + spec.template + ".jinja")
	if err != nil {
		panic(fmt.Sprintf("tokenizer: embedded template %s: %v", spec.template, err)) // a build error
	}
	return string(b)
}

// familySpec describes one family's layout.
type familySpec struct {
	sentencePiece bool     // SentencePiece-style (▁, byte fallback) rather than byte-level
	reserved      []string // tokens at ids 0.. (SentencePiece: <unk> <s> </s> …)
	appended      []string // special tokens after the learned vocabulary
	build         func(l layout) (*fileJSON, map[string]any)
	template      string // templates/<name>.jinja, "" for none
}

// layout is what a family's builder works from.
type layout struct {
	vocab   map[string]int
	merges  [][2]string
	added   []addedJSON
	id      func(string) int // id of a reserved or appended token
	maxLen  int
	chat    string
	special map[string]int
}

var families = map[Family]familySpec{
	FamilyLlama3: {
		appended: []string{"<|begin_of_text|>", "<|end_of_text|>", "<|reserved_special_token_0|>", "<|reserved_special_token_1|>",
			"<|reserved_special_token_2|>", "<|reserved_special_token_3|>", "<|start_header_id|>", "<|end_header_id|>",
			"<|reserved_special_token_4|>", "<|eot_id|>"},
		template: "llama3",
		build: func(l layout) (*fileJSON, map[string]any) {
			f := &fileJSON{
				AddedTokens:   l.added,
				PreTokenizer:  sequencePreJSON(splitJSON(llama3Pattern), byteLevelJSON(false, false)),
				PostProcessor: &componentJSON{Type: "Sequence", Processors: []*componentJSON{byteLevelJSON(true, false), templateJSON(l, "<|begin_of_text|>", "")}},
				Decoder:       byteLevelJSON(true, true),
				Model:         bpeJSON(l.vocab, l.merges, nil, false, true),
			}
			return f, configMap(l, "PreTrainedTokenizerFast", "<|begin_of_text|>", "<|eot_id|>", "", "")
		},
	},
	FamilyLlama2: {
		sentencePiece: true,
		reserved:      []string{"<unk>", "<s>", "</s>"},
		template:      "llama2",
		build: func(l layout) (*fileJSON, map[string]any) {
			f := &fileJSON{
				AddedTokens: l.added,
				Normalizer: &componentJSON{Type: "Sequence", Normalizers: []*componentJSON{
					{Type: "Prepend", Prepend: strPtr("▁")},
					{Type: "Replace", Pattern: literal(" "), Content: strPtr("▁")},
				}},
				PostProcessor: templateJSON(l, "<s>", ""),
				Decoder:       sentencePieceDecoderJSON(true),
				Model:         bpeJSON(l.vocab, l.merges, strPtr("<unk>"), true, false),
			}
			cfg := configMap(l, "LlamaTokenizer", "<s>", "</s>", "<unk>", "")
			cfg["add_bos_token"], cfg["add_eos_token"], cfg["legacy"] = true, false, true
			return f, cfg
		},
	},
	FamilyMistral: {
		sentencePiece: true,
		reserved:      []string{"<unk>", "<s>", "</s>"},
		template:      "mistral",
		build: func(l layout) (*fileJSON, map[string]any) {
			f := &fileJSON{
				AddedTokens: l.added,
				PreTokenizer: &componentJSON{Type: "Metaspace", Replacement: strPtr("▁"), PrependScheme: strPtr("first"),
					Split: boolPtr(false)},
				PostProcessor: templateJSON(l, "<s>", ""),
				Decoder:       sentencePieceDecoderJSON(true),
				Model:         bpeJSON(l.vocab, l.merges, strPtr("<unk>"), true, false),
			}
			cfg := configMap(l, "LlamaTokenizer", "<s>", "</s>", "<unk>", "")
			cfg["add_bos_token"], cfg["add_eos_token"], cfg["legacy"] = true, false, false
			return f, cfg
		},
	},
	FamilyQwen2: {
		appended: []string{"<|endoftext|>", "<|im_start|>", "<|im_end|>"},
		template: "qwen2",
		build: func(l layout) (*fileJSON, map[string]any) {
			f := &fileJSON{
				AddedTokens:   l.added,
				Normalizer:    &componentJSON{Type: "NFC"},
				PreTokenizer:  sequencePreJSON(splitJSON(qwen2Pattern), byteLevelJSON(false, false)),
				PostProcessor: byteLevelJSON(false, false),
				Decoder:       byteLevelJSON(false, false),
				Model:         bpeJSON(l.vocab, l.merges, nil, false, false),
			}
			cfg := configMap(l, "Qwen2Tokenizer", "", "<|im_end|>", "", "<|endoftext|>")
			cfg["errors"], cfg["add_prefix_space"] = "replace", false
			return f, cfg
		},
	},
	FamilyGemma: {
		sentencePiece: true,
		reserved:      []string{"<pad>", "<eos>", "<bos>", "<unk>", "<start_of_turn>", "<end_of_turn>"},
		template:      "gemma",
		build: func(l layout) (*fileJSON, map[string]any) {
			f := &fileJSON{
				AddedTokens:   l.added,
				Normalizer:    &componentJSON{Type: "Replace", Pattern: literal(" "), Content: strPtr("▁")},
				PreTokenizer:  &componentJSON{Type: "Split", Pattern: literal(" "), Behavior: strPtr("MergedWithPrevious"), Invert: boolPtr(false)},
				PostProcessor: templateJSON(l, "<bos>", ""),
				Decoder:       sentencePieceDecoderJSON(false),
				Model:         bpeJSON(l.vocab, l.merges, strPtr("<unk>"), true, false),
			}
			cfg := configMap(l, "GemmaTokenizer", "<bos>", "<eos>", "<unk>", "<pad>")
			cfg["add_bos_token"], cfg["add_eos_token"] = true, false
			return f, cfg
		},
	},
	FamilyDeepSeek: {
		appended: []string{"<｜begin▁of▁sentence｜>", "<｜end▁of▁sentence｜>"},
		template: "deepseek",
		build: func(l layout) (*fileJSON, map[string]any) {
			f := &fileJSON{
				AddedTokens:   l.added,
				PreTokenizer:  sequencePreJSON(splitJSON(llama3Pattern), byteLevelJSON(false, false)),
				PostProcessor: templateJSON(l, "<｜begin▁of▁sentence｜>", ""),
				Decoder:       byteLevelJSON(true, true),
				Model:         bpeJSON(l.vocab, l.merges, nil, false, false),
			}
			cfg := configMap(l, "LlamaTokenizerFast", "<｜begin▁of▁sentence｜>", "<｜end▁of▁sentence｜>", "", "<｜end▁of▁sentence｜>")
			cfg["add_bos_token"], cfg["add_eos_token"] = true, false
			return f, cfg
		},
	},
	FamilyFalcon: {
		reserved: []string{">>TITLE<<", ">>ABSTRACT<<", ">>INTRODUCTION<<", ">>SUMMARY<<", ">>COMMENT<<", ">>ANSWER<<",
			">>QUESTION<<", ">>DOMAIN<<", ">>PREFIX<<", ">>SUFFIX<<", ">>MIDDLE<<", "<|endoftext|>"},
		template: "falcon",
		build: func(l layout) (*fileJSON, map[string]any) {
			f := &fileJSON{
				AddedTokens: l.added,
				PreTokenizer: sequencePreJSON(
					&componentJSON{Type: "Punctuation", Behavior: strPtr("Contiguous")},
					byteLevelJSON(false, true),
					&componentJSON{Type: "Digits", IndividualDigits: boolPtr(false)},
					&componentJSON{Type: "Split", Pattern: regex("[0-9][0-9][0-9]"), Behavior: strPtr("Isolated"), Invert: boolPtr(false)},
				),
				PostProcessor: byteLevelJSON(true, true),
				Decoder:       byteLevelJSON(true, true),
				Model:         bpeJSON(l.vocab, l.merges, nil, false, false),
			}
			return f, configMap(l, "PreTrainedTokenizerFast", "", "<|endoftext|>", "", "<|endoftext|>")
		},
	},
	FamilyBLOOM: {
		reserved: []string{"<unk>", "<s>", "</s>", "<pad>"},
		build: func(l layout) (*fileJSON, map[string]any) {
			f := &fileJSON{
				AddedTokens: l.added,
				PreTokenizer: sequencePreJSON(
					&componentJSON{Type: "Split", Pattern: regex(bloomPattern), Behavior: strPtr("Isolated"), Invert: boolPtr(false)},
					byteLevelJSON(false, false),
				),
				PostProcessor: byteLevelJSON(true, false),
				Decoder:       byteLevelJSON(true, false),
				Model:         bpeJSON(l.vocab, l.merges, nil, false, false),
			}
			return f, configMap(l, "BloomTokenizerFast", "<s>", "</s>", "<unk>", "<pad>")
		},
	},
	FamilyChatGLM: {
		sentencePiece: true,
		reserved:      []string{"<unk>", "<s>", "</s>"},
		appended:      []string{"[MASK]", "[gMASK]", "[sMASK]", "sop", "eop", "<|system|>", "<|user|>", "<|assistant|>", "<|observation|>"},
		template:      "chatglm3",
		build: func(l layout) (*fileJSON, map[string]any) {
			f := &fileJSON{
				AddedTokens: l.added,
				Normalizer: &componentJSON{Type: "Sequence", Normalizers: []*componentJSON{
					{Type: "Prepend", Prepend: strPtr("▁")},
					{Type: "Replace", Pattern: literal(" "), Content: strPtr("▁")},
				}},
				PostProcessor: templateJSON(l, "[gMASK]", "sop"),
				Decoder:       sentencePieceDecoderJSON(true),
				Model:         bpeJSON(l.vocab, l.merges, strPtr("<unk>"), true, false),
			}
			return f, configMap(l, "ChatGLMTokenizer", "", "</s>", "<unk>", "<unk>")
		},
	},
	FamilyGPT2: {
		appended: []string{"<|endoftext|>"},
		build: func(l layout) (*fileJSON, map[string]any) {
			f := &fileJSON{
				AddedTokens:   l.added,
				PreTokenizer:  byteLevelJSON(false, true),
				PostProcessor: byteLevelJSON(true, true),
				Decoder:       byteLevelJSON(true, true),
				Model:         bpeJSON(l.vocab, l.merges, nil, false, false),
			}
			return f, configMap(l, "GPT2Tokenizer", "<|endoftext|>", "<|endoftext|>", "<|endoftext|>", "")
		},
	},
}

// bloomPattern is BLOOM's Split pattern (an Oniguruma nested class).
const bloomPattern = ` ?[^(\s|[.,!?…。，、।۔،])]+`

// Generate trains a small tokenizer in family f's layout, with its
// tokenizer_config.json (special tokens, chat template). The result is
// deterministic: the same options give byte-identical files (SaveDir).
func Generate(f Family, opts GenerateOptions) (*Tokenizer, error) {
	spec, ok := families[f]
	if !ok {
		return nil, fmt.Errorf("%w: family %q (known: %v)", ErrUnsupported, f, Families())
	}
	if opts.Corpus == "" {
		opts.Corpus = DefaultCorpus
	}
	if opts.VocabSize == 0 {
		opts.VocabSize = 512
	}
	if opts.ModelMaxLength == 0 {
		opts.ModelMaxLength = 2048
	}
	var (
		vocab  map[string]int
		merges [][2]string
		err    error
	)
	if spec.sentencePiece {
		vocab, merges, err = trainSentencePiece(opts.Corpus, opts.VocabSize+len(spec.reserved), spec.reserved, f != FamilyGemma)
	} else {
		vocab, merges, err = trainReservedByteLevel(opts.Corpus, opts.VocabSize, spec.reserved, splitterOf(f))
	}
	if err != nil {
		return nil, err
	}
	l := layout{vocab: vocab, merges: merges, maxLen: opts.ModelMaxLength, chat: ChatTemplate(f), special: map[string]int{}}
	for _, r := range spec.reserved {
		l.special[r] = vocab[r]
	}
	next := 0
	for _, id := range vocab {
		next = max(next, id+1)
	}
	for _, a := range spec.appended {
		l.special[a] = next
		next++
	}
	names := append(append([]string(nil), spec.reserved...), spec.appended...)
	for _, n := range names {
		l.added = append(l.added, addedJSON{ID: l.special[n], Content: n, Special: true})
	}
	l.id = func(s string) int { return l.special[s] }
	file, cfg := spec.build(l)
	return build(file, cfg)
}

// splitterOf returns the training splitter of a byte-level family: the
// pieces its pre-tokenizer makes.
func splitterOf(f Family) func(string) []string {
	switch f {
	case FamilyLlama3, FamilyDeepSeek:
		return pieceSplitter(matchLlama3)
	case FamilyQwen2:
		return pieceSplitter(matchQwen2)
	}
	return pieceSplitter(matchGPT2)
}

// trainReservedByteLevel trains byte-level merges with reserved tokens at
// ids 0.. before the 256 bytes (Falcon and BLOOM number theirs first).
func trainReservedByteLevel(corpus string, vocabSize int, reserved []string, split func(string) []string) (map[string]int, [][2]string, error) {
	if len(reserved) == 0 {
		return trainByteLevel(corpus, vocabSize, split)
	}
	counts := make(map[string]int)
	for _, p := range split(corpus) {
		counts[byteLevelString(p)]++
	}
	vocab := make(map[string]int, vocabSize+len(reserved))
	for i, r := range reserved {
		vocab[r] = i
	}
	for b := 0; b < 256; b++ {
		vocab[string(byteToRune[b])] = len(reserved) + b
	}
	merges := learnMerges(counts, vocab, vocabSize+len(reserved))
	return vocab, merges, nil
}

func sequencePreJSON(parts ...*componentJSON) *componentJSON {
	return &componentJSON{Type: "Sequence", PreTokenizers: parts}
}

func splitJSON(pattern string) *componentJSON {
	return &componentJSON{Type: "Split", Pattern: regex(pattern), Behavior: strPtr("Isolated"), Invert: boolPtr(false)}
}

// templateJSON is a TemplateProcessing adding first (and second, if set)
// before a single sequence.
func templateJSON(l layout, first, second string) *componentJSON {
	type piece = templatePieceJSON
	special := func(s string, typeID int) piece {
		var p piece
		p.SpecialToken = &struct {
			ID     string `json:"id"`
			TypeID int    `json:"type_id"`
		}{s, typeID}
		return p
	}
	seq := func(id string, typeID int) piece {
		var p piece
		p.Sequence = &struct {
			ID     string `json:"id"`
			TypeID int    `json:"type_id"`
		}{id, typeID}
		return p
	}
	c := &componentJSON{Type: "TemplateProcessing", SpecialTokens: map[string]specialTemplateJSON{}}
	for _, s := range []string{first, second} {
		if s == "" {
			continue
		}
		c.Single = append(c.Single, special(s, 0))
		c.Pair = append(c.Pair, special(s, 0))
		c.SpecialTokens[s] = specialTemplateJSON{ID: s, IDs: []int{l.id(s)}, Tokens: []string{s}}
	}
	c.Single = append(c.Single, seq("A", 0))
	c.Pair = append(c.Pair, seq("A", 0))
	for _, s := range []string{first, second} {
		if s != "" {
			c.Pair = append(c.Pair, special(s, 1))
		}
	}
	c.Pair = append(c.Pair, seq("B", 1))
	return c
}

// sentencePieceDecoderJSON is the decoder of SentencePiece-style files:
// ▁ back to spaces, byte tokens to bytes, and (with a prepended ▁) the
// leading space stripped.
func sentencePieceDecoderJSON(strip bool) *componentJSON {
	steps := []*componentJSON{
		{Type: "Replace", Pattern: literal("▁"), Content: strPtr(" ")},
		{Type: "ByteFallback"},
		{Type: "Fuse"},
	}
	if strip {
		steps = append(steps, &componentJSON{Type: "Strip", Content: strPtr(" "), Start: intPtr(1), Stop: intPtr(0)})
	}
	return &componentJSON{Type: "Sequence", Decoders: steps}
}

// configMap is a tokenizer_config.json.
func configMap(l layout, class, bos, eos, unk, pad string) map[string]any {
	tok := func(s string) any {
		if s == "" {
			return nil
		}
		return s
	}
	decoder := map[string]any{}
	for _, a := range l.added {
		decoder[fmt.Sprint(a.ID)] = map[string]any{"content": a.Content, "lstrip": a.LStrip, "rstrip": a.RStrip,
			"normalized": a.Normalized, "single_word": a.SingleWord, "special": a.Special}
	}
	cfg := map[string]any{
		"added_tokens_decoder":         decoder,
		"bos_token":                    tok(bos),
		"eos_token":                    tok(eos),
		"unk_token":                    tok(unk),
		"pad_token":                    tok(pad),
		"clean_up_tokenization_spaces": false,
		"model_max_length":             l.maxLen,
		"tokenizer_class":              class,
	}
	if l.chat != "" {
		cfg["chat_template"] = l.chat
	}
	return cfg
}
