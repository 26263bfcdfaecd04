// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package server

import (
	"bufio"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/loraserve/chat"
	"github.com/openledger/openledger/loraserve/testmodel"
	"github.com/openledger/openledger/loraserve/tokenizer"
)

// errorCode returns the OpenAI error code and message of a response body.
func errorCode(t *testing.T, body []byte) (string, string) {
	t.Helper()
	var e ErrorBody
	require.NoError(t, json.Unmarshal(body, &e), string(body))
	require.NotNil(t, e.Error.Code, string(body))
	return *e.Error.Code, e.Error.Message
}

// TestHugeBodiesRefusedBeforeTokenizing is the attacker's test: a 4 MiB
// prompt (or chat message) is refused from its length alone, before any
// tokenizing, and one 32k-letter "word" is tokenized (in O(n log n)) and
// refused on its token count.
func TestHugeBodiesRefusedBeforeTokenizing(t *testing.T) {
	f := newFixture(t, testmodel.Spec{MaxPositions: 4096}, 1)
	s := startService(t, f.cfg)
	huge := strings.Repeat("all work and no play makes a dull model ", (4<<20-1024)/40)
	for _, tc := range []struct {
		route string
		body  map[string]any
	}{
		{"/v1/completions", map[string]any{"model": "tiny-llama", "prompt": huge, "max_tokens": 1}},
		{"/v1/chat/completions", map[string]any{"model": "tiny-llama", "messages": []map[string]string{{"role": "user", "content": huge}}, "max_tokens": 1}},
	} {
		resp, body := post(t, s.URL()+tc.route, tc.body)
		require.Equal(t, http.StatusBadRequest, resp.StatusCode, string(body))
		code, msg := errorCode(t, body)
		require.Equal(t, "context_length_exceeded", code)
		require.Contains(t, msg, "bytes is at least", "refused by the length bound, not after tokenizing")
	}
	// A body over the 4 MiB bound is refused while it is read, whatever it holds.
	over := map[string]any{"model": "tiny-llama", "prompt": strings.Repeat("x", maxBodyBytes), "max_tokens": 1}
	resp, body := post(t, s.URL()+"/v1/completions", over)
	require.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode, string(body))
	code, _ := errorCode(t, body)
	require.Equal(t, "body_too_large", code)
	word := strings.Repeat("q", 32<<10)
	resp, body = post(t, s.URL()+"/v1/completions", map[string]any{"model": "tiny-llama", "prompt": word, "max_tokens": 1})
	require.Equal(t, http.StatusBadRequest, resp.StatusCode, string(body))
	code, msg := errorCode(t, body)
	require.Equal(t, "context_length_exceeded", code)
	require.Contains(t, msg, "the prompt has", "tokenized, then refused on its token count")
	// A prompt that fits is served.
	resp, body = post(t, s.URL()+"/v1/completions", map[string]any{"model": "tiny-llama", "prompt": strings.Repeat("model ", 200), "max_tokens": 1})
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
}

// TestChatUsesTheModelsTemplate checks the chat prompt is the model's
// chat_template rendered and encoded without added special tokens.
func TestChatUsesTheModelsTemplate(t *testing.T) {
	f := newFixture(t, testmodel.Tiny, 1)
	s := startService(t, f.cfg)
	tok := s.Model().Tokenizer
	msgs := []chat.Message{{Role: "system", Content: "Be brief."}, {Role: "user", Content: "What is a Datanet?"}}
	tmpl, err := chat.Compile(tokenizer.ChatTemplate(tokenizer.FamilyLlama3), chat.Tokens{BOS: testmodel.BeginOfText, EOS: testmodel.EndOfTurn})
	require.NoError(t, err)
	text, err := tmpl.Render(msgs, true)
	require.NoError(t, err)
	want := tok.Encode(text)
	require.Equal(t, testmodel.BeginOfText, tok.Token(want[0]), "the template writes the BOS")
	resp, body := post(t, s.URL()+"/v1/chat/completions", map[string]any{"model": "tiny-llama", "max_tokens": 1,
		"messages": []map[string]string{{"role": "developer", "content": "Be brief."}, {"role": "user", "content": "What is a Datanet?"}}})
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	var cr ChatResponse
	require.NoError(t, json.Unmarshal(body, &cr))
	require.Equal(t, len(want), cr.Usage.PromptTokens)
	// A completion gets the BOS from the tokenizer's post-processor.
	resp, body = post(t, s.URL()+"/v1/completions", map[string]any{"model": "tiny-llama", "prompt": "What is a Datanet?", "max_tokens": 1})
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	var comp CompletionResponse
	require.NoError(t, json.Unmarshal(body, &comp))
	require.Equal(t, len(tok.Encode("What is a Datanet?"))+1, comp.Usage.PromptTokens)
}

