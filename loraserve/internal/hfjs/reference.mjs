// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.
//
// Runs Hugging Face's JavaScript tokenizers and Jinja on a request read as
// JSON from stdin and writes the results as JSON to stdout; the Go package
// beside this file (hfjs) drives it from tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Tokenizer } from "@huggingface/tokenizers";
import { Template } from "@huggingface/jinja";

const request = JSON.parse(readFileSync(0, "utf8"));
const response = { tokenizers: [], chats: [] };

for (const c of request.tokenizers ?? []) {
  const json = JSON.parse(readFileSync(join(c.dir, "tokenizer.json"), "utf8"));
  let config = {};
  try {
    config = JSON.parse(readFileSync(join(c.dir, "tokenizer_config.json"), "utf8"));
  } catch (e) {
    if (e.code !== "ENOENT") throw e;
  }
  const tok = new Tokenizer(json, config);
  const out = { encode: [], encodeSpecial: [], decode: [], decodeSkip: [] };
  for (const text of c.texts ?? []) {
    out.encode.push(tok.encode(text, { add_special_tokens: false }).ids);
  }
  for (const text of c.specialTexts ?? []) {
    out.encodeSpecial.push(tok.encode(text, { add_special_tokens: true }).ids);
  }
  for (const ids of c.decode ?? []) {
    out.decode.push(ids.length ? tok.decode(ids, { skip_special_tokens: false }) : "");
    out.decodeSkip.push(ids.length ? tok.decode(ids, { skip_special_tokens: true }) : "");
  }
  response.tokenizers.push(out);
}

for (const c of request.chats ?? []) {
  try {
    response.chats.push({ text: new Template(c.template).render(c.context) });
  } catch (e) {
    response.chats.push({ error: String(e?.message ?? e) });
  }
}

process.stdout.write(JSON.stringify(response));
