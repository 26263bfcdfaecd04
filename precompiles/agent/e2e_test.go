package agent_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/precompiles/agent"
	"github.com/openledger/openledger/precompiles/model"
	"github.com/openledger/openledger/precompiles/precompiletest"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

var (
	reg  = bindings.NewIAgentRegistry()
	mreg = bindings.NewIModelRegistry()
)

const testDelay = 5 // unbonding delay in blocks

func openWei(n int64) *big.Int { return open.Wei(n) }

// withConfig writes the registry's genesis parameters: minimum stake 100
// OPEN, a 5-block delay, dev account 3 as the only slasher.
func withConfig(t testing.TB) func(*genesis.Config) {
	return func(cfg *genesis.Config) {
		ac := agent.Config{MinStake: openWei(100), UnbondingDelay: testDelay,
			Slashers: []common.Address{crypto.PubkeyToAddress(genesis.DevKey(3).PublicKey)}}
		st, err := ac.Storage()
		if err != nil {
			t.Fatal(err)
		}
		cfg.PrecompileStorage = map[common.Address]map[common.Hash]common.Hash{agent.Address: st}
	}
}

// setup starts the chain and registers base model 1.
func setup(t *testing.T) *devchaintest.Chain {
	c := devchaintest.NewChain(t, devchaintest.Options{Mutate: withConfig(t)})
	c.MustSend(c.Keys[0], model.Address, mreg.PackRegisterBaseModel("base", "llama", crypto.Keccak256Hash([]byte("w")), "", ""), nil)
	return c
}

