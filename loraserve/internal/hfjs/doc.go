// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package hfjs runs Hugging Face's JavaScript implementations of
// tokenizer.json (npm @huggingface/tokenizers) and of chat templates (npm
// @huggingface/jinja), so that tests can check loraserve's Go tokenizer and
// chat rendering against code no one here wrote.
//
// The npm packages are pinned in package.json beside this file and
// installed into its node_modules by `make tools`; reference.mjs is the
// script Run feeds a request as JSON. Tests that need it fail with a clear
// message when node or the packages are missing.
package hfjs
