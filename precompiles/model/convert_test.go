package model

import (
	"errors"
	"math/big"
	"testing"
)

// TestConvert: decoded tuples copy into their Go types, and a shape mismatch
// is an error, never a panic.
func TestConvert(t *testing.T) {
	decoded := []struct {
		DatanetId *big.Int `json:"datanetId"`
		Version   *big.Int `json:"version"`
	}{{big.NewInt(3), big.NewInt(2)}}
	refs, err := convert[[]DatanetRefArg](decoded)
	if err != nil || len(refs) != 1 || refs[0].DatanetId.Int64() != 3 || refs[0].Version.Int64() != 2 {
		t.Fatalf("convert = %+v, %v", refs, err)
	}
	tests := []struct {
		name string
		in   any
	}{
		{"nil", nil},
		{"wrong_kind", "not a tuple"},
		{"too_few_fields", struct{ A *big.Int }{big.NewInt(1)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := convert[AdapterSpec](tc.in); !errors.Is(err, ErrBadArgumentType) {
				t.Fatalf("err %v, want ErrBadArgumentType", err)
			}
		})
	}
	renamed := []struct{ Id, Version *big.Int }{{big.NewInt(1), big.NewInt(1)}}
	if _, err := convert[[]DatanetRefArg](renamed); !errors.Is(err, ErrBadArgumentType) {
		t.Fatalf("renamed field: err %v", err)
	}
}
