// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package influence_test

import (
	"context"
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	datainf "github.com/openledger/openledger/attribution/influence"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/testmodel"
	"github.com/openledger/openledger/modelfactory/influence"
	"github.com/openledger/openledger/modelfactory/trainer"
)

func load(t *testing.T) (*model.Model, *lora.Adapter) {
	dir := t.TempDir()
	_, err := testmodel.WriteModel(dir, testmodel.Tiny)
	require.NoError(t, err)
	m, err := model.Load(dir, model.Options{})
	require.NoError(t, err)
	t.Cleanup(func() { m.Close() })
	a := testmodel.NewAdapter("infl", m.Config, testmodel.AdapterSpec{Seed: 3, Rank: 4,
		Targets: []lora.Proj{lora.Q, lora.V, lora.O, lora.Down}})
	return m, a
}

// seq returns a deterministic token sequence of length n for example k.
func seq(k, n, vocab int) []uint32 {
	out := make([]uint32, n)
	x := uint32(k*7919 + 17)
	for i := range out {
		x = x*1103515245 + 12345
		out[i] = (x >> 8) % uint32(vocab)
	}
	return out
}

func trainingSet(vocab int) []datainf.TrainingExample {
	var train []datainf.TrainingExample
	for k := 0; k < 12; k++ {
		train = append(train, datainf.TrainingExample{
			ContributionID: uint64(100 + k),
			Example:        datainf.Example{Tokens: seq(k, 24, vocab), LossStart: 1},
		})
	}
	return train
}

// DataInf on the generated Llama with a real adapter, over every layer or the
// last only: when the output is a training contribution repeated after a
// prompt, that contribution gets the highest influence.
func TestDuplicatedTrainingExampleRanksFirst(t *testing.T) {
	m, a := load(t)
	for _, layers := range [][]int{nil, {m.Config.NumLayers - 1}} {
		gm, err := influence.New(m, a, influence.Options{Layers: layers})
		require.NoError(t, err)
		train := trainingSet(m.Config.VocabSize)
		cache, err := datainf.BuildCache(context.Background(), gm, train, datainf.CacheOptions{Workers: 2})
		require.NoError(t, err)
		for _, dup := range []int{3, 8} {
			prompt := seq(1000+dup, 6, m.Config.VocabSize)
			output := append(append([]uint32{}, prompt...), train[dup].Example.Tokens...)
			scores, err := cache.Influence(gm, datainf.Example{Tokens: output, LossStart: len(prompt)})
			require.NoError(t, err)
			ranked := datainf.Rank(scores)
			require.Equal(t, uint64(100+dup), ranked[0].ContributionID, "layers %v ranking %v", layers, ranked[:3])
			require.Greater(t, ranked[0].Value, 0.0)
		}
	}
}

// The influence on the adapter over an evaluation set made of one
// contribution's text ranks that contribution first.
func TestOnAdapter(t *testing.T) {
	m, a := load(t)
	gm, err := influence.New(m, a, influence.Options{})
	require.NoError(t, err)
	train := trainingSet(m.Config.VocabSize)
	cache, err := datainf.BuildCache(context.Background(), gm, train, datainf.CacheOptions{Workers: 2})
	require.NoError(t, err)
	eval := []datainf.Example{train[5].Example, {Tokens: train[5].Example.Tokens[:12], LossStart: 1}}
	scores, err := influence.OnAdapter(context.Background(), gm, cache, eval)
	require.NoError(t, err)
	require.Len(t, scores, len(train))
	require.Equal(t, uint64(105), datainf.Rank(scores)[0].ContributionID)
	_, err = influence.OnAdapter(context.Background(), gm, cache, nil)
	require.Error(t, err)
}

