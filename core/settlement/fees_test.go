package settlement

import (
	"errors"
	"math/big"
	"math/rand"
	"reflect"
	"testing"
	"testing/quick"

	"github.com/holiman/uint256"
)

func u(v uint64) *uint256.Int { return uint256.NewInt(v) }

var maxU256 = new(uint256.Int).SetAllOne()

var defaults = FeeParams{PlatformFee: u(0), BurnBps: 2_000, OwnerBps: 3_000, OperatorBps: 1_000}

func TestFee(t *testing.T) {
	tests := []struct {
		name            string
		in, out         uint64
		rateIn, rateOut *uint256.Int
		platform        *uint256.Int
		want            *uint256.Int
		wantErr         error
	}{
		// exact multiples of 1,000 tokens
		{"exact", 2_000, 1_000, u(5), u(7), u(0), u(17), nil},
		// 1 token at 1 wei per 1k rounds up to 1 wei on each side
		{"ceil-each-side", 1, 1, u(1), u(1), u(0), u(2), nil},
		{"ceil-1001", 1_001, 0, u(1_000), u(9), u(0), u(1_001), nil},
		{"ceil-1999-of-2", 1_999, 0, u(2), u(0), u(0), u(4), nil},
		{"platform-only", 0, 0, u(10), u(10), u(3), u(3), nil},
		{"zero-rates", 123, 456, u(0), u(0), u(100), u(100), nil},
		{"max-tokens", ^uint64(0), 0, u(1_000), u(0), u(0), u(^uint64(0)), nil},
		// overflow anywhere is an error, never a wrapped value
		{"overflow-in", 2, 0, maxU256, u(0), u(0), nil, ErrFeeOverflow},
		{"overflow-out", 0, 2, u(0), maxU256, u(0), nil, ErrFeeOverflow},
		{"overflow-platform", 1_000, 0, u(1), u(0), maxU256, nil, ErrFeeOverflow},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Fee(tc.in, tc.out, tc.rateIn, tc.rateOut, tc.platform)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil || !got.Eq(tc.want) {
				t.Fatalf("Fee = %v, %v; want %v", got, err, tc.want)
			}
		})
	}
}

func TestSplitFee(t *testing.T) {
	tests := []struct {
		name    string
		fee     uint64
		p       FeeParams
		weights []uint64
		burn    uint64
		owner   uint64
		op      uint64
		contrib []uint64
	}{
		// 10,000 wei with defaults: 2,000 burn, 3,000 owner, 1,000 operator, 4,000 pool
		{"even", 10_000, defaults, []uint64{1, 1}, 2_000, 3_000, 1_000, []uint64{2_000, 2_000}},
		{"no-weights-pool-burned", 10_000, defaults, nil, 6_000, 3_000, 1_000, []uint64{}},
		{"zero-weights-pool-burned", 10_000, defaults, []uint64{0, 0}, 6_000, 3_000, 1_000, []uint64{0, 0}},
		// pool 4,000 over weights 1:1:1 → 1,333 each, dust 1 burned
		{"dust-to-burn", 10_000, defaults, []uint64{1, 1, 1}, 2_001, 3_000, 1_000, []uint64{1_333, 1_333, 1_333}},
		{"zero-weight-skipped", 10_000, defaults, []uint64{3, 0, 1}, 2_000, 3_000, 1_000, []uint64{3_000, 0, 1_000}},
		// 9 wei: owner floor(2.7)=2, operator floor(0.9)=0, pool floor(3.6)=3 → 1 each
		{"tiny-fee", 9, defaults, []uint64{1, 1, 1}, 4, 2, 0, []uint64{1, 1, 1}},
		{"zero-fee", 0, defaults, []uint64{5}, 0, 0, 0, []uint64{0}},
		{"all-burn", 100, FeeParams{PlatformFee: u(0), BurnBps: 10_000}, []uint64{1}, 100, 0, 0, []uint64{0}},
		{"all-contributors", 100, FeeParams{PlatformFee: u(0)}, []uint64{1, 3}, 0, 0, 0, []uint64{25, 75}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ws := make([]*uint256.Int, len(tc.weights))
			for i, w := range tc.weights {
				ws[i] = u(w)
			}
			s, err := SplitFee(u(tc.fee), tc.p, ws)
			if err != nil {
				t.Fatal(err)
			}
			got := []uint64{s.Burn.Uint64(), s.Owner.Uint64(), s.Operator.Uint64()}
			if want := []uint64{tc.burn, tc.owner, tc.op}; !reflect.DeepEqual(got, want) {
				t.Fatalf("burn/owner/operator = %v, want %v", got, want)
			}
			cs := make([]uint64, len(s.Contributors))
			for i, c := range s.Contributors {
				cs[i] = c.Uint64()
			}
			if !reflect.DeepEqual(cs, tc.contrib) {
				t.Fatalf("contributors = %v, want %v", cs, tc.contrib)
			}
			if !s.Total().Eq(u(tc.fee)) {
				t.Fatalf("parts sum to %v, fee %d", s.Total(), tc.fee)
			}
		})
	}
}

