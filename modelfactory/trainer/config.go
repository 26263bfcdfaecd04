// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package trainer

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"

	"github.com/openledger/openledger/loraserve/lora"
)

// ErrConfig is returned for hyperparameters that cannot train.
var ErrConfig = errors.New("trainer: bad config")

// Config holds a run's hyperparameters. Zero fields take the defaults that
// WithDefaults documents; the JSON form is what checkpoints record and what a
// job description carries.
type Config struct {
	// Rank is the LoRA rank r (default 8).
	Rank int `json:"rank"`
	// Alpha is lora_alpha; the delta is scaled by Alpha/Rank (Alpha/√Rank
	// with RSLoRA). Default 2·Rank.
	Alpha float64 `json:"alpha"`
	// Targets are the adapted projections by the model's module names:
	// q_proj, k_proj, v_proj, o_proj, gate_proj, up_proj, down_proj for the
	// Llama-like families; query_key_value, dense, dense_h_to_4h,
	// dense_4h_to_h for Falcon, BLOOM and ChatGLM. Default: PEFT's defaults,
	// q_proj and v_proj, or query_key_value.
	Targets []string `json:"targets"`
	// RSLoRA scales by Alpha/√Rank instead of Alpha/Rank.
	RSLoRA bool `json:"rslora,omitempty"`

	// LearningRate is AdamW's peak learning rate (default 2e-4).
	LearningRate float64 `json:"learningRate"`
	// WarmupSteps ramp the learning rate linearly up to LearningRate: step k
	// (from 1) of the warm-up uses LearningRate·k/WarmupSteps.
	WarmupSteps int `json:"warmupSteps,omitempty"`
	// MinLRRatio is where the cosine decay after warm-up heads, as a
	// fraction of LearningRate (default 0): step WarmupSteps+1 uses
	// LearningRate and the rate follows a half cosine that the step after the
	// last would complete.
	MinLRRatio float64 `json:"minLRRatio,omitempty"`
	// Steps is the number of optimizer steps; 0 means Epochs passes over the
	// data, ⌈Epochs·examples/BatchSize⌉ steps.
	Steps int `json:"steps,omitempty"`
	// Epochs is used when Steps is 0 (default 1).
	Epochs int `json:"epochs,omitempty"`
	// BatchSize is the number of examples per optimizer step (default 8).
	BatchSize int `json:"batchSize"`
	// MicroBatch is the number of examples per forward and backward pass;
	// a step accumulates the gradients of ⌈BatchSize/MicroBatch⌉ of them
	// (default BatchSize: no accumulation).
	MicroBatch int `json:"microBatch"`
	// WeightDecay is AdamW's decoupled weight decay (default 0).
	WeightDecay float64 `json:"weightDecay,omitempty"`
	// Beta1, Beta2 and Epsilon are AdamW's (defaults 0.9, 0.999, 1e-8).
	Beta1   float64 `json:"beta1"`
	Beta2   float64 `json:"beta2"`
	Epsilon float64 `json:"epsilon"`
	// MaxGradNorm clips the global gradient norm of a step (0: no clipping).
	MaxGradNorm float64 `json:"maxGradNorm,omitempty"`
	// Seed fixes the initial adapter and the order of examples: the same
	// seed, data and config give the same adapter, bit for bit.
	Seed uint64 `json:"seed"`

	// CheckpointEvery saves a checkpoint every that many steps (0: only
	// at the end). It is the one field a resumed run may change.
	CheckpointEvery int `json:"checkpointEvery,omitempty"`
}

// WithDefaults returns c with every zero field that has a default set to it.
func (c Config) WithDefaults() Config {
	if c.Rank == 0 {
		c.Rank = 8
	}
	if c.Alpha == 0 {
		c.Alpha = float64(2 * c.Rank)
	}
	if c.LearningRate == 0 {
		c.LearningRate = 2e-4
	}
	if c.Steps == 0 && c.Epochs == 0 {
		c.Epochs = 1
	}
	if c.BatchSize == 0 {
		c.BatchSize = 8
	}
	if c.MicroBatch == 0 {
		c.MicroBatch = c.BatchSize
	}
	if c.Beta1 == 0 {
		c.Beta1 = 0.9
	}
	if c.Beta2 == 0 {
		c.Beta2 = 0.999
	}
	if c.Epsilon == 0 {
		c.Epsilon = 1e-8
	}
	return c
}

