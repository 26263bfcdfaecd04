// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package attribution

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/attribution/influence"
	"github.com/openledger/openledger/attribution/proof"
	"github.com/openledger/openledger/attribution/weights"
)

// Training-time Proof of Attribution: what ModelFactory publishes with an
// adapter, and how paid inference mixes it with span attribution.
const (
	// TrainingInfluenceEngine tags a TrainingInfluence document.
	TrainingInfluenceEngine = "poa/training-influence/v1"
	// TrainingInfluenceFile is the document's name in a published adapter
	// directory (whose tree hash the model registry records, so the
	// document is as committed as the weights).
	TrainingInfluenceFile = "influence.json"
	// MixEngine tags the proof root of a Mix.
	MixEngine = "poa/mix/v1"
)

// TrainingInfluence is the training-time attribution of an adapter: which
// contributions it trained on and the DataInf influence of each on the
// adapter's loss over an evaluation set (held-out examples, or the training
// set when there were too few to hold any out).
type TrainingInfluence struct {
	Engine string `json:"engine"`
	// Trained are the contributions the adapter trained on, increasing.
	Trained []uint64 `json:"trained"`
	// EvalSet is "held-out" or "training"; EvalExamples its size.
	EvalSet      string `json:"evalSet"`
	EvalExamples int    `json:"evalExamples"`
	// Layers are the adapter layers whose LoRA factors the gradients
	// covered (the last ones, as a memory budget allows).
	Layers []int `json:"layers,omitempty"`
	// Values are the raw DataInf scores summed per contribution (> 0
	// helped), for people; Scores are influence.Quantize of them, what
	// settlement uses (integers, so every machine agrees).
	Values []influence.Score `json:"values"`
	Scores []QuantizedScore  `json:"scores"`
}

// NewTrainingInfluence builds the document from the contributions trained on
// and the per-example scores of influence.Cache (merged per contribution).
func NewTrainingInfluence(trained []uint64, scores []influence.Score, evalSet string, evalExamples int) (*TrainingInfluence, error) {
	t := &TrainingInfluence{Engine: TrainingInfluenceEngine, EvalSet: evalSet, EvalExamples: evalExamples,
		Trained: slices.Clone(trained), Values: []influence.Score{}, Scores: []QuantizedScore{}}
	slices.Sort(t.Trained)
	t.Trained = slices.Compact(t.Trained)
	merged := map[uint64]float64{}
	for _, s := range scores {
		if _, ok := slices.BinarySearch(t.Trained, s.ContributionID); !ok {
			return nil, fmt.Errorf("attribution: influence score of contribution %d, which was not trained on", s.ContributionID)
		}
		merged[s.ContributionID] += s.Value
	}
	for _, id := range t.Trained {
		if v, ok := merged[id]; ok {
			t.Values = append(t.Values, influence.Score{ContributionID: id, Value: v})
		}
	}
	for _, q := range influence.Quantize(t.Values) {
		t.Scores = append(t.Scores, QuantizedScore{ContributionID: q.ContributionID, Score: q.Score.Uint64()})
	}
	return t, t.Check()
}

// Check validates the document: the engine tag, contributions increasing,
// quantised scores increasing, positive, at most 2^QuantBits, and of
// contributions trained on.
func (t *TrainingInfluence) Check() error {
	if t.Engine != TrainingInfluenceEngine {
		return fmt.Errorf("%w: training influence engine %q", ErrRejected, t.Engine)
	}
	for i := 1; i < len(t.Trained); i++ {
		if t.Trained[i-1] >= t.Trained[i] {
			return fmt.Errorf("%w: trained contributions not strictly increasing at %d", ErrRejected, i)
		}
	}
	for i, s := range t.Scores {
		if s.Score == 0 || s.Score > 1<<influence.QuantBits || (i > 0 && t.Scores[i-1].ContributionID >= s.ContributionID) {
			return fmt.Errorf("%w: training influence score %d malformed", ErrRejected, i)
		}
		if _, ok := slices.BinarySearch(t.Trained, s.ContributionID); !ok {
			return fmt.Errorf("%w: contribution %d has an influence score but was not trained on", ErrRejected, s.ContributionID)
		}
	}
	return nil
}

// ParseTrainingInfluence decodes and checks a published document and
// returns it with its keccak256 (the hash a Mix commits to).
func ParseTrainingInfluence(b []byte) (*TrainingInfluence, common.Hash, error) {
	var t TrainingInfluence
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, common.Hash{}, fmt.Errorf("%w: training influence: %v", ErrRejected, err)
	}
	if err := t.Check(); err != nil {
		return nil, common.Hash{}, err
	}
	return &t, crypto.Keccak256Hash(b), nil
}