func balance(t *testing.T, c *devchaintest.Chain, a common.Address) *big.Int {
	t.Helper()
	b, err := c.Client.BalanceAt(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// feeVaults receive every fee an OP Stack transaction pays: priority fees,
// the base fee, the L1 data fee and the operator fee.
var feeVaults = []common.Address{
	common.HexToAddress("0x4200000000000000000000000000000000000011"),
	common.HexToAddress("0x4200000000000000000000000000000000000019"),
	common.HexToAddress("0x420000000000000000000000000000000000001a"),
	common.HexToAddress("0x420000000000000000000000000000000000001b"),
}

// txCost is what the only transaction of r's block paid in fees: what the fee
// vaults gained in that block.
func txCost(t *testing.T, c *devchaintest.Chain, r *types.Receipt) *big.Int {
	t.Helper()
	ctx := context.Background()
	prev := new(big.Int).Sub(r.BlockNumber, big.NewInt(1))
	cost := new(big.Int)
	for _, v := range feeVaults {
		after, err := c.Client.BalanceAt(ctx, v, r.BlockNumber)
		if err != nil {
			t.Fatal(err)
		}
		before, err := c.Client.BalanceAt(ctx, v, prev)
		if err != nil {
			t.Fatal(err)
		}
		cost.Add(cost, after.Sub(after, before))
	}
	return cost
}

func getAgent(t *testing.T, c *devchaintest.Chain, id int64) bindings.IAgentRegistryAgent {
	t.Helper()
	a, err := reg.UnpackGetAgent(c.MustCall(c.Addr(0), agent.Address, reg.PackGetAgent(big.NewInt(id))))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func callUint(t *testing.T, c *devchaintest.Chain, data []byte) *big.Int {
	t.Helper()
	out := c.MustCall(c.Addr(0), agent.Address, data)
	return new(big.Int).SetBytes(out)
}

// checkInvariant: the registry's balance equals totalStaked and the sum of
// every agent's bonded and unbonding stake.
func checkInvariant(t *testing.T, c *devchaintest.Chain) {
	t.Helper()
	n := callUint(t, c, reg.PackAgentCount()).Int64()
	sum := new(big.Int)
	for i := int64(1); i <= n; i++ {
		a := getAgent(t, c, i)
		sum.Add(sum, a.Stake).Add(sum, a.Unbonding)
	}
	total := callUint(t, c, reg.PackTotalStaked())
	if bal := balance(t, c, agent.Address); bal.Cmp(total) != 0 || total.Cmp(sum) != 0 {
		t.Fatalf("registry balance %s, totalStaked %s, sum of stakes %s", bal, total, sum)
	}
}

// supply sums every balance in the head state.
func supply(t *testing.T, c *devchaintest.Chain) *big.Int {
	t.Helper()
	sdb, err := c.Node.Eth.BlockChain().State()
	if err != nil {
		t.Fatal(err)
	}
	var sum balanceSum
	sdb.DumpToCollector(&sum, &state.DumpConfig{SkipCode: true, SkipStorage: true})
	return sum.total()
}

type balanceSum struct{ sum big.Int }

func (b *balanceSum) OnRoot(common.Hash) {}

func (b *balanceSum) OnAccount(_ *common.Address, a state.DumpAccount) {
	v, _ := new(big.Int).SetString(a.Balance, 10)
	b.sum.Add(&b.sum, v)
}

func (b *balanceSum) total() *big.Int { return new(big.Int).Set(&b.sum) }

func expectRevert(t *testing.T, c *devchaintest.Chain, from common.Address, data []byte, value *big.Int, want string) {
	t.Helper()
	_, err := c.Client.EstimateGas(context.Background(), callMsg(from, data, value))
	rd, _ := precompiletest.RevertData(err)
	if got := precompiletest.RevertName(agent.ABI, rd); got != want {
		t.Fatalf("revert %q (%v), want %s", got, err, want)
	}
}

func TestStakeUnstakeWithdrawExactBalances(t *testing.T) {
	c := setup(t)
	owner := c.Addr(1)
	if callUint(t, c, reg.PackMinStake()).Cmp(openWei(100)) != 0 || callUint(t, c, reg.PackUnbondingDelay()).Int64() != testDelay {
		t.Fatal("genesis parameters not applied")
	}
	expectRevert(t, c, owner, reg.PackRegister("ipfs://agent", big.NewInt(1)), openWei(99), "StakeBelowMinimum")
	expectRevert(t, c, owner, reg.PackRegister("ipfs://agent", big.NewInt(2)), openWei(100), "ModelNotFound")

	before := balance(t, c, owner)
	r := c.MustSend(c.Keys[1], agent.Address, reg.PackRegister("ipfs://agent", big.NewInt(1)), openWei(150))
	ev, err := reg.UnpackAgentRegisteredEvent(r.Logs[0])
	if err != nil || ev.AgentId.Int64() != 1 || ev.Owner != owner || ev.ModelId.Int64() != 1 || ev.Stake.Cmp(openWei(150)) != 0 {
		t.Fatalf("AgentRegistered %+v %v", ev, err)
	}
	want := new(big.Int).Sub(before, openWei(150))
	if got := balance(t, c, owner); got.Cmp(want.Sub(want, txCost(t, c, r))) != 0 {
		t.Fatalf("owner balance %s, want %s", got, want)
	}
	if bal := balance(t, c, agent.Address); bal.Cmp(openWei(150)) != 0 {
		t.Fatalf("registry balance %s", bal)
	}
	checkInvariant(t, c)

	// Anyone adds stake.
	r = c.MustSend(c.Keys[2], agent.Address, reg.PackAddStake(big.NewInt(1)), openWei(50))
	if ev, err := reg.UnpackStakeAddedEvent(r.Logs[0]); err != nil || ev.From != c.Addr(2) || ev.Stake.Cmp(openWei(200)) != 0 {
		t.Fatalf("StakeAdded %+v %v", ev, err)
	}
	checkInvariant(t, c)

	// Only the owner unstakes; what stays bonded is 0 or ≥ the minimum.
	expectRevert(t, c, c.Addr(2), reg.PackRequestUnstake(big.NewInt(1), openWei(10)), nil, "NotAgentOwner")
	expectRevert(t, c, owner, reg.PackRequestUnstake(big.NewInt(1), openWei(150)), nil, "StakeBelowMinimum")
	expectRevert(t, c, owner, reg.PackRequestUnstake(big.NewInt(1), openWei(201)), nil, "InsufficientStake")
	expectRevert(t, c, owner, reg.PackWithdraw(big.NewInt(1)), nil, "NothingToWithdraw")
	r = c.MustSend(c.Keys[1], agent.Address, reg.PackRequestUnstake(big.NewInt(1), openWei(60)), nil)
	un, err := reg.UnpackUnstakeRequestedEvent(r.Logs[0])
	if err != nil || un.ReleaseBlock != r.BlockNumber.Uint64()+testDelay || un.Unbonding.Cmp(openWei(60)) != 0 {
		t.Fatalf("UnstakeRequested %+v %v (block %d)", un, err, r.BlockNumber)
	}
	checkInvariant(t, c)

	// Unbonding is enforced: a withdrawal mined before the release block fails and moves nothing.
	for c.Commit().NumberU64() < un.ReleaseBlock-2 {
	}
	early := c.Send(c.Keys[1], agent.Address, reg.PackWithdraw(big.NewInt(1)), nil, 200_000)
	if early.Status != types.ReceiptStatusFailed || early.BlockNumber.Uint64() != un.ReleaseBlock-1 {
		t.Fatalf("withdraw in block %d (release %d): status %d", early.BlockNumber, un.ReleaseBlock, early.Status)
	}
	if a := getAgent(t, c, 1); a.Unbonding.Cmp(openWei(60)) != 0 {
		t.Fatal("failed withdrawal changed the agent")
	}
	// In the release block it succeeds, with the value moved exactly. (Gas is
	// given: an estimate at the head block would still see the delay running.)
	before = balance(t, c, owner)
	r = c.Send(c.Keys[1], agent.Address, reg.PackWithdraw(big.NewInt(1)), nil, 200_000)
	if r.Status != types.ReceiptStatusSuccessful || r.BlockNumber.Uint64() != un.ReleaseBlock {
		t.Fatalf("withdrawal in block %d (release %d): status %d", r.BlockNumber, un.ReleaseBlock, r.Status)
	}
	if ev, err := reg.UnpackStakeWithdrawnEvent(r.Logs[0]); err != nil || ev.Amount.Cmp(openWei(60)) != 0 || ev.To != owner {
		t.Fatalf("StakeWithdrawn %+v %v", ev, err)
	}
	want = new(big.Int).Add(before, openWei(60))
	if got := balance(t, c, owner); got.Cmp(want.Sub(want, txCost(t, c, r))) != 0 {
		t.Fatalf("owner balance after withdraw %s, want %s", got, want)
	}
	if bal := balance(t, c, agent.Address); bal.Cmp(openWei(140)) != 0 {
		t.Fatalf("registry balance %s, want 140 OPEN", bal)
	}
	checkInvariant(t, c)
	expectRevert(t, c, owner, reg.PackWithdraw(big.NewInt(1)), nil, "NothingToWithdraw")
}

func TestSlashingBurnsAndDeactivates(t *testing.T) {
	c := setup(t)
	slasher := c.Addr(3)
	c.MustSend(c.Keys[1], agent.Address, reg.PackRegister("a", big.NewInt(1)), openWei(120))
	c.MustSend(c.Keys[2], agent.Address, reg.PackRegister("b", big.NewInt(1)), openWei(300))
	c.MustSend(c.Keys[2], agent.Address, reg.PackRequestUnstake(big.NewInt(2), openWei(100)), nil)
	supplyBefore := supply(t, c)
	if supplyBefore.Cmp(open.TotalSupply()) != 0 {
		t.Fatalf("supply %s before slashing, want 1e27", supplyBefore)
	}

	// Only slashers slash.
	for _, from := range []common.Address{c.Addr(0), c.Addr(1)} {
		expectRevert(t, c, from, reg.PackSlash(big.NewInt(1), openWei(1), "x"), nil, "NotSlasher")
	}
	if ok, _ := reg.UnpackIsSlasher(c.MustCall(c.Addr(0), agent.Address, reg.PackIsSlasher(slasher))); !ok {
		t.Fatal("genesis slasher missing")
	}

	// Slash 30 OPEN of agent 1: 120 → 90 < 100, so it becomes inactive.
	r := c.MustSend(c.Keys[3], agent.Address, reg.PackSlash(big.NewInt(1), openWei(30), "double sign"), nil)
	sl, err := reg.UnpackAgentSlashedEvent(r.Logs[0])
	if err != nil || sl.Amount.Cmp(openWei(30)) != 0 || sl.Slasher != slasher || sl.Reason != "double sign" {
		t.Fatalf("AgentSlashed %+v %v", sl, err)
	}
	if len(r.Logs) != 2 {
		t.Fatalf("%d logs, want AgentSlashed and AgentDeactivated", len(r.Logs))
	}
	if _, err := reg.UnpackAgentDeactivatedEvent(r.Logs[1]); err != nil {
		t.Fatal(err)
	}
	if a := getAgent(t, c, 1); a.Active || a.Stake.Cmp(openWei(90)) != 0 || a.Slashed.Cmp(openWei(30)) != 0 {
		t.Fatalf("agent 1 after slash: %+v", a)
	}
	checkInvariant(t, c)

	// Slash agent 2 by 250: 200 bonded go first, then 50 of the 100 unbonding.
	r = c.MustSend(c.Keys[3], agent.Address, reg.PackSlash(big.NewInt(2), openWei(250), "fraud"), nil)
	if sl, _ := reg.UnpackAgentSlashedEvent(r.Logs[0]); sl.Amount.Cmp(openWei(250)) != 0 {
		t.Fatalf("slashed %s", sl.Amount)
	}
	if a := getAgent(t, c, 2); a.Stake.Sign() != 0 || a.Unbonding.Cmp(openWei(50)) != 0 || a.Active {
		t.Fatalf("agent 2 after slash: %+v", a)
	}
	// Asking for more than is left burns what is left.
	r = c.MustSend(c.Keys[3], agent.Address, reg.PackSlash(big.NewInt(2), openWei(1_000), "fraud"), nil)
	if sl, _ := reg.UnpackAgentSlashedEvent(r.Logs[0]); sl.Amount.Cmp(openWei(50)) != 0 {
		t.Fatalf("capped slash burned %s", sl.Amount)
	}
	expectRevert(t, c, slasher, reg.PackSlash(big.NewInt(2), openWei(1), "again"), nil, "InsufficientStake")
	checkInvariant(t, c)

	burned := openWei(30 + 250 + 50)
	if got := callUint(t, c, reg.PackTotalSlashed()); got.Cmp(burned) != 0 {
		t.Fatalf("totalSlashed %s, want %s", got, burned)
	}
	// The burned OPEN left the supply: every balance together is 1e27 − burned.
	want := new(big.Int).Sub(open.TotalSupply(), burned)
	if got := supply(t, c); got.Cmp(want) != 0 {
		t.Fatalf("supply %s, want %s", got, want)
	}

	// Topping agent 1 back up to the minimum reactivates it.
	r = c.MustSend(c.Keys[1], agent.Address, reg.PackAddStake(big.NewInt(1)), openWei(10))
	if len(r.Logs) != 2 {
		t.Fatalf("%d logs, want StakeAdded and AgentActivated", len(r.Logs))
	}
	if _, err := reg.UnpackAgentActivatedEvent(r.Logs[1]); err != nil {
		t.Fatal(err)
	}
	if a := getAgent(t, c, 1); !a.Active {
		t.Fatal("agent 1 not active at the minimum")
	}
	page, err := reg.UnpackAgentsOf(c.MustCall(c.Addr(0), agent.Address, reg.PackAgentsOf(c.Addr(2), big.NewInt(0), big.NewInt(10))))
	if err != nil || len(page) != 1 || page[0].Id.Int64() != 2 || page[0].MetadataURI != "b" {
		t.Fatalf("agentsOf: %+v %v", page, err)
	}
	checkInvariant(t, c)
}