// Check validates a config after WithDefaults.
func (c Config) Check() error {
	finite := func(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
	switch {
	case c.Rank <= 0 || c.Rank > 4096:
		return fmt.Errorf("%w: rank %d (1..4096)", ErrConfig, c.Rank)
	case !(c.Alpha > 0) || !finite(c.Alpha):
		return fmt.Errorf("%w: alpha %v must be positive", ErrConfig, c.Alpha)
	case !(c.LearningRate > 0) || !finite(c.LearningRate) || c.LearningRate > 1:
		return fmt.Errorf("%w: learning rate %v (0, 1]", ErrConfig, c.LearningRate)
	case c.WarmupSteps < 0 || c.Steps < 0 || c.Epochs < 0 || c.CheckpointEvery < 0:
		return fmt.Errorf("%w: negative step count", ErrConfig)
	case c.Steps > 1e7 || c.Epochs > 1e4:
		return fmt.Errorf("%w: %d steps, %d epochs: implausibly many", ErrConfig, c.Steps, c.Epochs)
	case !(c.MinLRRatio >= 0 && c.MinLRRatio <= 1):
		return fmt.Errorf("%w: min learning rate ratio %v [0, 1]", ErrConfig, c.MinLRRatio)
	case c.BatchSize <= 0 || c.MicroBatch <= 0 || c.MicroBatch > c.BatchSize || c.BatchSize > 1<<16:
		return fmt.Errorf("%w: batch %d, micro-batch %d (1 ≤ micro ≤ batch)", ErrConfig, c.BatchSize, c.MicroBatch)
	case !(c.WeightDecay >= 0) || !finite(c.WeightDecay):
		return fmt.Errorf("%w: weight decay %v", ErrConfig, c.WeightDecay)
	case !(c.Beta1 >= 0 && c.Beta1 < 1) || !(c.Beta2 >= 0 && c.Beta2 < 1) || !(c.Epsilon > 0) || !finite(c.Epsilon):
		return fmt.Errorf("%w: AdamW beta1 %v beta2 %v epsilon %v", ErrConfig, c.Beta1, c.Beta2, c.Epsilon)
	case !(c.MaxGradNorm >= 0) || !finite(c.MaxGradNorm):
		return fmt.Errorf("%w: max grad norm %v", ErrConfig, c.MaxGradNorm)
	}
	return nil
}

// projections returns the target modules in the model's layout, checked and
// without duplicates.
func (c Config) projections(layout lora.Layout) ([]lora.Proj, error) {
	if len(c.Targets) == 0 {
		return nil, fmt.Errorf("%w: no target modules", ErrConfig)
	}
	seen := map[lora.Proj]bool{}
	var out []lora.Proj
	for _, name := range c.Targets {
		p, ok := layout.ParseModule(name)
		if !ok {
			var known []string
			for _, q := range layout.Projections() {
				known = append(known, layout.Module(q))
			}
			return nil, fmt.Errorf("%w: unknown target module %q (the model has %v)", ErrConfig, name, known)
		}
		if seen[p] {
			return nil, fmt.Errorf("%w: target module %q twice", ErrConfig, name)
		}
		seen[p] = true
		out = append(out, p)
	}
	return out, nil
}

// scale returns the factor of the LoRA delta.
func (c Config) scale() float64 {
	if c.RSLoRA {
		return c.Alpha / math.Sqrt(float64(c.Rank))
	}
	return c.Alpha / float64(c.Rank)
}

// identity is the config as a checkpoint records it: every field that
// decides the trained weights (CheckpointEvery does not).
func (c Config) identity() string {
	c.CheckpointEvery = 0
	b, _ := json.Marshal(c)
	return string(b)
}

// TotalSteps returns the number of optimizer steps of a run of c (defaults
// applied) over n examples.
func (c Config) TotalSteps(n int) int { return c.WithDefaults().totalSteps(n) }

// totalSteps returns the number of optimizer steps for n examples.
func (c Config) totalSteps(n int) int {
	if c.Steps > 0 {
		return c.Steps
	}
	return (c.Epochs*n + c.BatchSize - 1) / c.BatchSize
}

// learningRate returns the rate of step k (from 1) of total: linear warm-up
// to LearningRate at step WarmupSteps, then a half cosine from LearningRate
// (step WarmupSteps+1) towards MinLRRatio·LearningRate, which the step after
// the last would reach.
func (c Config) learningRate(k, total int) float64 {
	if k <= c.WarmupSteps {
		return c.LearningRate * float64(k) / float64(c.WarmupSteps)
	}
	progress := float64(k-c.WarmupSteps-1) / float64(max(1, total-c.WarmupSteps))
	cos := 0.5 * (1 + math.Cos(math.Pi*min(1, progress)))
	return c.LearningRate * (c.MinLRRatio + (1-c.MinLRRatio)*cos)
}
