package settlementtest

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/precompiles/agent"
	"github.com/openledger/openledger/precompiles/datanet"
	"github.com/openledger/openledger/precompiles/model"
	precompile "github.com/openledger/openledger/precompiles/settlement"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

// Dev account roles of the fixture.
const (
	Payer      = 0 // deposits and signs vouchers
	ModelOwner = 1 // owns every model
	Settler    = 2 // the only settler: the serving operator
	// Contributors 3, 4 and 5 contribute to the Datanets.
	Contributor0 = 3
	// Rival is a second serving operator, a settler when Options.Rival is set.
	Rival    = 6
	Accounts = 7
)

// WithdrawDelay is the fixture's withdrawal delay in seconds (one per block).
const WithdrawDelay = 3

var (
	settlements = bindings.NewISettlement()
	dreg        = bindings.NewIDatanetRegistry()
	mreg        = bindings.NewIModelRegistry()
)

// Adapter is one registered adapter of the fixture.
type Adapter struct {
	ID              uint64
	RateIn, RateOut int64
	// Weights is the weights hash its version 1 records: the tree hash of
	// its Options.AdapterFiles entry, else a placeholder.
	Weights common.Hash
}

// Fixture is the chain and the ids the tests use.
type Fixture struct {
	*devchaintest.Chain
	t testing.TB
	// Contributions maps each contribution id in some adapter's provenance to
	// its contributor.
	Contributions map[uint64]common.Address
	// InProvenance are the contribution ids of Datanets 1 and 2 (Datanet 1:
	// 1, 2, 3 by accounts 3, 4, 5; Datanet 2: 4 by account 4).
	InProvenance []uint64
	// Outside is contribution 5, accepted and published in Datanet 3, which
	// no model names; Unpublished is 6, accepted in Datanet 1 after its
	// only version.
	Outside, Unpublished uint64
	// Base is base model 1 (no provenance); Adapters are 2, 3, 4; Deprecated
	// is adapter 5, deprecated.
	Base       uint64
	Adapters   []Adapter
	Deprecated uint64
	// Config is the settlement precompile's genesis config.
	Config precompile.Config
	// Domain is the EIP-712 domain separator of vouchers.
	Domain common.Hash
	// Tracked are accounts other than the dev accounts (contracts) whose
	// escrow and claimable balance CheckSupply counts.
	Tracked []common.Address
}

// Options tunes New.
type Options struct {
	// PlatformFee in wei; zero by default.
	PlatformFee int64
	// HTTP serves JSON-RPC over HTTP (for clients in other goroutines).
	HTTP bool
	// DataDir keeps the chain on disk.
	DataDir string
	// Mutate, when set, edits the genesis config last (another precompile's
	// parameters, the genesis time).
	Mutate func(*genesis.Config)
	// Rival makes dev account Rival a settler too.
	Rival bool
	// AdapterFiles are the local files (PEFT directories or GGUF files) a
	// test serves for adapters 2, 3 and 4, in order: each is registered
	// with their hash (ipfs.HashPath, a directory's tree hash: what
	// loraserve checks the files it serves paid against). A missing or
	// empty entry registers a placeholder hash, for tests that serve no
	// weights.
	AdapterFiles []string
}

// New starts a chain with the fixture's genesis and transactions.
func New(t testing.TB, opts Options) *Fixture {
	t.Helper()
	settler := crypto.PubkeyToAddress(genesis.DevKey(Settler).PublicKey)
	cfg := precompile.DefaultConfig(settler)
	if opts.Rival {
		cfg.Settlers = append(cfg.Settlers, crypto.PubkeyToAddress(genesis.DevKey(Rival).PublicKey))
	}
	cfg.PlatformFee = big.NewInt(opts.PlatformFee)
	cfg.WithdrawDelay = WithdrawDelay
	st, err := cfg.Storage()
	if err != nil {
		t.Fatal(err)
	}
	c := devchaintest.NewChain(t, devchaintest.Options{Accounts: Accounts, HTTP: opts.HTTP, DataDir: opts.DataDir,
		Mutate: func(g *genesis.Config) {
			if g.PrecompileStorage == nil {
				g.PrecompileStorage = map[common.Address]map[common.Hash]common.Hash{}
			}
			g.PrecompileStorage[precompile.Address] = st
			if opts.Mutate != nil {
				opts.Mutate(g)
			}
		}})
	f := &Fixture{Chain: c, t: t, Config: cfg, Contributions: map[uint64]common.Address{},
		Domain: settlement.DomainSeparator(c.ChainID, precompile.Address)}
	f.build(opts.AdapterFiles)
	return f
}

