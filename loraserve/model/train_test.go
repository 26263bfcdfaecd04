// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model_test

import (
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/testmodel"
)

var allProj = []lora.Proj{lora.Q, lora.K, lora.V, lora.O, lora.Gate, lora.Up, lora.Down}

// refLoss is the summed loss of ex under the float64 reference forward pass.
func refLoss(m *model.Model, a *lora.Adapter, ex model.Example) float64 {
	logits := refForward(m.Config, m.Weights, a, ex.Tokens)
	var loss float64
	for t := ex.LossStart; t < len(ex.Tokens); t++ {
		row := logits[t-1]
		mx := math.Inf(-1)
		for _, v := range row {
			mx = math.Max(mx, v)
		}
		var sum float64
		for _, v := range row {
			sum += math.Exp(v - mx)
		}
		loss += mx + math.Log(sum) - row[ex.Tokens[t]]
	}
	return loss
}

// The training pass computes the same logits and loss as serving.
func TestTrainingPassMatchesServing(t *testing.T) {
	m := loadModel(t, testmodel.Tiny, model.Options{PageSize: 4})
	a := testmodel.NewAdapter("a", m.Config, testmodel.AdapterSpec{Seed: 2, Rank: 4, Targets: allProj})
	for _, ad := range []*lora.Adapter{nil, a} {
		got, err := m.Logits(ad, tokensA)
		require.NoError(t, err)
		require.Len(t, got, len(tokensA))
		seq := m.KV.NewSequence()
		var want float64
		for p := range tokensA {
			lg, err := m.Forward([]model.Entry{{Seq: seq, Tokens: tokensA[p : p+1], Adapter: ad}})
			require.NoError(t, err)
			require.Equal(t, lg[0], got[p], "position %d", p)
			if p+1 < len(tokensA) {
				want += logSumExp(lg[0]) - float64(lg[0][tokensA[p+1]])
			}
		}
		seq.Release()
		loss, n, err := m.Loss(ad, []model.Example{{Tokens: tokensA, LossStart: 1}})
		require.NoError(t, err)
		require.Equal(t, len(tokensA)-1, n)
		require.InDelta(t, want, loss, 1e-9*math.Abs(want))
		require.InDelta(t, refLoss(m, ad, model.Example{Tokens: tokensA, LossStart: 1}), loss, 1e-3)
	}
	require.Equal(t, m.KV.Pages(), m.KV.FreePages())
}

func logSumExp(row []float32) float64 {
	mx := math.Inf(-1)
	for _, v := range row {
		mx = math.Max(mx, float64(v))
	}
	var sum float64
	for _, v := range row {
		sum += math.Exp(float64(v) - mx)
	}
	return mx + math.Log(sum)
}

