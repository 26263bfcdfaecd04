package worstcase_test

import (
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	bn256 "github.com/ethereum/go-ethereum/crypto/bn256/cloudflare"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/precompiles"
	"github.com/openledger/openledger/precompiles/agent"
	"github.com/openledger/openledger/precompiles/datanet"
	"github.com/openledger/openledger/precompiles/governance"
	"github.com/openledger/openledger/precompiles/model"
	"github.com/openledger/openledger/precompiles/settlement"
)

// outcome is what a probe's call must do.
type outcome int

const (
	succeeds outcome = iota // returns without error
	reverts                 // reverts with revert data, keeping the caller's gas
	refused                 // refused as invalid calldata, before decoding
)

func (o outcome) String() string {
	return [...]string{"ok", "revert", "refused"}[o]
}

// probe is one call measured per unit of gas charged.
type probe struct {
	name  string // precompile.method/variant, or geth.precompile/variant
	geth  bool   // a go-ethereum precompile: the side of the bar
	from  common.Address
	to    common.Address
	input []byte
	value *uint256.Int
	// gas the call carries; 0 means exactly its price.
	gas  uint64
	want outcome
	// method is the ABI method the probe covers (precompile probes).
	method string
}

// Sizes of the attacks.
const (
	overLimit = 64 << 10 // bytes of a string far past every limit
	trailing  = 1 << 20  // bytes appended to a canonical encoding
	loopBytes = 64 << 10 // payload of a zero-gas loop
)

// Probe counts, brief (make test) and long (the benchmark).
type scale struct {
	loopCalls      uint64 // calls per zero-gas loop
	settleReceipts int    // receipts in the largest valid batch
	settleMinimal  int    // receipts in the batch of many small receipts
	modexpSizes    []int  // base and modulus lengths of the modexp grid
}

var (
	brief = scale{loopCalls: 2_000, settleReceipts: 8, settleMinimal: 256, modexpSizes: []int{1, 8, 32, 64, 256}}
	long  = scale{loopCalls: 20_000, settleReceipts: 64, settleMinimal: 1_536, modexpSizes: []int{1, 8, 16, 32, 64, 128, 256, 512}}
)

