package worstcase_test

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	core "github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/precompiles/agent"
	"github.com/openledger/openledger/precompiles/datanet"
	"github.com/openledger/openledger/precompiles/governance"
	"github.com/openledger/openledger/precompiles/model"
	"github.com/openledger/openledger/precompiles/precompiletest"
	"github.com/openledger/openledger/precompiles/settlement"
)

var (
	datanets    = bindings.NewIDatanetRegistry()
	models      = bindings.NewIModelRegistry()
	agents      = bindings.NewIAgentRegistry()
	settlements = bindings.NewISettlement()
	govs        = bindings.NewIGovernance()
)

// Sizes of the stored records. Every view is probed over the most entries a
// page returns, each record at its input limits.
const (
	storedDatanets = datanet.MaxPage // Datanets, all at their limits
	// provenanceDatanets is how many Datanets an adapter version names: the most a version may.
	provenanceDatanets = model.MaxDatanets
	// d1Contributions is how many contributions Datanet 1 accepts, one version each.
	d1Contributions = datanet.MaxPage
	storedAdapters  = model.MaxPage
	storedVersions  = model.MaxVersionPage
	storedAgents    = agent.MaxPage
)

// Block context of the probes: after every delay the setup started.
const (
	setupTime  = 10
	probeTime  = 1_000_000
	probeBlock = 1_000_000
)

// env is a committed state holding the most every view can read, with the
// accounts that may call every method.
type env struct {
	newEVM func(*state.StateDB) *vm.EVM
	db     state.Database
	root   common.Hash

	keys                                   []*ecdsa.PrivateKey
	owner, contributor, settler, payer     common.Address // dev accounts 0..3
	slasher, curator, stranger, newcomer   common.Address
	domain                                 common.Hash
	loop                                   common.Address // the zero-gas loop contract
	proof                                  [][32]byte     // of contribution 1 in Datanet 1, version storedVersions… (see setup)
	claimant                               common.Address // has a claimable balance
	gov                                    govEnv
	baseModel, firstAdapter, deprecatedMdl uint64
}

// words are filler strings of exactly n bytes.
func str(n int) string { return strings.Repeat("x", n) }

func hashOf(parts ...any) [32]byte {
	var b []byte
	for _, p := range parts {
		switch v := p.(type) {
		case string:
			b = append(b, v...)
		case int:
			b = append(b, byte(v>>8), byte(v))
		}
	}
	return crypto.Keccak256Hash(b)
}

// tokenizerID names the i-th index shard's tokenizer.
func tokenizerID(i int) [32]byte { return hashOf("tokenizer", i) }

func maxTags() []string {
	tags := make([]string, datanet.MaxTags)
	for i := range tags {
		tags[i] = str(datanet.MaxTagLen-2) + string(rune('a'+i/26)) + string(rune('a'+i%26))
	}
	return tags
}

func maxModules() []string {
	m := make([]string, model.MaxTargetModules)
	for i := range m {
		m[i] = str(model.MaxModuleLen-2) + string(rune('a'+i/26)) + string(rune('a'+i%26))
	}
	return m
}

// refs names Datanets 1..n at their latest version (Datanet 1 at
// version storedVersions… see setup) — the most provenance one version carries.
func (e *env) refs() []bindings.IModelRegistryDatanetRef {
	out := make([]bindings.IModelRegistryDatanetRef, provenanceDatanets)
	for i := range out {
		v := int64(1)
		if i == 0 {
			v = d1Contributions
		}
		out[i] = bindings.IModelRegistryDatanetRef{DatanetId: big.NewInt(int64(i + 1)), Version: big.NewInt(v)}
	}
	return out
}

func (e *env) adapterSpec(name string) bindings.IModelRegistryAdapterSpec {
	return bindings.IModelRegistryAdapterSpec{BaseModelId: new(big.Int).SetUint64(e.baseModel), Name: name,
		WeightsHash: hashOf("adapter", name), Uri: str(model.MaxURILen), Rank: 64, TargetModules: maxModules(),
		RateIn: big.NewInt(1_000), RateOut: big.NewInt(3_000), Datanets: e.refs()}
}

var (
	envOnce  sync.Once
	envBuilt *env
	envErr   string
)

