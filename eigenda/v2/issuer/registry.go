package issuer

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/openledger/openledger/eigenda/v2/bls"
	"github.com/openledger/openledger/eigenda/v2/certs"
)

// ErrNoHistory is returned for a lookup with an index hint the static registry
// does not have (it has one entry, index 0, valid from block 0 on).
var ErrNoHistory = errors.New("no registry history at that index")

// StaticRegistry answers certificate checks from an operator set that has not
// changed since block 0: every history has one entry, index 0.
type StaticRegistry struct {
	Set *OperatorSet
}

var _ certs.Registry = StaticRegistry{}

func checkIndex(index uint32) error {
	if index != 0 {
		return fmt.Errorf("%w: %d", ErrNoHistory, index)
	}
	return nil
}

// NextBlobVersion implements certs.Registry.
func (r StaticRegistry) NextBlobVersion() uint16 { return uint16(len(r.Set.BlobParams)) }

// BlobParams implements certs.Registry.
func (r StaticRegistry) BlobParams(v uint16) (certs.BlobParams, error) {
	if int(v) >= len(r.Set.BlobParams) {
		return certs.BlobParams{}, fmt.Errorf("blob version %d not registered", v)
	}
	return r.Set.BlobParams[v], nil
}

// QuorumCount implements certs.Registry.
func (r StaticRegistry) QuorumCount() uint8 { return r.Set.QuorumCount }

// ApkHashAt implements certs.Registry.
func (r StaticRegistry) ApkHashAt(q uint8, _ uint32, index uint32) ([24]byte, error) {
	if err := checkIndex(index); err != nil {
		return [24]byte{}, err
	}
	apk := r.Set.QuorumApk(q)
	if apk.X.Sign() == 0 && apk.Y.Sign() == 0 {
		return [24]byte{}, nil
	}
	return certs.ApkHash(apk), nil
}

// TotalStakeAt implements certs.Registry.
func (r StaticRegistry) TotalStakeAt(q uint8, _ uint32, index uint32) (*big.Int, error) {
	if err := checkIndex(index); err != nil {
		return nil, err
	}
	return r.Set.TotalStake(q), nil
}

// StakeAt implements certs.Registry.
func (r StaticRegistry) StakeAt(q uint8, _ uint32, id [32]byte, index uint32) (*big.Int, error) {
	if err := checkIndex(index); err != nil {
		return nil, err
	}
	op, ok := r.Set.Operator(id)
	if !ok {
		return nil, fmt.Errorf("%w: unknown operator %x", ErrNoHistory, id)
	}
	if s, ok := op.Stakes[q]; ok {
		return new(big.Int).Set(s), nil
	}
	return new(big.Int), nil
}

// QuorumBitmapAt implements certs.Registry.
func (r StaticRegistry) QuorumBitmapAt(id [32]byte, _ uint32, index uint32) (*big.Int, error) {
	if err := checkIndex(index); err != nil {
		return nil, err
	}
	op, ok := r.Set.Operator(id)
	if !ok {
		return nil, fmt.Errorf("%w: unknown operator %x", ErrNoHistory, id)
	}
	return op.QuorumBitmap(), nil
}

// Indices returns the index hints of a static registry for an attestation:
// all zero.
func (r StaticRegistry) Indices(a *certs.Attestation) certs.CheckSignaturesIndices {
	idx := certs.CheckSignaturesIndices{
		NonSignerQuorumBitmapIndices: make([]uint32, len(a.NonSignerPubkeys)),
		QuorumApkIndices:             make([]uint32, len(a.QuorumNumbers)),
		TotalStakeIndices:            make([]uint32, len(a.QuorumNumbers)),
		NonSignerStakeIndices:        make([][]uint32, len(a.QuorumNumbers)),
	}
	for qi, q := range a.QuorumNumbers {
		n := 0
		for _, pk := range a.NonSignerPubkeys {
			if op, ok := r.Set.Operator(bls.OperatorID(pk)); ok && op.InQuorum(q) {
				n++
			}
		}
		idx.NonSignerStakeIndices[qi] = make([]uint32, n)
	}
	return idx
}
