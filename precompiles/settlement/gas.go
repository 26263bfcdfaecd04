package settlement

import (
	"github.com/ethereum/go-ethereum/params"

	"github.com/openledger/openledger/precompiles"
	"github.com/openledger/openledger/precompiles/model"
)

// logGas prices a log of four topics and three data words (ReceiptSettled,
// the widest; ReceiptRejected has two topics and a short reason).
const logGas = params.LogGas + 4*params.LogTopicGas + 3*precompiles.GasLogDataWord

// Costs of settle, summed by SettleGas from what its calldata holds. Work
// that settle caches within a call (a model version's record and provenance,
// a contribution's record and its contributor's claimable balance, a payer's
// escrow) is charged once per distinct (model id, model version) pair,
// contribution id and payer named in the calldata.
const (
	// SettleBatchGas: the settler check, the five fee parameters, the
	// operator's payment, the burn and totalBurned.
	SettleBatchGas = 6*precompiles.GasSlotRead + precompiles.GasValueTransfer + precompiles.GasSlotWrite +
		precompiles.GasSlotUpdate
	// SettleReceiptGas: signature recovery; the voucher (11 words), digest
	// (3) and receipt (at least 10) hashes; the nonce read; the nonce and
	// record writes (two new slots); one log.
	SettleReceiptGas = params.EcrecoverGas + 3*precompiles.GasHash + 24*params.Keccak256WordGas +
		precompiles.GasSlotRead + 2*precompiles.GasSlotWrite + logGas
	// SettlePayerGas: a distinct payer's escrow read and update.
	SettlePayerGas = precompiles.GasSlotRead + precompiles.GasSlotUpdate
	// SettleContributionGas: one contribution entry: its two hashed words
	// and its share of the split.
	SettleContributionGas = 2*params.Keccak256WordGas + 2*vmGasSlowStep
	// SettleContributionIDGas: a distinct contribution id's record (existence
	// and five fields) and its contributor's claimable read and update.
	SettleContributionIDGas = 6*precompiles.GasSlotRead + precompiles.GasSlotRead + precompiles.GasSlotUpdate
	// SettleModelGas: a distinct (model, version) pair's record, the
	// version's provenance (up to model.MaxDatanets references, each with
	// its Datanet version's count), and its owner's payment.
	SettleModelGas = 10*precompiles.GasSlotRead + model.MaxDatanets*5*precompiles.GasSlotRead + precompiles.GasValueTransfer
)

// fixedGas prices a method that reads `reads` slots, writes `writes` slots,
// emits `logs` logs and makes `transfers` value transfers, plus its input.
func fixedGas(reads, writes, logs, transfers uint64) func([]byte) uint64 {
	return func(args []byte) uint64 {
		return precompiles.InputGas(args) + reads*precompiles.GasSlotRead + writes*precompiles.GasSlotWrite +
			logs*logGas + transfers*precompiles.GasValueTransfer
	}
}

// viewGas prices a read of `reads` slots.
func viewGas(reads uint64) func([]byte) uint64 {
	return func(args []byte) uint64 { return precompiles.InputGas(args) + reads*precompiles.GasSlotRead }
}

// hashVoucherGas prices hashing a voucher under the domain.
func hashVoucherGas(args []byte) uint64 { return precompiles.InputGas(args) + 3*precompiles.GasHash }

// settleShape is what SettleGas reads from settle's calldata.
type settleShape struct {
	receipts, contributions, contributionIDs, models, payers uint64
}

// SettleGas prices settle from its calldata: the batch, each receipt, each
// contribution, and each distinct contribution id, payer and (model id,
// model version) pair of the vouchers (a receipt whose model is not its
// voucher's is rejected before its model is read). The
// contract calls it only for the canonical encoding of settle's inputs, where
// every receipt and contribution appears once, so the walk is linear in the
// calldata; anything else is priced as its input alone (it is refused).
func SettleGas(args []byte) uint64 {
	shape, ok := parseSettleShape(args)
	if !ok {
		return precompiles.InputGas(args) + SettleBatchGas
	}
	return precompiles.InputGas(args) + SettleBatchGas + shape.receipts*SettleReceiptGas +
		shape.contributions*SettleContributionGas + shape.contributionIDs*SettleContributionIDGas +
		shape.models*SettleModelGas + shape.payers*SettlePayerGas
}

// word reads the 32-byte word at off as a uint64; false if it is out of
// range or does not fit.
func word(data []byte, off uint64) (uint64, bool) {
	if off > uint64(len(data)) || uint64(len(data))-off < 32 {
		return 0, false
	}
	for _, b := range data[off : off+24] {
		if b != 0 {
			return 0, false
		}
	}
	var v uint64
	for _, b := range data[off+24 : off+32] {
		v = v<<8 | uint64(b)
	}
	return v, true
}

// receiptContribWord is the position of the contributions offset in a
// Receipt's head; voucherWords is the size of a Voucher (a static tuple),
// and voucherModelWord the position of its modelId, followed by
// modelVersion.
const (
	receiptContribWord = 6
	voucherWords       = 10
	voucherModelWord   = 2
)

// parseSettleShape walks the ABI offsets of receipts[i].contributions
// without allocating beyond the sets of distinct ids. On canonical calldata
// each offset is the next tail position, so it reads every word at most once.
func parseSettleShape(args []byte) (settleShape, bool) {
	var s settleShape
	off, ok := word(args, 0)
	if !ok {
		return s, false
	}
	n, ok := word(args, off)
	if !ok || n > uint64(len(args))/32 {
		return s, false
	}
	s.receipts = n
	heads := off + 32
	contribs := make(map[[32]byte]struct{})
	for i := uint64(0); i < n; i++ {
		rel, ok := word(args, heads+32*i)
		if !ok {
			return s, false
		}
		base := heads + rel
		if base < heads || uint64(len(args)) < 32*8 || base > uint64(len(args))-32*8 {
			return s, false
		}
		crel, ok := word(args, base+32*receiptContribWord)
		if !ok {
			return s, false
		}
		if base+crel < base {
			return s, false
		}
		list := base + crel
		m, ok := word(args, list)
		if !ok || m > uint64(len(args))/64 || list+32+64*m > uint64(len(args)) {
			return s, false
		}
		for j := uint64(0); j < m; j++ {
			at := list + 32 + 64*j
			contribs[[32]byte(args[at:at+32])] = struct{}{}
		}
		s.contributions += m
	}
	// vouchers is an array of static tuples; the payer is first.
	voff, ok := word(args, 32)
	if !ok {
		return s, false
	}
	vn, ok := word(args, voff)
	if !ok || vn > uint64(len(args))/(voucherWords*32) || voff+32+voucherWords*32*vn > uint64(len(args)) {
		return s, false
	}
	payers := make(map[[32]byte]struct{})
	models := make(map[[64]byte]struct{})
	for i := uint64(0); i < vn; i++ {
		at := voff + 32 + voucherWords*32*i
		payers[[32]byte(args[at:at+32])] = struct{}{}
		m := at + 32*voucherModelWord
		models[[64]byte(args[m:m+64])] = struct{}{}
	}
	s.models, s.contributionIDs, s.payers = uint64(len(models)), uint64(len(contribs)), uint64(len(payers))
	return s, true
}

// vmGasSlowStep is the EVM's price of a MUL or DIV (GasSlowStep in core/vm).
const vmGasSlowStep = 5
