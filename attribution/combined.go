// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package attribution

import (
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/attribution/influence"
	"github.com/openledger/openledger/attribution/proof"
	"github.com/openledger/openledger/attribution/weights"
)

// InfluenceEngine tags evidence produced by the influence engine.
const InfluenceEngine = "poa/influence/v1"

// QuantizedScore is one contribution's influence, quantised (influence.Quantize).
type QuantizedScore struct {
	ContributionID uint64 `json:"contributionId,string"`
	Score          uint64 `json:"score,string"`
}

// InfluenceEvidence is what influence weights are computed from.
type InfluenceEvidence struct {
	Engine     string           `json:"engine"`
	CacheHash  common.Hash      `json:"cacheHash"` // keccak256 of the gradient cache encoding
	OutputHash common.Hash      `json:"outputHash"`
	OutputLen  int              `json:"outputLen"` // tokens of the example, prompt included
	LossStart  int              `json:"lossStart"`
	Scores     []QuantizedScore `json:"scores"` // positive scores, by contribution id
}

// InfluenceAttribution is the influence engine's result for one output.
type InfluenceAttribution struct {
	Evidence  InfluenceEvidence `json:"evidence"`
	Weights   []weights.Weight  `json:"weights"`
	ProofRoot common.Hash       `json:"proofRoot"`
}

// CacheHash is keccak256 of a gradient cache's encoding.
func CacheHash(c *influence.Cache) common.Hash { return crypto.Keccak256Hash(c.Encode()) }

// AttributeInfluence scores the cached training contributions against the
// example (prompt + output, loss from ex.LossStart) with model m.
func AttributeInfluence(c *influence.Cache, cacheHash common.Hash, m influence.GradientModel, ex influence.Example) (*InfluenceAttribution, error) {
	scores, err := c.Influence(m, ex)
	if err != nil {
		return nil, err
	}
	ev := InfluenceEvidence{
		Engine: InfluenceEngine, CacheHash: cacheHash,
		OutputHash: OutputHash(ex.Tokens), OutputLen: len(ex.Tokens), LossStart: ex.LossStart,
	}
	for _, s := range influence.Quantize(scores) {
		ev.Scores = append(ev.Scores, QuantizedScore{ContributionID: s.ContributionID, Score: s.Score.Uint64()})
	}
	ws, err := influenceWeights(ev.Scores)
	if err != nil {
		return nil, err
	}
	return &InfluenceAttribution{Evidence: ev, Weights: ws, ProofRoot: InfluenceProofRoot(&ev, ws)}, nil
}

func influenceWeights(scores []QuantizedScore) ([]weights.Weight, error) {
	ws := make([]weights.Score, len(scores))
	for i, s := range scores {
		ws[i] = weights.Score{ContributionID: s.ContributionID, Score: uint256.NewInt(s.Score)}
	}
	return weights.Normalize(ws)
}

// InfluenceLeaves encodes influence evidence and weights as Merkle leaves: a
// header (engine, cache hash, output hash, output length, loss start, score
// count), one leaf per score, and a weights leaf.
func InfluenceLeaves(ev *InfluenceEvidence, ws []weights.Weight) [][]byte {
	head := []byte(ev.Engine)
	head = append(head, ev.CacheHash[:]...)
	head = append(head, ev.OutputHash[:]...)
	head = binary.BigEndian.AppendUint64(head, uint64(ev.OutputLen))
	head = binary.BigEndian.AppendUint64(head, uint64(ev.LossStart))
	head = binary.BigEndian.AppendUint64(head, uint64(len(ev.Scores)))
	leaves := [][]byte{head}
	for _, s := range ev.Scores {
		leaves = append(leaves, binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, s.ContributionID), s.Score))
	}
	return append(leaves, weightsLeaf(ws))
}

func weightsLeaf(ws []weights.Weight) []byte {
	wl := []byte("weights")
	for _, w := range ws {
		wl = binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(wl, w.ContributionID), w.Weight)
	}
	return wl
}

// InfluenceProofRoot is the Merkle root of InfluenceLeaves.
func InfluenceProofRoot(ev *InfluenceEvidence, ws []weights.Weight) common.Hash {
	return proof.Root(InfluenceLeaves(ev, ws))
}