// sharedEnv builds the state once for every test of the package (it takes a
// few seconds); the state is committed and every probe runs on a fresh
// StateDB over it, so no test sees another's writes.
func sharedEnv(tb testing.TB) *env {
	tb.Helper()
	envOnce.Do(func() {
		rec := &recorder{TB: tb}
		func() {
			defer func() {
				if r := recover(); r != nil && r != errSetup {
					panic(r)
				}
			}()
			envBuilt = newEnv(rec)
		}()
		envErr = rec.msg
	})
	if envErr != "" {
		tb.Fatalf("building the probe state: %s", envErr)
	}
	return envBuilt
}

// errSetup stops newEnv at its first failure under a recorder.
var errSetup = errors.New("setup failed")

// recorder keeps newEnv's first failure for every test that shares the state.
type recorder struct {
	testing.TB
	msg string
}

func (r *recorder) Fatal(args ...any) { r.msg = fmt.Sprint(args...); panic(errSetup) }
func (r *recorder) Fatalf(format string, args ...any) {
	r.msg = fmt.Sprintf(format, args...)
	panic(errSetup)
}

// newEnv builds the state. It takes a few seconds: thousands of maximal
// writes through the precompiles themselves.
func newEnv(tb testing.TB) *env {
	tb.Helper()
	cfg, keys := genesis.DevConfig(8)
	e := &env{keys: keys}
	e.owner, e.contributor, e.settler, e.payer = cfg.DevAccounts[0].Address, cfg.DevAccounts[1].Address, cfg.DevAccounts[2].Address, cfg.DevAccounts[3].Address
	e.slasher, e.curator, e.stranger, e.newcomer = cfg.DevAccounts[4].Address, cfg.DevAccounts[5].Address, cfg.DevAccounts[6].Address, cfg.DevAccounts[7].Address
	agentStorage, err := agent.Config{MinStake: open.Wei(1), UnbondingDelay: 1, Slashers: []common.Address{e.slasher}}.Storage()
	if err != nil {
		tb.Fatal(err)
	}
	sc := settlement.DefaultConfig(e.settler)
	sc.WithdrawDelay = 1
	settlementStorage, err := sc.Storage()
	if err != nil {
		tb.Fatal(err)
	}
	govStorage, err := govConfig().Storage()
	if err != nil {
		tb.Fatal(err)
	}
	cfg.PrecompileStorage = map[common.Address]map[common.Hash]common.Hash{agent.Address: agentStorage, settlement.Address: settlementStorage,
		governance.Address: govStorage}
	newEVM, base := precompiletest.StateEVM(tb, cfg)
	e.newEVM, e.db = newEVM, base.Database()
	e.domain = core.DomainSeparator(new(big.Int).SetUint64(cfg.ChainID), settlement.Address)
	evm := newEVM(base)
	evm.Context.Time = setupTime
	call := func(from, to common.Address, data []byte, value *big.Int) []byte {
		tb.Helper()
		v := new(uint256.Int)
		if value != nil {
			v = uint256.MustFromBig(value)
		}
		out, _, err := evm.Call(from, to, data, 50_000_000, v)
		if err != nil {
			tb.Fatalf("setup call %x to %s: %v", data[:4], to, err)
		}
		return out
	}

	// Datanets at their limits. Datanet 1 accepts d1Contributions
	// contributions from the contributor, publishing a version after each;
	// Datanets 2..provenanceDatanets accept one each and publish.
	for i := 1; i <= storedDatanets; i++ {
		call(e.owner, datanet.Address, datanets.PackCreateDatanet(str(datanet.MaxNameLen-3)+string(rune('0'+i/100))+string(rune('0'+i/10%10))+string(rune('0'+i%10)),
			str(datanet.MaxDescriptionLen), maxTags(), str(datanet.MaxURILen)), nil)
	}
	contribute := func(dn int, n int) {
		id := new(big.Int).SetBytes(call(e.contributor, datanet.Address, datanets.PackContribute(big.NewInt(int64(dn)), hashOf("c", dn, n),
			1<<40, str(datanet.MaxURILen), str(datanet.MaxMetadataLen)), nil))
		call(e.owner, datanet.Address, datanets.PackReview(id, true, str(datanet.MaxReasonLen)), nil)
		call(e.owner, datanet.Address, datanets.PackPublishVersion(big.NewInt(int64(dn))), nil)
	}
	for n := 0; n < d1Contributions; n++ {
		contribute(1, n)
	}
	for dn := 2; dn <= provenanceDatanets; dn++ {
		contribute(dn, 0)
	}
	// One accepted contribution not yet in a version, for publishVersion.
	id := new(big.Int).SetBytes(call(e.contributor, datanet.Address, datanets.PackContribute(big.NewInt(2), hashOf("pending"),
		1, str(datanet.MaxURILen), str(datanet.MaxMetadataLen)), nil))
	call(e.owner, datanet.Address, datanets.PackReview(id, true, ""), nil)
	// One contribution still pending, for review.
	call(e.contributor, datanet.Address, datanets.PackContribute(big.NewInt(2), hashOf("to review"), 1, "", ""), nil)
	call(e.owner, datanet.Address, datanets.PackAddCurator(big.NewInt(1), e.curator), nil)
	// The membership proof of contribution 1 (leaf 0 of Datanet 1) at version 1.
	leaf := datanet.Leaf(1, hashOf("c", 1, 0), e.contributor)
	_, proof := datanet.Proof([]common.Hash{leaf}, 0)
	for _, p := range proof {
		e.proof = append(e.proof, p)
	}

	// Attribution index shards at their limits: version 1 of Datanet 1
	// holds the most a version may (getIndex and indexesOf read them all),
	// version 2 one fewer (publishIndex scans them, then adds one).
	for v, shards := range map[int64]int{1: datanet.MaxIndexesPerVersion, 2: datanet.MaxIndexesPerVersion - 1} {
		for i := 0; i < shards; i++ {
			call(e.owner, datanet.Address, datanets.PackPublishIndex(big.NewInt(1), big.NewInt(v), tokenizerID(i), hashOf("index", i),
				str(datanet.MaxURILen)), nil)
		}
	}

	// Models: a base model and storedAdapters adapters at their limits, each
	// naming provenanceDatanets Datanets; the first has storedVersions versions.
	e.baseModel = new(big.Int).SetBytes(call(e.owner, model.Address, models.PackRegisterBaseModel(str(model.MaxNameLen),
		str(model.MaxArchitectureLen), hashOf("base"), str(model.MaxURILen), str(model.MaxLicenseLen)), nil)).Uint64()
	for i := 0; i < storedAdapters; i++ {
		id := new(big.Int).SetBytes(call(e.owner, model.Address, models.PackRegisterAdapter(e.adapterSpec(str(model.MaxNameLen-3)+string(rune('0'+i/100))+string(rune('0'+i/10%10))+string(rune('0'+i%10)))), nil)).Uint64()
		if i == 0 {
			e.firstAdapter = id
		}
	}
	for v := 1; v < storedVersions; v++ {
		call(e.owner, model.Address, models.PackPublishVersion(new(big.Int).SetUint64(e.firstAdapter), hashOf("v", v), str(model.MaxURILen), e.refs()), nil)
	}
	e.deprecatedMdl = e.firstAdapter + 1
	call(e.owner, model.Address, models.PackDeprecate(new(big.Int).SetUint64(e.deprecatedMdl)), nil)

	// Agents at their limits, one unbonding.
	for i := 0; i < storedAgents; i++ {
		call(e.owner, agent.Address, agents.PackRegister(str(agent.MaxMetadataURILen), new(big.Int).SetUint64(e.firstAdapter)), open.Wei(2))
	}
	call(e.owner, agent.Address, agents.PackRequestUnstake(big.NewInt(1), open.Wei(1)), nil)

	// Settlement: the payer's escrow and a pending withdrawal; one settled
	// receipt so a contributor has a claimable balance.
	call(e.payer, settlement.Address, settlements.PackDeposit(), open.Wei(100_000))
	call(e.payer, settlement.Address, settlements.PackRequestWithdraw(open.Wei(1)), nil)
	data, err := e.batch(batchSpec{receipts: 1, models: 1, contributions: 1, nonce: 1 << 40})
	if err != nil {
		tb.Fatal(err)
	}
	if out := call(e.settler, settlement.Address, data, nil); new(big.Int).SetBytes(out).Uint64() != 1 {
		tb.Fatal("setup receipt did not settle")
	}
	e.claimant = e.contributor

	e.setupGovernance(evm, call)

	e.loop = common.HexToAddress("0x1000000000000000000000000000000000000001")
	base.SetCode(e.loop, loopCode, 0)
	base.SetNonce(e.loop, 1, 0)
	root, err := base.Commit(1, true, false)
	if err != nil {
		tb.Fatal(err)
	}
	e.root = root
	return e
}

