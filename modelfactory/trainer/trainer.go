// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package trainer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"github.com/openledger/openledger/loraserve/kernels"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
)

// Files of a run directory besides the checkpoint and the step log.
const (
	// AdapterDir is the trained adapter, a PEFT directory loraserve loads.
	AdapterDir = "adapter"
	// SummaryFile describes the finished run (Summary as JSON).
	SummaryFile = "train.json"
)

// ErrDiverged is returned when a step's loss or gradient is not finite.
var ErrDiverged = errors.New("trainer: training diverged")

// Options are a run's settings that do not change the trained weights.
type Options struct {
	// Dir is the run directory (created if needed): the checkpoint, the
	// step log and, at the end, the adapter and the summary. A run started on
	// a directory with a checkpoint resumes from it.
	Dir string
	// AdapterID names the adapter (default "adapter").
	AdapterID string
	// BaseModel is recorded as base_model_name_or_path in adapter_config.json.
	BaseModel string
	// Progress, when set, is called after every optimizer step.
	Progress func(Progress)
	// Eval are held-out examples; their mean loss is reported every
	// EvalEvery steps (0: only at the end) and in the result.
	Eval      []Example
	EvalEvery int
}

// Progress reports one optimizer step.
type Progress struct {
	Step         int     `json:"step"`
	Steps        int     `json:"steps"`
	Loss         float64 `json:"loss"` // mean loss of the step's predictions
	LearningRate float64 `json:"learningRate"`
	GradNorm     float64 `json:"gradNorm"` // before clipping
	// Tokens is the number of tokens this process has trained on, and
	// TokensPerSecond its rate.
	Tokens          int64         `json:"tokens"`
	TokensPerSecond float64       `json:"tokensPerSecond"`
	Elapsed         time.Duration `json:"elapsed"`
	ETA             time.Duration `json:"eta"`
	// EvalLoss is the mean loss of Options.Eval when evaluated after this step.
	EvalLoss *float64 `json:"evalLoss,omitempty"`
	// Checkpoint is set when a checkpoint was saved after this step.
	Checkpoint bool `json:"checkpoint,omitempty"`
}

// Summary describes a finished run; it is written to SummaryFile.
type Summary struct {
	Config        Config    `json:"config"`
	Steps         int       `json:"steps"`
	Examples      int       `json:"examples"`
	Losses        []float64 `json:"losses"` // mean loss of each step
	EvalLoss      *float64  `json:"evalLoss,omitempty"`
	DataSHA256    string    `json:"dataSha256"`
	StepLogSHA256 string    `json:"stepLogSha256"`
	AdapterSHA256 string    `json:"adapterSha256"` // of adapter_model.safetensors
	ResumedAt     int       `json:"resumedAt,omitempty"`
}

// Result is a finished run.
type Result struct {
	Summary
	// Adapter is the trained adapter, saved at AdapterPath.
	Adapter     *lora.Adapter
	AdapterPath string
}

// Trainer trains one LoRA adapter on a model.
type Trainer struct {
	m       *model.Model
	data    []Example
	cfg     Config
	opts    Options
	targets []lora.Proj
	adapter *lora.Adapter
	grads   *model.Gradients
	params  [][]float32
	gradsT  [][]float32
	names   []string
}

// New prepares a run of cfg on data over m. The adapter starts as PEFT
// initialises it: A uniform in ±1/√in, B zero, drawn from the seed.
func New(m *model.Model, data []Example, cfg Config, opts Options) (*Trainer, error) {
	cfg = cfg.WithDefaults()
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if err := checkData(m, data); err != nil {
		return nil, err
	}
	if err := checkData(m, opts.Eval); err != nil && len(opts.Eval) > 0 {
		return nil, fmt.Errorf("trainer: evaluation data: %w", err)
	}
	if opts.Dir == "" {
		return nil, fmt.Errorf("trainer: no run directory")
	}
	if opts.AdapterID == "" {
		opts.AdapterID = "adapter"
	}
	layout := m.Config.Layout()
	if len(cfg.Targets) == 0 {
		cfg.Targets = []string{"q_proj", "v_proj"}
		if !layout.Has(lora.Q) {
			cfg.Targets = []string{layout.Module(lora.QKV)}
		}
	}
	targets, err := cfg.projections(layout)
	if err != nil {
		return nil, err
	}
	t := &Trainer{m: m, data: data, cfg: cfg, opts: opts, targets: targets}
	t.adapter = t.initialAdapter()
	t.grads = model.NewGradients(t.adapter)
	for _, f := range t.adapter.Factors() {
		t.params = append(t.params, f.Data)
		t.names = append(t.names, f.Name())
	}
	t.gradsT = t.grads.Tensors()
	return t, nil
}

