// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package attribution

import (
	"encoding/binary"
	"fmt"
	"reflect"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/attribution/proof"
	"github.com/openledger/openledger/attribution/span"
	"github.com/openledger/openledger/attribution/weights"
)

// SpanEngine tags evidence produced by the span engine.
const SpanEngine = "poa/span/v1"

// OutputHash is keccak256 of the output tokens as big-endian uint32s.
func OutputHash(output []uint32) common.Hash {
	b := make([]byte, 4*len(output))
	for i, t := range output {
		binary.BigEndian.PutUint32(b[4*i:], t)
	}
	return crypto.Keccak256Hash(b)
}

// Leaves encodes evidence and weights as the Merkle leaves (see the package
// documentation for their order).
func Leaves(ev *Evidence, ws []weights.Weight) [][]byte {
	u64 := func(b []byte, v uint64) []byte { return binary.BigEndian.AppendUint64(b, v) }
	head := []byte(ev.Engine)
	head = append(head, ev.IndexRoot[:]...)
	head = append(head, ev.OutputHash[:]...)
	head = u64(head, uint64(ev.OutputLen))
	head = u64(head, ev.NumDocs)
	head = u64(head, uint64(ev.Config.MinLength))
	head = u64(head, ev.Config.MaxOccurrences)
	head = u64(head, uint64(len(ev.Spans)))
	leaves := [][]byte{head}
	for _, s := range ev.Spans {
		for _, d := range s.Docs {
			l := u64(nil, uint64(s.Start))
			l = u64(l, uint64(s.Length))
			l = u64(l, s.Count)
			l = u64(l, uint64(len(s.Docs)))
			l = u64(l, uint64(d.Shard))
			l = u64(l, uint64(d.Doc))
			l = u64(l, d.ContributionID)
			l = append(l, d.Contributor[:]...)
			l = u64(l, d.Offset)
			l = u64(l, d.Count)
			leaves = append(leaves, l)
		}
	}
	wl := []byte("weights")
	for _, w := range ws {
		wl = u64(u64(wl, w.ContributionID), w.Weight)
	}
	return append(leaves, wl)
}

// ProofRoot is the Merkle root over Leaves(ev, ws): the receipt's proofRoot.
func ProofRoot(ev *Evidence, ws []weights.Weight) common.Hash {
	return proof.Root(Leaves(ev, ws))
}

// VerifyEvidence checks an attribution without the index: the evidence is
// well formed and matches output (when output is non-nil), the weights are
// what the evidence scores to, and the proof root commits to both.
func VerifyEvidence(att *Attribution, output []uint32) error {
	ev := &att.Evidence
	if ev.Engine != SpanEngine {
		return fmt.Errorf("%w: unknown engine %q", ErrRejected, ev.Engine)
	}
	if output != nil {
		if len(output) != ev.OutputLen || OutputHash(output) != ev.OutputHash {
			return fmt.Errorf("%w: evidence is for another output", ErrRejected)
		}
	}
	if err := ev.Config.Check(); err != nil {
		return fmt.Errorf("%w: %v", ErrRejected, err)
	}
	for i, s := range ev.Spans {
		if s.Length < ev.Config.MinLength {
			return fmt.Errorf("%w: span %d shorter than the minimum length", ErrRejected, i)
		}
		var count uint64
		for j, d := range s.Docs {
			if j > 0 && (s.Docs[j-1].Shard > d.Shard || (s.Docs[j-1].Shard == d.Shard && s.Docs[j-1].Doc >= d.Doc)) {
				return fmt.Errorf("%w: span %d documents out of order", ErrRejected, i)
			}
			if d.Count == 0 {
				return fmt.Errorf("%w: span %d claims a document with no occurrence", ErrRejected, i)
			}
			count += d.Count
		}
		if count != s.Count || count > ev.Config.MaxOccurrences {
			return fmt.Errorf("%w: span %d counts %d occurrences, documents sum to %d", ErrRejected, i, s.Count, count)
		}
	}
	ws, err := span.Weights(ev.Spans, ev.NumDocs, ev.OutputLen)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrRejected, err)
	}
	if !slices.Equal(ws, att.Weights) {
		return fmt.Errorf("%w: weights differ from the ones the evidence scores to", ErrRejected)
	}
	if root := ProofRoot(ev, att.Weights); root != att.ProofRoot {
		return fmt.Errorf("%w: proof root %s, evidence hashes to %s", ErrRejected, att.ProofRoot, root)
	}
	return nil
}

// Verify recomputes the attribution of output from the index and checks that
// att (for example from a receipt) is exactly it, computed with this
// Attributor's configuration (the policy a verifier enforces).
func (a *Attributor) Verify(output []uint32, att *Attribution) error {
	if err := VerifyEvidence(att, output); err != nil {
		return err
	}
	if att.Evidence.Config != a.cfg {
		return fmt.Errorf("%w: evidence uses %+v, the verifier %+v", ErrRejected, att.Evidence.Config, a.cfg)
	}
	if att.Evidence.IndexRoot != a.ix.Root() {
		return fmt.Errorf("%w: evidence is for index %s, this index is %s", ErrRejected, att.Evidence.IndexRoot, a.ix.Root())
	}
	again, err := a.Attribute(output)
	if err != nil {
		return fmt.Errorf("%w: recompute: %v", ErrRejected, err)
	}
	if !evidenceEqual(&again.Evidence, &att.Evidence) {
		return fmt.Errorf("%w: evidence differs from the index", ErrRejected)
	}
	if again.ProofRoot != att.ProofRoot || !slices.Equal(again.Weights, att.Weights) {
		return fmt.Errorf("%w: recomputed weights or root differ", ErrRejected)
	}
	return nil
}

// normalizeSpans makes nil and empty document lists compare equal.
func normalizeSpans(spans []span.Span) []span.Span {
	if len(spans) == 0 {
		return nil
	}
	return spans
}

func evidenceEqual(a, b *Evidence) bool {
	return a.Engine == b.Engine && a.IndexRoot == b.IndexRoot && a.OutputHash == b.OutputHash &&
		a.OutputLen == b.OutputLen && a.NumDocs == b.NumDocs && a.Config == b.Config &&
		reflect.DeepEqual(normalizeSpans(a.Spans), normalizeSpans(b.Spans))
}
