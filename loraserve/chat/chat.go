// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package chat

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nikolalohinski/gonja/v2"
	"github.com/nikolalohinski/gonja/v2/config"
	"github.com/nikolalohinski/gonja/v2/exec"
	"github.com/nikolalohinski/gonja/v2/loaders"
)

var (
	// ErrTemplate is returned by Compile for a template that does not parse.
	ErrTemplate = errors.New("chat: bad chat template")
	// ErrRender is returned by Render when the template refuses the
	// conversation (raise_exception, e.g. roles that do not alternate) or
	// fails on it.
	ErrRender = errors.New("chat: the chat template refused the conversation")
)

// Message is one message of a conversation.
type Message struct {
	Role    string
	Content string
}

// Tokens are the special tokens a template may name (bos_token, …); empty
// ones are passed as none.
type Tokens struct {
	BOS, EOS, Unk, Pad string
}

// Template is a compiled chat template. It is safe for concurrent use.
type Template struct {
	src    string
	tokens Tokens
	tmpl   *exec.Template
	now    func() time.Time
}

// templateName is the only name the loader of a template knows.
const templateName = "/chat_template.jinja"

// Compile parses a chat template.
func Compile(src string, tokens Tokens) (*Template, error) {
	if strings.TrimSpace(src) == "" {
		return nil, fmt.Errorf("%w: empty", ErrTemplate)
	}
	loader, err := loaders.NewMemoryLoader(map[string]string{templateName: src})
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTemplate, err)
	}
	cfg := config.New()
	cfg.TrimBlocks = true      // as transformers' apply_chat_template
	cfg.LeftStripBlocks = true // idem
	cfg.KeepTrailingNewline = false
	tmpl, err := exec.NewTemplate(templateName, cfg, loader, gonja.DefaultEnvironment)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTemplate, err)
	}
	return &Template{src: src, tokens: tokens, tmpl: tmpl, now: time.Now}, nil
}

// Source returns the template text.
func (t *Template) Source() string { return t.src }

// raised carries raise_exception's message out of the template.
type raised struct{ msg string }

func (r *raised) Error() string { return r.msg }

// Render renders msgs; addGenerationPrompt appends the opening of the
// assistant's turn, as a server does before generating the reply.
func (t *Template) Render(msgs []Message, addGenerationPrompt bool) (string, error) {
	list := make([]any, len(msgs))
	for i, m := range msgs {
		list[i] = map[string]any{"role": m.Role, "content": m.Content}
	}
	tok := func(s string) any {
		if s == "" {
			return nil
		}
		return s
	}
	var exception *raised
	ctx := exec.NewContext(map[string]any{
		"messages":              list,
		"add_generation_prompt": addGenerationPrompt,
		"bos_token":             tok(t.tokens.BOS),
		"eos_token":             tok(t.tokens.EOS),
		"unk_token":             tok(t.tokens.Unk),
		"pad_token":             tok(t.tokens.Pad),
		"tools":                 nil,
		"documents":             nil,
		"raise_exception": func(msg string) (string, error) {
			exception = &raised{msg: msg}
			return "", exception
		},
		"strftime_now": func(format string) string { return strftime(t.now(), format) },
	})
	out, err := t.tmpl.ExecuteToString(ctx)
	if exception != nil {
		return "", fmt.Errorf("%w: %s", ErrRender, exception.msg)
	}
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrRender, err)
	}
	return out, nil
}

// strftime formats t with the C/Python directives templates use
// (strftime_now("%d %b %Y") in Llama 3.1).
func strftime(t time.Time, format string) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] != '%' || i+1 == len(format) {
			b.WriteByte(format[i])
			continue
		}
		i++
		switch format[i] {
		case 'd':
			fmt.Fprintf(&b, "%02d", t.Day())
		case 'e':
			fmt.Fprintf(&b, "%2d", t.Day())
		case 'm':
			fmt.Fprintf(&b, "%02d", int(t.Month()))
		case 'Y':
			fmt.Fprintf(&b, "%04d", t.Year())
		case 'y':
			fmt.Fprintf(&b, "%02d", t.Year()%100)
		case 'b':
			b.WriteString(t.Month().String()[:3])
		case 'B':
			b.WriteString(t.Month().String())
		case 'a':
			b.WriteString(t.Weekday().String()[:3])
		case 'A':
			b.WriteString(t.Weekday().String())
		case 'H':
			fmt.Fprintf(&b, "%02d", t.Hour())
		case 'I':
			fmt.Fprintf(&b, "%02d", (t.Hour()+11)%12+1)
		case 'M':
			fmt.Fprintf(&b, "%02d", t.Minute())
		case 'S':
			fmt.Fprintf(&b, "%02d", t.Second())
		case 'p':
			if t.Hour() < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'j':
			fmt.Fprintf(&b, "%03d", t.YearDay())
		case 'Z':
			name, _ := t.Zone()
			b.WriteString(name)
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}