func TestSplitWeightsOverflow(t *testing.T) {
	_, err := SplitFee(u(1), defaults, []*uint256.Int{maxU256, u(1)})
	if !errors.Is(err, ErrFeeOverflow) {
		t.Fatalf("err %v, want ErrFeeOverflow", err)
	}
}

func TestParamsVerify(t *testing.T) {
	tests := []struct {
		name string
		p    FeeParams
		ok   bool
	}{
		{"defaults", defaults, true},
		{"sum-10000", FeeParams{PlatformFee: u(1), BurnBps: 5_000, OwnerBps: 5_000}, true},
		{"sum-over", FeeParams{PlatformFee: u(1), BurnBps: 5_000, OwnerBps: 5_000, OperatorBps: 1}, false},
		{"huge-wraps", FeeParams{PlatformFee: u(1), BurnBps: ^uint64(0), OwnerBps: 2}, false},
		{"no-platform-fee", FeeParams{BurnBps: 1}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.p.Verify(); (err == nil) != tc.ok {
				t.Fatalf("Verify = %v, want ok=%v", err, tc.ok)
			}
		})
	}
}

// splitInput is a random split problem for testing/quick: any fee up to 2^256−1,
// any valid bps, up to 64 weights of any size whose sum fits 256 bits.
type splitInput struct {
	Fee     *uint256.Int
	P       FeeParams
	Weights []*uint256.Int
}

func randU256(r *rand.Rand) *uint256.Int {
	var b [32]byte
	r.Read(b[:])
	// Vary the magnitude so small and huge values are both common.
	n := r.Intn(33)
	return new(uint256.Int).SetBytes(b[:n])
}

func (splitInput) Generate(r *rand.Rand, _ int) reflect.Value {
	in := splitInput{Fee: randU256(r)}
	a, b, c := uint64(r.Intn(10_001)), uint64(r.Intn(10_001)), uint64(r.Intn(10_001))
	for a+b+c > BpsDenominator {
		a, b, c = a/2, b/2, c/2
	}
	in.P = FeeParams{PlatformFee: u(0), BurnBps: a, OwnerBps: b, OperatorBps: c}
	n := r.Intn(65)
	for i := 0; i < n; i++ {
		w := randU256(r)
		w.Rsh(w, 8) // 64 weights of < 2^248 cannot overflow the sum
		if r.Intn(4) == 0 {
			w.Clear()
		}
		in.Weights = append(in.Weights, w)
	}
	return reflect.ValueOf(in)
}

// checkSplit is the property: parts sum to the fee, each bps share is its
// floor, each contributor gets at most its exact proportional share and the
// dust is less than one wei per paid party plus the burn share.
func checkSplit(in splitInput) bool {
	s, err := SplitFee(in.Fee, in.P, in.Weights)
	if err != nil {
		return false
	}
	if !s.Total().Eq(in.Fee) || len(s.Contributors) != len(in.Weights) {
		return false
	}
	fee := in.Fee.ToBig()
	floorBps := func(bps uint64) *big.Int {
		v := new(big.Int).Mul(fee, new(big.Int).SetUint64(bps))
		return v.Quo(v, big.NewInt(BpsDenominator))
	}
	if s.Owner.ToBig().Cmp(floorBps(in.P.OwnerBps)) != 0 || s.Operator.ToBig().Cmp(floorBps(in.P.OperatorBps)) != 0 {
		return false
	}
	pool := floorBps(in.P.ContributorBps())
	sumW := new(big.Int)
	for _, w := range in.Weights {
		sumW.Add(sumW, w.ToBig())
	}
	paid := new(big.Int)
	for i, w := range in.Weights {
		want := new(big.Int)
		if w.Sign() != 0 {
			want.Mul(pool, w.ToBig()).Quo(want, sumW)
		}
		if s.Contributors[i].ToBig().Cmp(want) != 0 {
			return false
		}
		paid.Add(paid, want)
	}
	burn := floorBps(in.P.BurnBps)
	if sumW.Sign() == 0 {
		burn.Add(burn, pool)
	}
	// The burn is at least the burn share and exceeds it by the dust only.
	return s.Burn.ToBig().Cmp(burn) >= 0
}

