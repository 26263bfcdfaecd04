package payments

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/eigenda/v2/pb/disperserpb"
)

var (
	// ErrNoCapacity is returned when neither the reservation nor on-demand
	// payment can pay for a dispersal now.
	ErrNoCapacity = errors.New("no reservation capacity or on-demand funds for the dispersal")
	// ErrQuorum is returned when a payment method does not cover a quorum.
	ErrQuorum = errors.New("quorum not covered by the payment method")
	// ErrReservationInactive is returned outside a reservation's period.
	ErrReservationInactive = errors.New("reservation not active")
)

// OnDemandQuorums are the only quorums on-demand payments cover.
var OnDemandQuorums = []byte{0, 1}

// Mode says which payment methods a client uses.
type Mode int

// Payment modes.
const (
	// ReservationThenOnDemand pays by reservation when it has capacity, on
	// demand otherwise.
	ReservationThenOnDemand Mode = iota
	// ReservationOnly never pays on demand.
	ReservationOnly
	// OnDemandOnly never uses a reservation.
	OnDemandOnly
)

// ParseMode parses "reservation-and-on-demand", "reservation" or "on-demand".
func ParseMode(s string) (Mode, error) {
	switch s {
	case "reservation-and-on-demand", "":
		return ReservationThenOnDemand, nil
	case "reservation":
		return ReservationOnly, nil
	case "on-demand":
		return OnDemandOnly, nil
	}
	return 0, fmt.Errorf("unknown payment mode %q (reservation-and-on-demand, reservation, on-demand)", s)
}

// Reservation is an account's reserved bandwidth.
type Reservation struct {
	SymbolsPerSecond uint64
	Start, End       time.Time
	Quorums          []byte
}

// Active reports whether t is within the reservation's period.
func (r *Reservation) Active(t time.Time) bool {
	return r != nil && r.SymbolsPerSecond > 0 && !t.Before(r.Start) && t.Before(r.End)
}

// Covers reports whether the reservation pays for all the quorums.
func (r *Reservation) Covers(quorums []byte) bool {
	for _, q := range quorums {
		if !slices.Contains(r.Quorums, q) {
			return false
		}
	}
	return true
}

// Params are the payment vault's global parameters.
type Params struct {
	MinNumSymbols     uint64
	PricePerSymbol    uint64
	ReservationWindow time.Duration
}

// State is an account's payment state as a disperser reports it.
type State struct {
	Params      Params
	Reservation *Reservation
	// CumulativePayment is the last on-demand cumulative payment the
	// disperser accepted; Deposits is what the account deposited on chain.
	CumulativePayment *big.Int
	Deposits          *big.Int
}

// StateFromProto parses a GetPaymentState reply.
func StateFromProto(r *disperserpb.GetPaymentStateReply) (*State, error) {
	s := &State{CumulativePayment: new(big.Int).SetBytes(r.GetCumulativePayment()),
		Deposits: new(big.Int).SetBytes(r.GetOnchainCumulativePayment())}
	if p := r.GetPaymentGlobalParams(); p != nil {
		s.Params = Params{MinNumSymbols: p.GetMinNumSymbols(), PricePerSymbol: p.GetPricePerSymbol(),
			ReservationWindow: time.Duration(p.GetReservationWindow()) * time.Second}
	}
	if res := r.GetReservation(); res != nil && res.GetSymbolsPerSecond() > 0 {
		qs := make([]byte, 0, len(res.GetQuorumNumbers()))
		for _, q := range res.GetQuorumNumbers() {
			if q > 255 {
				return nil, fmt.Errorf("reservation quorum %d out of range", q)
			}
			qs = append(qs, byte(q))
		}
		s.Reservation = &Reservation{SymbolsPerSecond: res.GetSymbolsPerSecond(),
			Start: time.Unix(int64(res.GetStartTimestamp()), 0), End: time.Unix(int64(res.GetEndTimestamp()), 0), Quorums: qs}
	}
	return s, nil
}