// TestCompletionAddsBOSZero checks the BOS is added whatever its id: the
// post-processor decides, id 0 included.
func TestCompletionAddsBOSZero(t *testing.T) {
	tj := map[string]any{
		"added_tokens":  []map[string]any{{"id": 0, "content": "<s>", "special": true}},
		"pre_tokenizer": map[string]any{"type": "ByteLevel", "add_prefix_space": false, "use_regex": true},
		"post_processor": map[string]any{"type": "TemplateProcessing",
			"single":         []any{map[string]any{"SpecialToken": map[string]any{"id": "<s>", "type_id": 0}}, map[string]any{"Sequence": map[string]any{"id": "A", "type_id": 0}}},
			"special_tokens": map[string]any{"<s>": map[string]any{"id": "<s>", "ids": []int{0}, "tokens": []string{"<s>"}}}},
		"model": map[string]any{"type": "BPE", "vocab": map[string]int{}, "merges": []string{}},
	}
	// The printable bytes, which byte-level spells as themselves.
	bl := map[string]int{"<s>": 0}
	for b := '!'; b <= '~'; b++ {
		bl[string(b)] = len(bl)
	}
	tj["model"].(map[string]any)["vocab"] = bl
	raw, err := json.Marshal(tj)
	require.NoError(t, err)
	tok, err := tokenizer.Parse(raw, nil)
	require.NoError(t, err)
	p := &prompter{tok: tok, ctxLen: 100}
	ids, err := p.completion("ab")
	require.NoError(t, err)
	require.Equal(t, []int{0, bl["a"], bl["b"]}, ids)
}

// rewriteJSON edits a JSON file of the fixture's model.
func rewriteJSON(t *testing.T, path string, edit func(map[string]any)) {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	m := map[string]any{}
	require.NoError(t, json.Unmarshal(b, &m))
	edit(m)
	b, err = json.Marshal(m)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, b, 0o644))
}

// TestIgnoreEOS makes every token an end token (generation_config.json):
// a request stops at the first token (which, being an end token, is not
// part of the answer), unless it sets ignore_eos.
func TestIgnoreEOS(t *testing.T) {
	f := newFixture(t, testmodel.Tiny, 1)
	vocab := 0
	rewriteJSON(t, filepath.Join(f.cfg.ModelDir, "config.json"), func(m map[string]any) { vocab = int(m["vocab_size"].(float64)) })
	all := make([]int, vocab)
	for i := range all {
		all[i] = i
	}
	rewriteJSON(t, filepath.Join(f.cfg.ModelDir, "generation_config.json"), func(m map[string]any) { m["eos_token_id"] = all })
	s := startService(t, f.cfg)
	for _, tc := range []struct {
		ignore bool
		want   int
		finish string
	}{{false, 0, "stop"}, {true, 6, "length"}} {
		resp, body := post(t, s.URL()+"/v1/completions", map[string]any{"model": "tiny-llama", "prompt": "The data", "max_tokens": 6,
			"temperature": 0, "ignore_eos": tc.ignore})
		require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
		var cr CompletionResponse
		require.NoError(t, json.Unmarshal(body, &cr))
		require.Equal(t, tc.want, cr.Usage.CompletionTokens, "ignore_eos=%v", tc.ignore)
		require.Equal(t, tc.finish, *cr.Choices[0].FinishReason)
	}
}

