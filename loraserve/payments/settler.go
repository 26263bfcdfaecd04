// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/settlement"
)

var (
	// ErrAlreadyStopped is returned by Stop after the first call.
	ErrAlreadyStopped = errors.New("settler already stopped")
	// ErrAlreadyStarted is returned by a second Start.
	ErrAlreadyStarted = errors.New("settler already started")
	// ErrReverted is returned for a settle transaction that was mined but failed.
	ErrReverted = errors.New("settle transaction reverted")
	// ErrNotMined is returned when a settle transaction was not mined after
	// every resend.
	ErrNotMined = errors.New("settle transaction not mined")
)

// SettlerConfig configures a Settler.
type SettlerConfig struct {
	// Key signs settle transactions; its account must be a settler.
	Key *ecdsa.PrivateKey
	// ChainID is the chain the transactions are for.
	ChainID *big.Int
	// BatchSize is the most receipts per transaction.
	BatchSize int
	// MaxTxBytes bounds a settle transaction's calldata: a round takes the
	// oldest receipts that fit (the transaction pool refuses transactions
	// over 128 KiB; a receipt is 672 bytes plus 64 per contribution).
	MaxTxBytes int
	// Interval is the time between settlement rounds.
	Interval time.Duration
	// ConfirmTimeout is how long a sent transaction may stay unmined before
	// it is re-sent with bumped fees.
	ConfirmTimeout time.Duration
	// Resends is how often one transaction is re-sent before the round fails.
	Resends int
	// MaxBackoff caps the wait after failing rounds.
	MaxBackoff time.Duration
	// GasMarginPct is added to the gas estimate, in percent.
	GasMarginPct uint64
}

// DefaultMaxTxBytes is the default calldata bound of a settle transaction:
// 120 KiB, under the transaction pool's 128 KiB with room for the rest of
// the transaction.
const DefaultMaxTxBytes = 120 << 10

// DefaultSettlerConfig returns the defaults for key on chainID.
func DefaultSettlerConfig(key *ecdsa.PrivateKey, chainID *big.Int) SettlerConfig {
	return SettlerConfig{Key: key, ChainID: chainID, BatchSize: 100, MaxTxBytes: DefaultMaxTxBytes, Interval: 2 * time.Second,
		ConfirmTimeout: 30 * time.Second, Resends: 3, MaxBackoff: time.Minute, GasMarginPct: 25}
}

// Check validates the config.
func (c SettlerConfig) Check() error {
	switch {
	case c.Key == nil:
		return errors.New("settler: no key")
	case c.ChainID == nil:
		return errors.New("settler: no chain id")
	case c.BatchSize <= 0 || c.BatchSize > bindings.SettlementMaxBatch:
		return fmt.Errorf("settler: batch size %d outside 1..%d", c.BatchSize, bindings.SettlementMaxBatch)
	case c.MaxTxBytes < settleCalldataSize(MaxContributions):
		return fmt.Errorf("settler: max tx bytes %d below one receipt of %d contributions (%d bytes)", c.MaxTxBytes,
			MaxContributions, settleCalldataSize(MaxContributions))
	case c.Interval <= 0 || c.ConfirmTimeout <= 0 || c.MaxBackoff <= 0:
		return errors.New("settler: intervals must be positive")
	}
	return nil
}

// Settler sends queued receipts to the chain in batches.
type Settler struct {
	cfg     SettlerConfig
	b       Backend
	chain   *Chain
	q       *Queue
	log     log.Logger
	m       Metricer
	from    common.Address
	kick    chan struct{}
	cancel  context.CancelFunc
	done    chan struct{}
	started atomic.Bool
	stopped atomic.Bool
	mu      sync.Mutex
	lastErr error
	// inflight is the latest transaction sent and not known mined: a later
	// round re-sends at its nonce (with higher fees) instead of queueing a
	// second transaction behind it.
	inflight *inflightTx
	// mined are the outcomes of queued receipts in mined settle
	// transactions, kept until their block is safe (only the loop goroutine
	// touches it).
	mined map[common.Hash]minedOutcome
	// waiting is how many queued receipts the latest round left waiting for
	// a safe block.
	waiting int
}

// minedOutcome is what a mined settle transaction did to one receipt.
type minedOutcome struct {
	block     uint64
	blockHash common.Hash
	// reason is the ReceiptRejected reason; "" when it settled.
	reason string
}

type inflightTx struct {
	nonce       uint64
	tip, feeCap *big.Int
}