// state returns a fresh StateDB over the committed state: every slot a probe
// reads comes from the trie.
func (e *env) state() *state.StateDB {
	st, err := state.New(e.root, e.db)
	if err != nil {
		panic(err)
	}
	return st
}

// evm returns an EVM over st in the probes' block, with the precompiles and
// the caller warm as in a transaction.
func (e *env) evm(st *state.StateDB, from common.Address) *vm.EVM {
	evm := e.newEVM(st)
	evm.Context.Time = probeTime
	evm.Context.BlockNumber = big.NewInt(probeBlock)
	rules := evm.ChainConfig().Rules(evm.Context.BlockNumber, true, evm.Context.Time)
	st.Prepare(rules, from, evm.Context.Coinbase, nil, vm.ActivePrecompiles(rules), nil)
	return evm
}

// batchSpec describes a settle batch: receipts over `models` adapters in
// turn, each with `contributions` contributions in the adapters' provenance.
type batchSpec struct {
	receipts, models, contributions int
	// versions, when set, spreads the receipts over that many versions of
	// the first adapter (each a distinct provenance to read) instead of
	// over models.
	versions int
	nonce    uint64 // the first voucher nonce
	// badSig signs every voucher with the wrong key (each receipt then costs
	// a signature recovery and is rejected).
	badSig bool
}