func TestSplitProperty(t *testing.T) {
	if err := quick.Check(checkSplit, &quick.Config{MaxCount: 3_000}); err != nil {
		t.Fatal(err)
	}
}

// FuzzSplitFee: payouts + burn == fee for any fee, bps and weights.
func FuzzSplitFee(f *testing.F) {
	f.Add([]byte{1, 2, 3}, uint16(2_000), uint16(3_000), uint16(1_000), []byte{1, 0, 1})
	f.Add([]byte{0xff, 0xff}, uint16(0), uint16(0), uint16(0), []byte{})
	f.Fuzz(func(t *testing.T, feeBytes []byte, burn, owner, op uint16, weightBytes []byte) {
		if len(feeBytes) > 32 {
			feeBytes = feeBytes[:32]
		}
		p := FeeParams{PlatformFee: u(0), BurnBps: uint64(burn), OwnerBps: uint64(owner), OperatorBps: uint64(op)}
		if p.Verify() != nil {
			return
		}
		var ws []*uint256.Int
		for i := 0; i+4 <= len(weightBytes); i += 4 {
			ws = append(ws, new(uint256.Int).SetBytes(weightBytes[i:i+4]))
		}
		fee := new(uint256.Int).SetBytes(feeBytes)
		s, err := SplitFee(fee, p, ws)
		if err != nil {
			t.Fatal(err)
		}
		if !s.Total().Eq(fee) {
			t.Fatalf("parts %v != fee %v", s.Total(), fee)
		}
	})
}

// FuzzFee: the fee equals the exact rational formula, or overflow is reported
// exactly when the true value exceeds 256 bits.
func FuzzFee(f *testing.F) {
	f.Add(uint64(1), uint64(1), []byte{1}, []byte{1}, []byte{0})
	f.Fuzz(func(t *testing.T, in, out uint64, ri, ro, pf []byte) {
		clip := func(b []byte) *uint256.Int {
			if len(b) > 32 {
				b = b[:32]
			}
			return new(uint256.Int).SetBytes(b)
		}
		rateIn, rateOut, platform := clip(ri), clip(ro), clip(pf)
		ceil := func(tokens uint64, rate *uint256.Int) *big.Int {
			v := new(big.Int).Mul(new(big.Int).SetUint64(tokens), rate.ToBig())
			v.Add(v, big.NewInt(999))
			return v.Quo(v, big.NewInt(1_000))
		}
		want := ceil(in, rateIn)
		want.Add(want, ceil(out, rateOut)).Add(want, platform.ToBig())
		got, err := Fee(in, out, rateIn, rateOut, platform)
		if want.BitLen() > 256 {
			if err == nil {
				t.Fatalf("fee %v does not fit but no error", want)
			}
			return
		}
		// An intermediate product may overflow even when the fee fits.
		if err != nil {
			prodIn := new(big.Int).Mul(new(big.Int).SetUint64(in), rateIn.ToBig())
			prodOut := new(big.Int).Mul(new(big.Int).SetUint64(out), rateOut.ToBig())
			if prodIn.BitLen() <= 256 && prodOut.BitLen() <= 256 {
				t.Fatalf("spurious error %v", err)
			}
			return
		}
		if got.ToBig().Cmp(want) != 0 {
			t.Fatalf("fee %v, want %v", got, want)
		}
	})
}

func BenchmarkSplitFee(b *testing.B) {
	ws := make([]*uint256.Int, 16)
	for i := range ws {
		ws[i] = u(uint64(i*7919 + 1))
	}
	fee := new(uint256.Int).Mul(u(123_456_789), u(1_000_000_007))
	b.ReportAllocs()
	for b.Loop() {
		s, err := SplitFee(fee, defaults, ws)
		if err != nil || !s.Total().Eq(fee) {
			b.Fatal("bad split")
		}
	}
}
