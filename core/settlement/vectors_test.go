package settlement

import (
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/holiman/uint256"
)

// vector is one fee and split case of testdata/split.json (fields match
// the JSON keys case-insensitively); amounts are decimal strings.
type vector struct {
	Name                           string
	TokensIn, TokensOut            uint64
	RateIn, RateOut, PlatformFee   string
	BurnBps, OwnerBps, OperatorBps uint64
	Weights                        []string
	Fee, Burn, Owner, Operator     string
	Contributors                   []string
}

func loadVectors(t testing.TB, path string) []vector {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var vs []vector
	if err := json.Unmarshal(data, &vs); err != nil {
		t.Fatal(err)
	}
	return vs
}

func dec(t testing.TB, s string) *uint256.Int {
	t.Helper()
	v, err := uint256.FromDecimal(s)
	if err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	return v
}

// TestVectors checks the fee and its split against hand-computed vectors.
func TestVectors(t *testing.T) {
	for _, v := range loadVectors(t, "testdata/split.json") {
		t.Run(v.Name, func(t *testing.T) {
			fee, err := Fee(v.TokensIn, v.TokensOut, dec(t, v.RateIn), dec(t, v.RateOut), dec(t, v.PlatformFee))
			if err != nil || !fee.Eq(dec(t, v.Fee)) {
				t.Fatalf("fee %v, %v; want %s", fee, err, v.Fee)
			}
			ws := make([]*uint256.Int, len(v.Weights))
			for i, w := range v.Weights {
				ws[i] = dec(t, w)
			}
			s, err := SplitFee(fee, FeeParams{PlatformFee: dec(t, v.PlatformFee), BurnBps: v.BurnBps, OwnerBps: v.OwnerBps, OperatorBps: v.OperatorBps}, ws)
			if err != nil {
				t.Fatal(err)
			}
			if !s.Burn.Eq(dec(t, v.Burn)) || !s.Owner.Eq(dec(t, v.Owner)) || !s.Operator.Eq(dec(t, v.Operator)) {
				t.Fatalf("burn/owner/operator %v %v %v; want %s %s %s", s.Burn, s.Owner, s.Operator, v.Burn, v.Owner, v.Operator)
			}
			for i, c := range v.Contributors {
				if !s.Contributors[i].Eq(dec(t, c)) {
					t.Fatalf("contributor %d: %v, want %s", i, s.Contributors[i], c)
				}
			}
			if !s.Total().Eq(fee) {
				t.Fatal("parts do not sum to the fee")
			}
		})
	}
	for _, v := range loadVectors(t, "testdata/fail-fee.json") {
		t.Run(v.Name, func(t *testing.T) {
			if _, err := Fee(v.TokensIn, v.TokensOut, dec(t, v.RateIn), dec(t, v.RateOut), dec(t, v.PlatformFee)); !errors.Is(err, ErrFeeOverflow) {
				t.Fatalf("err %v, want ErrFeeOverflow", err)
			}
		})
	}
}

// voucherVector is one voucher of testdata/voucher.json with its EIP-712
// digest (Studio's unit tests check viem against the same file).
type voucherVector struct {
	Name, ChainID, VerifyingContract, Payer, Operator, ModelID, ModelVersion string
	RateIn, RateOut, MaxFee, Nonce, Deadline, RequestHash, Digest            string
}

// TestVoucherVectors: each vector's digest is what go-ethereum's typed-data
// hashing gives for the hand-written types, and what Voucher.Hash gives.
func TestVoucherVectors(t *testing.T) {
	data, err := os.ReadFile("testdata/voucher.json")
	if err != nil {
		t.Fatal(err)
	}
	var vs []voucherVector
	if err := json.Unmarshal(data, &vs); err != nil {
		t.Fatal(err)
	}
	if len(vs) < 4 {
		t.Fatalf("%d vectors", len(vs))
	}
	for _, x := range vs {
		t.Run(x.Name, func(t *testing.T) {
			chainID, ok := new(big.Int).SetString(x.ChainID, 10)
			if !ok {
				t.Fatalf("chainId %q", x.ChainID)
			}
			td := apitypes.TypedData{Types: gethTypes, PrimaryType: "InferenceVoucher",
				Domain: apitypes.TypedDataDomain{Name: DomainName, Version: DomainVersion,
					ChainId: (*math.HexOrDecimal256)(chainID), VerifyingContract: x.VerifyingContract},
				Message: apitypes.TypedDataMessage{"payer": x.Payer, "operator": x.Operator, "modelId": x.ModelID,
					"modelVersion": x.ModelVersion, "rateIn": x.RateIn, "rateOut": x.RateOut, "maxFee": x.MaxFee,
					"nonce": x.Nonce, "deadline": x.Deadline, "requestHash": x.RequestHash}}
			geth, _, err := apitypes.TypedDataAndHash(td)
			if err != nil {
				t.Fatal(err)
			}
			version, err1 := strconv.ParseUint(x.ModelVersion, 10, 64)
			deadline, err2 := strconv.ParseUint(x.Deadline, 10, 64)
			if err1 != nil || err2 != nil {
				t.Fatal(err1, err2)
			}
			v := &Voucher{Payer: common.HexToAddress(x.Payer), Operator: common.HexToAddress(x.Operator),
				ModelID: dec(t, x.ModelID), ModelVersion: version, RateIn: dec(t, x.RateIn), RateOut: dec(t, x.RateOut),
				MaxFee: dec(t, x.MaxFee), Nonce: dec(t, x.Nonce), Deadline: deadline, RequestHash: common.HexToHash(x.RequestHash)}
			ours := v.Hash(DomainSeparator(chainID, common.HexToAddress(x.VerifyingContract)))
			if ours != common.BytesToHash(geth) || ours.Hex() != x.Digest {
				t.Fatalf("digest: ours %s, geth %x, vector %s", ours, geth, x.Digest)
			}
		})
	}
}
