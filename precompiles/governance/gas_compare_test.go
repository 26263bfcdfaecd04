package governance_test

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/contracts/toolchain"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/precompiles/governance"
	"github.com/openledger/openledger/precompiles/settlement"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

// ozVotingBlocks is the OpenZeppelin governor's voting period, in blocks.
const ozVotingBlocks = 15

// solidity is one compiled contract of testdata/OZGovernor.sol.
type solidity struct {
	abi  abi.ABI
	code []byte
}

func compileOZ(t *testing.T) map[string]solidity {
	t.Helper()
	src, err := os.ReadFile("testdata/OZGovernor.sol")
	if err != nil {
		t.Fatal(err)
	}
	arts, err := toolchain.Compile(context.Background(), map[string]string{"OZGovernor.sol": string(src)})
	if err != nil {
		t.Fatalf("compile OpenZeppelin's governor (npm solc, @openzeppelin/contracts from contracts/package.json): %v", err)
	}
	out := map[string]solidity{}
	for _, name := range []string{"OZGovernor", "LockedOPEN", "FeeParams", "TimelockController"} {
		a, ok := arts[name]
		if !ok {
			t.Fatalf("no artifact %s", name)
		}
		parsed, err := abi.JSON(strings.NewReader(string(a.ABI)))
		if err != nil {
			t.Fatal(err)
		}
		out[name] = solidity{abi: parsed, code: hexutil.MustDecode(a.Bytecode)}
	}
	return out
}

func pack(t *testing.T, a abi.ABI, method string, args ...any) []byte {
	t.Helper()
	data, err := a.Pack(method, args...)
	if err != nil {
		t.Fatalf("pack %s: %v", method, err)
	}
	return data
}

