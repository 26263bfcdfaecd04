// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package service

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/loraserve/tokenizer"
	"github.com/openledger/openledger/modelfactory/trainer"
)

// Source is where jobs get their data and base models: the registries on
// chain and content on IPFS, verified. *onchain.Resolver implements it.
type Source interface {
	VersionContributions(ctx context.Context, datanetID, version uint64) ([]onchain.Contribution, error)
	ReadContribution(ctx context.Context, c onchain.Contribution) ([]byte, error)
	Weights(ctx context.Context, modelID, version uint64) (onchain.Weights, error)
	FetchWeights(ctx context.Context, w onchain.Weights) (string, error)
	// VersionCorpus is the text of the contributions a Datanet version
	// added, verified (for the span index).
	VersionCorpus(ctx context.Context, datanetID, version uint64) (attribution.DatanetVersion, error)
}

// instruction is one line of an instruction/response JSONL contribution.
type instruction struct {
	Instruction string `json:"instruction"`
	Prompt      string `json:"prompt"`
	Input       string `json:"input"`
	Response    string `json:"response"`
	Output      string `json:"output"`
}

// parseInstructions reads content as instruction/response JSONL; ok is false
// when it is not (then it is plain text).
func parseInstructions(content []byte) (pairs [][2]string, ok bool) {
	for _, line := range bytes.Split(content, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		var in instruction
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if line[0] != '{' || dec.Decode(&in) != nil {
			return nil, false
		}
		prompt := in.Instruction + in.Prompt
		if in.Input != "" {
			prompt += "\n" + in.Input
		}
		response := in.Response + in.Output
		if prompt == "" || response == "" {
			return nil, false
		}
		pairs = append(pairs, [2]string{prompt, response})
	}
	return pairs, len(pairs) > 0
}

// examples turns one contribution's content into training examples: an
// instruction/response JSONL contribution gives one example per line with the
// loss on the response only; plain text is cut into windows of maxLen tokens
// after the tokenizer's prefix (BOS), the loss on everything but the prefix.
func examples(tok *tokenizer.Tokenizer, id uint64, content []byte, maxLen int) ([]trainer.Example, error) {
	if !utf8.Valid(content) {
		return nil, fmt.Errorf("contribution %d is not UTF-8 text", id)
	}
	var out []trainer.Example
	eos, hasEOS := tok.EOS()
	if pairs, ok := parseInstructions(content); ok {
		for _, p := range pairs {
			prompt := tok.EncodeWithSpecialTokens(p[0] + "\n")
			tokens := append(append([]int(nil), prompt...), tok.Encode(p[1])...)
			if hasEOS {
				tokens = append(tokens, eos)
			}
			if len(tokens) > maxLen {
				tokens = tokens[:maxLen]
			}
			if len(prompt) >= len(tokens) || len(prompt) == 0 {
				continue // nothing of the response fits
			}
			out = append(out, trainer.Example{ID: id, Tokens: tokens, LossStart: len(prompt)})
		}
		return out, nil
	}
	text := strings.TrimSpace(string(content))
	if text == "" {
		return nil, nil
	}
	body := tok.Encode(text)
	prefix := tok.EncodeWithSpecialTokens("")
	window := maxLen - len(prefix)
	if window < 1 {
		return nil, fmt.Errorf("max sequence length %d leaves no room after the %d prefix tokens", maxLen, len(prefix))
	}
	for lo := 0; lo < len(body); lo += window {
		chunk := body[lo:min(lo+window, len(body))]
		tokens := append(append([]int(nil), prefix...), chunk...)
		if len(tokens) < 2 {
			continue
		}
		out = append(out, trainer.Example{ID: id, Tokens: tokens, LossStart: max(1, len(prefix))})
	}
	return out, nil
}

// loadData reads the accepted contributions of every Datanet version, each
// verified against its on-chain hash, and tokenizes them. A content hash seen
// before (the same text contributed twice, in one Datanet or two) is used
// once, so duplicating a contribution does not weigh it twice.
func loadData(ctx context.Context, src Source, tok *tokenizer.Tokenizer, versions []DatanetVersion, maxLen int) ([]trainer.Example, []TrainedOn, error) {
	var (
		data []trainer.Example
		used []TrainedOn
		seen = map[common.Hash]bool{}
	)
	for _, v := range versions {
		cs, err := src.VersionContributions(ctx, v.DatanetID, v.Version)
		if err != nil {
			return nil, nil, fmt.Errorf("datanet %d version %d: %w", v.DatanetID, v.Version, err)
		}
		t := TrainedOn{DatanetVersion: v, Contributions: []uint64{}, Hashes: []common.Hash{}}
		for _, c := range cs {
			if seen[c.Hash] {
				continue
			}
			seen[c.Hash] = true
			content, err := src.ReadContribution(ctx, c)
			if err != nil {
				return nil, nil, fmt.Errorf("datanet %d version %d: %w", v.DatanetID, v.Version, err)
			}
			exs, err := examples(tok, c.ID, content, maxLen)
			if err != nil {
				return nil, nil, err
			}
			if len(exs) == 0 {
				continue
			}
			data = append(data, exs...)
			t.Contributions = append(t.Contributions, c.ID)
			t.Hashes = append(t.Hashes, c.Hash)
		}
		used = append(used, t)
	}
	if len(data) == 0 {
		return nil, nil, fmt.Errorf("the Datanet versions hold no text to train on")
	}
	return data, used, nil
}