// NewSettler settles q's receipts through b.
func NewSettler(cfg SettlerConfig, b Backend, q *Queue, logger log.Logger, m Metricer) (*Settler, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if m == nil {
		m = NoopMetrics{}
	}
	if logger == nil {
		logger = log.Root()
	}
	return &Settler{cfg: cfg, b: b, chain: NewChain(b), q: q, log: logger, m: m, mined: map[common.Hash]minedOutcome{},
		from: crypto.PubkeyToAddress(cfg.Key.PublicKey), kick: make(chan struct{}, 1), done: make(chan struct{})}, nil
}

// Start runs settlement rounds until Stop.
func (s *Settler) Start(context.Context) error {
	if s.started.Swap(true) {
		return ErrAlreadyStarted
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	go s.loop(ctx)
	return nil
}

// Stop ends the rounds; a transaction in flight is abandoned (its receipts
// stay queued and the next start finds them settled or sends them again).
func (s *Settler) Stop(ctx context.Context) error {
	if s.stopped.Swap(true) {
		return ErrAlreadyStopped
	}
	if !s.started.Load() {
		return nil
	}
	s.cancel()
	select {
	case <-s.done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Stopped reports whether Stop was called.
func (s *Settler) Stopped() bool { return s.stopped.Load() }

// Kick asks for a round now.
func (s *Settler) Kick() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// LastError is the error of the latest round (nil after a good one).
func (s *Settler) LastError() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lastErr
}

func (s *Settler) loop(ctx context.Context) {
	defer close(s.done)
	wait := s.cfg.Interval
	var backoff time.Duration
	for {
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return
		case <-s.kick:
			timer.Stop()
		case <-timer.C:
		}
		err := s.Round(ctx)
		s.mu.Lock()
		s.lastErr = err
		s.mu.Unlock()
		s.m.Queued(s.q.Len())
		switch {
		case err != nil && ctx.Err() != nil:
			return
		case err != nil:
			backoff = min(max(2*backoff, s.cfg.Interval), s.cfg.MaxBackoff)
			s.log.Warn("settlement round failed", "err", err, "retry_in", backoff)
			wait = backoff
		case s.q.Len()-s.waiting >= s.cfg.BatchSize:
			backoff, wait = 0, 0
		default:
			backoff, wait = 0, s.cfg.Interval
		}
	}
}

// Round settles up to BatchSize queued receipts and retires those whose
// fate is final. A receipt leaves the queue only once the block that
// settled it is safe (Chain.SafeHead), checked in the chain's state at that
// block (receiptOfNonce names it), and a rejection only once the block of
// the transaction that rejected it is safe and still canonical; until then
// it is kept and not sent again, and a receipt whose settle transaction was
// reorged out is sent again. The rest, up to BatchSize, go in one settle
// transaction. Receipts stay queued when it fails.
func (s *Settler) Round(ctx context.Context) error {
	safe, err := s.chain.SafeHead(ctx)
	if err != nil {
		return err
	}
	items := s.q.Pending(s.cfg.BatchSize + s.waiting)
	var send []*Item
	waiting := 0
	for _, it := range items {
		if len(send) == s.cfg.BatchSize {
			break
		}
		next, err := s.resolve(ctx, safe, it)
		if err != nil {
			return err
		}
		switch next {
		case stepWait:
			waiting++
		case stepSend:
			send = append(send, it)
		}
	}
	s.waiting = waiting
	send = s.fitBytes(send)
	for len(send) > 0 {
		data, gas, err := s.estimate(ctx, send)
		if err == nil {
			rcpt, err := s.send(ctx, len(send), data, gas)
			if err != nil {
				return err
			}
			if err := s.apply(rcpt, send); err != nil {
				return err
			}
			return s.retireMined(ctx, send)
		}
		if !refused(err) {
			return err
		}
		if send, err = s.isolate(ctx, send, err); err != nil {
			return err
		}
	}
	return nil
}

// step is what a round does with a queued receipt.
type step int

const (
	stepDone step = iota // settled or rejected for good: left the queue
	stepWait             // settled or rejected in a block that is not safe yet
	stepSend             // not on chain: send it
)

// resolve retires it when its fate is final at the safe head safe, and
// otherwise says whether to wait or to send it.
func (s *Settler) resolve(ctx context.Context, safe *types.Header, it *Item) (step, error) {
	vh, id := it.VoucherHash(), it.receipt.ID()
	atSafe, err := s.chain.ReceiptOfNonceAt(ctx, it.voucher.Payer, it.voucher.Nonce, safe.Number)
	if err != nil {
		return 0, err
	}
	switch {
	case atSafe == id:
		_, ours := s.mined[vh]
		delete(s.mined, vh)
		if err := s.q.Done(vh); err != nil {
			return 0, err
		}
		s.m.Settled(1, !ours)
		return stepDone, nil
	case atSafe != (common.Hash{}):
		delete(s.mined, vh)
		if err := s.q.Reject(vh, "nonce used by receipt "+atSafe.Hex()); err != nil {
			return 0, err
		}
		s.m.Rejected(1)
		return stepDone, nil
	}
	if o, ok := s.mined[vh]; ok && o.reason != "" {
		if o.block > safe.Number.Uint64() {
			return stepWait, nil
		}
		h, err := s.b.HeaderByNumber(ctx, new(big.Int).SetUint64(o.block))
		if err != nil {
			return 0, fmt.Errorf("header %d: %w", o.block, err)
		}
		if h.Hash() == o.blockHash {
			delete(s.mined, vh)
			s.log.Warn("receipt rejected", "voucher", vh, "reason", o.reason, "block", o.block)
			if err := s.q.Reject(vh, o.reason); err != nil {
				return 0, err
			}
			s.m.Rejected(1)
			return stepDone, nil
		}
		s.log.Warn("settle transaction's block left the chain", "voucher", vh, "block", o.block, "hash", o.blockHash)
	}
	atHead, err := s.chain.ReceiptOfNonce(ctx, it.voucher.Payer, it.voucher.Nonce)
	if err != nil {
		return 0, err
	}
	if atHead != (common.Hash{}) {
		return stepWait, nil // used in a block that is not safe yet
	}
	delete(s.mined, vh) // a settlement that was reorged out
	return stepSend, nil
}

// retireMined resolves the receipts of a just mined transaction against a
// fresh safe head (on a chain whose safe head is its head, they leave the
// queue in the round that settled them).
func (s *Settler) retireMined(ctx context.Context, items []*Item) error {
	safe, err := s.chain.SafeHead(ctx)
	if err != nil {
		return err
	}
	for _, it := range items {
		next, err := s.resolve(ctx, safe, it)
		if err != nil {
			return err
		}
		if next == stepWait {
			s.waiting++
		}
	}
	return nil
}

func (s *Settler) pack(items []*Item) ([]byte, error) {
	rs := make([]*settlement.Receipt, len(items))
	vs := make([]*settlement.Voucher, len(items))
	sigs := make([][]byte, len(items))
	for i, it := range items {
		rs[i], vs[i], sigs[i] = it.receipt, it.voucher, it.Voucher.Signature
	}
	return packSettle(rs, vs, sigs)
}

// packSettle encodes ISettlement.settle(receipts, vouchers, signatures).
func packSettle(rs []*settlement.Receipt, vs []*settlement.Voucher, sigs [][]byte) ([]byte, error) {
	receipts := make([]bindings.ISettlementReceipt, len(rs))
	for i, r := range rs {
		cs := make([]bindings.ISettlementContribution, len(r.Contributions))
		for j, c := range r.Contributions {
			cs[j] = bindings.ISettlementContribution{ContributionId: c.ID.ToBig(), Weight: c.Weight.ToBig()}
		}
		receipts[i] = bindings.ISettlementReceipt{VoucherHash: r.VoucherHash, ModelId: r.ModelID.ToBig(), TokensIn: r.TokensIn,
			TokensOut: r.TokensOut, Fee: r.Fee.ToBig(), OutputHash: r.OutputHash, Contributions: cs, ProofRoot: r.ProofRoot}
	}
	vouchers := make([]bindings.ISettlementVoucher, len(vs))
	for i, v := range vs {
		vouchers[i] = bindings.ISettlementVoucher{Payer: v.Payer, Operator: v.Operator, ModelId: v.ModelID.ToBig(),
			ModelVersion: v.ModelVersion, RateIn: v.RateIn.ToBig(), RateOut: v.RateOut.ToBig(), MaxFee: v.MaxFee.ToBig(),
			Nonce: v.Nonce.ToBig(), Deadline: v.Deadline, RequestHash: v.RequestHash}
	}
	return settlementABI.TryPackSettle(receipts, vouchers, sigs)
}

// settleCalldataSize is the calldata size of a settle call of receipts
// with the given numbers of contributions.
func settleCalldataSize(contribs ...int) int {
	n := 4 + 3*32 + 3*32 // selector, three array offsets, three array lengths
	for _, c := range contribs {
		n += settleItemSize + 64*c
	}
	return n
}

// settleItemSize is what one receipt adds to a settle call besides its
// contributions: the receipt (array offset, eight head words, contributions
// length), the voucher (ten words) and the signature (array offset, length,
// 65 bytes padded to 96).
const settleItemSize = 32 + 8*32 + 32 + 10*32 + 32 + 32 + 96

// fitBytes returns the longest prefix of items whose settle call fits
// MaxTxBytes (Check makes one receipt always fit).
func (s *Settler) fitBytes(items []*Item) []*Item {
	counts := make([]int, 0, len(items))
	for i, it := range items {
		counts = append(counts, len(it.receipt.Contributions))
		if i > 0 && settleCalldataSize(counts...) > s.cfg.MaxTxBytes {
			return items[:i]
		}
	}
	return items
}

// estimate packs the settle call of items and estimates its gas (with the
// margin).
func (s *Settler) estimate(ctx context.Context, items []*Item) ([]byte, uint64, error) {
	data, err := s.pack(items)
	if err != nil {
		return nil, 0, err
	}
	to := addresses.Settlement
	gas, err := s.b.EstimateGas(ctx, ethereum.CallMsg{From: s.from, To: &to, Data: data})
	if err != nil {
		if reason := revertReason(err); reason != "" {
			return nil, 0, fmt.Errorf("estimate settle gas: %w: %s", err, reason)
		}
		return nil, 0, fmt.Errorf("estimate settle gas: %w", err)
	}
	return data, gas + gas*s.cfg.GasMarginPct/100, nil
}

// refused reports whether a gas estimate failed because the chain refuses
// the call (it reverts, or needs more gas than a block has) rather than
// because the node could not be reached.
func refused(err error) bool {
	var de rpc.DataError
	if errors.As(err, &de) {
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "execution reverted") || strings.Contains(msg, "gas required exceeds")
}

// revertReason decodes the settlement precompile's error from the revert
// data of a failed call ("" when there is none).
func revertReason(err error) string {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return ""
	}
	hex, ok := de.ErrorData().(string)
	if !ok {
		return ""
	}
	data, derr := hexutil.Decode(hex)
	if derr != nil || len(data) < 4 {
		return ""
	}
	e, derr := settlementABI.UnpackError(data)
	if derr != nil {
		return hex
	}
	if ia, ok := e.(*bindings.ISettlementInvalidArgument); ok {
		return "InvalidArgument: " + ia.Reason
	}
	return fmt.Sprintf("%T%+v", e, e)
}

