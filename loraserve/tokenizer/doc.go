// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package tokenizer implements the byte-level BPE tokenizer of Hugging Face
// tokenizer.json files (GPT-2, Llama 3 and most recent decoder models).
//
// # Encoding
//
// Text is first split on added (special) tokens, which map straight to their
// ids. Every other stretch is pre-tokenized with the GPT-2 rule (contractions,
// optional space + letters, optional space + digits, optional space + other
// symbols, whitespace runs), each piece's bytes are mapped to printable runes
// with the GPT-2 byte-to-unicode table, and the BPE merges are applied lowest
// rank first. Decode reverses the byte mapping, so Decode(Encode(s)) == s for
// every string whose bytes are all covered by the vocabulary (a byte-level
// vocabulary covers all 256 bytes).
//
// Train builds a vocabulary and merge list from a corpus deterministically,
// and Save writes it back as tokenizer.json; the test-model generator uses both.
package tokenizer