func (f *Fixture) send(key *ecdsa.PrivateKey, to common.Address, data []byte) *types.Receipt {
	f.t.Helper()
	return f.MustSend(key, to, data, nil)
}

// build creates Datanets 1–3 with contributions 1–6, base model 1 and
// adapters 2–5 (the first ones' weights hashed from files).
func (f *Fixture) build(files []string) {
	t := f.t
	t.Helper()
	hash := func(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }
	contribute := func(key int, ds int64, text string) uint64 {
		r := f.send(f.Keys[key], datanet.Address, dreg.PackContribute(big.NewInt(ds), hash(text), uint64(len(text)), "", ""))
		ev, err := dreg.UnpackContributionSubmittedEvent(r.Logs[0])
		if err != nil {
			t.Fatal(err)
		}
		return ev.ContributionId.Uint64()
	}
	create := func(key int, name string) int64 {
		r := f.send(f.Keys[key], datanet.Address, dreg.PackCreateDatanet(name, "", nil, ""))
		ev, err := dreg.UnpackDatanetCreatedEvent(r.Logs[0])
		if err != nil {
			t.Fatal(err)
		}
		return ev.DatanetId.Int64()
	}
	accept := func(curator int, id uint64) {
		f.send(f.Keys[curator], datanet.Address, dreg.PackReview(new(big.Int).SetUint64(id), true, ""))
	}
	publish := func(curator int, ds int64) {
		f.send(f.Keys[curator], datanet.Address, dreg.PackPublishVersion(big.NewInt(ds)))
	}
	d1 := create(Contributor0, "medical")
	d2 := create(Contributor0+1, "legal")
	d3 := create(Contributor0+2, "unrelated")
	for i := 0; i < 3; i++ {
		id := contribute(Contributor0+i, d1, "medical text "+string(rune('a'+i)))
		accept(Contributor0, id)
		f.Contributions[id] = f.Addr(Contributor0 + i)
		f.InProvenance = append(f.InProvenance, id)
	}
	publish(Contributor0, d1)
	id := contribute(Contributor0+1, d2, "legal text")
	accept(Contributor0+1, id)
	publish(Contributor0+1, d2)
	f.Contributions[id] = f.Addr(Contributor0 + 1)
	f.InProvenance = append(f.InProvenance, id)
	f.Outside = contribute(Contributor0+2, d3, "unrelated text")
	accept(Contributor0+2, f.Outside)
	publish(Contributor0+2, d3)
	f.Unpublished = contribute(Contributor0+1, d1, "late medical text")
	accept(Contributor0, f.Unpublished)

	owner := f.Keys[ModelOwner]
	f.send(owner, model.Address, mreg.PackRegisterBaseModel("base", "llama", hash("base"), "", ""))
	f.Base = 1
	ref := func(ds int64) bindings.IModelRegistryDatanetRef {
		return bindings.IModelRegistryDatanetRef{DatanetId: big.NewInt(ds), Version: big.NewInt(1)}
	}
	specs := []struct {
		name            string
		rateIn, rateOut int64
		refs            []bindings.IModelRegistryDatanetRef
	}{
		{"med", 2_000_000_000_000, 6_000_000_000_000, []bindings.IModelRegistryDatanetRef{ref(d1)}},
		{"legal", 1_000_000_000_001, 3_000_000_000_007, []bindings.IModelRegistryDatanetRef{ref(d2)}},
		{"both", 777_777_777_777, 999_999_999_999, []bindings.IModelRegistryDatanetRef{ref(d1), ref(d2)}},
		{"old", 1, 1, []bindings.IModelRegistryDatanetRef{ref(d1)}},
	}
	if len(files) > 3 {
		t.Fatalf("settlementtest: %d adapter files, the fixture serves 3 adapters", len(files))
	}
	for i, s := range specs {
		weights := common.Hash(hash(s.name))
		if i < len(files) && files[i] != "" {
			h, _, err := ipfs.HashPath(files[i])
			if err != nil {
				t.Fatalf("settlementtest: weights of adapter %s: %v", s.name, err)
			}
			weights = h
		}
		f.send(owner, model.Address, mreg.PackRegisterAdapter(bindings.IModelRegistryAdapterSpec{
			BaseModelId: big.NewInt(1), Name: s.name, WeightsHash: weights, Uri: "", Rank: 4,
			TargetModules: []string{"q_proj"}, RateIn: big.NewInt(s.rateIn), RateOut: big.NewInt(s.rateOut), Datanets: s.refs,
		}))
		if i < 3 {
			f.Adapters = append(f.Adapters, Adapter{ID: uint64(2 + i), RateIn: s.rateIn, RateOut: s.rateOut, Weights: weights})
		}
	}
	f.Deprecated = 5
	f.send(owner, model.Address, mreg.PackDeprecate(big.NewInt(5)))
	f.CheckSupply()
}