// isolate handles a batch the chain refused (with err) by halving it: it
// finds a receipt the chain refuses on its own and quarantines it (with a
// log and a metric), returning the batch without it; when both halves are
// accepted on their own, it returns the first half.
func (s *Settler) isolate(ctx context.Context, batch []*Item, err error) ([]*Item, error) {
	items := batch
	for len(items) > 1 {
		first, second := items[:len(items)/2], items[len(items)/2:]
		_, _, ferr := s.estimate(ctx, first)
		switch {
		case ferr != nil && !refused(ferr):
			return nil, ferr
		case ferr != nil:
			items, err = first, ferr
			continue
		}
		_, _, serr := s.estimate(ctx, second)
		switch {
		case serr != nil && !refused(serr):
			return nil, serr
		case serr != nil:
			items, err = second, serr
		default:
			s.log.Info("settle batch split", "receipts", len(batch), "sending", len(first))
			return first, nil
		}
	}
	bad := items[0]
	vh := bad.VoucherHash()
	s.log.Error("receipt quarantined: a settle call with it reverts", "voucher", vh, "receipt", bad.Receipt.ID,
		"payer", bad.voucher.Payer, "nonce", bad.voucher.Nonce, "contributions", len(bad.receipt.Contributions), "err", err)
	if qerr := s.q.Quarantine(vh, err.Error()); qerr != nil {
		return nil, qerr
	}
	s.m.Quarantined(1)
	rest := make([]*Item, 0, len(batch)-1)
	for _, it := range batch {
		if it != bad {
			rest = append(rest, it)
		}
	}
	return rest, nil
}

