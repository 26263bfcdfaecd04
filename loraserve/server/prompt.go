// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/openledger/openledger/loraserve/chat"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/tokenizer"
)

// errPromptTooLong is returned when a prompt cannot fit the context; it
// answers 400 context_length_exceeded.
var errPromptTooLong = errors.New("prompt exceeds the context")

// prompter turns request text into prompt token ids with the served
// model's tokenizer and chat template, and knows the tokens that end a
// generation.
type prompter struct {
	tok    *tokenizer.Tokenizer
	chat   *chat.Template // nil when tokenizer_config.json has no chat_template
	eos    []int          // config.json, generation_config.json and tokenizer_config.json's EOS ids
	ctxLen int
}

// newPrompter builds the prompter of a loaded model; modelDir is its
// directory (or GGUF file), where generation_config.json may name more end
// tokens.
func newPrompter(m *model.Model, modelDir string) (*prompter, error) {
	gen, err := generationEOS(modelDir)
	if err != nil {
		return nil, err
	}
	return tokenizerPrompter(m.Tokenizer, m.Config.MaxPositions, append(m.Config.EOSTokenIDs(), gen...))
}

// tokenizerPrompter builds a prompter from a tokenizer (its chat template
// and EOS token), a context length and the end tokens the model's configs
// name besides the tokenizer's EOS.
func tokenizerPrompter(tok *tokenizer.Tokenizer, ctxLen int, eos []int) (*prompter, error) {
	p := &prompter{tok: tok, ctxLen: ctxLen}
	cfg := tok.Config()
	if cfg.ChatTemplate != "" {
		tmpl, err := chat.Compile(cfg.ChatTemplate, chat.Tokens{BOS: cfg.BOSToken, EOS: cfg.EOSToken, Unk: cfg.UnkToken, Pad: cfg.PadToken})
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrConfig, tokenizer.ConfigFileName, err)
		}
		p.chat = tmpl
	}
	if id, ok := tok.EOS(); ok {
		eos = append(eos, id)
	}
	for _, id := range eos {
		if id >= 0 && !slices.Contains(p.eos, id) {
			p.eos = append(p.eos, id)
		}
	}
	return p, nil
}

// generationEOS reads eos_token_id (a number or a list) from
// generation_config.json beside the model, if there is one.
func generationEOS(modelDir string) ([]int, error) {
	b, err := os.ReadFile(filepath.Join(modelDir, "generation_config.json"))
	if err != nil {
		return nil, nil // none, or modelDir is a GGUF file
	}
	var g struct {
		EOS json.RawMessage `json:"eos_token_id"`
	}
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("%w: generation_config.json: %v", ErrConfig, err)
	}
	if len(g.EOS) == 0 || string(g.EOS) == "null" {
		return nil, nil
	}
	var one int
	if err := json.Unmarshal(g.EOS, &one); err == nil {
		return []int{one}, nil
	}
	var many []int
	if err := json.Unmarshal(g.EOS, &many); err != nil {
		return nil, fmt.Errorf("%w: generation_config.json eos_token_id: %v", ErrConfig, err)
	}
	return many, nil
}

// fits refuses text that cannot fit the context whatever it tokenizes to,
// from its length alone (reserved tokens are added by the caller's encoding).
func (p *prompter) fits(text string, reserved int) error {
	if n := p.tok.MinTokens(len(text)) + reserved; n >= p.ctxLen {
		return fmt.Errorf("%w: this model's maximum context length is %d tokens; the prompt of %d bytes is at least %d tokens",
			errPromptTooLong, p.ctxLen, len(text), n)
	}
	return nil
}

// completion encodes a completion prompt with the special tokens the
// tokenizer adds (BOS for most families).
func (p *prompter) completion(text string) ([]int, error) {
	prefix, suffix := p.tok.SpecialTokensAdded()
	if err := p.fits(text, len(prefix)+len(suffix)); err != nil {
		return nil, err
	}
	return p.tok.EncodeWithSpecialTokens(text), nil
}

// chatRoles are the roles a chat request may use; "developer" (OpenAI's
// newer name) reaches templates as "system".
var chatRoles = map[string]string{"system": "system", "developer": "system", "user": "user", "assistant": "assistant"}

// conversation renders msgs with the chat template and the generation
// prompt, and encodes the text as transformers' apply_chat_template does
// (the template writes the special tokens itself). A model without a chat
// template gets "role: content" lines and its BOS.
func (p *prompter) conversation(msgs []ChatMessage) ([]int, error) {
	conv := make([]chat.Message, len(msgs))
	for i, m := range msgs {
		role, ok := chatRoles[m.Role]
		if !ok {
			return nil, fmt.Errorf("message %d: unsupported role %q", i, m.Role)
		}
		conv[i] = chat.Message{Role: role, Content: string(m.Content)}
	}
	if p.chat == nil {
		var b strings.Builder
		for _, m := range conv {
			b.WriteString(m.Role + ": " + m.Content + "\n")
		}
		b.WriteString("assistant: ")
		return p.completion(b.String())
	}
	text, err := p.chat.Render(conv, true)
	if err != nil {
		return nil, err
	}
	if err := p.fits(text, 0); err != nil {
		return nil, err
	}
	return p.tok.Encode(text), nil
}