// inProvenance are contribution ids every adapter's latest version covers:
// Datanet 1's d1Contributions and one in each other Datanet, ascending.
func inProvenance() []uint64 {
	ids := make([]uint64, 0, d1Contributions+provenanceDatanets-1)
	for i := uint64(1); i <= d1Contributions+provenanceDatanets-1; i++ {
		ids = append(ids, i)
	}
	return ids
}

func (e *env) batch(s batchSpec) ([]byte, error) {
	ids := inProvenance()
	var rs []*core.Receipt
	var vs []*core.Voucher
	var sigs [][]byte
	key := e.keys[3]
	if s.badSig {
		key = e.keys[6]
	}
	for i := 0; i < s.receipts; i++ {
		modelID := e.firstAdapter + uint64(i%s.models)
		if modelID == e.deprecatedMdl {
			modelID = e.firstAdapter + uint64(storedAdapters-1)
		}
		version := uint64(1)
		if modelID == e.firstAdapter {
			version = storedVersions
		}
		if s.versions > 0 {
			modelID, version = e.firstAdapter, storedVersions-uint64(i%s.versions)
		}
		fee := uint256.NewInt(1_000 + 3_000) // 1,000 tokens each way at the adapters' rates
		v := &core.Voucher{Payer: e.payer, Operator: e.settler, ModelID: uint256.NewInt(modelID), ModelVersion: version,
			RateIn: uint256.NewInt(1_000), RateOut: uint256.NewInt(3_000), MaxFee: fee, Nonce: uint256.NewInt(s.nonce + uint64(i)),
			Deadline: probeTime + 1, RequestHash: hashOf("req", i)}
		sig, err := v.Sign(key, e.domain)
		if err != nil {
			return nil, err
		}
		r := &core.Receipt{VoucherHash: v.Hash(e.domain), ModelID: v.ModelID, TokensIn: 1_000, TokensOut: 1_000, Fee: fee,
			OutputHash: hashOf("out", i), ProofRoot: hashOf("proof", i)}
		for j := 0; j < s.contributions && j < len(ids); j++ {
			r.Contributions = append(r.Contributions, core.Contribution{ID: uint256.NewInt(ids[j]), Weight: uint256.NewInt(uint64(j + 1))})
		}
		rs, vs, sigs = append(rs, r), append(vs, v), append(sigs, sig)
	}
	return settlement.PackSettle(rs, vs, sigs)
}