// send signs and sends one settle transaction of n receipts (calldata
// data, gas limit gas) and waits for its receipt, re-sending at the same
// nonce with fees bumped by a quarter when it is not mined within
// ConfirmTimeout.
func (s *Settler) send(ctx context.Context, n int, data []byte, gas uint64) (*types.Receipt, error) {
	to := addresses.Settlement
	nonce, err := s.b.PendingNonceAt(ctx, s.from)
	if err != nil {
		return nil, fmt.Errorf("settler nonce: %w", err)
	}
	tip, err := s.b.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("gas tip: %w", err)
	}
	head, err := s.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("head header: %w", err)
	}
	baseFee := head.BaseFee
	if baseFee == nil {
		baseFee = new(big.Int)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(baseFee, big.NewInt(2)), tip)
	if in := s.inflight; in != nil {
		mined, err := s.b.NonceAt(ctx, s.from, nil)
		if err != nil {
			return nil, fmt.Errorf("settler nonce: %w", err)
		}
		if mined <= in.nonce { // still pending: replace it
			nonce = in.nonce
			tip, feeCap = maxBig(tip, bump(in.tip)), maxBig(feeCap, bump(in.feeCap))
		}
	}
	signer := types.LatestSignerForChainID(s.cfg.ChainID)
	var hashes []common.Hash
	for attempt := 0; attempt <= s.cfg.Resends; attempt++ {
		tx, err := types.SignNewTx(s.cfg.Key, signer, &types.DynamicFeeTx{ChainID: s.cfg.ChainID, Nonce: nonce,
			GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &to, Data: data})
		if err != nil {
			return nil, err
		}
		if err := s.b.SendTransaction(ctx, tx); err != nil {
			// A previous attempt may have been mined meanwhile: look for it.
			if r := s.findReceipt(ctx, hashes); r != nil {
				s.inflight = nil
				return r, nil
			}
			s.m.Tx("failed")
			return nil, fmt.Errorf("send settle transaction: %w", err)
		}
		hashes = append(hashes, tx.Hash())
		s.inflight = &inflightTx{nonce: nonce, tip: tip, feeCap: feeCap}
		s.log.Info("settle transaction sent", "tx", tx.Hash(), "receipts", n, "nonce", nonce, "gas", gas, "attempt", attempt)
		if r, err := s.wait(ctx, hashes); r != nil || err != nil {
			if r != nil {
				s.inflight = nil
			}
			return r, err
		}
		s.m.Tx("resent")
		tip, feeCap = bump(tip), bump(feeCap)
	}
	s.m.Tx("failed")
	return nil, fmt.Errorf("%w after %d resends (nonce %d)", ErrNotMined, s.cfg.Resends, nonce)
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// bump is v plus a quarter plus one wei: above the pool's 10 % replacement
// threshold at any price.
func bump(v *big.Int) *big.Int {
	q := new(big.Int).Quo(v, big.NewInt(4))
	return q.Add(q, v).Add(q, big.NewInt(1))
}