// initialAdapter draws the starting factors from the seed.
func (t *Trainer) initialAdapter() *lora.Adapter {
	c := t.cfg
	layout := t.m.Config.Layout()
	names := make([]string, len(t.targets))
	for i, p := range t.targets {
		names[i] = layout.Module(p)
	}
	a := &lora.Adapter{
		ID: t.opts.AdapterID, Layout: layout,
		Config: lora.Config{PeftType: "LORA", TaskType: "CAUSAL_LM", BaseModel: t.opts.BaseModel, R: c.Rank,
			LoraAlpha: c.Alpha, TargetModules: lora.TargetModules{Names: names}, UseRSLoRA: c.RSLoRA, Bias: "none"},
		Layers: make([][lora.NumProj]*lora.Module, t.m.Config.NumLayers),
	}
	r := rand.New(rand.NewPCG(c.Seed, 0x6c6f7261696e6974))
	for l := range a.Layers {
		for p := lora.Proj(0); p < lora.NumProj; p++ {
			if !containsProj(t.targets, p) {
				continue
			}
			in, out := t.m.Config.ProjDims(p)
			mod := &lora.Module{Rank: c.Rank, Scale: float32(c.scale()), A: make([]float32, c.Rank*in), BT: make([]float32, c.Rank*out)}
			bound := 1 / math.Sqrt(float64(in))
			for i := range mod.A {
				mod.A[i] = float32((2*r.Float64() - 1) * bound)
			}
			a.Layers[l][p] = mod
			a.Bytes += int64(4 * (len(mod.A) + len(mod.BT)))
		}
	}
	return a
}

func containsProj(ps []lora.Proj, p lora.Proj) bool {
	for _, x := range ps {
		if x == p {
			return true
		}
	}
	return false
}

// Adapter returns the adapter being trained (its factors change every step).
func (t *Trainer) Adapter() *lora.Adapter { return t.adapter }

// Config returns the run's config with defaults applied.
func (t *Trainer) Config() Config { return t.cfg }

// Steps returns the number of optimizer steps of the run.
func (t *Trainer) Steps() int { return t.cfg.totalSteps(len(t.data)) }

// Evaluate returns the mean loss of the examples' predictions under the
// adapter as it is now.
func (t *Trainer) Evaluate(examples []Example) (float64, error) {
	if err := checkData(t.m, examples); err != nil {
		return 0, err
	}
	var sum float64
	n := 0
	for lo := 0; lo < len(examples); lo += t.cfg.MicroBatch {
		chunk := examples[lo:min(lo+t.cfg.MicroBatch, len(examples))]
		exs := make([]model.Example, len(chunk))
		for i, e := range chunk {
			exs[i] = e.model()
		}
		l, k, err := t.m.Loss(t.adapter, exs)
		if err != nil {
			return 0, fmt.Errorf("trainer: %w", err)
		}
		sum += l
		n += k
	}
	return sum / float64(n), nil
}

// Run trains to the last step, resuming from the run directory's checkpoint
// when there is one, and saves the adapter. When ctx ends it saves a
// checkpoint of the last finished step and returns ctx's error; running
// again resumes from there.
func (t *Trainer) Run(ctx context.Context) (*Result, error) {
	dir := t.opts.Dir
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("trainer: %w", err)
	}
	total := t.Steps()
	opt := newAdamW(t.params, t.cfg)
	ck := &checkpoint{config: t.cfg.identity(), data: DataHash(t.data), names: t.names, params: t.params, m: opt.m, v: opt.v}
	resumed, err := loadCheckpoint(dir, ck)
	if err != nil {
		return nil, err
	}
	if ck.step > total {
		return nil, fmt.Errorf("%w: at step %d of a %d-step run", ErrCheckpoint, ck.step, total)
	}
	t.released()
	log, err := openStepLog(filepath.Join(dir, StepLogFile), ck.stepLogBytes)
	if err != nil {
		return nil, err
	}
	defer log.close()
	resumedAt, saved := 0, -1
	if resumed {
		resumedAt, saved = ck.step, ck.step
	}
	from := ck.step
	save := func(step int) error {
		if err := log.sync(); err != nil {
			return err
		}
		ck.step, ck.stepLogBytes = step, log.size
		if err := ck.save(dir); err != nil {
			return err
		}
		saved = step
		return nil
	}
	sched := NewSchedule(t.cfg.Seed, len(t.data), t.cfg.BatchSize)
	start := time.Now()
	var tokens int64
	for k := from + 1; k <= total; k++ {
		if err := ctx.Err(); err != nil {
			if k-1 > saved {
				if serr := save(k - 1); serr != nil {
					return nil, errors.Join(err, serr)
				}
			}
			return nil, fmt.Errorf("trainer: stopped after step %d: %w", k-1, err)
		}
		idx := sched.Step(k)
		loss, norm, ntok, err := t.step(idx, k, total, opt)
		if err != nil {
			return nil, err
		}
		ids := make([]uint64, len(idx))
		for i, j := range idx {
			ids[i] = t.data[j].ID
		}
		if err := log.append(StepRecord{Step: k, IDs: ids}); err != nil {
			return nil, err
		}
		ck.losses = append(ck.losses, loss)
		ck.tokens += ntok
		tokens += ntok
		p := Progress{Step: k, Steps: total, Loss: loss, LearningRate: t.cfg.learningRate(k, total), GradNorm: norm, Tokens: tokens}
		p.Elapsed = time.Since(start)
		p.TokensPerSecond = float64(tokens) / p.Elapsed.Seconds()
		p.ETA = time.Duration(float64(p.Elapsed) / float64(k-from) * float64(total-k))
		if len(t.opts.Eval) > 0 && t.opts.EvalEvery > 0 && k%t.opts.EvalEvery == 0 {
			ev, err := t.Evaluate(t.opts.Eval)
			if err != nil {
				return nil, err
			}
			p.EvalLoss = &ev
		}
		if t.cfg.CheckpointEvery > 0 && k%t.cfg.CheckpointEvery == 0 && k < total {
			if err := save(k); err != nil {
				return nil, err
			}
			p.Checkpoint = true
		}
		if t.opts.Progress != nil {
			t.opts.Progress(p)
		}
	}
	if saved != total {
		if err := save(total); err != nil {
			return nil, err
		}
	}
	return t.finish(resumedAt, ck.losses)
}