// VerifyInfluenceEvidence checks influence evidence without the model: the
// scores are positive and sorted, the weights are what they normalise to, and
// the root commits to both. When tokens is non-nil it must be the example.
func VerifyInfluenceEvidence(att *InfluenceAttribution, tokens []uint32) error {
	ev := &att.Evidence
	if ev.Engine != InfluenceEngine {
		return fmt.Errorf("%w: unknown engine %q", ErrRejected, ev.Engine)
	}
	if tokens != nil && (len(tokens) != ev.OutputLen || OutputHash(tokens) != ev.OutputHash) {
		return fmt.Errorf("%w: evidence is for another output", ErrRejected)
	}
	for i, s := range ev.Scores {
		if s.Score == 0 || s.Score > 1<<influence.QuantBits || (i > 0 && ev.Scores[i-1].ContributionID >= s.ContributionID) {
			return fmt.Errorf("%w: score %d malformed", ErrRejected, i)
		}
	}
	ws, err := influenceWeights(ev.Scores)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrRejected, err)
	}
	if !slices.Equal(ws, att.Weights) {
		return fmt.Errorf("%w: weights differ from the ones the scores give", ErrRejected)
	}
	if root := InfluenceProofRoot(ev, att.Weights); root != att.ProofRoot {
		return fmt.Errorf("%w: proof root %s, evidence hashes to %s", ErrRejected, att.ProofRoot, root)
	}
	return nil
}

// VerifyInfluence recomputes the influence attribution with the cache and
// model (same build of the model: scores are floating point before
// quantisation) and checks att is exactly it.
func VerifyInfluence(c *influence.Cache, cacheHash common.Hash, m influence.GradientModel, ex influence.Example, att *InfluenceAttribution) error {
	if err := VerifyInfluenceEvidence(att, ex.Tokens); err != nil {
		return err
	}
	if att.Evidence.CacheHash != cacheHash || att.Evidence.LossStart != ex.LossStart {
		return fmt.Errorf("%w: evidence is for another cache or prompt", ErrRejected)
	}
	again, err := AttributeInfluence(c, cacheHash, m, ex)
	if err != nil {
		return fmt.Errorf("%w: recompute: %v", ErrRejected, err)
	}
	if again.ProofRoot != att.ProofRoot {
		return fmt.Errorf("%w: recomputed influence differs", ErrRejected)
	}
	return nil
}

// Combined mixes the span and influence engines for one output.
type Combined struct {
	Span      *Attribution          `json:"span,omitempty"`
	Influence *InfluenceAttribution `json:"influence,omitempty"`
	SpanShare uint64                `json:"spanShare,string"` // of weights.One; influence gets the rest
	Weights   []weights.Weight      `json:"weights"`
	// ProofRoot is the Merkle root over [span root, influence root, share and
	// weights]: the receipt's proofRoot.
	ProofRoot common.Hash `json:"proofRoot"`
}

// Combine mixes the engines' weights (span gets spanShare of weights.One,
// influence the rest; an engine without weights or absent gives its share to
// the other).
func Combine(sp *Attribution, infl *InfluenceAttribution, spanShare uint64) (*Combined, error) {
	if spanShare > weights.One {
		return nil, fmt.Errorf("%w: span share %d above 1e18", weights.ErrInvalid, spanShare)
	}
	var parts []weights.Part
	if sp != nil {
		parts = append(parts, weights.Part{Weights: sp.Weights, Share: spanShare})
	}
	if infl != nil {
		parts = append(parts, weights.Part{Weights: infl.Weights, Share: weights.One - spanShare})
	}
	ws, err := weights.Combine(parts...)
	if err != nil {
		return nil, err
	}
	c := &Combined{Span: sp, Influence: infl, SpanShare: spanShare, Weights: ws}
	c.ProofRoot = combinedRoot(c)
	return c, nil
}

func combinedRoot(c *Combined) common.Hash {
	var spanRoot, inflRoot common.Hash
	if c.Span != nil {
		spanRoot = c.Span.ProofRoot
	}
	if c.Influence != nil {
		inflRoot = c.Influence.ProofRoot
	}
	last := binary.BigEndian.AppendUint64([]byte("combined"), c.SpanShare)
	last = append(last, weightsLeaf(c.Weights)...)
	return proof.Root([][]byte{spanRoot[:], inflRoot[:], last})
}

// VerifyCombined checks both engines' evidence (span evidence against
// output), the mixed weights and the combined root, without index or model.
func VerifyCombined(c *Combined, output []uint32) error {
	if c.Span != nil {
		if err := VerifyEvidence(c.Span, output); err != nil {
			return fmt.Errorf("span: %w", err)
		}
	}
	if c.Influence != nil {
		if err := VerifyInfluenceEvidence(c.Influence, nil); err != nil {
			return fmt.Errorf("influence: %w", err)
		}
	}
	again, err := Combine(c.Span, c.Influence, c.SpanShare)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrRejected, err)
	}
	if !slices.Equal(again.Weights, c.Weights) || again.ProofRoot != c.ProofRoot {
		return fmt.Errorf("%w: combined weights or root differ", ErrRejected)
	}
	return nil
}