func (s *Settler) findReceipt(ctx context.Context, hashes []common.Hash) *types.Receipt {
	for _, h := range hashes {
		if r, err := s.b.TransactionReceipt(ctx, h); err == nil && r != nil {
			return r
		}
	}
	return nil
}

// wait polls for a receipt of any of hashes until ConfirmTimeout; it returns
// (nil, nil) on timeout.
func (s *Settler) wait(ctx context.Context, hashes []common.Hash) (*types.Receipt, error) {
	deadline := time.Now().Add(s.cfg.ConfirmTimeout)
	poll := min(s.cfg.ConfirmTimeout/20, 500*time.Millisecond)
	for {
		if r := s.findReceipt(ctx, hashes); r != nil {
			return r, nil
		}
		if time.Now().After(deadline) {
			return nil, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(poll):
		}
	}
}

// apply records what the transaction's logs did to each item; the items
// leave the queue once its block is safe (resolve).
func (s *Settler) apply(r *types.Receipt, items []*Item) error {
	if r.Status != types.ReceiptStatusSuccessful {
		s.m.Tx("reverted")
		return fmt.Errorf("%w: %s", ErrReverted, r.TxHash)
	}
	s.m.Tx("mined")
	queued := make(map[common.Hash]bool, len(items))
	for _, it := range items {
		queued[it.VoucherHash()] = true
	}
	settled, rejected := 0, 0
	at := minedOutcome{block: r.BlockNumber.Uint64(), blockHash: r.BlockHash}
	for _, l := range r.Logs {
		if l.Address != addresses.Settlement {
			continue
		}
		if ev, err := settlementABI.UnpackReceiptSettledEvent(l); err == nil {
			vh := common.Hash(ev.VoucherHash)
			if queued[vh] {
				s.mined[vh] = at
				delete(queued, vh)
				settled++
			}
			continue
		}
		if ev, err := settlementABI.UnpackReceiptRejectedEvent(l); err == nil {
			vh := common.Hash(ev.VoucherHash)
			if !queued[vh] {
				continue
			}
			delete(queued, vh)
			o := at
			if ev.Reason != bindings.RejectAlreadySettled {
				o.reason = ev.Reason
				rejected++
			} else {
				settled++
			}
			s.mined[vh] = o
		}
	}
	s.log.Info("settle transaction mined", "tx", r.TxHash, "block", r.BlockNumber, "settled", settled, "rejected", rejected, "gas", r.GasUsed)
	return nil
}
