// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package service

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"

	"github.com/openledger/openledger/attribution"
	datainf "github.com/openledger/openledger/attribution/influence"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
	mfinfluence "github.com/openledger/openledger/modelfactory/influence"
	"github.com/openledger/openledger/modelfactory/trainer"
)

// DefaultEvalFraction is the share of examples held out for evaluation when
// a job does not say.
const DefaultEvalFraction = 0.1

// Evaluation sets of a TrainingInfluence document.
const (
	EvalHeldOut  = "held-out"
	EvalTraining = "training"
)

// splitHeldOut sets aside ⌊frac·n⌋ examples (at least one when frac > 0)
// for evaluation, drawn in an order fixed by the seed, never the last
// training example of a contribution: every contribution the job names
// still trains (so none loses its share of the adapter's earnings to the
// split). Both lists keep the examples' order. When no example can be
// spared, eval is empty.
func splitHeldOut(data []trainer.Example, frac float64, seed uint64) (train, eval []trainer.Example) {
	want := int(frac * float64(len(data)))
	if frac > 0 && want == 0 {
		want = 1
	}
	if want == 0 || len(data) < 2 {
		return data, nil
	}
	left := map[uint64]int{}
	for _, e := range data {
		left[e.ID]++
	}
	held := make([]bool, len(data))
	r := rand.New(rand.NewPCG(seed, 0x68656c646f7574)) // "heldout"
	for _, i := range r.Perm(len(data)) {
		if want == 0 {
			break
		}
		if left[data[i].ID] > 1 {
			left[data[i].ID]--
			held[i] = true
			want--
		}
	}
	for i, e := range data {
		if held[i] {
			eval = append(eval, e)
		} else {
			train = append(train, e)
		}
	}
	return train, eval
}

func datainfExamples(data []trainer.Example) []datainf.Example {
	out := make([]datainf.Example, len(data))
	for i, e := range data {
		toks := make([]uint32, len(e.Tokens))
		for j, t := range e.Tokens {
			toks[j] = uint32(t)
		}
		out[i] = datainf.Example{Tokens: toks, LossStart: e.LossStart}
	}
	return out
}

// trainingInfluence scores every trained contribution by its DataInf
// influence on the trained adapter's loss over the held-out examples (the
// training set itself when none were held out): one forward and backward
// pass per example through every layer of m.
func trainingInfluence(ctx context.Context, m *model.Model, a *lora.Adapter, train, eval []trainer.Example) (*attribution.TrainingInfluence, error) {
	layers := influenceLayers(a, len(train), MaxInfluenceCacheFloats)
	gm, err := mfinfluence.New(m, a, mfinfluence.Options{Layers: layers})
	if err != nil {
		return nil, err
	}
	exs := datainfExamples(train)
	tr := make([]datainf.TrainingExample, len(train))
	trained := make([]uint64, len(train))
	for i, e := range train {
		tr[i] = datainf.TrainingExample{ContributionID: e.ID, Example: exs[i]}
		trained[i] = e.ID
	}
	cache, err := datainf.BuildCache(ctx, gm, tr, datainf.CacheOptions{Workers: 1})
	if err != nil {
		return nil, fmt.Errorf("influence: %w", err)
	}
	set, evalExs := EvalHeldOut, datainfExamples(eval)
	if len(evalExs) == 0 {
		set, evalExs = EvalTraining, exs
	}
	scores, err := mfinfluence.OnAdapter(ctx, gm, cache, evalExs)
	if err != nil {
		return nil, err
	}
	doc, err := attribution.NewTrainingInfluence(trained, scores, set, len(evalExs))
	if err != nil {
		return nil, err
	}
	doc.Layers = layers
	return doc, nil
}

// MaxInfluenceCacheFloats bounds the gradient cache of the training
// influence (one gradient per training example over the scored layers'
// LoRA factors): 64 Mi floats, 256 MiB.
const MaxInfluenceCacheFloats = 64 << 20

// influenceLayers picks the adapter layers whose factors the influence
// scores cover: the most layers, counted from the last (closest to the
// output), whose gradients for n examples fit budget floats — at least the
// last layer with factors.
func influenceLayers(a *lora.Adapter, n int, budget int) []int {
	size := make([]int, len(a.Layers))
	for _, f := range a.Factors() {
		size[f.Layer] += len(f.Data)
	}
	var out []int
	total := 0
	for l := len(a.Layers) - 1; l >= 0; l-- {
		if size[l] == 0 {
			continue
		}
		if len(out) > 0 && (total+size[l])*max(n, 1) > budget {
			break
		}
		total += size[l]
		out = append([]int{l}, out...)
	}
	return out
}

// spanIndex builds the span attribution index of every Datanet version the
// job names (each with the versions before it: the Datanet as that version
// publishes it) from the contributions on chain, with the base model's
// tokenizer, and publishes the index directory on IPFS. Receipts mix its
// spans with the training influence, which credits only contributions the
// adapter trained on.
func (s *Service) spanIndex(ctx context.Context, j *jobState, m *model.Model) (*ContentRef, error) {
	dir := filepath.Join(s.jobDir(j.ID), "index")
	if err := os.RemoveAll(dir); err != nil {
		return nil, fmt.Errorf("span index: %w", err)
	}
	seen := map[DatanetVersion]bool{}
	var versions []attribution.DatanetVersion
	for _, d := range j.Datanets {
		for v := uint64(1); v <= d.Version; v++ {
			k := DatanetVersion{DatanetID: d.DatanetID, Version: v}
			if seen[k] {
				continue
			}
			seen[k] = true
			corpus, err := s.src.VersionCorpus(ctx, d.DatanetID, v)
			if err != nil {
				return nil, fmt.Errorf("span index: datanet %d version %d: %w", d.DatanetID, v, err)
			}
			versions = append(versions, corpus)
		}
	}
	if _, err := attribution.BuildIndex(dir, attribution.FromIntEncoder(m.Tokenizer), versions,
		attribution.BuildOptions{TokenizerID: m.Tokenizer.Hash()}); err != nil {
		return nil, fmt.Errorf("span index: %w", err)
	}
	ref, err := s.pub.Publish(ctx, dir)
	if err != nil {
		return nil, fmt.Errorf("publishing the span index: %w", err)
	}
	return &ContentRef{URI: ref.URI, Hash: ref.Hash}, nil
}
