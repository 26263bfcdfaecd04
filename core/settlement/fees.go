package settlement

import (
	"errors"
	"fmt"

	"github.com/holiman/uint256"
)

// BpsDenominator is what the basis points of a split add up to.
const BpsDenominator = 10_000

// TokensPerRateUnit is the number of tokens a model's rate is quoted for.
const TokensPerRateUnit = 1_000

var (
	// ErrFeeOverflow is returned when a fee or a sum of weights does not fit 256 bits.
	ErrFeeOverflow = errors.New("fee arithmetic overflows 256 bits")
	// ErrBadFeeParams is returned by FeeParams.Verify for basis points over 10,000.
	ErrBadFeeParams = errors.New("bad fee parameters")
)

var (
	tokensPerUnit = uint256.NewInt(TokensPerRateUnit)
	bpsDenom      = uint256.NewInt(BpsDenominator)
)

// FeeParams are the governance parameters of the split.
type FeeParams struct {
	// PlatformFee is added to every fee, in wei.
	PlatformFee *uint256.Int
	// BurnBps is burned; OwnerBps goes to the model owner; OperatorBps to the
	// serving operator. The rest, ContributorBps(), goes to data contributors.
	BurnBps, OwnerBps, OperatorBps uint64
}

// ContributorBps is the contributors' share: 10,000 minus the other three.
func (p FeeParams) ContributorBps() uint64 {
	return BpsDenominator - p.BurnBps - p.OwnerBps - p.OperatorBps
}

// Verify checks that the three named shares add up to at most 10,000 basis
// points and that the platform fee is set.
func (p FeeParams) Verify() error {
	if p.PlatformFee == nil {
		return fmt.Errorf("%w: platform fee unset", ErrBadFeeParams)
	}
	if p.BurnBps > BpsDenominator || p.OwnerBps > BpsDenominator || p.OperatorBps > BpsDenominator ||
		p.BurnBps+p.OwnerBps+p.OperatorBps > BpsDenominator {
		return fmt.Errorf("%w: burn %d + owner %d + operator %d bps exceed %d",
			ErrBadFeeParams, p.BurnBps, p.OwnerBps, p.OperatorBps, BpsDenominator)
	}
	return nil
}

// TokenFee is ceil(tokens·rate/1000), the price of `tokens` tokens at `rate`
// wei per 1,000 tokens.
func TokenFee(tokens uint64, rate *uint256.Int) (*uint256.Int, error) {
	prod, overflow := new(uint256.Int).MulOverflow(uint256.NewInt(tokens), rate)
	if overflow {
		return nil, fmt.Errorf("%w: %d tokens at rate %s", ErrFeeOverflow, tokens, rate)
	}
	q, r := new(uint256.Int), new(uint256.Int)
	q.DivMod(prod, tokensPerUnit, r)
	if !r.IsZero() {
		q.AddUint64(q, 1) // cannot overflow: q ≤ (2^256-1)/1000
	}
	return q, nil
}

// Fee is the fee of an inference of tokensIn input and tokensOut output
// tokens at the model's rates, plus the platform fee.
func Fee(tokensIn, tokensOut uint64, rateIn, rateOut, platformFee *uint256.Int) (*uint256.Int, error) {
	in, err := TokenFee(tokensIn, rateIn)
	if err != nil {
		return nil, err
	}
	out, err := TokenFee(tokensOut, rateOut)
	if err != nil {
		return nil, err
	}
	sum, o1 := new(uint256.Int).AddOverflow(in, out)
	sum, o2 := sum.AddOverflow(sum, platformFee)
	if o1 || o2 {
		return nil, fmt.Errorf("%w: fee sum", ErrFeeOverflow)
	}
	return sum, nil
}

// Split is how one fee is divided.
type Split struct {
	// Burn is removed from circulation: the burn share plus all rounding dust
	// (and the contributor pool when no weight is positive).
	Burn *uint256.Int
	// Owner goes to the model owner.
	Owner *uint256.Int
	// Operator goes to the serving operator.
	Operator *uint256.Int
	// Contributors[i] goes to the contributor of weights[i]; zero for a
	// non-positive weight.
	Contributors []*uint256.Int
}

// Total is the sum of every part; it equals the fee that was split.
func (s Split) Total() *uint256.Int {
	t := new(uint256.Int).Add(s.Burn, s.Owner)
	t.Add(t, s.Operator)
	for _, c := range s.Contributors {
		t.Add(t, c)
	}
	return t
}

// bpsOf is floor(v·bps/10,000) with a 512-bit intermediate.
func bpsOf(v *uint256.Int, bps uint64) *uint256.Int {
	out, _ := new(uint256.Int).MulDivOverflow(v, uint256.NewInt(bps), bpsDenom)
	return out // bps ≤ 10,000 so the result ≤ v and never overflows
}

// SumWeights adds the positive weights (uint256 has no negatives: the
// non-zero ones), failing on overflow.
func SumWeights(weights []*uint256.Int) (*uint256.Int, error) {
	sum := new(uint256.Int)
	for i, w := range weights {
		var overflow bool
		if _, overflow = sum.AddOverflow(sum, w); overflow {
			return nil, fmt.Errorf("%w: sum of weights at index %d", ErrFeeOverflow, i)
		}
	}
	return sum, nil
}

// SplitFee divides fee by p among burn, owner, operator and the contributors
// of weights. p must satisfy Verify. It fails only when the weights' sum
// overflows 256 bits.
func SplitFee(fee *uint256.Int, p FeeParams, weights []*uint256.Int) (Split, error) {
	total, err := SumWeights(weights)
	if err != nil {
		return Split{}, err
	}
	s := Split{
		Owner:        bpsOf(fee, p.OwnerBps),
		Operator:     bpsOf(fee, p.OperatorBps),
		Contributors: make([]*uint256.Int, len(weights)),
	}
	pool := bpsOf(fee, p.ContributorBps())
	paid := new(uint256.Int)
	for i, w := range weights {
		share := new(uint256.Int)
		if !w.IsZero() {
			share.MulDivOverflow(pool, w, total) // ≤ pool: w ≤ total
		}
		s.Contributors[i] = share
		paid.Add(paid, share)
	}
	// burn = fee − owner − operator − paid: the burn share, the dust of the
	// four floors, and whatever of the pool no weight took. The parts are
	// floors of disjoint shares of fee, so this never underflows.
	s.Burn = new(uint256.Int).Sub(fee, s.Owner)
	s.Burn.Sub(s.Burn, s.Operator)
	s.Burn.Sub(s.Burn, paid)
	return s, nil
}