// Deposit escrows amount for dev account key.
func (f *Fixture) Deposit(key int, amount *big.Int) *types.Receipt {
	f.t.Helper()
	r := f.MustSend(f.Keys[key], precompile.Address, settlements.PackDeposit(), amount)
	f.CheckSupply()
	return r
}

// HeadTime is the head block's timestamp.
func (f *Fixture) HeadTime() uint64 {
	f.t.Helper()
	h, err := f.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		f.t.Fatal(err)
	}
	return h.Time
}

// Voucher returns a voucher of dev account key for model with the given
// nonce, maxFee and a deadline an hour after the head block, for the
// fixture's settler as operator at the model's current rates and latest
// version (as an operator admits it), and its signature.
func (f *Fixture) Voucher(key int, modelID uint64, nonce uint64, maxFee *uint256.Int, request string) (*settlement.Voucher, []byte) {
	f.t.Helper()
	return f.VoucherFor(key, modelID, nonce, maxFee, crypto.Keccak256Hash([]byte(request)))
}

// VoucherFor is Voucher for the request body that hashes to requestHash.
func (f *Fixture) VoucherFor(key int, modelID uint64, nonce uint64, maxFee *uint256.Int, requestHash common.Hash) (*settlement.Voucher, []byte) {
	f.t.Helper()
	v := &settlement.Voucher{Payer: f.Addr(key), Operator: f.Addr(Settler), ModelID: uint256.NewInt(modelID),
		RateIn: new(uint256.Int), RateOut: new(uint256.Int), MaxFee: maxFee,
		Nonce: uint256.NewInt(nonce), Deadline: f.HeadTime() + 3_600, RequestHash: requestHash}
	if out, err := f.Call(f.Addr(key), model.Address, mreg.PackGetModel(new(big.Int).SetUint64(modelID))); err == nil {
		if m, err := mreg.UnpackGetModel(out); err == nil {
			v.RateIn, _ = uint256.FromBig(m.RateIn)
			v.RateOut, _ = uint256.FromBig(m.RateOut)
			v.ModelVersion = m.VersionCount.Uint64()
		}
	}
	return v, f.Sign(key, v)
}

// Sign signs v with dev account key (after a test changed its fields).
func (f *Fixture) Sign(key int, v *settlement.Voucher) []byte {
	f.t.Helper()
	sig, err := v.Sign(f.Keys[key], f.Domain)
	if err != nil {
		f.t.Fatal(err)
	}
	return sig
}

