#!/usr/bin/env python3
# Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.
"""Compare loraserve's logits with transformers (+ peft) on a generated model.

Needs torch, transformers and peft (the GPU machine has them). Usage:

    go build -o bin/loraserve ./cmd/loraserve
    bin/loraserve gen-model --out /tmp/ls --adapters 4
    python3 loraserve/testdata/hf_compare.py bin/loraserve /tmp/ls/model /tmp/ls/adapters/adapter-0001

Prints the max absolute logit difference for the base model and the adapter
and exits 1 when either exceeds the tolerance.
"""
import json
import subprocess
import sys

import torch
from transformers import AutoModelForCausalLM


def loraserve_logits(binary, model_dir, adapter_dir, prompt):
    cmd = [binary, "logits", "--model", model_dir, "--prompt", prompt]
    if adapter_dir:
        cmd += ["--adapter", adapter_dir]
    out = json.loads(subprocess.check_output(cmd))
    return out["tokens"], torch.tensor(out["logits"], dtype=torch.float64)


def hf_logits(model_dir, adapter_dir, tokens):
    model = AutoModelForCausalLM.from_pretrained(model_dir, torch_dtype=torch.float32)
    if adapter_dir:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, adapter_dir)
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor([tokens])).logits[0, -1]
    return logits.to(torch.float64)


def main():
    binary, model_dir = sys.argv[1], sys.argv[2]
    adapter_dir = sys.argv[3] if len(sys.argv) > 3 else None
    prompt = "The quick brown fox jumps over the lazy dog."
    worst = 0.0
    for adapter in [None, adapter_dir] if adapter_dir else [None]:
        tokens, ours = loraserve_logits(binary, model_dir, adapter, prompt)
        theirs = hf_logits(model_dir, adapter, tokens)
        diff = (ours - theirs).abs().max().item()
        worst = max(worst, diff)
        print(f"{'adapter ' + adapter if adapter else 'base model'}: max |logit diff| = {diff:.3e}")
    sys.exit(0 if worst < 1e-3 else 1)


if __name__ == "__main__":
    main()
