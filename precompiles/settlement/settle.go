package settlement

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/precompiles"
	"github.com/openledger/openledger/precompiles/datanet"
	"github.com/openledger/openledger/precompiles/model"
)

// Batch limits. A call over a limit reverts with InvalidArgument.
const (
	// MaxBatch is the most receipts one settle call carries.
	MaxBatch = 4_096
	// MaxContributions is the most contributions one receipt carries.
	MaxContributions = 256
)

// burnReason tags the balance change of burned fees for tracers: value that
// leaves the supply (op-geth has no reason named for a plain burn).
const burnReason = tracing.BalanceDecreaseSelfdestructBurn

// modelKey names one version of one model.
type modelKey struct{ id, version uint64 }

// modelInfo is what a batch caches of one version of a model.
type modelInfo struct {
	ok     bool // the model and the version exist
	known  bool // the model exists
	record model.Record
	// counts maps each Datanet the version declares to the largest leaf
	// count among its declared versions (Datanet versions are prefixes of
	// the accepted contributions, so the largest covers them all).
	counts map[uint64]uint64
}

// batch accumulates the effects of one settle call; flush writes them.
type batch struct {
	c        *precompiles.Call
	params   settlement.FeeParams
	domain   common.Hash
	models   map[modelKey]*modelInfo
	contribs map[uint64]contribInfo
	escrow   map[common.Address]*uint256.Int // running escrow of each payer seen
	payees   map[common.Address]*uint256.Int // value owed to owners and the operator
	credits  map[common.Address]*uint256.Int // claimable added per contributor
	burned   *uint256.Int
	payers   []common.Address // first-seen order, for deterministic writes
	payeeSeq []common.Address
	credSeq  []common.Address
}

func newBatch(c *precompiles.Call) *batch {
	return &batch{
		c:        c,
		params:   FeeParams(c.State),
		domain:   settlement.DomainSeparator(c.EVM.ChainConfig().ChainID, c.Self),
		models:   map[modelKey]*modelInfo{},
		contribs: map[uint64]contribInfo{},
		escrow:   map[common.Address]*uint256.Int{},
		payees:   map[common.Address]*uint256.Int{},
		credits:  map[common.Address]*uint256.Int{},
		burned:   new(uint256.Int),
	}
}

// model returns version `version` of model id (cached per pair: SettleGas
// charges each distinct pair a voucher names).
func (b *batch) model(id, version uint64) *modelInfo {
	key := modelKey{id, version}
	if m, ok := b.models[key]; ok {
		return m
	}
	m := &modelInfo{}
	b.models[key] = m
	rec, ok := model.RecordOf(b.c.State, id)
	if !ok {
		return m
	}
	m.known, m.record = true, rec
	if version == 0 || version > rec.LatestVersion {
		return m
	}
	m.ok, m.counts = true, map[uint64]uint64{}
	refs, _ := model.DatanetsOf(b.c.State, id, version)
	for _, ref := range refs {
		if _, count, ok := datanet.VersionOf(b.c.State, ref.DatanetID, ref.Version); ok && count > m.counts[ref.DatanetID] {
			m.counts[ref.DatanetID] = count
		}
	}
	return m
}

// contribInfo is what a batch caches of one contribution.
type contribInfo struct {
	ok  bool
	rec datanet.ContributionRecord
}

func (b *batch) contribution(id uint64) contribInfo {
	if ci, ok := b.contribs[id]; ok {
		return ci
	}
	rec, ok := datanet.ContributionOf(b.c.State, id)
	ci := contribInfo{ok: ok, rec: rec}
	b.contribs[id] = ci
	return ci
}

func (b *batch) escrowOf(payer common.Address) *uint256.Int {
	if e, ok := b.escrow[payer]; ok {
		return e
	}
	e := Escrow(b.c.State, payer)
	b.escrow[payer] = e
	b.payers = append(b.payers, payer)
	return e
}

