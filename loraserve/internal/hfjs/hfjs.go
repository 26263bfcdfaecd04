// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package hfjs

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// ErrMissing is returned when node or the npm packages are not installed.
var ErrMissing = errors.New("hfjs: node or the npm packages are missing: run `make tools`")

// TokenizerCase asks for the encodings of Texts (without added special
// tokens) and of SpecialTexts (with them), and the decodings of id lists, by
// the tokenizer in Dir (tokenizer.json and tokenizer_config.json).
type TokenizerCase struct {
	Dir          string   `json:"dir"`
	Texts        []string `json:"texts"`
	SpecialTexts []string `json:"specialTexts"`
	Decode       [][]int  `json:"decode"`
}

// TokenizerResult holds the ids of each text, the ids of each special text
// with the special tokens the post-processor adds, and per id list, its
// decoded text with and without special tokens.
type TokenizerResult struct {
	Encode        [][]int  `json:"encode"`
	EncodeSpecial [][]int  `json:"encodeSpecial"`
	Decode        []string `json:"decode"`
	DecodeSkip    []string `json:"decodeSkip"`
}

// ChatCase asks for a chat template rendered with a context (messages,
// bos_token, add_generation_prompt, …).
type ChatCase struct {
	Template string         `json:"template"`
	Context  map[string]any `json:"context"`
}

// ChatResult is the rendered text, or the error the template raised.
type ChatResult struct {
	Text  string `json:"text"`
	Error string `json:"error"`
}

// Request is one run of the reference script.
type Request struct {
	Tokenizers []TokenizerCase `json:"tokenizers"`
	Chats      []ChatCase      `json:"chats"`
}

// Response answers a Request case by case.
type Response struct {
	Tokenizers []TokenizerResult `json:"tokenizers"`
	Chats      []ChatResult      `json:"chats"`
}

// dir is the directory of this file: package.json, reference.mjs, node_modules.
func dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(file)
}

// Available reports why Run cannot work (nil when it can).
func Available() error {
	if _, err := exec.LookPath("node"); err != nil {
		return fmt.Errorf("%w (node: %v)", ErrMissing, err)
	}
	for _, pkg := range []string{"@huggingface/tokenizers", "@huggingface/jinja"} {
		if _, err := os.Stat(filepath.Join(dir(), "node_modules", pkg, "package.json")); err != nil {
			return fmt.Errorf("%w (%s: %v)", ErrMissing, pkg, err)
		}
	}
	return nil
}

// Run runs the reference implementations on req.
func Run(ctx context.Context, req Request) (*Response, error) {
	if err := Available(); err != nil {
		return nil, err
	}
	in, err := json.Marshal(req)
	if err != nil {
		return nil, fmt.Errorf("hfjs: encode request: %w", err)
	}
	cmd := exec.CommandContext(ctx, "node", filepath.Join(dir(), "reference.mjs"))
	cmd.Dir = dir()
	var stdout, stderr bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = bytes.NewReader(in), &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("hfjs: node: %w: %s", err, strings.TrimSpace(stderr.String()))
	}
	var resp Response
	if err := json.Unmarshal(stdout.Bytes(), &resp); err != nil {
		return nil, fmt.Errorf("hfjs: decode response: %w", err)
	}
	if len(resp.Tokenizers) != len(req.Tokenizers) || len(resp.Chats) != len(req.Chats) {
		return nil, fmt.Errorf("hfjs: %d/%d answers for %d/%d cases", len(resp.Tokenizers), len(resp.Chats), len(req.Tokenizers), len(req.Chats))
	}
	return &resp, nil
}
