// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package service is ModelFactory as a service: an HTTP API that takes
// fine-tuning jobs (a base model id, Datanet versions, LoRA hyperparameters),
// reads the accepted contributions of those Datanet versions from the chain
// and their content from IPFS (each checked against its on-chain hash),
// trains a LoRA adapter with modelfactory/trainer, and publishes the PEFT
// adapter directory, with its provenance, on IPFS.
//
// The service never holds a user's key: a finished job's result carries what
// the job owner records on chain with registerAdapter from their own wallet
// (Studio) or CLI: the weights hash and URI, rank, target modules and the
// exact Datanet versions trained on.
//
// API (JSON; the Studio page and `ledger train` use it):
//
//	POST /v1/jobs                {owner, baseModelId, datanets:[{datanetId,version}], hyperparameters} → Job
//	GET  /v1/jobs?owner=0x…      → {jobs:[Job]}
//	GET  /v1/jobs/{id}           → Job
//	GET  /v1/jobs/{id}/events    server-sent events: "progress" {step,totalSteps,loss,tokensPerSecond,etaSeconds}, "state" Job
//	GET  /v1/jobs/{id}/loss      → {points:[{step,loss,evalLoss?}]}
//	POST /v1/jobs/{id}/cancel    → Job
//	GET  /v1/base-models?offset=&limit=  → {items:[{id,name,architecture,license,owner,versions}],total,next}
//	GET  /v1/datanets?offset=&limit=     → {items:[{id,name,description,owner,accepted,versions:[{version,root,contributions,publishedAt}]}],total,next}
//	GET  /healthz, GET /metrics
//
// POST requests are signed by the job's owner (see Sign and AuthHeader).
// The listings page over registry ids (limit ≤ 100; next is the offset of
// the following page, 0 after the last) and keep the active base models and
// the Datanets with a published version: what a job can name.
//
// # Held-out evaluation
//
// A job holds out hyperparameters.evalFraction of its examples (default 0.1,
// drawn from the seed, never a contribution's last example, so every
// contribution named still trains) and reports their mean loss before
// training (the base model), every tenth of the run (the loss curve's
// evalLoss) and after (the result's evalLossBefore/evalLossAfter).
//
// # Proof of Attribution at training time
//
// The published adapter directory — whose tree hash is the weights hash the
// owner registers on chain, so everything in it is committed — holds beside
// the PEFT files: steps.log, the trainer's per-step record of which
// contributions each optimizer step used (its SHA-256 also in
// provenance.json; trainer.VerifyStepLog replays it from the seed);
// attribution.TrainingInfluenceFile, the contributions trained on and the
// DataInf influence of each on the adapter's held-out loss
// (modelfactory/influence.OnAdapter over a gradient cache of every training
// example); and provenance.json naming both. The job also builds the span
// attribution index of its Datanet versions (each with the versions before
// it) and publishes it on IPFS (result.spanIndex); loraserve attributes the
// adapter's paid outputs with it and mixes the training influence in
// (--settlement.training, package loraserve/payments).
//
// Jobs survive a restart: each job's state is a JSON file under the data
// directory, and a job that was queued or running when the service stopped
// is queued again; the trainer resumes it from its last checkpoint.
package service
