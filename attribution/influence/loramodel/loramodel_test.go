package loramodel_test

import (
	"context"
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/attribution/influence"
	"github.com/openledger/openledger/attribution/influence/loramodel"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/testmodel"
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

// TestDuplicatedTrainingExampleRanksFirst runs DataInf on the generated Llama
// with a real adapter: when the output is a training contribution repeated
// after a prompt, that contribution gets the highest influence.
func TestDuplicatedTrainingExampleRanksFirst(t *testing.T) {
	m, a := load(t)
	gm, err := loramodel.New(m, a)
	require.NoError(t, err)
	vocab := m.Config.VocabSize
	var train []influence.TrainingExample
	for k := 0; k < 12; k++ {
		train = append(train, influence.TrainingExample{
			ContributionID: uint64(100 + k),
			Example:        influence.Example{Tokens: seq(k, 24, vocab), LossStart: 1},
		})
	}
	cache, err := influence.BuildCache(context.Background(), gm, train, influence.CacheOptions{Workers: 2})
	require.NoError(t, err)
	for _, dup := range []int{3, 8} {
		prompt := seq(1000+dup, 6, vocab)
		output := append(append([]uint32{}, prompt...), train[dup].Example.Tokens...)
		scores, err := cache.Influence(gm, influence.Example{Tokens: output, LossStart: len(prompt)})
		require.NoError(t, err)
		ranked := influence.Rank(scores)
		require.Equal(t, uint64(100+dup), ranked[0].ContributionID, "ranking %v", ranked[:3])
		require.Greater(t, ranked[0].Value, 0.0)
	}
}

// TestLossGradientShapeAndFiniteLoss: the gradient has one entry per LoRA
// parameter of the layers it lists, and bad examples are errors.
func TestLossGradientShapeAndFiniteLoss(t *testing.T) {
	m, a := load(t)
	gm, err := loramodel.New(m, a)
	require.NoError(t, err)
	total := 0
	for _, l := range gm.Layers() {
		total += l.Size
	}
	loss, grad, err := gm.LossGradient(influence.Example{Tokens: seq(1, 16, m.Config.VocabSize), LossStart: 5})
	require.NoError(t, err)
	require.Len(t, grad, total)
	require.False(t, math.IsNaN(loss) || math.IsInf(loss, 0) || loss <= 0)
	// Bad examples are errors, not panics.
	_, _, err = gm.LossGradient(influence.Example{Tokens: []uint32{1, uint32(m.Config.VocabSize)}, LossStart: 1})
	require.Error(t, err)
	_, _, err = gm.LossGradient(influence.Example{Tokens: []uint32{1, 2}, LossStart: 2})
	require.Error(t, err)
	// An adapter without a last-layer module cannot be differentiated.
	empty := testmodel.NewAdapter("none", m.Config, testmodel.AdapterSpec{Seed: 4, Rank: 2, Targets: []lora.Proj{lora.Q}})
	empty.Layers[m.Config.NumLayers-1] = [lora.NumProj]*lora.Module{}
	_, err = loramodel.New(m, empty)
	require.ErrorIs(t, err, loramodel.ErrNoGradient)
}