// Weights normalises the quantised scores to 1e18 fixed point.
func (t *TrainingInfluence) Weights() ([]weights.Weight, error) {
	ws := make([]weights.Score, len(t.Scores))
	for i, s := range t.Scores {
		ws[i] = weights.Score{ContributionID: s.ContributionID, Score: uint256.NewInt(s.Score)}
	}
	return weights.Normalize(ws)
}

// TrainedOnly keeps the weights of contributions the adapter trained on and
// normalises them again: a contribution the adapter never saw (a duplicate
// skipped at training time, held-out data, another Datanet's text) earns
// nothing from it, however much of the output it spells.
func (t *TrainingInfluence) TrainedOnly(ws []weights.Weight) ([]weights.Weight, error) {
	var kept []weights.Score
	for _, w := range ws {
		if _, ok := slices.BinarySearch(t.Trained, w.ContributionID); ok {
			kept = append(kept, weights.Score{ContributionID: w.ContributionID, Score: uint256.NewInt(w.Weight)})
		}
	}
	return weights.Normalize(kept)
}

// Mix is what a paid receipt of an adapter with training-time attribution
// credits: span weights (restricted to contributions trained on) and the
// adapter's training influence weights, mixed by SpanShare.
//
// The rule: each contribution gets SpanShare × its span weight +
// (1e18 − SpanShare) × its influence weight, normalised; when the output
// reproduces no trained text, span has no weights and influence takes its
// whole share (and the other way round). SpanShare = 1e18 therefore means
// "spans when the output reproduces text, influence otherwise"; 0 means
// influence only; anything between is a fixed blend.
type Mix struct {
	Span *Attribution `json:"span,omitempty"`
	// Training is keccak256 of the TrainingInfluence document mixed in.
	Training  common.Hash      `json:"training"`
	SpanShare uint64           `json:"spanShare,string"`
	Weights   []weights.Weight `json:"weights"`
	// ProofRoot is the Merkle root of [span proof root (zero when none),
	// MixEngine ‖ training document hash ‖ span share, weights]: the
	// receipt's proofRoot.
	ProofRoot common.Hash `json:"proofRoot"`
}

// MixTraining mixes a span attribution (nil when the adapter has no index)
// with the training influence document t whose keccak256 is docHash.
func MixTraining(sp *Attribution, t *TrainingInfluence, docHash common.Hash, spanShare uint64) (*Mix, error) {
	if spanShare > weights.One {
		return nil, fmt.Errorf("%w: span share %d above 1e18", weights.ErrInvalid, spanShare)
	}
	var spanWs []weights.Weight
	if sp != nil {
		ws, err := t.TrainedOnly(sp.Weights)
		if err != nil {
			return nil, err
		}
		spanWs = ws
	}
	infl, err := t.Weights()
	if err != nil {
		return nil, err
	}
	// An engine without weights gives its whole share to the other.
	spanPart, inflPart := spanShare, weights.One-spanShare
	switch {
	case len(spanWs) == 0:
		spanPart, inflPart = 0, weights.One
	case len(infl) == 0:
		spanPart, inflPart = weights.One, 0
	}
	parts := []weights.Part{{Weights: spanWs, Share: spanPart}, {Weights: infl, Share: inflPart}}
	ws, err := weights.Combine(parts...)
	if err != nil {
		return nil, err
	}
	m := &Mix{Span: sp, Training: docHash, SpanShare: spanShare, Weights: ws}
	m.ProofRoot = mixRoot(m)
	return m, nil
}

func mixRoot(m *Mix) common.Hash {
	var spanRoot common.Hash
	if m.Span != nil {
		spanRoot = m.Span.ProofRoot
	}
	head := append([]byte(MixEngine), m.Training[:]...)
	head = binary.BigEndian.AppendUint64(head, m.SpanShare)
	return proof.Root([][]byte{spanRoot[:], head, weightsLeaf(m.Weights)})
}

// VerifyMix checks a mix without index or model: the span evidence against
// output, the document against the hash the mix names, and the weights and
// root against what they recompute to.
func VerifyMix(m *Mix, doc []byte, output []uint32) error {
	if m.Span != nil {
		if err := VerifyEvidence(m.Span, output); err != nil {
			return fmt.Errorf("span: %w", err)
		}
	}
	t, h, err := ParseTrainingInfluence(doc)
	if err != nil {
		return err
	}
	if h != m.Training {
		return fmt.Errorf("%w: the mix names training document %s, got %s", ErrRejected, m.Training, h)
	}
	again, err := MixTraining(m.Span, t, h, m.SpanShare)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrRejected, err)
	}
	if !slices.Equal(again.Weights, m.Weights) || again.ProofRoot != m.ProofRoot {
		return fmt.Errorf("%w: mixed weights or root differ", ErrRejected)
	}
	return nil
}
