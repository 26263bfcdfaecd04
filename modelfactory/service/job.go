// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package service

import (
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/attribution"
)

// State is where a job is in its life.
type State string

// Job states.
const (
	StateQueued    State = "queued"
	StateRunning   State = "running"
	StateSucceeded State = "succeeded"
	StateFailed    State = "failed"
	StateCancelled State = "cancelled"
)

// Final reports whether the job will not change any more.
func (s State) Final() bool {
	return s == StateSucceeded || s == StateFailed || s == StateCancelled
}

// DatanetVersion names one version of a Datanet.
type DatanetVersion struct {
	DatanetID uint64 `json:"datanetId"`
	Version   uint64 `json:"version"`
}

// Hyperparameters of a LoRA fine-tune.
type Hyperparameters struct {
	Rank          int      `json:"rank"`
	Alpha         float64  `json:"alpha"`
	TargetModules []string `json:"targetModules"`
	LearningRate  float64  `json:"learningRate"`
	Epochs        int      `json:"epochs"`
	BatchSize     int      `json:"batchSize"`
	MaxSeqLen     int      `json:"maxSeqLen"`
	WarmupSteps   int      `json:"warmupSteps"`
	Seed          uint64   `json:"seed"`
	// EvalFraction is the share of examples held out for evaluation (and
	// for the influence scores); absent means DefaultEvalFraction, 0 none.
	EvalFraction *float64 `json:"evalFraction,omitempty"`
}

// evalFraction is the held-out share the job uses.
func (h Hyperparameters) evalFraction() float64 {
	if h.EvalFraction == nil {
		return DefaultEvalFraction
	}
	return *h.EvalFraction
}

// Limits on what a job may ask for.
const (
	MaxRank      = 256
	MaxEpochs    = 100
	MaxBatchSize = 1024
	MaxSeqLen    = 1 << 16
	MaxDatanets  = 16
)

var moduleName = regexp.MustCompile(`^[a-z][a-z0-9_]{0,63}$`)

// ErrInvalid marks a job request the service refuses.
var ErrInvalid = errors.New("invalid job")

// Check validates the hyperparameters.
func (h Hyperparameters) Check() error {
	switch {
	case h.Rank < 1 || h.Rank > MaxRank:
		return fmt.Errorf("%w: rank %d outside [1, %d]", ErrInvalid, h.Rank, MaxRank)
	case h.Alpha <= 0 || h.Alpha > 1e4:
		return fmt.Errorf("%w: alpha %g outside (0, 10000]", ErrInvalid, h.Alpha)
	case len(h.TargetModules) == 0 || len(h.TargetModules) > 16:
		return fmt.Errorf("%w: %d target modules (1..16)", ErrInvalid, len(h.TargetModules))
	case !(h.LearningRate > 0 && h.LearningRate <= 1):
		return fmt.Errorf("%w: learning rate %g outside (0, 1]", ErrInvalid, h.LearningRate)
	case h.Epochs < 1 || h.Epochs > MaxEpochs:
		return fmt.Errorf("%w: epochs %d outside [1, %d]", ErrInvalid, h.Epochs, MaxEpochs)
	case h.BatchSize < 1 || h.BatchSize > MaxBatchSize:
		return fmt.Errorf("%w: batch size %d outside [1, %d]", ErrInvalid, h.BatchSize, MaxBatchSize)
	case h.MaxSeqLen < 2 || h.MaxSeqLen > MaxSeqLen:
		return fmt.Errorf("%w: max sequence length %d outside [2, %d]", ErrInvalid, h.MaxSeqLen, MaxSeqLen)
	case h.WarmupSteps < 0 || h.WarmupSteps > 1e6:
		return fmt.Errorf("%w: warm-up steps %d outside [0, 1000000]", ErrInvalid, h.WarmupSteps)
	case h.EvalFraction != nil && !(*h.EvalFraction >= 0 && *h.EvalFraction <= 0.5):
		return fmt.Errorf("%w: evaluation fraction %g outside [0, 0.5]", ErrInvalid, *h.EvalFraction)
	}
	for _, m := range h.TargetModules {
		if !moduleName.MatchString(m) {
			return fmt.Errorf("%w: target module %q", ErrInvalid, m)
		}
	}
	return nil
}

// Request is what POST /v1/jobs takes.
type Request struct {
	// Owner is the address that will publish the adapter.
	Owner           string           `json:"owner"`
	BaseModelID     uint64           `json:"baseModelId"`
	Datanets        []DatanetVersion `json:"datanets"`
	Hyperparameters Hyperparameters  `json:"hyperparameters"`
}