// Balance is a's balance at the head.
func (f *Fixture) Balance(a common.Address) *big.Int {
	f.t.Helper()
	b, err := f.Client.BalanceAt(context.Background(), a, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	return b
}

func (f *Fixture) callUint(to common.Address, data []byte) *big.Int {
	f.t.Helper()
	return new(big.Int).SetBytes(f.MustCall(f.Addr(0), to, data))
}

// TotalBurned reads precompile.totalBurned().
func (f *Fixture) TotalBurned() *big.Int {
	return f.callUint(precompile.Address, settlements.PackTotalBurned())
}

// Escrow reads precompile.escrowOf(a).
func (f *Fixture) Escrow(a common.Address) *big.Int {
	return f.callUint(precompile.Address, settlements.PackEscrowOf(a))
}

// Claimable reads precompile.claimable(a).
func (f *Fixture) Claimable(a common.Address) *big.Int {
	return f.callUint(precompile.Address, settlements.PackClaimable(a))
}

// SumBalances sums every account balance of the head state: the genesis
// accounts and every account any transaction touched.
func (f *Fixture) SumBalances() *big.Int {
	f.t.Helper()
	sdb, err := f.Node.Eth.BlockChain().State()
	if err != nil {
		f.t.Fatal(err)
	}
	var sum balanceSum
	sdb.DumpToCollector(&sum, &state.DumpConfig{SkipCode: true, SkipStorage: true})
	return &sum.sum
}

type balanceSum struct{ sum big.Int }

func (b *balanceSum) OnRoot(common.Hash) {}

func (b *balanceSum) OnAccount(_ *common.Address, a state.DumpAccount) {
	v, _ := new(big.Int).SetString(a.Balance, 10)
	b.sum.Add(&b.sum, v)
}

// CheckSupply fails the test unless sum(all balances) == 1e27 − totalBurned
// − totalSlashed at the head, and the settlement precompile holds exactly
// the escrows and claimable balances of every dev and tracked account.
func (f *Fixture) CheckSupply() {
	f.t.Helper()
	slashed := f.callUint(agent.Address, bindings.NewIAgentRegistry().PackTotalSlashed())
	want := new(big.Int).Sub(open.TotalSupply(), f.TotalBurned())
	want.Sub(want, slashed)
	if got := f.SumBalances(); got.Cmp(want) != 0 {
		f.t.Fatalf("sum of balances %s, want 1e27 − burned − slashed = %s", got, want)
	}
	held := new(big.Int)
	accounts := append([]common.Address{}, f.Tracked...)
	for i := range f.Keys {
		accounts = append(accounts, f.Addr(i))
	}
	for _, a := range accounts {
		held.Add(held, f.Escrow(a)).Add(held, f.Claimable(a))
	}
	if bal := f.Balance(precompile.Address); bal.Cmp(held) != 0 {
		f.t.Fatalf("settlement balance %s, escrows + claimable %s", bal, held)
	}
}

// CheckSupplyEveryBlock checks sum(all balances) == 1e27 − totalBurned −
// totalSlashed in the state after every block from genesis to the head,
// reading both totals from that block's state. It returns how many blocks it
// checked; a block whose state the node no longer holds fails the test.
func (f *Fixture) CheckSupplyEveryBlock() int {
	f.t.Helper()
	bc := f.Node.Eth.BlockChain()
	head := bc.CurrentBlock().Number.Uint64()
	for n := uint64(0); n <= head; n++ {
		h := bc.GetHeaderByNumber(n)
		if h == nil {
			f.t.Fatalf("no header %d", n)
		}
		st, err := bc.StateAt(h.Root)
		if err != nil {
			f.t.Fatalf("state of block %d: %v", n, err)
		}
		var sum balanceSum
		st.DumpToCollector(&sum, &state.DumpConfig{SkipCode: true, SkipStorage: true})
		want := new(big.Int).Sub(open.TotalSupply(), precompile.TotalBurned(st).ToBig())
		want.Sub(want, agent.TotalSlashed(st).ToBig())
		if sum.sum.Cmp(want) != 0 {
			f.t.Fatalf("block %d: sum of balances %s, want 1e27 − burned − slashed = %s", n, &sum.sum, want)
		}
	}
	return int(head) + 1
}

// WaitFor polls cond every 10 ms until it holds or timeout passes.
func WaitFor(t testing.TB, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	devchaintest.WaitFor(t, timeout, what, cond)
}
