// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package chat_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/loraserve/chat"
	"github.com/openledger/openledger/loraserve/internal/hfjs"
	"github.com/openledger/openledger/loraserve/tokenizer"
)

// The conversation transformers' template tests use, with and without a
// system message.
var (
	system       = chat.Message{Role: "system", Content: "You are a helpful assistant"}
	conversation = []chat.Message{
		{Role: "user", Content: "Hello"},
		{Role: "assistant", Content: "Hi there"},
		{Role: "user", Content: "Who are you"},
		{Role: "assistant", Content: "   I am an assistant   "},
		{Role: "user", Content: "Another question"},
	}
	withSystem = append([]chat.Message{system}, conversation...)
)

// familyTokens are the special tokens of each family's tokenizer_config.json.
var familyTokens = map[tokenizer.Family]chat.Tokens{
	tokenizer.FamilyLlama3:   {BOS: "<|begin_of_text|>", EOS: "<|eot_id|>"},
	tokenizer.FamilyLlama2:   {BOS: "<s>", EOS: "</s>", Unk: "<unk>"},
	tokenizer.FamilyMistral:  {BOS: "<s>", EOS: "</s>", Unk: "<unk>"},
	tokenizer.FamilyQwen2:    {EOS: "<|im_end|>", Pad: "<|endoftext|>"},
	tokenizer.FamilyGemma:    {BOS: "<bos>", EOS: "<eos>", Unk: "<unk>", Pad: "<pad>"},
	tokenizer.FamilyChatGLM:  {EOS: "</s>", Unk: "<unk>", Pad: "<unk>"},
	tokenizer.FamilyDeepSeek: {BOS: "<｜begin▁of▁sentence｜>", EOS: "<｜end▁of▁sentence｜>"},
	tokenizer.FamilyFalcon:   {EOS: "<|endoftext|>", Pad: "<|endoftext|>"},
}

func compile(t *testing.T, f tokenizer.Family) *chat.Template {
	t.Helper()
	tmpl, err := chat.Compile(tokenizer.ChatTemplate(f), familyTokens[f])
	require.NoError(t, err, f)
	return tmpl
}

// TestPublishedTemplates renders each family's published template on the
// conversation whose outputs transformers gives (as recorded in the test
// suites of llama.cpp and mistral.rs for these templates).
func TestPublishedTemplates(t *testing.T) {
	tests := []struct {
		family tokenizer.Family
		msgs   []chat.Message
		want   string
	}{
		{tokenizer.FamilyLlama3, withSystem, "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nYou are a helpful assistant<|eot_id|>" +
			"<|start_header_id|>user<|end_header_id|>\n\nHello<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nHi there<|eot_id|>" +
			"<|start_header_id|>user<|end_header_id|>\n\nWho are you<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nI am an assistant<|eot_id|>" +
			"<|start_header_id|>user<|end_header_id|>\n\nAnother question<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"},
		{tokenizer.FamilyLlama2, withSystem, "<s>[INST] <<SYS>>\nYou are a helpful assistant\n<</SYS>>\n\nHello [/INST] Hi there </s>" +
			"<s>[INST] Who are you [/INST] I am an assistant </s><s>[INST] Another question [/INST]"},
		{tokenizer.FamilyMistral, conversation, "<s>[INST] Hello [/INST]Hi there</s> [INST] Who are you [/INST]   I am an assistant   </s> [INST] Another question [/INST]"},
		{tokenizer.FamilyGemma, conversation, "<bos><start_of_turn>user\nHello<end_of_turn>\n<start_of_turn>model\nHi there<end_of_turn>\n" +
			"<start_of_turn>user\nWho are you<end_of_turn>\n<start_of_turn>model\nI am an assistant<end_of_turn>\n" +
			"<start_of_turn>user\nAnother question<end_of_turn>\n<start_of_turn>model\n"},
		{tokenizer.FamilyQwen2, withSystem, "<|im_start|>system\nYou are a helpful assistant<|im_end|>\n<|im_start|>user\nHello<|im_end|>\n" +
			"<|im_start|>assistant\nHi there<|im_end|>\n<|im_start|>user\nWho are you<|im_end|>\n" +
			"<|im_start|>assistant\n   I am an assistant   <|im_end|>\n<|im_start|>user\nAnother question<|im_end|>\n<|im_start|>assistant\n"},
		{tokenizer.FamilyQwen2, conversation[:1], "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\nHello<|im_end|>\n<|im_start|>assistant\n"},
		{tokenizer.FamilyChatGLM, withSystem, "[gMASK]sop<|system|>\n You are a helpful assistant<|user|>\n Hello<|assistant|>\n Hi there" +
			"<|user|>\n Who are you<|assistant|>\n    I am an assistant   <|user|>\n Another question<|assistant|>"},
		{tokenizer.FamilyDeepSeek, withSystem, "<｜begin▁of▁sentence｜>You are a helpful assistant\n\nUser: Hello\n\nAssistant: Hi there<｜end▁of▁sentence｜>" +
			"User: Who are you\n\nAssistant:    I am an assistant   <｜end▁of▁sentence｜>User: Another question\n\nAssistant:"},
		{tokenizer.FamilyFalcon, withSystem, "System: You are a helpful assistant\nUser: \nHello\nFalcon:\nHi there\nUser: \nWho are you\n" +
			"Falcon:\n   I am an assistant   \nUser: \nAnother question\nFalcon:\n"},
	}
	for _, tc := range tests {
		t.Run(string(tc.family), func(t *testing.T) {
			got, err := compile(t, tc.family).Render(tc.msgs, true)
			require.NoError(t, err)
			require.Equal(t, tc.want, got)
		})
	}
}