// The gradient has one entry per LoRA parameter of the layers it lists, the
// loss is the mean over predictions, and bad input is an error.
func TestLossGradientShapeAndErrors(t *testing.T) {
	m, a := load(t)
	gm, err := influence.New(m, a, influence.Options{})
	require.NoError(t, err)
	total := 0
	for _, l := range gm.Layers() {
		total += l.Size
	}
	require.Len(t, gm.Layers(), 2*4*m.Config.NumLayers)
	ex := datainf.Example{Tokens: seq(1, 16, m.Config.VocabSize), LossStart: 5}
	loss, grad, err := gm.LossGradient(ex)
	require.NoError(t, err)
	require.Len(t, grad, total)
	toks := make([]int, len(ex.Tokens))
	for i, v := range ex.Tokens {
		toks[i] = int(v)
	}
	sum, n, err := m.Loss(a, []model.Example{{Tokens: toks, LossStart: 5}})
	require.NoError(t, err)
	require.InDelta(t, sum/float64(n), loss, 1e-6)
	require.False(t, math.IsNaN(loss) || loss <= 0)
	// The same gradient twice: the model's buffers are reset in between.
	_, again, err := gm.LossGradient(ex)
	require.NoError(t, err)
	require.Equal(t, grad, again)
	_, _, err = gm.LossGradient(datainf.Example{Tokens: []uint32{1, uint32(m.Config.VocabSize)}, LossStart: 1})
	require.ErrorIs(t, err, model.ErrToken)
	_, _, err = gm.LossGradient(datainf.Example{Tokens: []uint32{1, 2}, LossStart: 2})
	require.ErrorIs(t, err, datainf.ErrExample)
	// Nothing to differentiate in the chosen layers; layers outside the model.
	empty := testmodel.NewAdapter("none", m.Config, testmodel.AdapterSpec{Seed: 4, Rank: 2, Targets: []lora.Proj{lora.Q}})
	empty.Layers[m.Config.NumLayers-1] = [lora.NumProj]*lora.Module{}
	_, err = influence.New(m, empty, influence.Options{Layers: []int{m.Config.NumLayers - 1}})
	require.ErrorIs(t, err, influence.ErrNoFactors)
	_, err = influence.New(m, a, influence.Options{Layers: []int{m.Config.NumLayers}})
	require.Error(t, err)
}

// After real training (modelfactory/trainer), each contribution's influence
// on an output that repeats it ranks that contribution first.
func TestInfluenceOfTrainedAdapter(t *testing.T) {
	m, _ := load(t)
	vocab := m.Config.VocabSize
	train := trainingSet(vocab)
	data := make([]trainer.Example, len(train))
	for i, ex := range train {
		toks := make([]int, len(ex.Example.Tokens))
		for j, v := range ex.Example.Tokens {
			toks[j] = int(v)
		}
		data[i] = trainer.Example{ID: ex.ContributionID, Tokens: toks, LossStart: 1}
	}
	tr, err := trainer.New(m, data, trainer.Config{Rank: 4, Targets: []string{"q_proj", "v_proj", "o_proj", "down_proj"},
		LearningRate: 3e-3, Steps: 12, BatchSize: 4, Seed: 3}, trainer.Options{Dir: t.TempDir()})
	require.NoError(t, err)
	res, err := tr.Run(context.Background())
	require.NoError(t, err)
	gm, err := influence.New(m, res.Adapter, influence.Options{})
	require.NoError(t, err)
	cache, err := datainf.BuildCache(context.Background(), gm, train, datainf.CacheOptions{Workers: 2})
	require.NoError(t, err)
	for _, k := range []int{0, 7, 11} {
		prompt := seq(2000+k, 5, vocab)
		output := append(append([]uint32{}, prompt...), train[k].Example.Tokens...)
		scores, err := cache.Influence(gm, datainf.Example{Tokens: output, LossStart: len(prompt)})
		require.NoError(t, err)
		require.Equal(t, train[k].ContributionID, datainf.Rank(scores)[0].ContributionID)
	}
	// The adapter-level score ModelFactory publishes (OnAdapter over held-out
	// text): held-out text resembling contribution 4 (its first two
	// thirds) ranks contribution 4 first.
	held := []datainf.Example{{Tokens: train[4].Example.Tokens[:16], LossStart: 1}}
	scores, err := influence.OnAdapter(context.Background(), gm, cache, held)
	require.NoError(t, err)
	require.Equal(t, train[4].ContributionID, datainf.Rank(scores)[0].ContributionID)
}
