// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package tokenizer

import (
	"encoding/json"
	"fmt"
	"strings"
)

// fileJSON is the layout of a Hugging Face tokenizer.json. Components the
// package does not interpret beyond their type stay raw.
type fileJSON struct {
	Version       string          `json:"version"`
	Truncation    json.RawMessage `json:"truncation"`
	Padding       json.RawMessage `json:"padding"`
	AddedTokens   []addedJSON     `json:"added_tokens"`
	Normalizer    *componentJSON  `json:"normalizer"`
	PreTokenizer  *componentJSON  `json:"pre_tokenizer"`
	PostProcessor *componentJSON  `json:"post_processor"`
	Decoder       *componentJSON  `json:"decoder"`
	Model         modelJSON       `json:"model"`
}

// addedJSON is one entry of added_tokens.
type addedJSON struct {
	ID         int    `json:"id"`
	Content    string `json:"content"`
	SingleWord bool   `json:"single_word"`
	LStrip     bool   `json:"lstrip"`
	RStrip     bool   `json:"rstrip"`
	Normalized bool   `json:"normalized"`
	Special    bool   `json:"special"`
}

// modelJSON is the "model" object (BPE only).
type modelJSON struct {
	Type                    string          `json:"type"`
	Dropout                 *float64        `json:"dropout"`
	UnkToken                *string         `json:"unk_token"`
	ContinuingSubwordPrefix *string         `json:"continuing_subword_prefix"`
	EndOfWordSuffix         *string         `json:"end_of_word_suffix"`
	FuseUnk                 bool            `json:"fuse_unk"`
	ByteFallback            bool            `json:"byte_fallback"`
	IgnoreMerges            bool            `json:"ignore_merges"`
	Vocab                   map[string]int  `json:"vocab"`
	Merges                  json.RawMessage `json:"merges"`
}

// patternJSON is a Split/Replace pattern: exactly one of String or Regex.
type patternJSON struct {
	String *string `json:"String,omitempty"`
	Regex  *string `json:"Regex,omitempty"`
}

// templatePieceJSON is one item of a TemplateProcessing template.
type templatePieceJSON struct {
	SpecialToken *struct {
		ID     string `json:"id"`
		TypeID int    `json:"type_id"`
	} `json:"SpecialToken,omitempty"`
	Sequence *struct {
		ID     string `json:"id"`
		TypeID int    `json:"type_id"`
	} `json:"Sequence,omitempty"`
}

// specialTemplateJSON is one entry of TemplateProcessing's special_tokens.
type specialTemplateJSON struct {
	ID     string   `json:"id"`
	IDs    []int    `json:"ids"`
	Tokens []string `json:"tokens"`
}

// componentJSON holds the fields of every normalizer, pre-tokenizer,
// post-processor and decoder type this package reads; Type selects which
// apply. Unknown fields are ignored, unknown types refused.
type componentJSON struct {
	Type string `json:"type"`

	// Sequence (normalizers, pre_tokenizers, processors, decoders).
	Normalizers   []*componentJSON `json:"normalizers,omitempty"`
	PreTokenizers []*componentJSON `json:"pretokenizers,omitempty"`
	Processors    []*componentJSON `json:"processors,omitempty"`
	Decoders      []*componentJSON `json:"decoders,omitempty"`

	// Replace, Split.
	Pattern *patternJSON `json:"pattern,omitempty"`
	Content *string      `json:"content,omitempty"`
	// Prepend.
	Prepend *string `json:"prepend,omitempty"`
	// Strip (normalizer).
	StripLeft  *bool `json:"strip_left,omitempty"`
	StripRight *bool `json:"strip_right,omitempty"`
	// Strip (decoder).
	Start *int `json:"start,omitempty"`
	Stop  *int `json:"stop,omitempty"`

	// ByteLevel.
	AddPrefixSpace *bool `json:"add_prefix_space,omitempty"`
	TrimOffsets    *bool `json:"trim_offsets,omitempty"`
	UseRegex       *bool `json:"use_regex,omitempty"`
	// Split.
	Behavior *string `json:"behavior,omitempty"`
	Invert   *bool   `json:"invert,omitempty"`
	// Metaspace.
	Replacement   *string `json:"replacement,omitempty"`
	PrependScheme *string `json:"prepend_scheme,omitempty"`
	Split         *bool   `json:"split,omitempty"`
	// Digits.
	IndividualDigits *bool `json:"individual_digits,omitempty"`

	// TemplateProcessing.
	Single        []templatePieceJSON            `json:"single,omitempty"`
	Pair          []templatePieceJSON            `json:"pair,omitempty"`
	SpecialTokens map[string]specialTemplateJSON `json:"special_tokens,omitempty"`
	// RobertaProcessing, BertProcessing: [token, id].
	Sep []any `json:"sep,omitempty"`
	Cls []any `json:"cls,omitempty"`
}

// configJSON is the part of tokenizer_config.json this package reads.
type configJSON struct {
	BOSToken                  tokenField   `json:"bos_token"`
	EOSToken                  tokenField   `json:"eos_token"`
	UnkToken                  tokenField   `json:"unk_token"`
	PadToken                  tokenField   `json:"pad_token"`
	AddBOSToken               *bool        `json:"add_bos_token"`
	AddEOSToken               *bool        `json:"add_eos_token"`
	ChatTemplate              chatField    `json:"chat_template"`
	ModelMaxLength            *float64     `json:"model_max_length"`
	TokenizerClass            string       `json:"tokenizer_class"`
	CleanUpTokenizationSpaces *bool        `json:"clean_up_tokenization_spaces"`
	AdditionalSpecialTokens   []tokenField `json:"additional_special_tokens"`
}

// tokenField is a special token in tokenizer_config.json: a string, null,
// or an AddedToken object with a "content" field.
type tokenField struct {
	Content string
	Set     bool
}

// UnmarshalJSON accepts "x", null or {"content": "x", ...}.
func (f *tokenField) UnmarshalJSON(b []byte) error {
	*f = tokenField{}
	s := strings.TrimSpace(string(b))
	switch {
	case s == "null":
		return nil
	case strings.HasPrefix(s, `"`):
		if err := json.Unmarshal(b, &f.Content); err != nil {
			return err
		}
	default:
		var obj struct {
			Content string `json:"content"`
		}
		if err := json.Unmarshal(b, &obj); err != nil {
			return fmt.Errorf("special token must be a string or an object with content: %w", err)
		}
		f.Content = obj.Content
	}
	f.Set = f.Content != ""
	return nil
}

// MarshalJSON writes the token as a string, or null when unset.
func (f tokenField) MarshalJSON() ([]byte, error) {
	if !f.Set {
		return []byte("null"), nil
	}
	return json.Marshal(f.Content)
}

// chatField is chat_template: a string, or a list of {"name", "template"}
// of which "default" is used.
type chatField struct {
	Template string
	Named    map[string]string
}

// UnmarshalJSON accepts a string, null, or a list of named templates.
func (c *chatField) UnmarshalJSON(b []byte) error {
	*c = chatField{}
	s := strings.TrimSpace(string(b))
	switch {
	case s == "null":
		return nil
	case strings.HasPrefix(s, `"`):
		return json.Unmarshal(b, &c.Template)
	}
	var list []struct {
		Name     string `json:"name"`
		Template string `json:"template"`
	}
	if err := json.Unmarshal(b, &list); err != nil {
		return fmt.Errorf("chat_template must be a string or a list of named templates: %w", err)
	}
	c.Named = make(map[string]string, len(list))
	for _, t := range list {
		c.Named[t.Name] = t.Template
	}
	c.Template = c.Named["default"]
	return nil
}