// step runs optimizer step k on the examples idx and returns the mean loss,
// the gradient norm and the number of tokens.
func (t *Trainer) step(idx []int, k, total int, opt *adamW) (float64, float64, int64, error) {
	preds, ntok := 0, int64(0)
	for _, j := range idx {
		preds += t.data[j].model().Predictions()
		ntok += int64(len(t.data[j].Tokens))
	}
	t.grads.Zero()
	var loss float64
	for lo := 0; lo < len(idx); lo += t.cfg.MicroBatch {
		chunk := idx[lo:min(lo+t.cfg.MicroBatch, len(idx))]
		exs := make([]model.Example, len(chunk))
		for i, j := range chunk {
			exs[i] = t.data[j].model()
		}
		l, _, err := t.m.LossGradient(t.adapter, exs, 1/float32(preds), t.grads)
		if err != nil {
			return 0, 0, 0, fmt.Errorf("trainer: step %d: %w", k, err)
		}
		loss += l
	}
	loss /= float64(preds)
	norm := clipGradients(t.gradsT, t.cfg.MaxGradNorm)
	if math.IsNaN(loss) || math.IsInf(loss, 0) || math.IsNaN(norm) || math.IsInf(norm, 0) {
		return 0, 0, 0, fmt.Errorf("%w: step %d: loss %v, gradient norm %v", ErrDiverged, k, loss, norm)
	}
	opt.step(t.params, t.gradsT, t.cfg.learningRate(k, total), k)
	t.released()
	return loss, norm, ntok, nil
}

// released tells a backend that keeps device copies of weights (CUDA) that
// the adapter's factors changed.
func (t *Trainer) released() {
	if r, ok := t.m.Backend().(kernels.Releaser); ok {
		for _, p := range t.params {
			r.Release(p)
		}
	}
}

// finish saves the adapter and the summary.
func (t *Trainer) finish(resumedAt int, losses []float64) (*Result, error) {
	dir := t.opts.Dir
	path := filepath.Join(dir, AdapterDir)
	if err := lora.Save(path, t.adapter); err != nil {
		return nil, err
	}
	logBytes, err := os.ReadFile(filepath.Join(dir, StepLogFile))
	if err != nil {
		return nil, fmt.Errorf("trainer: %w", err)
	}
	data := DataHash(t.data)
	sum := Summary{
		Config: t.cfg, Steps: len(losses), Examples: len(t.data), Losses: losses, ResumedAt: resumedAt,
		DataSHA256: hex.EncodeToString(data[:]), AdapterSHA256: hex.EncodeToString(t.adapter.Hash[:]),
	}
	logHash := sha256.Sum256(logBytes)
	sum.StepLogSHA256 = hex.EncodeToString(logHash[:])
	if len(t.opts.Eval) > 0 {
		ev, err := t.Evaluate(t.opts.Eval)
		if err != nil {
			return nil, err
		}
		sum.EvalLoss = &ev
	}
	b, err := json.MarshalIndent(sum, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("trainer: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, SummaryFile), b, 0o644); err != nil {
		return nil, fmt.Errorf("trainer: %w", err)
	}
	return &Result{Summary: sum, Adapter: t.adapter, AdapterPath: path}, nil
}