// b256 is a uint256 argument.
func b256(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// methodProbes are the valid calls at every limit, one or more per ABI method.
func (e *env) methodProbes(sc scale) []probe {
	one, zero := b256(1), b256(0)
	ps := []probe{}
	add := func(pc *precompiles.Contract, method, variant string, from common.Address, input []byte, value *uint256.Int, want outcome) {
		ps = append(ps, probe{name: pc.Name() + "." + method + "/" + variant, from: from, to: pc.Address(), input: input, value: value,
			want: want, method: method})
	}
	dn, md, ag, st := datanet.Contract, model.Contract, agent.Contract, settlement.Contract
	owner, contributor := e.owner, e.contributor

	// Datanet registry.
	add(dn, "createDatanet", "max", owner, datanets.PackCreateDatanet(str(datanet.MaxNameLen), str(datanet.MaxDescriptionLen), maxTags(), str(datanet.MaxURILen)), nil, succeeds)
	add(dn, "createDatanet", "over-limit", owner, datanets.PackCreateDatanet(str(overLimit), str(overLimit), []string{str(overLimit)}, str(overLimit)), nil, reverts)
	add(dn, "createDatanet", "many-tags", owner, datanets.PackCreateDatanet("n", "", make([]string, 2_048), ""), nil, reverts)
	add(dn, "transferOwnership", "max", owner, datanets.PackTransferOwnership(one, e.newcomer), nil, succeeds)
	add(dn, "addCurator", "max", owner, datanets.PackAddCurator(one, e.newcomer), nil, succeeds)
	add(dn, "removeCurator", "max", owner, datanets.PackRemoveCurator(one, e.curator), nil, succeeds)
	add(dn, "contribute", "max", contributor, datanets.PackContribute(one, hashOf("new"), 1<<63, str(datanet.MaxURILen), str(datanet.MaxMetadataLen)), nil, succeeds)
	add(dn, "contribute", "over-limit", contributor, datanets.PackContribute(one, hashOf("new"), 1, str(overLimit), str(overLimit)), nil, reverts)
	add(dn, "review", "accept", owner, datanets.PackReview(b256(d1Contributions+provenanceDatanets+1), true, str(datanet.MaxReasonLen)), nil, succeeds)
	add(dn, "review", "over-limit", owner, datanets.PackReview(b256(d1Contributions+provenanceDatanets+1), true, str(overLimit)), nil, reverts)
	add(dn, "publishVersion", "max", owner, datanets.PackPublishVersion(b256(2)), nil, succeeds)
	add(dn, "datanetCount", "max", e.stranger, datanets.PackDatanetCount(), nil, succeeds)
	add(dn, "contributionCount", "max", e.stranger, datanets.PackContributionCount(), nil, succeeds)
	add(dn, "getDatanet", "max", e.stranger, datanets.PackGetDatanet(one), nil, succeeds)
	add(dn, "listDatanets", "full-page", e.stranger, datanets.PackListDatanets(zero, b256(datanet.MaxPage)), nil, succeeds)
	add(dn, "listDatanets", "limit-2^256-1", e.stranger, datanets.PackListDatanets(zero, new(big.Int).Sub(new(big.Int).Lsh(one, 256), one)), nil, succeeds)
	add(dn, "isCurator", "max", e.stranger, datanets.PackIsCurator(one, e.curator), nil, succeeds)
	add(dn, "getContribution", "max", e.stranger, datanets.PackGetContribution(one), nil, succeeds)
	add(dn, "contributionsOf", "full-page", e.stranger, datanets.PackContributionsOf(one, zero, b256(datanet.MaxPage)), nil, succeeds)
	add(dn, "contributionsBy", "full-page", e.stranger, datanets.PackContributionsBy(contributor, zero, b256(datanet.MaxPage)), nil, succeeds)
	add(dn, "acceptedContributions", "full-page", e.stranger, datanets.PackAcceptedContributions(one, zero, b256(datanet.MaxPage)), nil, succeeds)
	add(dn, "getVersion", "max", e.stranger, datanets.PackGetVersion(one, b256(d1Contributions)), nil, succeeds)
	add(dn, "versionsOf", "full-page", e.stranger, datanets.PackVersionsOf(one, zero, b256(datanet.MaxPage)), nil, succeeds)
	add(dn, "verifyMembership", "valid-proof", e.stranger, datanets.PackVerifyMembership(one, one, one, zero, e.proof), nil, succeeds)
	add(dn, "publishIndex", "max", owner, datanets.PackPublishIndex(one, b256(2), tokenizerID(datanet.MaxIndexesPerVersion), hashOf("index"), str(datanet.MaxURILen)), nil, succeeds)
	add(dn, "publishIndex", "over-limit", owner, datanets.PackPublishIndex(one, b256(2), tokenizerID(datanet.MaxIndexesPerVersion), hashOf("index"), str(overLimit)), nil, reverts)
	add(dn, "getIndex", "last-shard", e.stranger, datanets.PackGetIndex(one, one, tokenizerID(datanet.MaxIndexesPerVersion-1)), nil, succeeds)
	add(dn, "indexesOf", "full-version", e.stranger, datanets.PackIndexesOf(one, one), nil, succeeds)
	add(dn, "verifyMembership", "long-proof", e.stranger, datanets.PackVerifyMembership(one, one, one, zero, make([][32]byte, 16_384)), nil, succeeds)

	// Model registry.
	adapter := b256(e.firstAdapter)
	add(md, "registerBaseModel", "max", owner, models.PackRegisterBaseModel(str(model.MaxNameLen), str(model.MaxArchitectureLen), hashOf("w"), str(model.MaxURILen), str(model.MaxLicenseLen)), nil, succeeds)
	add(md, "registerBaseModel", "over-limit", owner, models.PackRegisterBaseModel(str(overLimit), str(overLimit), hashOf("w"), str(overLimit), str(overLimit)), nil, reverts)
	add(md, "registerAdapter", "max", owner, models.PackRegisterAdapter(e.adapterSpec(str(model.MaxNameLen))), nil, succeeds)
	over := e.adapterSpec("over")
	over.TargetModules = make([]string, 2_048)
	over.Datanets = make([]bindings.IModelRegistryDatanetRef, 2_048)
	for i := range over.Datanets {
		over.Datanets[i] = bindings.IModelRegistryDatanetRef{DatanetId: one, Version: one}
	}
	add(md, "registerAdapter", "over-limit", owner, models.PackRegisterAdapter(over), nil, reverts)
	add(md, "publishVersion", "max", owner, models.PackPublishVersion(adapter, hashOf("v"), str(model.MaxURILen), e.refs()), nil, succeeds)
	add(md, "publishVersion", "over-limit", owner, models.PackPublishVersion(adapter, hashOf("v"), str(overLimit), over.Datanets), nil, reverts)
	add(md, "setRates", "max", owner, models.PackSetRates(adapter, new(big.Int).Lsh(one, 255), new(big.Int).Lsh(one, 255)), nil, succeeds)
	add(md, "deprecate", "max", owner, models.PackDeprecate(adapter), nil, succeeds)
	add(md, "reactivate", "max", owner, models.PackReactivate(b256(e.deprecatedMdl)), nil, succeeds)
	add(md, "transferOwnership", "max", owner, models.PackTransferOwnership(adapter, e.newcomer), nil, succeeds)
	add(md, "modelCount", "max", e.stranger, models.PackModelCount(), nil, succeeds)
	add(md, "getModel", "max", e.stranger, models.PackGetModel(adapter), nil, succeeds)
	add(md, "getVersion", "max", e.stranger, models.PackGetVersion(adapter, zero), nil, succeeds)
	add(md, "versionsOf", "full-page", e.stranger, models.PackVersionsOf(adapter, zero, b256(model.MaxVersionPage)), nil, succeeds)
	add(md, "provenance", "max", e.stranger, models.PackProvenance(adapter, zero), nil, succeeds)
	add(md, "listModels", "full-page", e.stranger, models.PackListModels(zero, b256(model.MaxPage)), nil, succeeds)
	add(md, "modelsOf", "full-page", e.stranger, models.PackModelsOf(owner, zero, b256(model.MaxPage)), nil, succeeds)
	add(md, "adaptersOf", "full-page", e.stranger, models.PackAdaptersOf(b256(e.baseModel), zero, b256(model.MaxPage)), nil, succeeds)

	// Agent registry.
	wei := func(v int64) *uint256.Int { return uint256.MustFromBig(open.Wei(v)) }
	add(ag, "register", "max", owner, agents.PackRegister(str(agent.MaxMetadataURILen), adapter), wei(2), succeeds)
	add(ag, "register", "over-limit", owner, agents.PackRegister(str(overLimit), adapter), wei(2), reverts)
	add(ag, "addStake", "max", owner, agents.PackAddStake(one), wei(1), succeeds)
	add(ag, "requestUnstake", "max", owner, agents.PackRequestUnstake(b256(2), open.Wei(1)), nil, succeeds)
	add(ag, "withdraw", "max", owner, agents.PackWithdraw(one), nil, succeeds)
	add(ag, "slash", "max", e.slasher, agents.PackSlash(b256(3), open.Wei(1), str(agent.MaxReasonLen)), nil, succeeds)
	add(ag, "slash", "over-limit", e.slasher, agents.PackSlash(b256(3), open.Wei(1), str(overLimit)), nil, reverts)
	add(ag, "agentCount", "max", e.stranger, agents.PackAgentCount(), nil, succeeds)
	add(ag, "getAgent", "max", e.stranger, agents.PackGetAgent(one), nil, succeeds)
	add(ag, "agentsOf", "full-page", e.stranger, agents.PackAgentsOf(owner, zero, b256(agent.MaxPage)), nil, succeeds)
	add(ag, "minStake", "max", e.stranger, agents.PackMinStake(), nil, succeeds)
	add(ag, "unbondingDelay", "max", e.stranger, agents.PackUnbondingDelay(), nil, succeeds)
	add(ag, "totalStaked", "max", e.stranger, agents.PackTotalStaked(), nil, succeeds)
	add(ag, "totalSlashed", "max", e.stranger, agents.PackTotalSlashed(), nil, succeeds)
	add(ag, "isSlasher", "max", e.stranger, agents.PackIsSlasher(e.slasher), nil, succeeds)
	add(ag, "isSuspended", "max", e.stranger, agents.PackIsSuspended(b256(2)), nil, succeeds)

	// Settlement.
	add(st, "deposit", "max", e.payer, settlements.PackDeposit(), wei(1), succeeds)
	add(st, "requestWithdraw", "max", e.payer, settlements.PackRequestWithdraw(open.Wei(2)), nil, succeeds)
	add(st, "withdraw", "max", e.payer, settlements.PackWithdraw(), nil, succeeds)
	add(st, "claim", "max", e.claimant, settlements.PackClaim(), nil, succeeds)
	batch := func(s batchSpec) []byte {
		data, err := e.batch(s)
		if err != nil {
			panic(err)
		}
		return data
	}
	nContrib := d1Contributions + provenanceDatanets - 1
	add(st, "settle", "distinct-models-max-contributions", e.settler, batch(batchSpec{receipts: sc.settleReceipts, models: sc.settleReceipts, contributions: nContrib}), nil, succeeds)
	add(st, "settle", "distinct-versions-max-contributions", e.settler, batch(batchSpec{receipts: sc.settleReceipts, models: 1, versions: storedVersions, contributions: nContrib}), nil, succeeds)
	add(st, "settle", "one-model-max-contributions", e.settler, batch(batchSpec{receipts: sc.settleReceipts, models: 1, contributions: nContrib}), nil, succeeds)
	add(st, "settle", "many-minimal-receipts", e.settler, batch(batchSpec{receipts: sc.settleMinimal, models: 1}), nil, succeeds)
	add(st, "settle", "bad-signatures", e.settler, batch(batchSpec{receipts: sc.settleMinimal, models: 1, badSig: true}), nil, succeeds)
	add(st, "settle", "not-settler", e.stranger, batch(batchSpec{receipts: sc.settleMinimal, models: 1}), nil, reverts)
	add(st, "escrowOf", "max", e.stranger, settlements.PackEscrowOf(e.payer), nil, succeeds)
	add(st, "pendingWithdrawal", "max", e.stranger, settlements.PackPendingWithdrawal(e.payer), nil, succeeds)
	add(st, "claimable", "max", e.stranger, settlements.PackClaimable(e.claimant), nil, succeeds)
	add(st, "getReceipt", "max", e.stranger, settlements.PackGetReceipt(hashOf("none")), nil, succeeds)
	add(st, "receiptOfNonce", "max", e.stranger, settlements.PackReceiptOfNonce(e.payer, b256(1<<40)), nil, succeeds)
	add(st, "hashVoucher", "max", e.stranger, settlements.PackHashVoucher(bindings.ISettlementVoucher{Payer: e.payer, Operator: e.settler, ModelId: one, ModelVersion: 1,
		RateIn: one, RateOut: one, MaxFee: one, Nonce: one, Deadline: 1, RequestHash: hashOf("r")}), nil, succeeds)
	add(st, "domainSeparator", "max", e.stranger, settlements.PackDomainSeparator(), nil, succeeds)
	add(st, "totalBurned", "max", e.stranger, settlements.PackTotalBurned(), nil, succeeds)
	add(st, "feeParams", "max", e.stranger, settlements.PackFeeParams(), nil, succeeds)
	add(st, "isSettler", "max", e.stranger, settlements.PackIsSettler(e.settler), nil, succeeds)

	// Governance (state: setupGovernance).
	gv, g := governance.Contract, e.gov
	add(gv, "lock", "max", e.stranger, govs.PackLock(), wei(1), succeeds)
	add(gv, "unlock", "max", g.voter, govs.PackUnlock(b256(1)), nil, succeeds)
	add(gv, "withdraw", "max", g.unlocker, govs.PackWithdraw(), nil, succeeds)
	add(gv, "propose", "max", g.voter, govs.PackPropose(maxBoundedChanges(), str(governance.MaxDescriptionLen)), nil, succeeds)
	add(gv, "propose", "over-limit", g.voter, govs.PackPropose(zeroChanges(2_048), str(overLimit)), nil, reverts)
	add(gv, "vote", "longest-history", g.voter, govs.PackVote(b256(g.active), governance.For), nil, succeeds)
	add(gv, "vote", "no-power", e.stranger, govs.PackVote(b256(g.active), governance.For), nil, reverts)
	add(gv, "cancel", "max", g.voter, govs.PackCancel(b256(g.active)), nil, succeeds)
	add(gv, "queue", "max", e.stranger, govs.PackQueue(b256(g.succeeded)), nil, succeeds)
	add(gv, "execute", "dearest-changes", e.stranger, govs.PackExecute(b256(g.queued), g.queuedChanges), nil, succeeds)
	add(gv, "execute", "wrong-changes", e.stranger, govs.PackExecute(b256(g.queued), zeroChanges(2_048)), nil, reverts)
	add(gv, "proposalCount", "max", e.stranger, govs.PackProposalCount(), nil, succeeds)
	add(gv, "getProposal", "max", e.stranger, govs.PackGetProposal(b256(g.queued)), nil, succeeds)
	add(gv, "hasVoted", "max", e.stranger, govs.PackHasVoted(b256(g.active), g.voter), nil, succeeds)
	add(gv, "votingPower", "longest-history", e.stranger, govs.PackVotingPower(b256(g.active), g.voter), nil, succeeds)
	add(gv, "lockedOf", "max", e.stranger, govs.PackLockedOf(g.unlocker), nil, succeeds)
	add(gv, "totalLocked", "max", e.stranger, govs.PackTotalLocked(), nil, succeeds)
	add(gv, "treasury", "max", e.stranger, govs.PackTreasury(), nil, succeeds)
	add(gv, "params", "max", e.stranger, govs.PackParams(), nil, succeeds)
	add(gv, "bounds", "max", e.stranger, govs.PackBounds(), nil, succeeds)
	add(gv, "hashChanges", "max", e.stranger, govs.PackHashChanges(maxBoundedChanges()), nil, succeeds)
	add(gv, "hashChanges", "many", e.stranger, govs.PackHashChanges(zeroChanges(2_048)), nil, succeeds)
	return ps
}

// attackProbes derive, from each method's maximal call, the calldata a
// lenient decoder would let amplify: every dynamic head aliasing the first
// tail, an offset into the head, a megabyte of trailing bytes; and a
// contract calling the method with zero gas in a loop.
func (e *env) attackProbes(valid []probe, sc scale) []probe {
	var ps []probe
	seen := map[string]bool{}
	for _, v := range valid {
		if v.want != succeeds || seen[v.method] {
			continue
		}
		seen[v.method] = true
		m := contractAt(v.to).ABI().Methods[v.method]
		prefix := pcPrefix(v.name)
		var dynamic []int
		for i, in := range m.Inputs {
			if isDynamic(in.Type) {
				dynamic = append(dynamic, i)
			}
		}
		if len(dynamic) >= 2 {
			aliased := bytes.Clone(v.input)
			first := aliased[precompiles.SelectorLen+32*dynamic[0] : precompiles.SelectorLen+32*dynamic[0]+32]
			for _, i := range dynamic[1:] {
				copy(aliased[precompiles.SelectorLen+32*i:], first)
			}
			ps = append(ps, probe{name: prefix + "/aliased-heads", from: v.from, to: v.to, input: aliased, value: v.value, want: refused, method: v.method})
		}
		if len(dynamic) >= 1 {
			intoHead := bytes.Clone(v.input)
			copy(intoHead[precompiles.SelectorLen+32*dynamic[0]:], common.BigToHash(big.NewInt(0)).Bytes())
			ps = append(ps, probe{name: prefix + "/offset-into-head", from: v.from, to: v.to, input: intoHead, value: v.value, want: refused, method: v.method})
		}
		padded := append(bytes.Clone(v.input), make([]byte, trailing)...)
		ps = append(ps, probe{name: prefix + "/trailing-1MiB", from: v.from, to: v.to, input: padded, value: v.value, want: refused, method: v.method})
		payload := append(bytes.Clone(v.input), make([]byte, loopBytes)...)
		ps = append(ps, probe{name: prefix + "/zero-gas-loop", from: e.stranger, to: e.loop,
			input: loopInput(v.to, 0, sc.loopCalls, payload), gas: 30_000_000, want: succeeds, method: v.method})
	}
	return ps
}

// isDynamic reports whether t is encoded out of line, behind an offset.
func isDynamic(t abi.Type) bool {
	switch t.T {
	case abi.StringTy, abi.BytesTy, abi.SliceTy:
		return true
	case abi.ArrayTy:
		return isDynamic(*t.Elem)
	case abi.TupleTy:
		for _, e := range t.TupleElems {
			if isDynamic(*e) {
				return true
			}
		}
	}
	return false
}

// pcPrefix is "precompile.method" of a probe name.
func pcPrefix(name string) string {
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '/' {
			return name[:i]
		}
	}
	return name
}