func addTo(m map[common.Address]*uint256.Int, seq *[]common.Address, a common.Address, v *uint256.Int) {
	if v.IsZero() {
		return
	}
	if cur, ok := m[a]; ok {
		cur.Add(cur, v)
		return
	}
	m[a] = new(uint256.Int).Set(v)
	*seq = append(*seq, a)
}

// errReject carries a rejection reason out of check.
type errReject string

func (e errReject) Error() string { return string(e) }

// settled is what check computed for a receipt that passed.
type settled struct {
	id       common.Hash
	payer    common.Address
	nonce    *uint256.Int
	modelID  uint64
	fee      *uint256.Int
	owner    common.Address
	operator common.Address
	split    settlement.Split
	contribs []common.Address // contributor of each weight
}

// check runs every check of settle on one receipt without writing anything,
// and returns its payouts or the reason it is rejected.
func (b *batch) check(r *settlement.Receipt, v *settlement.Voucher, sig []byte, vhash common.Hash) (*settled, error) {
	if r.VoucherHash != vhash {
		return nil, errReject(RejectVoucherHash)
	}
	if !r.ModelID.Eq(v.ModelID) {
		return nil, errReject(RejectModelMismatch)
	}
	signer, err := settlement.Recover(vhash, sig)
	if err != nil {
		return nil, errReject(RejectBadSignature)
	}
	if signer != v.Payer {
		return nil, errReject(RejectWrongSigner)
	}
	// Only the operator the payer named settles (and is paid): another
	// settler cannot take its receipts.
	if v.Operator != b.c.Caller {
		return nil, errReject(RejectWrongOperator)
	}
	id := r.ID()
	if used := ReceiptOfNonce(b.c.State, v.Payer, v.Nonce); used != (common.Hash{}) {
		if used == id {
			return nil, errReject(RejectAlreadySettled)
		}
		return nil, errReject(RejectNonceUsed)
	}
	if v.Deadline < b.c.BlockTime() {
		return nil, errReject(RejectExpired)
	}
	if !r.ModelID.IsUint64() {
		return nil, errReject(RejectUnknownModel)
	}
	modelID := r.ModelID.Uint64()
	m := b.model(modelID, v.ModelVersion)
	if !m.known {
		return nil, errReject(RejectUnknownModel)
	}
	if !m.ok {
		return nil, errReject(RejectUnknownVersion)
	}
	// The payer's terms, not the model's current ones: the owner's later
	// setRates, deprecate or publishVersion does not void the voucher.
	fee, err := settlement.Fee(r.TokensIn, r.TokensOut, v.RateIn, v.RateOut, b.params.PlatformFee)
	if err != nil {
		return nil, errReject(RejectFeeOverflow)
	}
	if !fee.Eq(r.Fee) {
		return nil, errReject(RejectFeeMismatch)
	}
	if fee.Gt(v.MaxFee) {
		return nil, errReject(RejectFeeAboveMax)
	}
	if fee.Gt(b.escrowOf(v.Payer)) {
		return nil, errReject(RejectNoEscrow)
	}
	weights := make([]*uint256.Int, len(r.Contributions))
	contribs := make([]common.Address, len(r.Contributions))
	for i, ct := range r.Contributions {
		if i > 0 && !r.Contributions[i-1].ID.Lt(ct.ID) {
			return nil, errReject(RejectNotAscending)
		}
		if !ct.ID.IsUint64() {
			return nil, errReject(RejectUnknownContrib)
		}
		ci := b.contribution(ct.ID.Uint64())
		if !ci.ok {
			return nil, errReject(RejectUnknownContrib)
		}
		rec := ci.rec
		count, declared := m.counts[rec.DatanetID]
		if !declared || rec.Status != datanet.StatusAccepted || rec.AcceptedIndex >= count {
			return nil, errReject(RejectNotInProvenance)
		}
		weights[i], contribs[i] = ct.Weight, rec.Contributor
	}
	split, err := settlement.SplitFee(fee, b.params, weights)
	if err != nil {
		return nil, errReject(RejectWeightsOverflow)
	}
	return &settled{id: id, payer: v.Payer, nonce: v.Nonce, modelID: modelID, fee: fee, owner: m.record.Owner,
		operator: v.Operator, split: split, contribs: contribs}, nil
}