// TestTemplatesRefuse checks raise_exception reaches the caller.
func TestTemplatesRefuse(t *testing.T) {
	tests := []struct {
		family tokenizer.Family
		msgs   []chat.Message
		want   string
	}{
		{tokenizer.FamilyGemma, withSystem, "System role not supported"},
		{tokenizer.FamilyLlama2, []chat.Message{{Role: "user", Content: "a"}, {Role: "user", Content: "b"}}, "Conversation roles must alternate"},
		{tokenizer.FamilyMistral, []chat.Message{{Role: "user", Content: "a"}, {Role: "assistant", Content: "b"}, {Role: "tool", Content: "c"}}, "Conversation roles must alternate"},
	}
	for _, tc := range tests {
		_, err := compile(t, tc.family).Render(tc.msgs, true)
		require.ErrorIs(t, err, chat.ErrRender, tc.family)
		require.ErrorContains(t, err, tc.want)
	}
}

func TestCompileRejects(t *testing.T) {
	for _, src := range []string{"", "  ", "{% for m in messages %}", "{{ messages[ }}", "{% include 'x' %}{% endinclude %}"} {
		_, err := chat.Compile(src, chat.Tokens{})
		require.ErrorIs(t, err, chat.ErrTemplate, src)
	}
	// include cannot reach files: the loader holds only the template.
	tmpl, err := chat.Compile("{% include '/etc/hostname' %}", chat.Tokens{})
	if err == nil {
		_, err = tmpl.Render(conversation, true)
	}
	require.Error(t, err)
}

// TestAgainstHuggingFaceJinja renders each template with gonja and with
// @huggingface/jinja on the same conversations.
func TestAgainstHuggingFaceJinja(t *testing.T) {
	if err := hfjs.Available(); err != nil {
		t.Fatal(err)
	}
	convs := [][]chat.Message{
		conversation, withSystem, conversation[:1], withSystem[:2],
		{{Role: "user", Content: "  multi\nline\n\n with trailing space  "}, {Role: "assistant", Content: "\tok\n"}, {Role: "user", Content: "区块链 🚀 Ünïcödé {{ not a tag }} {% nor this %}"}},
		{{Role: "user", Content: ""}},
	}
	type key struct {
		f   tokenizer.Family
		c   int
		gen bool
	}
	var keys []key
	var req hfjs.Request
	for f, toks := range familyTokens {
		for ci, c := range convs {
			for _, gen := range []bool{true, false} {
				msgs := make([]any, len(c))
				for i, m := range c {
					msgs[i] = map[string]any{"role": m.Role, "content": m.Content}
				}
				ctx := map[string]any{"messages": msgs, "add_generation_prompt": gen}
				for name, v := range map[string]string{"bos_token": toks.BOS, "eos_token": toks.EOS, "unk_token": toks.Unk, "pad_token": toks.Pad} {
					if v != "" {
						ctx[name] = v
					}
				}
				req.Chats = append(req.Chats, hfjs.ChatCase{Template: tokenizer.ChatTemplate(f), Context: ctx})
				keys = append(keys, key{f, ci, gen})
			}
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	resp, err := hfjs.Run(ctx, req)
	require.NoError(t, err)
	for i, k := range keys {
		got, err := compile(t, k.f).Render(convs[k.c], k.gen)
		want := resp.Chats[i]
		name := fmt.Sprintf("%s/conversation %d/generation prompt %v", k.f, k.c, k.gen)
		if want.Error != "" {
			require.ErrorIs(t, err, chat.ErrRender, "%s: the reference raised %q", name, want.Error)
			continue
		}
		require.NoError(t, err, name)
		require.Equal(t, want.Text, got, name)
	}
}

func TestStrftimeNow(t *testing.T) {
	tmpl, err := chat.Compile(`{{ strftime_now("%d %b %Y") }}|{{ bos_token is none }}`, chat.Tokens{})
	require.NoError(t, err)
	before := time.Now().Format("02 Jan 2006")
	got, err := tmpl.Render(nil, false)
	after := time.Now().Format("02 Jan 2006")
	require.NoError(t, err)
	require.Contains(t, []string{before + "|True", after + "|True"}, got) // the day may turn meanwhile
}

func TestConcurrentRender(t *testing.T) {
	tmpl := compile(t, tokenizer.FamilyLlama3)
	want, err := tmpl.Render(withSystem, true)
	require.NoError(t, err)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				got, err := tmpl.Render(withSystem, true)
				if err == nil && got != want {
					err = fmt.Errorf("got %q", got)
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}