// Check validates the request.
func (r Request) Check() error {
	if !common.IsHexAddress(r.Owner) || common.HexToAddress(r.Owner) == (common.Address{}) {
		return fmt.Errorf("%w: owner %q is not an address", ErrInvalid, r.Owner)
	}
	if r.BaseModelID == 0 {
		return fmt.Errorf("%w: baseModelId missing", ErrInvalid)
	}
	if len(r.Datanets) == 0 || len(r.Datanets) > MaxDatanets {
		return fmt.Errorf("%w: %d Datanet versions (1..%d)", ErrInvalid, len(r.Datanets), MaxDatanets)
	}
	seen := map[DatanetVersion]bool{}
	for _, d := range r.Datanets {
		if d.DatanetID == 0 || d.Version == 0 {
			return fmt.Errorf("%w: Datanet %d version %d (ids and versions start at 1)", ErrInvalid, d.DatanetID, d.Version)
		}
		if seen[d] {
			return fmt.Errorf("%w: Datanet %d version %d named twice", ErrInvalid, d.DatanetID, d.Version)
		}
		seen[d] = true
	}
	return r.Hyperparameters.Check()
}

// TrainedOn records one Datanet version a job trained on.
type TrainedOn struct {
	DatanetVersion
	// Contributions are the ids of the contributions used, in leaf order.
	Contributions []uint64 `json:"contributions"`
	// Hashes are their on-chain content hashes, in the same order.
	Hashes []common.Hash `json:"hashes"`
}

// Result is a succeeded job's adapter and provenance: what the owner
// records with registerAdapter.
type Result struct {
	WeightsHash   common.Hash `json:"weightsHash"`
	URI           string      `json:"uri"`
	Rank          int         `json:"rank"`
	Alpha         float64     `json:"alpha"`
	TargetModules []string    `json:"targetModules"`
	Datanets      []TrainedOn `json:"datanets"`
	// StepLogSHA256 commits to which contributions each step used;
	// DataSHA256 to the tokenized examples; AdapterSHA256 to the weights file.
	StepLogSHA256 string  `json:"stepLogSha256"`
	DataSHA256    string  `json:"dataSha256"`
	AdapterSHA256 string  `json:"adapterSha256"`
	Examples      int     `json:"examples"`
	FinalLoss     float64 `json:"finalLoss"`
	// EvalExamples were held out of training; EvalLossBefore and
	// EvalLossAfter are their mean loss under the base model and the
	// adapter (absent when none could be held out).
	EvalExamples   int      `json:"evalExamples"`
	EvalLossBefore *float64 `json:"evalLossBefore,omitempty"`
	EvalLossAfter  *float64 `json:"evalLossAfter,omitempty"`
	// Influence is the training-time attribution published with the
	// adapter (attribution.TrainingInfluenceFile in its directory);
	// InfluenceHash is its keccak256, what a receipt's mix commits to.
	Influence     *attribution.TrainingInfluence `json:"influence,omitempty"`
	InfluenceHash common.Hash                    `json:"influenceHash"`
	// SpanIndex is the span attribution index of the job's Datanet versions,
	// published on IPFS for loraserve (--settlement.adapter NAME=ID:DIR).
	SpanIndex *ContentRef `json:"spanIndex,omitempty"`
}

// ContentRef is content published on IPFS: its URI and content hash.
type ContentRef struct {
	URI  string      `json:"uri"`
	Hash common.Hash `json:"hash"`
}

// LossPoint is one step of the loss curve.
type LossPoint struct {
	Step int     `json:"step"`
	Loss float64 `json:"loss"`
	// EvalLoss is the held-out loss, on the steps it was measured.
	EvalLoss *float64 `json:"evalLoss,omitempty"`
}

// Job is a fine-tuning job as the API shows it.
type Job struct {
	ID              string           `json:"id"`
	Owner           string           `json:"owner"`
	State           State            `json:"state"`
	BaseModelID     uint64           `json:"baseModelId"`
	Datanets        []DatanetVersion `json:"datanets"`
	Hyperparameters Hyperparameters  `json:"hyperparameters"`
	Step            int              `json:"step"`
	TotalSteps      int              `json:"totalSteps"`
	Loss            *float64         `json:"loss,omitempty"`
	// EvalLossBefore is the held-out loss before training (the base model);
	// EvalLoss the latest measured.
	EvalExamples   int       `json:"evalExamples,omitempty"`
	EvalLossBefore *float64  `json:"evalLossBefore,omitempty"`
	EvalLoss       *float64  `json:"evalLoss,omitempty"`
	Error          string    `json:"error,omitempty"`
	Result         *Result   `json:"result,omitempty"`
	CreatedAt      time.Time `json:"createdAt"`
	UpdatedAt      time.Time `json:"updatedAt"`
}

// ProgressEvent is the "progress" server-sent event.
type ProgressEvent struct {
	Step            int     `json:"step"`
	TotalSteps      int     `json:"totalSteps"`
	Loss            float64 `json:"loss"`
	TokensPerSecond float64 `json:"tokensPerSecond"`
	ETASeconds      float64 `json:"etaSeconds"`
	// EvalLoss is the held-out loss, when measured after this step.
	EvalLoss *float64 `json:"evalLoss,omitempty"`
}
