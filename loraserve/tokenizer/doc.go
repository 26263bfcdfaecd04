// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package tokenizer implements Hugging Face tokenizers: the BPE models of
// tokenizer.json files, byte-level (GPT-2, Llama 3, Qwen 2, Falcon, BLOOM,
// DeepSeek) and SentencePiece-style with byte fallback (Llama 2, Mistral,
// Gemma, ChatGLM), with the special tokens and chat template of
// tokenizer_config.json. It imports nothing else of the project: Load is
// the one way every command and service gets a tokenizer.
//
// # Encoding
//
// Encode follows the tokenizers library step by step:
//
//  1. Added tokens (added_tokens) are found in the raw text, leftmost and
//     longest first, honouring single_word, lstrip and rstrip; tokens marked
//     normalized are looked for again after normalization.
//  2. The normalizer rewrites the rest: NFC/NFD/NFKC/NFKD, Lowercase,
//     Prepend, Replace (string or regex), Strip, StripAccents, Sequence.
//  3. The pre-tokenizer cuts it into pieces: ByteLevel (bytes mapped to the
//     GPT-2 printable alphabet, with its split), Split (regex or string,
//     every behaviour), Metaspace (▁ with prepend_scheme), Digits,
//     Punctuation, WhitespaceSplit, Sequence. The Split regexes of GPT-2,
//     Llama 3 and Qwen 2 run on hand-written linear splitters checked
//     against a regex engine; any other pattern runs on regexp2, which
//     has the lookahead Go's regexp lacks.
//  4. BPE merges each piece: characters outside the vocabulary become
//     <0xNN> byte tokens (byte_fallback) or the unknown token; merges run
//     lowest rank first, leftmost on ties, on a linked list with a heap of
//     candidate pairs, so a piece of n characters costs O(n log n) — one
//     enormous "word" cannot stall a server. ignore_merges keeps a piece that
//     is itself a token whole.
//  5. EncodeWithSpecialTokens adds what the post-processor adds around one
//     sequence (TemplateProcessing, Roberta/BertProcessing, Sequence), or,
//     for Llama- and Gemma-class tokenizers, what add_bos_token and
//     add_eos_token in tokenizer_config.json say.
//
// MinTokens bounds from below how many tokens a text of n bytes can become,
// from the longest token and the normalizer's worst shrink, so a server can
// refuse a prompt that cannot fit its context before tokenizing it.
//
// # Decoding
//
// Decode runs the decoder chain (ByteLevel, Replace, ByteFallback, Fuse,
// Strip, Metaspace) as HF's decode does, optionally skipping special tokens
// (skip_special_tokens) and applying clean_up_tokenization_spaces. A Stream
// decodes generated tokens one by one into raw bytes, for servers that send
// text as it is generated; concatenated it gives Decode's text.
//
// # Reference
//
// Every family's layout is checked token for token against Hugging Face's
// tokenizers.js on a natural-text and a fuzzed corpus (package
// loraserve/internal/hfjs). Where tokenizers.js departs from the Rust
// tokenizers library this package follows Rust: Digits counts every Unicode
// number (char::is_numeric, also the byte-level rune ² after ByteLevel), \s
// is Unicode White_Space (U+0085 yes, U+FEFF no), and a Metaspace decoder
// drops every ▁ of the first token.
//
// # Generated tokenizers
//
// Generate trains a small tokenizer in the layout of one model family
// (Family: llama3, llama2, mistral, qwen2, gemma, deepseek, falcon, bloom,
// chatglm, gpt2) with that family's special tokens and published chat
// template (templates/, from the families' tokenizer_config.json files), so
// generated test models tokenize like the real ones without downloads.
// Train is the plain GPT-2-style trainer; SaveDir writes tokenizer.json and
// tokenizer_config.json.
package tokenizer
