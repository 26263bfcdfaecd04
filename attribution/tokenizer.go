// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package attribution

import (
	"errors"
	"fmt"

	"github.com/openledger/openledger/attribution/index"
)

// ErrTokenID is returned when a tokenizer produces an id the index cannot
// store.
var ErrTokenID = errors.New("attribution: token id out of range")

// TokenizerFunc adapts a function to Tokenizer.
type TokenizerFunc func(text string) ([]uint32, error)

// Encode calls f.
func (f TokenizerFunc) Encode(text string) ([]uint32, error) { return f(text) }

// IntEncoder is a tokenizer returning int ids, like loraserve's
// tokenizer.Tokenizer.
type IntEncoder interface {
	Encode(text string) []int
}

// FromIntEncoder adapts an IntEncoder, rejecting ids outside
// [0, index.MaxTokenID].
func FromIntEncoder(e IntEncoder) Tokenizer {
	return TokenizerFunc(func(text string) ([]uint32, error) {
		ids := e.Encode(text)
		out := make([]uint32, len(ids))
		for i, id := range ids {
			if id < 0 || id > index.MaxTokenID {
				return nil, fmt.Errorf("%w: %d at %d", ErrTokenID, id, i)
			}
			out[i] = uint32(id)
		}
		return out, nil
	})
}
