// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package gguf

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/loraserve/tokenizer"
)

// TestSentencePieceTokenizer reads the SentencePiece-style layouts
// tokenizer.Generate writes as llama.cpp's "llama" vocabulary, writes them
// to a GGUF file and reads them back: the read-back tokenizer encodes like
// the original. (llama.cpp's own tokenization of the written file is checked
// in loraserve/internal/llamacpp.)
func TestSentencePieceTokenizer(t *testing.T) {
	texts := []string{"Hello world", " leading space", "Café déjà vu 🦊", "a\n\tb  c", "日本語"}
	for _, tc := range []struct {
		family   tokenizer.Family
		prefix   bool
		bos, unk string
		refused  string // error text when export is refused
	}{
		{family: tokenizer.FamilyLlama2, prefix: true, bos: "<s>", unk: "<unk>"},
		{family: tokenizer.FamilyGemma, prefix: false, bos: "<bos>", unk: "<unk>"},
		{family: tokenizer.FamilyChatGLM, prefix: true, unk: "<unk>"},
		{family: tokenizer.FamilyMistral, refused: "Metaspace"},
	} {
		t.Run(string(tc.family), func(t *testing.T) {
			own, err := tokenizer.Generate(tc.family, tokenizer.GenerateOptions{})
			require.NoError(t, err)
			js, err := json.Marshal(own)
			require.NoError(t, err)
			bos := -1
			if tc.bos != "" {
				bos, _ = own.TokenID(tc.bos)
			}
			tok, err := TokenizerFromJSON(js, bos, -1)
			if tc.refused != "" {
				require.ErrorIs(t, err, ErrUnsupported)
				require.ErrorContains(t, err, tc.refused)
				return
			}
			require.NoError(t, err)
			require.Equal(t, TokenizerLlama, tok.Model)
			require.Equal(t, tc.prefix, tok.AddSpacePrefix)
			unk, _ := own.TokenID(tc.unk)
			require.Equal(t, unk, tok.UNK)
			require.Equal(t, TokenTypeUnknown, tok.Types[unk])
			bytes := 0
			for id, typ := range tok.Types {
				if typ == TokenTypeByte {
					bytes++
					require.Regexp(t, `^<0x[0-9A-F]{2}>$`, tok.Tokens[id])
					require.Zero(t, tok.Scores[id])
				}
			}
			require.Equal(t, 256, bytes)
			// A token made by an earlier merge scores higher.
			first, _ := own.TokenID(joinMerge(tok.Merges[0]))
			last, _ := own.TokenID(joinMerge(tok.Merges[len(tok.Merges)-1]))
			require.Zero(t, tok.Scores[first])
			require.Equal(t, -float32(len(tok.Merges)-1), tok.Scores[last])

			tok.PadTo(len(tok.Tokens) + 3)
			w := NewWriter()
			w.Set(KeyArchitecture, ArchLlama)
			w.SetTokenizer(tok)
			path := filepath.Join(t.TempDir(), "t.gguf")
			require.NoError(t, w.WriteFile(path))
			f, err := Open(path)
			require.NoError(t, err)
			defer f.Close()
			got, ok, err := f.Tokenizer()
			require.NoError(t, err)
			require.True(t, ok)
			require.Equal(t, tok, got)
			back := parseBack(t, got)
			for _, text := range texts {
				require.Equal(t, own.Encode(text), back.Encode(text), text)
			}
			// A GGUF file from another writer has no merges: they are
			// rebuilt from the scores.
			got.Merges = nil
			noMerges := parseBack(t, got)
			require.Equal(t, back.Encode("Hello world"), noMerges.Encode("Hello world"))
		})
	}
}

func joinMerge(m string) string {
	for i := range m {
		if m[i] == ' ' {
			return m[:i] + m[i+1:]
		}
	}
	return m
}

func parseBack(t *testing.T, g *Tokenizer) *tokenizer.Tokenizer {
	t.Helper()
	js, err := g.JSON()
	require.NoError(t, err)
	cfg, err := g.ConfigJSON()
	require.NoError(t, err)
	tok, err := tokenizer.Parse(js, cfg)
	require.NoError(t, err)
	return tok
}
