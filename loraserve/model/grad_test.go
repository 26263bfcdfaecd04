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

func TestLoRALossMatchesForward(t *testing.T) {
	m := loadModel(t, testmodel.Tiny, model.Options{})
	a := testmodel.NewAdapter("g", m.Config, testmodel.AdapterSpec{Seed: 5, Rank: 4,
		Targets: []lora.Proj{lora.Q, lora.K, lora.V, lora.O, lora.Gate, lora.Up, lora.Down}})
	toks := tokensA[:10]
	loss, err := m.LoRALoss(a, toks)
	require.NoError(t, err)
	// The same loss from the float32 serving path, one position at a time.
	seq := m.KV.NewSequence()
	defer seq.Release()
	var want float64
	for t0 := 0; t0 < len(toks)-1; t0++ {
		lg, err := m.Forward([]model.Entry{{Seq: seq, Tokens: toks[t0 : t0+1], Adapter: a}})
		require.NoError(t, err)
		mx := math.Inf(-1)
		for _, l := range lg[0] {
			mx = math.Max(mx, float64(l))
		}
		var sum float64
		for _, l := range lg[0] {
			sum += math.Exp(float64(l) - mx)
		}
		want -= float64(lg[0][toks[t0+1]]) - mx - math.Log(sum)
	}
	want /= float64(len(toks) - 1)
	require.InDelta(t, want, loss, 1e-4)
}

func TestLoRALossGradientFiniteDifferences(t *testing.T) {
	tests := []struct {
		name    string
		targets []lora.Proj
		spec    testmodel.Spec
		start   int // loss over the predictions of toks[start:]
	}{
		{"all-modules-gqa", []lora.Proj{lora.Q, lora.K, lora.V, lora.O, lora.Gate, lora.Up, lora.Down}, testmodel.Tiny, 1},
		{"o-down", []lora.Proj{lora.O, lora.Down}, testmodel.Spec{Tied: true, Seed: 4}, 1},
		{"after-a-prompt", []lora.Proj{lora.Q, lora.V, lora.O, lora.Down}, testmodel.Tiny, 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := loadModel(t, tc.spec, model.Options{})
			a := testmodel.NewAdapter("g", m.Config, testmodel.AdapterSpec{Seed: 6, Rank: 3, Targets: tc.targets})
			toks := tokensA[:8]
			grad, err := m.LoRALossGradientFrom(a, toks, tc.start)
			require.NoError(t, err)
			spans := m.GradientLayout(a)
			require.Len(t, spans, 2*len(tc.targets))
			last := spans[len(spans)-1]
			require.Len(t, grad, last.Offset+last.Len)
			for _, sp := range spans {
				var norm float64
				for _, g := range grad[sp.Offset : sp.Offset+sp.Len] {
					norm += float64(g) * float64(g)
				}
				require.Greater(t, norm, 1e-12, "%s %c has a zero gradient", sp.Proj.Name(), sp.Factor)
			}
			r := rand.New(rand.NewPCG(1, 1))
			const h = 1e-3
			for _, sp := range spans {
				mod := a.Layers[m.Config.NumLayers-1][sp.Proj]
				for range 4 {
					i := r.IntN(sp.Len)
					param, pi := mod.A, i
					if sp.Factor == 'B' {
						// The gradient uses PEFT's [out, Rank] layout; the module holds Bᵀ.
						param, pi = mod.BT, (i%mod.Rank)*mod.Out()+i/mod.Rank
					}
					orig := param[pi]
					param[pi] = orig + h
					lp, err := m.LoRALossFrom(a, toks, tc.start)
					require.NoError(t, err)
					param[pi] = orig - h
					lm, err := m.LoRALossFrom(a, toks, tc.start)
					require.NoError(t, err)
					param[pi] = orig
					// Central difference over the float32 step actually taken.
					fd := (lp - lm) / float64(float32(orig+h)-float32(orig-h))
					got := float64(grad[sp.Offset+i])
					require.InDelta(t, fd, got, 1e-4+1e-3*math.Abs(fd), "%s %c[%d]", sp.Proj.Name(), sp.Factor, i)
				}
			}
		})
	}
}

func TestLoRALossGradientRejects(t *testing.T) {
	m := loadModel(t, testmodel.Tiny, model.Options{})
	a := testmodel.NewAdapter("g", m.Config, testmodel.AdapterSpec{Seed: 6})
	_, err := m.LoRALossGradient(a, []int{1})
	require.ErrorIs(t, err, model.ErrGradient)
	_, err = m.LoRALossGradient(nil, tokensA)
	require.ErrorIs(t, err, model.ErrGradient)
	_, err = m.LoRALossGradient(a, []int{1, m.Config.VocabSize})
	require.ErrorIs(t, err, model.ErrToken)
	for _, start := range []int{0, len(tokensA)} {
		_, err = m.LoRALossGradientFrom(a, tokensA, start)
		require.ErrorIs(t, err, model.ErrGradient, "start %d", start)
	}
}

// The gradient does not depend on how many goroutines compute it.
func TestLoRALossGradientIndependentOfGOMAXPROCS(t *testing.T) {
	m := loadModel(t, testmodel.Tiny, model.Options{})
	a := testmodel.NewAdapter("g", m.Config, testmodel.AdapterSpec{Seed: 8, Rank: 4,
		Targets: []lora.Proj{lora.Q, lora.K, lora.V, lora.O, lora.Gate, lora.Up, lora.Down}})
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	one, err := m.LoRALossGradient(a, tokensA) // 19 tokens: two position blocks
	require.NoError(t, err)
	runtime.GOMAXPROCS(4)
	four, err := m.LoRALossGradient(a, tokensA)
	require.NoError(t, err)
	require.Equal(t, one, four)
}
