// Package loramodel lets the DataInf influence engine (attribution/influence)
// score training contributions against a real loraserve model: it adapts a
// loaded Llama model and one LoRA adapter to influence.GradientModel, using
// the exact gradient of the next-token loss with respect to the adapter's
// last-layer LoRA parameters (model.LoRALossAndGradientFrom).
package loramodel

import (
	"errors"
	"fmt"
	"sync"

	"github.com/openledger/openledger/attribution/influence"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
)

// ErrNoGradient is returned when the adapter has no LoRA module in the
// model's last layer, so there is nothing to differentiate.
var ErrNoGradient = errors.New("loramodel: adapter does not adapt the last layer")

// Model is a loraserve model with one adapter, as the influence engine sees it.
// It is safe for concurrent use: gradients are computed one at a time.
type Model struct {
	mu      sync.Mutex
	m       *model.Model
	a       *lora.Adapter
	layers  []influence.Layer
	vocab   int
	lastIdx int
}

var _ influence.GradientModel = (*Model)(nil)

// New adapts m with adapter a.
func New(m *model.Model, a *lora.Adapter) (*Model, error) {
	spans := m.GradientLayout(a)
	if len(spans) == 0 {
		return nil, ErrNoGradient
	}
	last := m.Config.NumLayers - 1
	layers := make([]influence.Layer, len(spans))
	for i, sp := range spans {
		layers[i] = influence.Layer{
			Name: fmt.Sprintf("layers.%d.%s.lora_%c", last, sp.Proj.Name(), sp.Factor),
			Size: sp.Len,
		}
	}
	return &Model{m: m, a: a, layers: layers, vocab: m.Config.VocabSize, lastIdx: last}, nil
}

// Layers implements influence.GradientModel: one group per LoRA factor of the
// last layer, in the order the gradient is flattened.
func (x *Model) Layers() []influence.Layer {
	return append([]influence.Layer{}, x.layers...)
}

// LossGradient implements influence.GradientModel.
func (x *Model) LossGradient(ex influence.Example) (float64, []float32, error) {
	if err := ex.Check(); err != nil {
		return 0, nil, err
	}
	tokens := make([]int, len(ex.Tokens))
	for i, t := range ex.Tokens {
		if int(t) >= x.vocab {
			return 0, nil, fmt.Errorf("loramodel: token %d outside the vocabulary of %d", t, x.vocab)
		}
		tokens[i] = int(t)
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	loss, grad, err := x.m.LoRALossAndGradientFrom(x.a, tokens, ex.LossStart)
	if err != nil {
		return 0, nil, fmt.Errorf("loramodel: %w", err)
	}
	return loss, grad, nil
}