// ToProto writes the state as a GetPaymentState reply.
func (s *State) ToProto() *disperserpb.GetPaymentStateReply {
	r := &disperserpb.GetPaymentStateReply{
		PaymentGlobalParams: &disperserpb.PaymentGlobalParams{
			MinNumSymbols: s.Params.MinNumSymbols, PricePerSymbol: s.Params.PricePerSymbol,
			ReservationWindow: uint64(s.Params.ReservationWindow / time.Second), OnDemandQuorumNumbers: []uint32{0, 1},
		},
		CumulativePayment:        s.CumulativePayment.Bytes(),
		OnchainCumulativePayment: s.Deposits.Bytes(),
	}
	if res := s.Reservation; res != nil {
		qs := make([]uint32, len(res.Quorums))
		for i, q := range res.Quorums {
			qs[i] = uint32(q)
		}
		r.Reservation = &disperserpb.Reservation{SymbolsPerSecond: res.SymbolsPerSecond,
			StartTimestamp: uint32(res.Start.Unix()), EndTimestamp: uint32(res.End.Unix()), QuorumNumbers: qs}
	}
	return r
}

// BillableSymbols is what a dispersal of symbols is charged for.
func BillableSymbols(symbols uint32, minNumSymbols uint64) uint64 {
	return max(uint64(symbols), minNumSymbols)
}

// Cost is the on-demand price of a dispersal of symbols.
func (p Params) Cost(symbols uint32) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(BillableSymbols(symbols, p.MinNumSymbols)),
		new(big.Int).SetUint64(p.PricePerSymbol))
}

// Bucket is a reservation's leaky bucket.
type Bucket struct {
	rate     float64 // symbols per second
	capacity float64
	level    float64
	last     time.Time
}

// NewBucket returns an empty bucket of the reservation over the window.
func NewBucket(symbolsPerSecond uint64, window time.Duration, now time.Time) *Bucket {
	rate := float64(symbolsPerSecond)
	return &Bucket{rate: rate, capacity: rate * window.Seconds(), last: now}
}

func (b *Bucket) leak(now time.Time) {
	if now.After(b.last) {
		b.level = max(0, b.level-now.Sub(b.last).Seconds()*b.rate)
		b.last = now
	}
}

// Fill adds symbols if they fit, or if the bucket is not full (one overflow is
// permitted); it reports whether they were added.
func (b *Bucket) Fill(now time.Time, symbols uint64) bool {
	b.leak(now)
	n := float64(symbols)
	if b.level+n <= b.capacity || b.level < b.capacity {
		b.level += n
		return true
	}
	return false
}

// Unfill removes symbols (a dispersal that failed).
func (b *Bucket) Unfill(now time.Time, symbols uint64) {
	b.leak(now)
	b.level = max(0, b.level-float64(symbols))
}

// Ledger is a client's running account with one disperser.
type Ledger struct {
	mu      sync.Mutex
	mode    Mode
	state   State
	bucket  *Bucket
	now     func() time.Time
	account common.Address
}

// NewLedger starts a ledger from the disperser's payment state.
func NewLedger(account common.Address, s *State, mode Mode, now func() time.Time) *Ledger {
	if now == nil {
		now = time.Now
	}
	l := &Ledger{mode: mode, state: *s, now: now, account: account}
	l.state.CumulativePayment = new(big.Int).Set(s.CumulativePayment)
	l.state.Deposits = new(big.Int).Set(s.Deposits)
	if s.Reservation != nil {
		l.bucket = NewBucket(s.Reservation.SymbolsPerSecond, s.Params.ReservationWindow, now())
	}
	return l
}

// Charge is how a dispersal is paid: CumulativePayment nil for a reservation.
type Charge struct {
	Timestamp         time.Time
	CumulativePayment *big.Int
	symbols           uint64
}

