package main_test

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/precompiles/governance"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

// Governance periods of the CLI test chain, in seconds. Its genesis is a day
// ahead of the clock, so every block is exactly one second after its parent.
const (
	cliVoting   = 10
	cliTimelock = 5
	cliUnlock   = 5
)

func newGovChain(t *testing.T) *testChain {
	cfg := governance.DefaultConfig()
	cfg.Params.VotingPeriod, cfg.Params.TimelockDelay, cfg.Params.UnlockDelay = cliVoting, cliTimelock, cliUnlock
	cfg.Params.ProposalThreshold = open.Wei(1)
	for _, k := range []governance.ChangeKind{governance.KindVotingPeriod, governance.KindTimelockDelay, governance.KindUnlockDelay} {
		cfg.Bounds[k].Min = big.NewInt(1)
	}
	st, err := cfg.Storage()
	if err != nil {
		t.Fatal(err)
	}
	c := devchaintest.NewChain(t, devchaintest.Options{HTTP: true, Mutate: func(g *genesis.Config) {
		g.Timestamp = uint64(time.Now().Unix()) + 24*3600
		g.PrecompileStorage[governance.Address] = st
	}})
	c.BuildOnTx()
	return &testChain{Chain: c, rpc: c.Node.HTTPEndpoint(), ipfsAPI: unreachableIPFS, cache: t.TempDir()}
}

// ok runs the binary with --json and decodes its output into a map.
func (c *testChain) ok(t *testing.T, args ...string) map[string]any {
	t.Helper()
	out, errOut, ok := c.run(t, append([]string{"--json"}, args...)...)
	if !ok {
		t.Fatalf("ledger %s: %s", strings.Join(args, " "), errOut)
	}
	var v map[string]any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("ledger %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return v
}

// fails runs the binary and requires it to fail with want in its stderr.
func (c *testChain) fails(t *testing.T, want string, args ...string) {
	t.Helper()
	_, errOut, ok := c.run(t, args...)
	if ok || !strings.Contains(errOut, want) {
		t.Fatalf("ledger %s: ok=%v, stderr %q, want an error with %q", strings.Join(args, " "), ok, errOut, want)
	}
}

func (c *testChain) headTime(t *testing.T) uint64 {
	t.Helper()
	h, err := c.Client.HeaderByNumber(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

// TestGov drives a proposal through `ledger gov`: lock, propose (a burn
// change, a settler removal, a treasury spend), vote, show, queue, execute,
// list, status, unlock and withdraw, with the precompile's errors decoded.
func TestGov(t *testing.T) {
	c := newGovChain(t)
	settler := crypto.PubkeyToAddress(genesis.DevKey(1).PublicKey) // the devnet settler
	payee := common.HexToAddress("0x00000000000000000000000000000000000beef1")
	k1, k2 := keyHex(2), keyHex(3)
	if v := c.ok(t, "--key", k1, "gov", "lock", "--amount", "600OPEN"); v["locked"] != open.Wei(600).String() {
		t.Fatalf("lock: %v", v)
	}
	c.ok(t, "--key", k2, "gov", "lock", "--amount", "300OPEN")
	c.fails(t, "bad --change", "--key", k1, "gov", "propose", "--change", "burnBps")
	c.fails(t, "unknown kind", "--key", k1, "gov", "propose", "--change", "mintOPEN=1")
	c.fails(t, "OutOfBounds", "--key", k1, "gov", "propose", "--change", "burnBps=6000")
	p := c.ok(t, "--key", k1, "gov", "propose", "--description", "burn more, drop a settler, fund a grant",
		"--change", "burnBps=3000", "--change", "removeSettler="+settler.Hex(), "--change", "treasurySpend="+payee.Hex()+":5OPEN")
	if p["proposalId"] != float64(1) {
		t.Fatalf("propose: %v", p)
	}
	voteEnd := uint64(p["voteEnd"].(float64))
	if v := c.ok(t, "--key", k1, "gov", "vote", "--proposal", "1", "--support", "for"); v["weight"] != open.Wei(600).String() {
		t.Fatalf("vote: %v", v)
	}
	c.ok(t, "--key", k2, "gov", "vote", "--proposal", "1", "--support", "against")
	c.fails(t, "AlreadyVoted", "--key", k1, "gov", "vote", "--proposal", "1", "--support", "for")
	c.fails(t, "--support", "--key", k1, "gov", "vote", "--proposal", "1", "--support", "maybe")
	show := c.ok(t, "gov", "show", "1")
	if show["state"] != "active" || len(show["changes"].([]any)) != 3 || show["description"] != "burn more, drop a settler, fund a grant" {
		t.Fatalf("show: %v", show)
	}
	c.fails(t, "VotingNotEnded", "--key", k2, "gov", "queue", "--proposal", "1")
	for c.headTime(t) < voteEnd {
		c.Commit()
	}
	q := c.ok(t, "--key", k2, "gov", "queue", "--proposal", "1")
	c.fails(t, "TimelockNotElapsed", "--key", k2, "gov", "execute", "--proposal", "1")
	for c.headTime(t)+1 < uint64(q["eta"].(float64)) {
		c.Commit()
	}
	x := c.ok(t, "--key", k2, "gov", "execute", "--proposal", "1")
	if len(x["applied"].([]any)) != 3 {
		t.Fatalf("execute: %v", x)
	}
	isSettler, err := c.Call(settler, addresses.Settlement, bindings.NewISettlement().PackIsSettler(settler))
	if err != nil || new(big.Int).SetBytes(isSettler).Sign() != 0 {
		t.Fatalf("settler still in the set (%x, %v)", isSettler, err)
	}
	if b, err := c.Client.BalanceAt(t.Context(), payee, nil); err != nil || b.Cmp(open.Wei(5)) != 0 {
		t.Fatalf("payee holds %v (%v)", b, err)
	}
	out, errOut, ok := c.run(t, "--json", "gov", "list")
	if !ok || !strings.Contains(out, `"state": "executed"`) {
		t.Fatalf("list: %s %s", out, errOut)
	}
	c.ok(t, "--key", k2, "gov", "unlock", "--amount", "300OPEN")
	c.fails(t, "StillLocked", "--key", k2, "gov", "withdraw")
	st := c.ok(t, "gov", "status", crypto.PubkeyToAddress(genesis.DevKey(3).PublicKey).Hex())
	if st["unlocking"] != open.Wei(300).String() || st["locked"] != "0" {
		t.Fatalf("status: %v", st)
	}
}