// TestGasAgainstOpenZeppelin runs the same lifecycle through the precompile
// and through OpenZeppelin's Governor + GovernorVotes + TimelockController
// (testdata/OZGovernor.sol, compiled with the npm solc and
// @openzeppelin/contracts), deployed on the same dev node, and prints the gas
// of each step of both: lock (OZ: deposit into an ERC20Votes wrapper of
// OPEN and delegate to oneself), propose two changes (the burn share and a
// settler), vote, queue, execute. Both sides pay the same intrinsic and
// calldata gas; the figures are receipts' gasUsed.
func TestGasAgainstOpenZeppelin(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles OpenZeppelin's governor with solc-js (about a minute)")
	}
	oz := compileOZ(t)
	cfg := governance.DefaultConfig()
	cfg.Params.VotingPeriod, cfg.Params.TimelockDelay, cfg.Params.UnlockDelay = e2eVoting, e2eTimelock, e2eUnlock
	cfg.Params.ProposalThreshold = open.Wei(1)
	for _, k := range []governance.ChangeKind{governance.KindVotingPeriod, governance.KindTimelockDelay, governance.KindUnlockDelay} {
		cfg.Bounds[k].Min = big.NewInt(1)
	}
	st, err := cfg.Storage()
	if err != nil {
		t.Fatal(err)
	}
	c := devchaintest.NewChain(t, devchaintest.Options{Accounts: 4, Mutate: func(g *genesis.Config) {
		g.Timestamp = uint64(time.Now().Unix()) + 24*3600
		g.PrecompileStorage[governance.Address] = st
	}})
	settler := crypto.PubkeyToAddress(genesis.DevKey(1).PublicKey) // the devnet settler
	deployer, voters := c.Keys[0], c.Keys[1:]

	// OpenZeppelin: token, timelock (anyone executes), governor, target.
	deploy := func(name string, args ...any) common.Address {
		ctor, err := oz[name].abi.Pack("", args...)
		if err != nil {
			t.Fatalf("%s constructor: %v", name, err)
		}
		return c.Deploy(deployer, append(append([]byte{}, oz[name].code...), ctor...))
	}
	token := deploy("LockedOPEN")
	timelock := deploy("TimelockController", big.NewInt(1), []common.Address{}, []common.Address{{}}, c.Addr(0))
	governor := deploy("OZGovernor", token, timelock, uint32(ozVotingBlocks))
	target := deploy("FeeParams", timelock)
	tl, gv, tk, fp := oz["TimelockController"].abi, oz["OZGovernor"].abi, oz["LockedOPEN"].abi, oz["FeeParams"].abi
	c.MustSend(deployer, timelock, pack(t, tl, "grantRole", crypto.Keccak256Hash([]byte("PROPOSER_ROLE")), governor), nil)

	type row struct {
		step          string
		precompile, z uint64
	}
	var rows []row
	gas := func(rs ...*types.Receipt) uint64 {
		var g uint64
		for _, r := range rs {
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("tx %s reverted", r.TxHash)
			}
			g += r.GasUsed
		}
		return g
	}
	record := func(step string, pre, ozGas uint64) { rows = append(rows, row{step, pre, ozGas}) }

	// Lock: 600, 300, 100 OPEN.
	for i, amount := range []int64{600, 300, 100} {
		pre := gas(c.MustSend(voters[i], governance.Address, gov.PackLock(), open.Wei(amount)))
		z := gas(c.MustSend(voters[i], token, pack(t, tk, "deposit"), open.Wei(amount)),
			c.MustSend(voters[i], token, pack(t, tk, "delegate", crypto.PubkeyToAddress(voters[i].PublicKey)), nil))
		if i == 0 {
			record("lock (OZ: deposit + delegate)", pre, z)
		}
	}
	c.Commit()

	// Propose: the burn to 30 % and a settler out.
	changes := []bindings.IGovernanceChange{
		change(governance.KindBurnBps, common.Address{}, 0, 3_000),
		change(governance.KindRemoveSettler, settler, 0, 0),
	}
	targets, values := []common.Address{target, target}, []*big.Int{new(big.Int), new(big.Int)}
	calldatas := [][]byte{pack(t, fp, "setBurnBps", uint16(3_000)), pack(t, fp, "setSettler", settler, false)}
	description := "raise the burn to 30 % and remove a settler"
	descHash := crypto.Keccak256Hash([]byte(description))
	r := c.MustSend(voters[0], governance.Address, gov.PackPropose(changes, description), nil)
	pid, voteEnd := new(big.Int), uint64(0)
	for _, l := range r.Logs {
		if ev, err := gov.UnpackProposalCreatedEvent(l); err == nil {
			pid, voteEnd = ev.ProposalId, ev.VoteEnd
		}
	}
	rz := c.MustSend(voters[0], governor, pack(t, gv, "propose", targets, values, calldatas, description), nil)
	record("propose (2 changes)", gas(r), gas(rz))
	ozID := new(big.Int).SetBytes(c.MustCall(c.Addr(0), governor, pack(t, gv, "hashProposal", targets, values, calldatas, descHash)))
	ozDeadline := new(big.Int).SetBytes(c.MustCall(c.Addr(0), governor, pack(t, gv, "proposalDeadline", ozID))).Uint64()
	c.Commit() // OpenZeppelin's voting opens the block after the snapshot

	// Vote: for, for, against.
	for i, support := range []uint8{governance.For, governance.For, governance.Against} {
		pre := gas(c.MustSend(voters[i], governance.Address, gov.PackVote(pid, support), nil))
		z := gas(c.MustSend(voters[i], governor, pack(t, gv, "castVote", ozID, support), nil))
		if i == 0 {
			record("vote", pre, z)
		}
	}
	head := func() *types.Header {
		h, err := c.Client.HeaderByNumber(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	for h := head(); h.Number.Uint64() <= ozDeadline || h.Time < voteEnd; h = head() {
		c.Commit()
	}

	// Queue.
	r = c.MustSend(voters[0], governance.Address, gov.PackQueue(pid), nil)
	var eta uint64
	for _, l := range r.Logs {
		if ev, err := gov.UnpackProposalQueuedEvent(l); err == nil {
			eta = ev.Eta
		}
	}
	rz = c.MustSend(voters[0], governor, pack(t, gv, "queue", targets, values, calldatas, descHash), nil)
	record("queue", gas(r), gas(rz))
	for head().Time < eta {
		c.Commit()
	}

	// Execute.
	r = c.MustSend(voters[0], governance.Address, gov.PackExecute(pid, changes), nil)
	rz = c.MustSend(voters[0], governor, pack(t, gv, "execute", targets, values, calldatas, descHash), nil)
	record("execute (2 changes)", gas(r), gas(rz))

	// Both applied the changes.
	if burn := new(big.Int).SetBytes(c.MustCall(c.Addr(0), target, pack(t, fp, "burnBps"))); burn.Int64() != 3_000 {
		t.Fatalf("OpenZeppelin's timelock left burnBps at %s", burn)
	}
	got, err := settlements.UnpackFeeParams(c.MustCall(c.Addr(0), settlement.Address, settlements.PackFeeParams()))
	if err != nil || got.BurnBps != 3_000 {
		t.Fatalf("precompile left burnBps at %d (%v)", got.BurnBps, err)
	}

	var b strings.Builder
	fmt.Fprintf(&b, "\n%-32s %12s %14s %8s\n", "step", "precompile", "OpenZeppelin", "ratio")
	var sumP, sumZ uint64
	for _, r := range rows {
		fmt.Fprintf(&b, "%-32s %12d %14d %8.2f\n", r.step, r.precompile, r.z, float64(r.precompile)/float64(r.z))
		sumP, sumZ = sumP+r.precompile, sumZ+r.z
	}
	fmt.Fprintf(&b, "%-32s %12d %14d %8.2f\n", "lifecycle (one voter)", sumP, sumZ, float64(sumP)/float64(sumZ))
	t.Log(b.String())
}
