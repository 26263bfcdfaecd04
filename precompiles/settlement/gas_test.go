package settlement

import (
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/core/settlement"
)

// TestDispatchCoversABI: the selector table is exactly the interface's
// methods, and every event and error is bound.
func TestDispatchCoversABI(t *testing.T) {
	var want []string
	for name := range ABI.Methods {
		want = append(want, name)
	}
	sort.Strings(want)
	got := Contract.MethodNames()
	if len(got) != len(want) {
		t.Fatalf("dispatch %v, ABI %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("dispatch %v, ABI %v", got, want)
		}
	}
	if len(ABI.Events) != 6 || len(ABI.Errors) != 6 {
		t.Fatalf("ABI declares %d events and %d errors; events.go and errors.go bind 6 and 6", len(ABI.Events), len(ABI.Errors))
	}
}

// shapeBatch packs a batch of receipts for models (a model id plus 1,000 ×
// the voucher's model version; version 1 when under 1,000), paid by payers,
// crediting contribs.
func shapeBatch(t testing.TB, models, payers []uint64, contribs [][]uint64) []byte {
	var rs []*settlement.Receipt
	var vs []*settlement.Voucher
	var sigs [][]byte
	for i := range models {
		version := max(models[i]/1_000, 1)
		r := &settlement.Receipt{ModelID: uint256.NewInt(models[i] % 1_000), Fee: uint256.NewInt(1)}
		for _, id := range contribs[i] {
			r.Contributions = append(r.Contributions, settlement.Contribution{ID: uint256.NewInt(id), Weight: uint256.NewInt(1)})
		}
		v := &settlement.Voucher{Payer: common.BytesToAddress([]byte{byte(payers[i])}), ModelID: r.ModelID, ModelVersion: version,
			RateIn: uint256.NewInt(1), RateOut: uint256.NewInt(1), MaxFee: uint256.NewInt(1), Nonce: uint256.NewInt(uint64(i))}
		rs, vs, sigs = append(rs, r), append(vs, v), append(sigs, make([]byte, 65))
	}
	data, err := PackSettle(rs, vs, sigs)
	if err != nil {
		t.Fatal(err)
	}
	return data[4:]
}

// TestSettleShape: the calldata walk counts what settle will touch.
func TestSettleShape(t *testing.T) {
	tests := []struct {
		name     string
		models   []uint64
		payers   []uint64
		contribs [][]uint64
		want     settleShape
	}{
		{"empty", nil, nil, nil, settleShape{}},
		{"one", []uint64{2}, []uint64{1}, [][]uint64{{1, 2}}, settleShape{1, 2, 2, 1, 1}},
		{"shared-ids", []uint64{2, 3, 2}, []uint64{1, 1, 2}, [][]uint64{{1, 2}, {2}, {1, 3}}, settleShape{3, 5, 3, 2, 2}},
		{"no-contributions", []uint64{7, 7}, []uint64{1, 2}, [][]uint64{nil, nil}, settleShape{2, 0, 0, 1, 2}},
		// Each version of a model has its own provenance to read.
		{"versions-of-one-model", []uint64{7, 2_007, 3_007, 2_007}, []uint64{1, 1, 1, 1}, [][]uint64{nil, nil, nil, nil}, settleShape{4, 0, 0, 3, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := parseSettleShape(shapeBatch(t, tc.models, tc.payers, tc.contribs))
			if !ok || got != tc.want {
				t.Fatalf("shape %+v (ok=%v), want %+v", got, ok, tc.want)
			}
		})
	}
}

// FuzzSettleGas: pricing arbitrary calldata never panics and never charges
// less than the input's own price.
func FuzzSettleGas(f *testing.F) {
	f.Add(shapeBatch(f, []uint64{2, 3}, []uint64{1, 2}, [][]uint64{{1}, {2, 3}}))
	f.Add([]byte{})
	f.Add(make([]byte, 96))
	f.Fuzz(func(t *testing.T, args []byte) {
		if g := SettleGas(args); g < SettleBatchGas {
			t.Fatalf("gas %d below the batch cost", g)
		}
	})
}