// Debit pays for a dispersal of symbols to quorums, by reservation when the
// mode allows and it has room, else on demand.
func (l *Ledger) Debit(symbols uint32, quorums []byte) (*Charge, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	billable := BillableSymbols(symbols, l.state.Params.MinNumSymbols)
	var resErr error
	if l.mode != OnDemandOnly {
		res := l.state.Reservation
		switch {
		case !res.Active(now):
			resErr = ErrReservationInactive
		case !res.Covers(quorums):
			resErr = fmt.Errorf("%w: reservation quorums %v, dispersal %v", ErrQuorum, res.Quorums, quorums)
		case l.bucket.Fill(now, billable):
			return &Charge{Timestamp: now, symbols: billable}, nil
		default:
			resErr = fmt.Errorf("%w: reservation bucket full", ErrNoCapacity)
		}
		if l.mode == ReservationOnly {
			return nil, resErr
		}
	}
	for _, q := range quorums {
		if !slices.Contains(OnDemandQuorums, q) {
			return nil, errors.Join(resErr, fmt.Errorf("%w: on-demand payments cover quorums 0 and 1, not %d", ErrQuorum, q))
		}
	}
	next := new(big.Int).Add(l.state.CumulativePayment, l.state.Params.Cost(symbols))
	if next.Cmp(l.state.Deposits) > 0 || l.state.Params.PricePerSymbol == 0 {
		return nil, errors.Join(resErr, fmt.Errorf("%w: on-demand payment would reach %v wei of %v deposited", ErrNoCapacity, next, l.state.Deposits))
	}
	l.state.CumulativePayment = next
	return &Charge{Timestamp: now, CumulativePayment: new(big.Int).Set(next), symbols: billable}, nil
}

// Revert undoes a charge whose dispersal the disperser refused.
func (l *Ledger) Revert(c *Charge) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if c.CumulativePayment == nil {
		if l.bucket != nil {
			l.bucket.Unfill(l.now(), c.symbols)
		}
		return
	}
	// Only the latest on-demand charge can be undone: later ones built on it.
	if c.CumulativePayment.Cmp(l.state.CumulativePayment) == 0 {
		cost := new(big.Int).Mul(new(big.Int).SetUint64(c.symbols), new(big.Int).SetUint64(l.state.Params.PricePerSymbol))
		l.state.CumulativePayment.Sub(l.state.CumulativePayment, cost)
	}
}

// CumulativePayment returns the ledger's on-demand cumulative payment.
func (l *Ledger) CumulativePayment() *big.Int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return new(big.Int).Set(l.state.CumulativePayment)
}

// PaymentStateRequestHash is what a GetPaymentState request is signed over:
// sha256(keccak256(uint32 len(account) ‖ account ‖ uint64 timestamp)), all big
// endian.
func PaymentStateRequestHash(account common.Address, timestampNanos uint64) [32]byte {
	buf := binary.BigEndian.AppendUint32(nil, uint32(len(account)))
	buf = append(buf, account.Bytes()...)
	buf = binary.BigEndian.AppendUint64(buf, timestampNanos)
	return sha256.Sum256(crypto.Keccak256(buf))
}

// AnchorDomain is the domain separator of dispersal anchor signatures.
const AnchorDomain = "disperser.DisperseBlobRequest"

// AnchorHash is what a dispersal's anchor signature signs: keccak256(domain ‖
// 32-byte chain id ‖ uint32 disperser id ‖ blob key), binding the request to
// one chain and one disperser.
func AnchorHash(chainID *big.Int, disperserID uint32, blobKey [32]byte) [32]byte {
	id := make([]byte, 32)
	chainID.FillBytes(id)
	buf := append([]byte(AnchorDomain), id...)
	buf = binary.BigEndian.AppendUint32(buf, disperserID)
	buf = append(buf, blobKey[:]...)
	return crypto.Keccak256Hash(buf)
}
