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
//	GET  /v1/jobs/{id}/loss      → {points:[{step,loss}]}
//	POST /v1/jobs/{id}/cancel    → Job
//	GET  /healthz, GET /metrics
//
// Jobs survive a restart: each job's state is a JSON file under the data
// directory, and a job that was queued or running when the service stopped
// is queued again; the trainer resumes it from its last checkpoint.
package service
