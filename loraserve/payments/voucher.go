// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gowebpki/jcs"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/core/settlement"
)

// VoucherHeader carries the voucher when the body cannot.
const VoucherHeader = "X-Ledger-Voucher"

// ErrMalformedVoucher is returned for a voucher that does not decode.
var ErrMalformedVoucher = errors.New("malformed voucher")

// SignedVoucher is a voucher with its signature, as it travels in JSON.
type SignedVoucher struct {
	Payer        common.Address        `json:"payer"`
	Operator     common.Address        `json:"operator"`
	ModelID      *math.HexOrDecimal256 `json:"modelId"`
	ModelVersion math.HexOrDecimal64   `json:"modelVersion"`
	RateIn       *math.HexOrDecimal256 `json:"rateIn"`
	RateOut      *math.HexOrDecimal256 `json:"rateOut"`
	MaxFee       *math.HexOrDecimal256 `json:"maxFee"`
	Nonce        *math.HexOrDecimal256 `json:"nonce"`
	Deadline     math.HexOrDecimal64   `json:"deadline"`
	RequestHash  common.Hash           `json:"requestHash"`
	Signature    hexutil.Bytes         `json:"signature"`
}

// NewSignedVoucher is v with its signature sig, for the wire.
func NewSignedVoucher(v *settlement.Voucher, sig []byte) *SignedVoucher {
	return &SignedVoucher{Payer: v.Payer, Operator: v.Operator, ModelID: (*math.HexOrDecimal256)(v.ModelID.ToBig()),
		ModelVersion: math.HexOrDecimal64(v.ModelVersion), RateIn: (*math.HexOrDecimal256)(v.RateIn.ToBig()),
		RateOut: (*math.HexOrDecimal256)(v.RateOut.ToBig()), MaxFee: (*math.HexOrDecimal256)(v.MaxFee.ToBig()),
		Nonce: (*math.HexOrDecimal256)(v.Nonce.ToBig()), Deadline: math.HexOrDecimal64(v.Deadline),
		RequestHash: v.RequestHash, Signature: sig}
}

func toU256(name string, v *math.HexOrDecimal256) (*uint256.Int, error) {
	if v == nil {
		return nil, fmt.Errorf("%w: %s missing", ErrMalformedVoucher, name)
	}
	b := (*big.Int)(v)
	out, overflow := uint256.FromBig(b)
	if b.Sign() < 0 || overflow {
		return nil, fmt.Errorf("%w: %s out of range", ErrMalformedVoucher, name)
	}
	return out, nil
}

// Voucher returns the typed voucher; it fails on missing or out-of-range fields.
func (s *SignedVoucher) Voucher() (*settlement.Voucher, error) {
	model, err := toU256("modelId", s.ModelID)
	if err != nil {
		return nil, err
	}
	rateIn, err := toU256("rateIn", s.RateIn)
	if err != nil {
		return nil, err
	}
	rateOut, err := toU256("rateOut", s.RateOut)
	if err != nil {
		return nil, err
	}
	maxFee, err := toU256("maxFee", s.MaxFee)
	if err != nil {
		return nil, err
	}
	nonce, err := toU256("nonce", s.Nonce)
	if err != nil {
		return nil, err
	}
	if len(s.Signature) != settlement.SignatureLen {
		return nil, fmt.Errorf("%w: signature is %d bytes, want %d", ErrMalformedVoucher, len(s.Signature), settlement.SignatureLen)
	}
	return &settlement.Voucher{Payer: s.Payer, Operator: s.Operator, ModelID: model, ModelVersion: uint64(s.ModelVersion),
		RateIn: rateIn, RateOut: rateOut, MaxFee: maxFee, Nonce: nonce, Deadline: uint64(s.Deadline),
		RequestHash: s.RequestHash}, nil
}

// ParseVoucher decodes a voucher from JSON.
func ParseVoucher(data []byte) (*SignedVoucher, error) {
	var sv SignedVoucher
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&sv); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformedVoucher, err)
	}
	if _, err := sv.Voucher(); err != nil {
		return nil, err
	}
	return &sv, nil
}

// CanonicalRequest is the RFC 8785 (JSON Canonicalization Scheme) form of
// a request body without its top-level "voucher" field, so that any JCS
// implementation (npm canonicalize, Python's jcs, …) gives the same bytes:
// object keys sorted by their UTF-16 code units, no insignificant
// whitespace, strings with only the escapes JSON requires, and numbers as
// IEEE-754 doubles written the way ECMAScript writes them (0.50 and 0.5
// are one number; integers beyond 2^53 round as they do in JavaScript).
func CanonicalRequest(body []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var v map[string]any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("request body is not a JSON object: %w", err)
	}
	if dec.More() {
		return nil, errors.New("request body has trailing data")
	}
	delete(v, "voucher")
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	out, err := jcs.Transform(raw)
	if err != nil {
		return nil, fmt.Errorf("request body has no RFC 8785 canonical form: %w", err)
	}
	return out, nil
}

// RequestHash is keccak256 of CanonicalRequest(body): the voucher's requestHash.
func RequestHash(body []byte) (common.Hash, error) {
	c, err := CanonicalRequest(body)
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(c), nil
}