// Every kind of LoRA factor's gradient agrees with central differences of
// the float64 reference loss.
func TestLossGradientFiniteDifferences(t *testing.T) {
	tests := []struct {
		name    string
		spec    testmodel.Spec
		targets []lora.Proj
		layers  []int // adapted layers (nil: all)
		ex      []model.Example
	}{
		{"all-modules-gqa", testmodel.Tiny, allProj, nil, []model.Example{{Tokens: tokensA[:9], LossStart: 1}}},
		{"prompt-masked", testmodel.Tiny, allProj, nil, []model.Example{{Tokens: tokensA[:10], LossStart: 6}}},
		{"two-examples-mqa-tied", testmodel.Spec{KVHeads: 1, Tied: true, Seed: 4}, []lora.Proj{lora.Q, lora.V, lora.O, lora.Down},
			nil, []model.Example{{Tokens: tokensA[:7], LossStart: 2}, {Tokens: tokensA[5:17], LossStart: 1}}},
		{"first-layer-only", testmodel.Spec{Layers: 3, Seed: 5}, []lora.Proj{lora.K, lora.Gate, lora.Up}, []int{0},
			[]model.Example{{Tokens: tokensA[:8], LossStart: 1}}},
		{"last-layer-only", testmodel.Spec{Layers: 3, Seed: 6}, []lora.Proj{lora.Q, lora.O}, []int{2},
			[]model.Example{{Tokens: tokensA[:8], LossStart: 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := loadModel(t, tc.spec, model.Options{})
			a := testmodel.NewAdapter("g", m.Config, testmodel.AdapterSpec{Seed: 6, Rank: 3, Targets: tc.targets})
			if tc.layers != nil {
				for l := range a.Layers {
					if !containsInt(tc.layers, l) {
						a.Layers[l] = [lora.NumProj]*lora.Module{}
					}
				}
			}
			g := model.NewGradients(a)
			loss, n, err := m.LossGradient(a, tc.ex, 1, g)
			require.NoError(t, err)
			var want float64
			wantN := 0
			for _, ex := range tc.ex {
				want += refLoss(m, a, ex)
				wantN += ex.Predictions()
			}
			require.Equal(t, wantN, n)
			require.InDelta(t, want, loss, 1e-3)
			factors, grads := a.Factors(), g.Tensors()
			require.Len(t, grads, len(factors))
			require.Len(t, factors, 2*len(tc.targets)*max(1, len(tc.layers))*map[bool]int{true: 1, false: m.Config.NumLayers}[tc.layers != nil])
			r := rand.New(rand.NewPCG(1, 2))
			for fi, f := range factors {
				var norm float64
				for _, v := range grads[fi] {
					norm += float64(v) * float64(v)
				}
				require.Greater(t, norm, 1e-12, "%s has a zero gradient", f.Name())
				for range 3 {
					i := r.IntN(len(f.Data))
					orig := f.Data[i]
					const h = 1e-3
					f.Data[i] = orig + h
					lp := 0.0
					for _, ex := range tc.ex {
						lp += refLoss(m, a, ex)
					}
					f.Data[i] = orig - h
					lm := 0.0
					for _, ex := range tc.ex {
						lm += refLoss(m, a, ex)
					}
					f.Data[i] = orig
					fd := (lp - lm) / float64(float32(orig+h)-float32(orig-h))
					require.InDelta(t, fd, float64(grads[fi][i]), 2e-4+2e-3*math.Abs(fd), "%s[%d]", f.Name(), i)
				}
			}
		})
	}
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// Gradients of a batch are the sums of each example's; scale multiplies them.
func TestLossGradientBatchIsSum(t *testing.T) {
	m := loadModel(t, testmodel.Tiny, model.Options{})
	a := testmodel.NewAdapter("g", m.Config, testmodel.AdapterSpec{Seed: 9, Rank: 4, Targets: allProj})
	exs := []model.Example{{Tokens: tokensA[:5], LossStart: 1}, {Tokens: tokensA[3:19], LossStart: 4}, {Tokens: tokensA[7:10], LossStart: 2}}
	together := model.NewGradients(a)
	lossAll, nAll, err := m.LossGradient(a, exs, 0.5, together)
	require.NoError(t, err)
	apart := model.NewGradients(a)
	var lossSum float64
	nSum := 0
	for _, ex := range exs {
		l, n, err := m.LossGradient(a, []model.Example{ex}, 0.5, apart)
		require.NoError(t, err)
		lossSum += l
		nSum += n
	}
	require.Equal(t, nSum, nAll)
	require.InDelta(t, lossSum, lossAll, 1e-4)
	gt, ga := together.Tensors(), apart.Tensors()
	for i := range gt {
		for j := range gt[i] {
			require.InDelta(t, ga[i][j], gt[i][j], 1e-5+1e-4*math.Abs(float64(ga[i][j])))
		}
	}
}

func TestLossGradientRejects(t *testing.T) {
	m := loadModel(t, testmodel.Tiny, model.Options{})
	a := testmodel.NewAdapter("g", m.Config, testmodel.AdapterSpec{Seed: 6})
	g := model.NewGradients(a)
	other := testmodel.NewAdapter("o", m.Config, testmodel.AdapterSpec{Seed: 6})
	other.Layers = other.Layers[:1]
	tests := []struct {
		name string
		a    *lora.Adapter
		g    *model.Gradients
		ex   []model.Example
		want error
	}{
		{"no-examples", a, g, nil, model.ErrExample},
		{"one-token", a, g, []model.Example{{Tokens: []int{1}, LossStart: 1}}, model.ErrExample},
		{"loss-start-0", a, g, []model.Example{{Tokens: tokensA, LossStart: 0}}, model.ErrExample},
		{"loss-start-end", a, g, []model.Example{{Tokens: tokensA, LossStart: len(tokensA)}}, model.ErrExample},
		{"token-out-of-vocab", a, g, []model.Example{{Tokens: []int{1, m.Config.VocabSize}, LossStart: 1}}, model.ErrToken},
		{"negative-token", a, g, []model.Example{{Tokens: []int{1, -1}, LossStart: 1}}, model.ErrToken},
		{"too-long", a, g, []model.Example{{Tokens: make([]int, m.Config.MaxPositions+1), LossStart: 1}}, model.ErrExample},
		{"no-adapter", nil, g, []model.Example{{Tokens: tokensA, LossStart: 1}}, model.ErrAdapter},
		{"no-gradients", a, nil, []model.Example{{Tokens: tokensA, LossStart: 1}}, model.ErrAdapter},
		{"wrong-layers", other, model.NewGradients(other), []model.Example{{Tokens: tokensA, LossStart: 1}}, model.ErrAdapter},
		{"gradients-of-another-shape", a, model.NewGradients(other), []model.Example{{Tokens: tokensA, LossStart: 1}}, model.ErrAdapter},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := m.LossGradient(tc.a, tc.ex, 1, tc.g)
			require.ErrorIs(t, err, tc.want)
		})
	}
}

// The gradient does not depend on how many cores compute it.
func TestLossGradientIndependentOfGOMAXPROCS(t *testing.T) {
	m := loadModel(t, testmodel.Spec{HiddenSize: 128, IntermediateSize: 352, Heads: 8, KVHeads: 2}, model.Options{})
	a := testmodel.NewAdapter("g", m.Config, testmodel.AdapterSpec{Seed: 8, Rank: 8, Targets: allProj})
	exs := []model.Example{{Tokens: tokensA, LossStart: 3}, {Tokens: tokensA[2:], LossStart: 1}}
	grad := func(procs int) [][]float32 {
		prev := runtime.GOMAXPROCS(procs)
		defer runtime.GOMAXPROCS(prev)
		g := model.NewGradients(a)
		_, _, err := m.LossGradient(a, exs, 1, g)
		require.NoError(t, err)
		return g.Tensors()
	}
	require.Equal(t, grad(1), grad(4))
}