// probedContracts are the precompiles this harness probes.
var probedContracts = []*precompiles.Contract{datanet.Contract, model.Contract, agent.Contract, settlement.Contract, governance.Contract}

// contractAt returns the OpenLedger precompile at a.
func contractAt(a common.Address) *precompiles.Contract {
	for _, c := range probedContracts {
		if c.Address() == a {
			return c
		}
	}
	return nil
}

// gethProbes are go-ethereum's precompiles at their worst per gas: the
// side of the bar.
func (e *env) gethProbes(sc scale) []probe {
	at := func(b byte) common.Address { return common.BytesToAddress([]byte{b}) }
	word := func(v uint64) []byte { return common.BigToHash(new(big.Int).SetUint64(v)).Bytes() }
	var ps []probe
	add := func(name string, addr byte, input []byte) {
		ps = append(ps, probe{name: "geth." + name, geth: true, from: e.stranger, to: at(addr), input: input, want: succeeds})
	}
	// ecrecover of a valid signature.
	key, _ := crypto.GenerateKey()
	h := crypto.Keccak256([]byte("probe"))
	sig, _ := crypto.Sign(h, key)
	add("ecrecover/valid", 1, bytes.Join([][]byte{h, word(uint64(sig[64]) + 27), sig[:32], sig[32:64]}, nil))
	// sha256 of one word and of 64 KiB (per-word pricing).
	add("sha256/32B", 2, make([]byte, 32))
	add("sha256/64KiB", 2, make([]byte, 64<<10))
	// modexp over a grid of sizes, all-ones exponents.
	for _, ml := range sc.modexpSizes {
		for _, el := range []int{1, 32, 64, 256} {
			b, m := make([]byte, ml), make([]byte, ml)
			_, _ = rand.Read(b)
			_, _ = rand.Read(m)
			m[ml-1] |= 1
			in := bytes.Join([][]byte{word(uint64(ml)), word(uint64(el)), word(uint64(ml)), b, bytes.Repeat([]byte{0xff}, el), m}, nil)
			add("modexp/mod-"+itoa(ml)+"-exp-"+itoa(el), 5, in)
		}
	}
	// bn256 pairing with 1 to 4 pairs.
	for k := 1; k <= 4; k++ {
		var in []byte
		for i := 0; i < k; i++ {
			_, g1, _ := bn256.RandomG1(rand.Reader)
			_, g2, _ := bn256.RandomG2(rand.Reader)
			in = append(append(in, g1.Marshal()...), g2.Marshal()...)
		}
		add("bn256Pairing/pairs-"+itoa(k), 8, in)
	}
	// blake2f from 1 to 1,000 rounds.
	for _, rounds := range []uint32{1, 12, 1_000} {
		in := make([]byte, 213)
		binary.BigEndian.PutUint32(in, rounds)
		in[212] = 1
		add("blake2f/rounds-"+itoa(int(rounds)), 9, in)
	}
	// A contract calling modexp with zero gas in a loop, the payload large.
	payload := append(bytes.Join([][]byte{word(32), word(32), word(32)}, nil), make([]byte, loopBytes)...)
	ps = append(ps, probe{name: "geth.modexp/zero-gas-loop", geth: true, from: e.stranger, to: e.loop,
		input: loopInput(at(5), 0, sc.loopCalls, payload), gas: 30_000_000, want: succeeds})
	return ps
}

func itoa(v int) string { return big.NewInt(int64(v)).String() }
