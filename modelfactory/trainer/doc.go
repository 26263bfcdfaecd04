// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package trainer fine-tunes a LoRA adapter on a loraserve model: the
// training library of ModelFactory. The base model is loaded as loraserve
// loads it (model.Load, memory-mapped and frozen) and every step runs the
// model's own forward and backward pass (model.LossGradient), so the adapter
// trained here is exactly the one loraserve serves.
//
// # A run
//
//	m, _ := model.Load(baseDir, model.Options{})
//	t, _ := trainer.New(m, examples, trainer.Config{Rank: 16, Targets: []string{"q_proj", "v_proj"}, Steps: 200, Seed: 1},
//		trainer.Options{Dir: runDir, Progress: func(p trainer.Progress) { … }})
//	res, err := t.Run(ctx) // res.AdapterPath is a PEFT directory
//
// Each Example is a token sequence, its loss start (tokens before it are a
// prompt, excluded from the loss) and an ID (the Datanet contribution it
// comes from). Config holds the hyperparameters: rank, alpha, target modules;
// AdamW (betas, epsilon, decoupled weight decay) with linear warm-up and
// cosine decay, gradient clipping; BatchSize examples per optimizer step,
// accumulated over micro-batches of MicroBatch examples, each step's gradient
// being that of the mean loss over all its predicted tokens; and a seed.
//
// # Reproducible, resumable
//
// The seed decides the initial adapter (PEFT's: A uniform in ±1/√in, B zero)
// and the order of examples (Schedule: a seeded permutation per epoch, cut into
// batches). The model's gradients are bitwise independent of the number of
// cores, so the same data, config and seed give the same adapter bit for bit.
// Every CheckpointEvery steps the run directory gets a checkpoint
// (checkpoint.safetensors: factors, AdamW moments, step, losses, written
// atomically); a run started on a directory with a checkpoint resumes from it
// and ends with the same weights as a run never interrupted, whether it was
// cancelled or killed.
//
// # The step log
//
// steps.log records, for every optimizer step, the IDs of the examples it
// used (see ParseStepLog for the format). Its SHA-256 is in the run's summary
// (train.json) next to the adapter's, so a publisher can commit to both, and
// anyone holding the IDs, the seed and the batch size can check the log
// (VerifyStepLog). After training, modelfactory/influence scores each
// contribution's DataInf influence on the adapter.
//
// # Output
//
// The run directory ends with adapter/ (adapter_config.json and
// adapter_model.safetensors, the PEFT layout loraserve and transformers+peft
// load), train.json (Summary), steps.log and the final checkpoint.
package trainer
