package settlement

import (
	"encoding/json"
	"errors"
	"os"
	"testing"

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
