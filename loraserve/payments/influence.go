// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/weights"
	"github.com/openledger/openledger/internal/flagenv"
)

// Training-time attribution in receipts.
//
// An adapter ModelFactory trained is published with its training influence
// (attribution.TrainingInfluenceFile: the contributions it trained on and
// the DataInf influence of each on the adapter). With
// --settlement.training NAME=PATH the gate mixes it into every receipt of
// that adapter (attribution.MixTraining): span weights, restricted to the
// contributions the adapter trained on, get --settlement.span-share of the
// contributors' share and influence weights the rest; an engine with no
// weights for an output gives its share to the other. The default share, 1,
// pays by spans when the output reproduces trained text and by influence
// otherwise; 0 pays by influence only. A contribution the adapter never
// trained on — a duplicate skipped at training time, text another Datanet
// version added — earns nothing from its receipts.

const (
	flagTraining  = "settlement.training"
	flagSpanShare = "settlement.span-share"
)

// trainingFlags are the flags of training-time attribution.
func trainingFlags(envPrefix string) []cli.Flag {
	return []cli.Flag{
		&cli.StringSliceFlag{Name: flagTraining, Usage: "training-time attribution of a paid adapter: NAME=PATH, PATH its ModelFactory " +
			"directory or its " + attribution.TrainingInfluenceFile + " (repeatable)", EnvVars: flagenv.Vars(envPrefix, flagTraining)},
		&cli.Float64Flag{Name: flagSpanShare, Usage: "share of the contributors' weights given to span attribution when mixed with " +
			"training influence, in [0, 1] (1: spans when the output reproduces trained text, influence otherwise)",
			Value: 1, EnvVars: flagenv.Vars(envPrefix, flagSpanShare)},
	}
}

// TrainingSpec is one --settlement.training value.
type TrainingSpec struct {
	Name string
	Path string
}

// ParseTrainingSpec parses NAME=PATH.
func ParseTrainingSpec(s string) (TrainingSpec, error) {
	name, path, ok := strings.Cut(s, "=")
	if !ok || name == "" || path == "" {
		return TrainingSpec{}, fmt.Errorf("%w: training attribution %q is not NAME=PATH", ErrBadConfig, s)
	}
	return TrainingSpec{Name: name, Path: path}, nil
}

// SpanShareFromFloat converts a share in [0, 1] to weights fixed point.
func SpanShareFromFloat(f float64) (uint64, error) {
	if !(f >= 0 && f <= 1) {
		return 0, fmt.Errorf("%w: --%s %g outside [0, 1]", ErrBadConfig, flagSpanShare, f)
	}
	v, _ := new(big.Float).Mul(big.NewFloat(f), new(big.Float).SetUint64(weights.One)).Uint64()
	return min(v, weights.One), nil
}

// readTrainingConfig reads the training flags into cfg.
func readTrainingConfig(c *cli.Context, cfg *CLIConfig) error {
	for _, s := range c.StringSlice(flagTraining) {
		t, err := ParseTrainingSpec(s)
		if err != nil {
			return err
		}
		cfg.Training = append(cfg.Training, t)
	}
	share, err := SpanShareFromFloat(c.Float64(flagSpanShare))
	if err != nil {
		return err
	}
	cfg.SpanShare = share
	return nil
}

// checkTraining checks that every training spec names a listed adapter once.
func (c CLIConfig) checkTraining() error {
	names := map[string]bool{}
	for _, a := range c.Adapters {
		names[a.Name] = true
	}
	seen := map[string]bool{}
	for _, t := range c.Training {
		if !names[t.Name] {
			return fmt.Errorf("%w: --%s names adapter %s, which is not a paid adapter (--%s)", ErrBadConfig, flagTraining, t.Name, flagAdapter)
		}
		if seen[t.Name] {
			return fmt.Errorf("%w: --%s lists adapter %s twice", ErrBadConfig, flagTraining, t.Name)
		}
		seen[t.Name] = true
	}
	if c.SpanShare > weights.One {
		return fmt.Errorf("%w: span share above 1", ErrBadConfig)
	}
	return nil
}

// Training is an adapter's training-time attribution and the share of span
// weights in its receipts.
type Training struct {
	doc       *attribution.TrainingInfluence
	hash      common.Hash
	spanShare uint64
}

// NewTraining wraps a checked document and its keccak256.
func NewTraining(doc *attribution.TrainingInfluence, hash common.Hash, spanShare uint64) (*Training, error) {
	if spanShare > weights.One {
		return nil, fmt.Errorf("%w: span share above 1", ErrBadConfig)
	}
	if err := doc.Check(); err != nil {
		return nil, err
	}
	return &Training{doc: doc, hash: hash, spanShare: spanShare}, nil
}

// LoadTraining reads a training influence document: path is the file or
// the adapter directory holding attribution.TrainingInfluenceFile.
func LoadTraining(path string, spanShare uint64) (*Training, error) {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		path = filepath.Join(path, attribution.TrainingInfluenceFile)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: training attribution: %v", ErrBadConfig, err)
	}
	doc, hash, err := attribution.ParseTrainingInfluence(b)
	if err != nil {
		return nil, fmt.Errorf("training attribution %s: %w", path, err)
	}
	return NewTraining(doc, hash, spanShare)
}

// Hash is keccak256 of the document, what each receipt's mix commits to.
func (t *Training) Hash() common.Hash { return t.hash }

// Mix returns a receipt's weights and proof root for an output with span
// attribution att (nil when the adapter has no index).
func (t *Training) Mix(att *attribution.Attribution) ([]weights.Weight, common.Hash, error) {
	m, err := attribution.MixTraining(att, t.doc, t.hash, t.spanShare)
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("mix training attribution: %w", err)
	}
	return m.Weights, m.ProofRoot, nil
}

// attachTraining loads the training attribution cfg names for adapter name
// into ad.
func attachTraining(ad *Adapter, name string, cfg CLIConfig) error {
	for _, t := range cfg.Training {
		if t.Name != name {
			continue
		}
		tr, err := LoadTraining(t.Path, cfg.SpanShare)
		if err != nil {
			return fmt.Errorf("adapter %s: %w", name, err)
		}
		ad.Training = tr
	}
	return nil
}

// TrainingInDir is LoadTraining for an adapter directory fetched from the
// registry (its tree hash checked against the chain, so the document is
// the one the owner registered): nil, and no error, when the adapter was
// not published with training-time attribution.
func TrainingInDir(dir string, spanShare uint64) (*Training, error) {
	if _, err := os.Stat(filepath.Join(dir, attribution.TrainingInfluenceFile)); errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	return LoadTraining(dir, spanShare)
}
