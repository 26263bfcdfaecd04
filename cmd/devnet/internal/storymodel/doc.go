// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package storymodel builds the models of the devnet's demo story from a
// freely licensed corpus (Debian's fortunes): a small base model trained by
// the project itself on the part of the corpus outside the demo Datanet,
// and a LoRA adapter fine-tuned on the Datanet's entries, so that the
// adapter, given an entry's first words, quotes the entry — text the
// attribution index finds in the Datanet's contributions.
//
// The base model is loraserve's tiny Llama (testmodel) with a BPE tokenizer
// learned on the corpus. Its pre-training is a LoRA run of
// modelfactory/trainer on every projection whose delta is folded into the
// base weights; the adapter is a second LoRA run on the pre-trained base.
// Examples are chats rendered as loraserve renders a chat request (the
// tokenizer's chat template): the entry's first words as the user's message,
// the entry as the answer.
//
// Build is deterministic and cached: <cache>/<Key> holds model/ (a
// loraserve/Hugging Face model directory), fortunes-demo/ (the PEFT
// adapter) and report.json (losses, how many entries the adapter quotes,
// time taken). The devnet builds it on first use; `make story-model` builds
// it under .build ahead of time.
package storymodel