// apply records a checked receipt: its nonce and record are written now and
// its ReceiptSettled log emitted; the money moves in memory until flush.
func (b *batch) apply(s *settled, vhash common.Hash) error {
	nonceSlot(s.payer, s.nonce).Set(b.c.State, s.id)
	e := b.escrowOf(s.payer)
	e.Sub(e, s.fee)
	addTo(b.payees, &b.payeeSeq, s.owner, s.split.Owner)
	addTo(b.payees, &b.payeeSeq, s.operator, s.split.Operator)
	for i, a := range s.contribs {
		addTo(b.credits, &b.credSeq, a, s.split.Contributors[i])
	}
	b.burned.Add(b.burned, s.split.Burn)
	writeReceipt(b.c.State, s.id, storedReceipt{Fee: s.fee, ModelID: s.modelID, SettledAt: b.c.BlockNumber()})
	return eventReceiptSettled.Emit(b.c, s.id, vhash, s.payer, new(big.Int).SetUint64(s.modelID), s.fee.ToBig(), s.split.Burn.ToBig())
}

// flush writes the accumulated escrows, credits, payments and burn.
func (b *batch) flush() {
	st := b.c.State
	for _, p := range b.payers {
		escrowSlot(p).SetUint256(st, b.escrow[p])
	}
	for _, a := range b.credSeq {
		s := claimableSlot(a)
		s.SetUint256(st, new(uint256.Int).Add(s.Uint256(st), b.credits[a]))
	}
	for _, a := range b.payeeSeq {
		v := b.payees[a]
		st.SubBalance(b.c.Self, v, tracing.BalanceChangeTransfer)
		st.AddBalance(a, v, tracing.BalanceChangeTransfer)
	}
	if !b.burned.IsZero() {
		st.SubBalance(b.c.Self, b.burned, burnReason)
		t := root(slotTotalBurned)
		t.SetUint256(st, new(uint256.Int).Add(t.Uint256(st), b.burned))
	}
}

func settle(c *precompiles.Call, in SettleInput) ([]any, error) {
	if !IsSettler(c.State, c.Caller) {
		return nil, errNotSettler.With(c.Caller)
	}
	rs, vs, sigs := in.Receipts, in.Vouchers, in.Signatures
	if len(rs) != len(vs) || len(rs) != len(sigs) {
		return nil, errInvalidArgument.With("receipts, vouchers and signatures differ in length")
	}
	if len(rs) > MaxBatch {
		return nil, errInvalidArgument.With("batch too large")
	}
	for _, r := range rs {
		if len(r.Contributions) > MaxContributions {
			return nil, errInvalidArgument.With("too many contributions in a receipt")
		}
	}
	b := newBatch(c)
	if err := b.params.Verify(); err != nil {
		// Only governance writes the parameters, through a checked setter;
		// refuse rather than split by shares over 100 %.
		return nil, errInvalidArgument.With("fee parameters are invalid")
	}
	n := uint64(0)
	for i := range rs {
		r, v := rs[i].ToReceipt(), vs[i].ToVoucher()
		vhash := v.Hash(b.domain)
		s, err := b.check(r, v, sigs[i], vhash)
		if err != nil { // only rejections: check never fails otherwise
			if err := eventReceiptRejected.Emit(c, vhash, err.Error()); err != nil {
				return nil, err
			}
			continue
		}
		if err := b.apply(s, vhash); err != nil {
			return nil, err
		}
		n++
	}
	b.flush()
	return []any{new(big.Int).SetUint64(n)}, nil
}
