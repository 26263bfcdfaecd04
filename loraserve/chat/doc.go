// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package chat renders a chat conversation into a model's prompt with the
// Jinja chat_template of its tokenizer_config.json, as transformers'
// apply_chat_template does: the template sees messages, add_generation_prompt,
// the special tokens (bos_token, eos_token, unk_token, pad_token), tools
// (none), and the helpers raise_exception and strftime_now; blocks are
// trimmed (trim_blocks, lstrip_blocks) as Hugging Face configures Jinja.
//
// Templates run on gonja (github.com/nikolalohinski/gonja/v2), a Jinja
// engine in Go, with a loader that holds only the template: include and
// import cannot reach the file system. The tests render the published
// templates of Llama 3, Llama 2, Mistral, Qwen 2, Gemma, ChatGLM3, DeepSeek
// and Falcon against transformers' outputs and against Hugging Face's
// @huggingface/jinja on the same conversations.
package chat