// TestSpecialTokensSkipped marks every token special (tokenizer_config.json's
// additional_special_tokens): the returned text, whole or streamed, is empty
// unless the request sets skip_special_tokens false.
func TestSpecialTokensSkipped(t *testing.T) {
	f := newFixture(t, testmodel.Tiny, 1)
	tok, err := tokenizer.Load(f.cfg.ModelDir)
	require.NoError(t, err)
	var all []string
	for id := 0; id < tok.VocabSize(); id++ {
		if s := tok.Token(id); s != "" {
			all = append(all, s)
		}
	}
	rewriteJSON(t, filepath.Join(f.cfg.ModelDir, tokenizer.ConfigFileName), func(m map[string]any) { m["additional_special_tokens"] = all })
	s := startService(t, f.cfg)
	req := func(stream bool, skip *bool) string {
		body := map[string]any{"model": "tiny-llama", "max_tokens": 8, "temperature": 0, "ignore_eos": true, "stream": stream,
			"messages": []map[string]string{{"role": "user", "content": "hello"}}}
		if skip != nil {
			body["skip_special_tokens"] = *skip
		}
		resp, raw := post(t, s.URL()+"/v1/chat/completions", body)
		require.Equal(t, http.StatusOK, resp.StatusCode, string(raw))
		if !stream {
			var cr ChatResponse
			require.NoError(t, json.Unmarshal(raw, &cr))
			return string(cr.Choices[0].Message.Content)
		}
		var text strings.Builder
		sc := bufio.NewScanner(strings.NewReader(string(raw)))
		for sc.Scan() {
			line, ok := strings.CutPrefix(sc.Text(), "data: ")
			if !ok || line == "[DONE]" {
				continue
			}
			var chunk ChatResponse
			require.NoError(t, json.Unmarshal([]byte(line), &chunk), line)
			if len(chunk.Choices) > 0 && chunk.Choices[0].Delta != nil && chunk.Choices[0].Delta.Content != nil {
				text.WriteString(*chunk.Choices[0].Delta.Content)
			}
		}
		return text.String()
	}
	no := false
	for _, stream := range []bool{false, true} {
		require.Empty(t, req(stream, nil), "stream=%v: special tokens are skipped by default", stream)
		require.NotEmpty(t, req(stream, &no), "stream=%v: skip_special_tokens=false keeps them", stream)
	}
}

// TestChatTemplateRefusal answers a conversation the template refuses with
// 400 and the template's message.
func TestChatTemplateRefusal(t *testing.T) {
	f := newFixture(t, testmodel.Tiny, 1)
	rewriteJSON(t, filepath.Join(f.cfg.ModelDir, tokenizer.ConfigFileName), func(m map[string]any) {
		m["chat_template"] = tokenizer.ChatTemplate(tokenizer.FamilyGemma)
	})
	s := startService(t, f.cfg)
	resp, body := post(t, s.URL()+"/v1/chat/completions", map[string]any{"model": "tiny-llama", "max_tokens": 1,
		"messages": []map[string]string{{"role": "system", "content": "x"}, {"role": "user", "content": "y"}}})
	require.Equal(t, http.StatusBadRequest, resp.StatusCode, string(body))
	code, msg := errorCode(t, body)
	require.Equal(t, "invalid_value", code)
	require.Contains(t, msg, "System role not supported")
	// A template that does not parse stops the service from starting.
	rewriteJSON(t, filepath.Join(f.cfg.ModelDir, tokenizer.ConfigFileName), func(m map[string]any) { m["chat_template"] = "{% for %}" })
	_, err := NewService(f.cfg, log.NewLogger(log.DiscardHandler()))
	require.ErrorIs(t, err, ErrConfig)
}

