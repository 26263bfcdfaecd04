// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package server

import (
	"encoding/json"
	"fmt"
)

// StringList is a JSON string or array of strings (OpenAI's "stop", "prompt").
type StringList []string

// UnmarshalJSON accepts "x", ["x","y"] or null.
func (s *StringList) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*s = nil
		return nil
	}
	if len(b) > 0 && b[0] == '"' {
		var one string
		if err := json.Unmarshal(b, &one); err != nil {
			return err
		}
		*s = StringList{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return fmt.Errorf("expected a string or an array of strings")
	}
	*s = many
	return nil
}

// Voucher is the optional EIP-712 inference voucher of a paid request, kept
// raw: Config.Payments (package loraserve/payments) verifies it.
type Voucher = json.RawMessage

// StreamOptions is OpenAI's stream_options.
type StreamOptions struct {
	IncludeUsage bool `json:"include_usage"`
}

// samplingFields are shared by both generation endpoints.
type samplingFields struct {
	Model         string         `json:"model"`
	MaxTokens     *int           `json:"max_tokens"`
	Temperature   *float64       `json:"temperature"`
	TopP          *float64       `json:"top_p"`
	N             *int           `json:"n"`
	Stream        bool           `json:"stream"`
	StreamOptions *StreamOptions `json:"stream_options"`
	Stop          StringList     `json:"stop"`
	Seed          *int64         `json:"seed"`
	User          string         `json:"user,omitempty"`
	Voucher       Voucher        `json:"voucher,omitempty"`
	// IgnoreEOS keeps generating past the model's end tokens, up to
	// max_tokens (vLLM's extension).
	IgnoreEOS bool `json:"ignore_eos,omitempty"`
	// SkipSpecialTokens leaves special tokens (<|eot_id|>, </s>, …) out of
	// the returned text; default true, as in HF's decode and vLLM.
	SkipSpecialTokens *bool `json:"skip_special_tokens,omitempty"`
}

// CompletionRequest is the body of POST /v1/completions.
type CompletionRequest struct {
	samplingFields
	Prompt StringList `json:"prompt"`
}

// ChatMessage is one message of a chat.
type ChatMessage struct {
	Role    string      `json:"role"`
	Content TextContent `json:"content"`
}

// TextContent is a message's content: a string, or (as newer OpenAI clients
// send) an array of parts of which the "text" ones are concatenated.
type TextContent string

// UnmarshalJSON accepts a string, null, or an array of {"type":"text","text":...}.
func (c *TextContent) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*c = ""
		return nil
	}
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*c = TextContent(s)
		return nil
	}
	var parts []struct {
		Type string `json:"type"`
		Text string `json:"text"`
	}
	if err := json.Unmarshal(b, &parts); err != nil {
		return fmt.Errorf("content must be a string or an array of text parts")
	}
	var s string
	for _, p := range parts {
		if p.Type != "text" {
			return fmt.Errorf("content part type %q is not supported (text only)", p.Type)
		}
		s += p.Text
	}
	*c = TextContent(s)
	return nil
}

// ChatRequest is the body of POST /v1/chat/completions.
type ChatRequest struct {
	samplingFields
	Messages            []ChatMessage `json:"messages"`
	MaxCompletionTokens *int          `json:"max_completion_tokens"`
}

// Usage counts tokens.
type Usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	TotalTokens      int `json:"total_tokens"`
}

// CompletionChoice is one choice of a completion.
type CompletionChoice struct {
	Text         string  `json:"text"`
	Index        int     `json:"index"`
	Logprobs     any     `json:"logprobs"`
	FinishReason *string `json:"finish_reason"`
}

// CompletionResponse is the body (or, with stream, each chunk) of /v1/completions.
type CompletionResponse struct {
	ID      string             `json:"id"`
	Object  string             `json:"object"`
	Created int64              `json:"created"`
	Model   string             `json:"model"`
	Choices []CompletionChoice `json:"choices"`
	Usage   *Usage             `json:"usage,omitempty"`
	Receipt any                `json:"receipt,omitempty"` // from Payments.Complete
}

// ChatDelta is the incremental message of a streamed chat chunk.
type ChatDelta struct {
	Role    string  `json:"role,omitempty"`
	Content *string `json:"content,omitempty"`
}

// ChatChoice is one choice of a chat completion or chunk.
type ChatChoice struct {
	Index        int          `json:"index"`
	Message      *ChatMessage `json:"message,omitempty"`
	Delta        *ChatDelta   `json:"delta,omitempty"`
	Logprobs     any          `json:"logprobs"`
	FinishReason *string      `json:"finish_reason"`
}

// ChatResponse is the body (or, with stream, each chunk) of /v1/chat/completions.
type ChatResponse struct {
	ID      string       `json:"id"`
	Object  string       `json:"object"`
	Created int64        `json:"created"`
	Model   string       `json:"model"`
	Choices []ChatChoice `json:"choices"`
	Usage   *Usage       `json:"usage,omitempty"`
	Receipt any          `json:"receipt,omitempty"` // from Payments.Complete
}

// ModelCard is one entry of GET /v1/models.
type ModelCard struct {
	ID       string `json:"id"`
	Object   string `json:"object"`
	Created  int64  `json:"created"`
	OwnedBy  string `json:"owned_by"`
	Root     string `json:"root,omitempty"`
	Parent   string `json:"parent,omitempty"`
	Resident bool   `json:"resident"`
	Loading  bool   `json:"loading,omitempty"`
	Pinned   int    `json:"pinned,omitempty"`
	Bytes    int64  `json:"bytes,omitempty"`
	SHA256   string `json:"sha256,omitempty"`
	// ModelID is a paid adapter's id in the model registry (the voucher's
	// modelId); absent when the adapter is served free.
	ModelID uint64 `json:"modelId,omitempty"`
	// Operator and ModelVersion are what a paid adapter's vouchers must
	// name besides the model id and its on-chain rates: this server's
	// settler account and the registry version it serves.
	Operator     string `json:"operator,omitempty"`
	ModelVersion uint64 `json:"modelVersion,omitempty"`
}

// ModelList is the body of GET /v1/models.
type ModelList struct {
	Object string      `json:"object"`
	Data   []ModelCard `json:"data"`
}

// AdapterRequest is the body of POST /v1/adapters.
type AdapterRequest struct {
	ID   string `json:"id"`
	Path string `json:"path,omitempty"`
	// ModelID, instead of Path, names the adapter by its model-registry id:
	// its weights are fetched from IPFS and verified against the chain
	// (Version 0: the latest).
	ModelID uint64 `json:"model_id,omitempty"`
	Version uint64 `json:"version,omitempty"`
	SHA256  string `json:"sha256,omitempty"`
	Preload bool   `json:"preload,omitempty"`
}

// ErrorBody is the OpenAI error envelope.
type ErrorBody struct {
	Error APIError `json:"error"`
}

// APIError is the error object inside ErrorBody.
type APIError struct {
	Message string  `json:"message"`
	Type    string  `json:"type"`
	Param   *string `json:"param"`
	Code    *string `json:"code"`
}