// TestFamilyPrompts builds the prompter of every tokenizer family Generate
// knows and checks a chat prompt is the family's own format with its
// special tokens as single ids and at most one BOS (the template writes it,
// encoding adds none), a completion gets exactly the tokens the family's
// post-processor adds, and the family's EOS ends a generation. Families
// without a chat template get "role: content" lines.
func TestFamilyPrompts(t *testing.T) {
	for _, tc := range []struct {
		family  tokenizer.Family
		chat    string   // the rendered prompt, decoded with its special tokens
		special []string // special tokens the chat prompt holds, each one id
		added   []string // tokens a completion gets in front
		eos     string
	}{
		{tokenizer.FamilyLlama3, "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nWhat is a Datanet?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n",
			[]string{"<|begin_of_text|>", "<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>"}, []string{"<|begin_of_text|>"}, "<|eot_id|>"},
		{tokenizer.FamilyLlama2, "<s> [INST] What is a Datanet? [/INST]", []string{"<s>"}, []string{"<s>"}, "</s>"},
		{tokenizer.FamilyMistral, "<s>[INST] What is a Datanet? [/INST]", []string{"<s>"}, []string{"<s>"}, "</s>"},
		{tokenizer.FamilyQwen2, "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\nWhat is a Datanet?<|im_end|>\n<|im_start|>assistant\n",
			[]string{"<|im_start|>", "<|im_end|>"}, nil, "<|im_end|>"},
		{tokenizer.FamilyGemma, "<bos><start_of_turn>user\nWhat is a Datanet?<end_of_turn>\n<start_of_turn>model\n",
			[]string{"<bos>", "<start_of_turn>", "<end_of_turn>"}, []string{"<bos>"}, "<eos>"},
		{tokenizer.FamilyDeepSeek, "<｜begin▁of▁sentence｜>User: What is a Datanet?\n\nAssistant:", []string{"<｜begin▁of▁sentence｜>"},
			[]string{"<｜begin▁of▁sentence｜>"}, "<｜end▁of▁sentence｜>"},
		{tokenizer.FamilyFalcon, "User: \nWhat is a Datanet?\nFalcon:\n", nil, nil, "<|endoftext|>"},
		{tokenizer.FamilyChatGLM, "[gMASK]sop<|user|> \n What is a Datanet?<|assistant|>", []string{"[gMASK]", "sop", "<|user|>", "<|assistant|>"},
			[]string{"[gMASK]", "sop"}, "</s>"},
		{tokenizer.FamilyBLOOM, "user: What is a Datanet?\nassistant: ", nil, nil, "</s>"},
		{tokenizer.FamilyGPT2, "user: What is a Datanet?\nassistant: ", nil, nil, "<|endoftext|>"},
	} {
		t.Run(string(tc.family), func(t *testing.T) {
			tok, err := tokenizer.Generate(tc.family, tokenizer.GenerateOptions{})
			require.NoError(t, err)
			id := func(s string) int {
				t.Helper()
				i, ok := tok.TokenID(s)
				require.True(t, ok, s)
				return i
			}
			p, err := tokenizerPrompter(tok, 4096, nil)
			require.NoError(t, err)
			require.Equal(t, hasChatTemplate(tc.family), p.chat != nil, "a template exactly when the family publishes one")

			ids, err := p.conversation([]ChatMessage{{Role: "user", Content: "What is a Datanet?"}})
			require.NoError(t, err)
			require.Equal(t, tc.chat, tok.Decode(ids, false))
			for _, s := range tc.special {
				require.Contains(t, ids, id(s), "%s is one token", s)
			}
			var added []int
			for _, s := range tc.added {
				added = append(added, id(s))
			}
			if len(added) > 0 && p.chat != nil {
				require.Equal(t, added, ids[:len(added)], "the template writes the prefix")
				require.NotEqual(t, added, ids[len(added):len(added)+len(added)], "and encoding adds no second one")
			}

			comp, err := p.completion("What is a Datanet?")
			require.NoError(t, err)
			require.Equal(t, append(added, tok.Encode("What is a Datanet?")...), comp)

			require.Contains(t, p.eos, id(tc.eos))
		})
	}
}

// hasChatTemplate says whether family f publishes a chat template.
func hasChatTemplate(f tokenizer.Family) bool { return tokenizer.ChatTemplate(f) != "" }

// TestStopIDsFromEveryConfig checks a generation stops on the union of the
// end tokens config.json, generation_config.json and tokenizer_config.json
// name (each once), and that a malformed generation_config.json stops the
// service from starting rather than being ignored.
func TestStopIDsFromEveryConfig(t *testing.T) {
	f := newFixture(t, testmodel.Tiny, 1)
	tok, err := tokenizer.Load(f.cfg.ModelDir)
	require.NoError(t, err)
	bos, _ := tok.TokenID(testmodel.BeginOfText)
	eot, _ := tok.TokenID(testmodel.EndOfTurn)
	rewriteJSON(t, filepath.Join(f.cfg.ModelDir, "config.json"), func(m map[string]any) { m["eos_token_id"] = 5 })
	rewriteJSON(t, filepath.Join(f.cfg.ModelDir, "generation_config.json"), func(m map[string]any) { m["eos_token_id"] = []int{7, 5, 9} })
	rewriteJSON(t, filepath.Join(f.cfg.ModelDir, tokenizer.ConfigFileName), func(m map[string]any) { m["eos_token"] = testmodel.EndOfTurn })
	eosOf := func() []int {
		s, err := NewService(f.cfg, log.NewLogger(log.DiscardHandler()))
		require.NoError(t, err)
		s.model.Close()
		return s.prompt.eos
	}
	require.ElementsMatch(t, []int{5, 7, 9, eot}, eosOf())
	require.NotContains(t, eosOf(), bos)

	// One number instead of a list.
	rewriteJSON(t, filepath.Join(f.cfg.ModelDir, "generation_config.json"), func(m map[string]any) { m["eos_token_id"] = 11 })
	require.ElementsMatch(t, []int{5, 11, eot}, eosOf())

	for _, bad := range []any{"eleven", []any{1, "x"}, map[string]any{"a": 1}} {
		rewriteJSON(t, filepath.Join(f.cfg.ModelDir, "generation_config.json"), func(m map[string]any) { m["eos_token_id"] = bad })
		_, err = NewService(f.cfg, log.NewLogger(log.DiscardHandler()))
		require.ErrorIs(t, err, ErrConfig, "eos_token_id %v", bad)
	}
}
