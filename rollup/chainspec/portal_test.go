package chainspec

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/rollup/withdrawals"
)

// orderedProof collects trie.Prove's nodes in the order it writes them
// (root to leaf), as eth_getProof returns them.
type orderedProof struct{ nodes []hexutil.Bytes }

func (p *orderedProof) Put(_ []byte, v []byte) error {
	p.nodes = append(p.nodes, append([]byte(nil), v...))
	return nil
}
func (p *orderedProof) Delete([]byte) error { return errors.New("not supported") }

// passerStorage builds a message passer storage trie holding the given
// withdrawal hashes (plus filler) and returns its root and a proof for want.
func passerStorage(t *testing.T, sent []common.Hash, want common.Hash) (common.Hash, []hexutil.Bytes) {
	t.Helper()
	tr := trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil))
	for _, h := range sent {
		if err := tr.Update(crypto.Keccak256(withdrawals.StorageSlot(h).Bytes()), []byte{1}); err != nil {
			t.Fatal(err)
		}
	}
	root := tr.Hash()
	var p orderedProof
	if err := tr.Prove(crypto.Keccak256(withdrawals.StorageSlot(want).Bytes()), &p); err != nil {
		t.Fatal(err)
	}
	return root, p.nodes
}

// l1CallAt is l1Call at an L1 block time.
func l1CallAt(st *state.StateDB, dc DeployConfig, origin, to common.Address, block int64, time uint64, data []byte) ([]byte, error) {
	cfg := &runtime.Config{ChainConfig: L1ChainConfig(dc.L1ChainID), State: st, Origin: origin, GasLimit: 10_000_000,
		BlockNumber: big.NewInt(block), Time: time, BaseFee: big.NewInt(0)}
	out, _, err := runtime.Call(to, data, cfg)
	return out, err
}

// requireCustomError fails unless the call reverted with the named error.
func requireCustomError(t *testing.T, out []byte, err error, sig string) {
	t.Helper()
	if !errors.Is(err, vm.ErrExecutionReverted) {
		t.Fatalf("call: %v, want revert %s", err, sig)
	}
	if want := crypto.Keccak256([]byte(sig))[:4]; len(out) < 4 || string(out[:4]) != string(want) {
		t.Fatalf("reverted with %x, want %s", out, sig)
	}
}

// requireReason fails unless the call reverted with Error(string) starting with prefix.
func requireReason(t *testing.T, out []byte, err error, prefix string) {
	t.Helper()
	if !errors.Is(err, vm.ErrExecutionReverted) {
		t.Fatalf("call: %v, want revert %q", err, prefix)
	}
	reason, uerr := abi.UnpackRevert(out)
	if uerr != nil || !strings.HasPrefix(reason, prefix) {
		t.Fatalf("reverted with %x (%q), want a reason starting %q", out, reason, prefix)
	}
}

// TestOptimismPortalWithdrawal proves and finalizes a withdrawal against an
// output the proposer posted, in an L1 built from the devnet genesis, with a
// real Merkle-Patricia proof, and checks every refusal: a stranger proposing,
// forged proofs, unsafe targets, early finalization, replays, a blacklisted
// output; then a deposit that locks L1 OPEN and mints as much on L2.
func TestOptimismPortalWithdrawal(t *testing.T) {
	dc := DevDeployConfig(1_700_000_000, 2)
	st := l1State(t, dc)
	portalABI, oracleABI, tokenABI := bindings.NewOptimismPortal(), bindings.NewOutputOracle(), bindings.NewOpenToken()
	portal, oracle, token := dc.DepositPortalAddress, dc.OutputOracleAddress, dc.OpenTokenAddress
	user := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	period := dc.FinalizationPeriodSeconds
	const t0 = 1_700_000_100

	w := &withdrawals.Withdrawal{Nonce: big.NewInt(7), Sender: user, Target: user, Value: open.Wei(5), GasLimit: big.NewInt(100_000)}
	hash, err := w.Hash()
	if err != nil {
		t.Fatal(err)
	}
	sent := []common.Hash{hash}
	for i := 0; i < 40; i++ {
		sent = append(sent, crypto.Keccak256Hash([]byte{byte(i)}))
	}
	storageRoot, nodes := passerStorage(t, sent, hash)
	output := withdrawals.OutputRootProof{StateRoot: common.Hash{0xaa}, MessagePasserStorageRoot: storageRoot, LatestBlockhash: common.Hash{0xbb}}
	extra := common.BigToHash(big.NewInt(100)).Bytes()

	// Only the proposer proposes, once per later block.
	create := oracleABI.PackCreate(1, output.Root(), extra)
	out, err := l1CallAt(st, dc, user, oracle, 10, t0, create)
	requireCustomError(t, out, err, "NotProposer(address)")
	if _, err := l1CallAt(st, dc, dc.ProposerAddress, oracle, 10, t0, create); err != nil {
		t.Fatalf("propose: %v", err)
	}
	out, err = l1CallAt(st, dc, dc.ProposerAddress, oracle, 10, t0, create)
	requireCustomError(t, out, err, "BlockNotAfterLatest(uint256,uint256)")

	game := &withdrawals.Output{Index: 0, L2Block: 100, Root: output.Root()}
	proof := &withdrawals.Proof{L2Block: 100, Output: output, StorageProof: nodes}
	prove := withdrawals.ProveCalldata(w, game, proof)

	// Not in the proposal's own block; forged proofs; unsafe targets.
	out, err = l1CallAt(st, dc, user, portal, 10, t0, prove)
	requireCustomError(t, out, err, "OptimismPortal_InvalidProofTimestamp()")
	forged := *w
	forged.Value = open.Wei(500)
	out, err = l1CallAt(st, dc, user, portal, 11, t0+1, withdrawals.ProveCalldata(&forged, game, proof))
	requireReason(t, out, err, "MerkleTrie: ") // Bedrock's verifier reverts on a path the proof does not cover
	wrongOutput := *proof
	wrongOutput.Output.StateRoot = common.Hash{0xcc}
	out, err = l1CallAt(st, dc, user, portal, 11, t0+1, withdrawals.ProveCalldata(w, game, &wrongOutput))
	requireCustomError(t, out, err, "OptimismPortal_InvalidOutputRootProof()")
	for _, target := range []common.Address{portal, token} {
		bad := *w
		bad.Target = target
		out, err = l1CallAt(st, dc, user, portal, 11, t0+1, withdrawals.ProveCalldata(&bad, game, proof))
		requireCustomError(t, out, err, "OptimismPortal_BadTarget()")
	}

	// Prove, then finalize only after the period.
	if _, err := l1CallAt(st, dc, user, portal, 11, t0+1, prove); err != nil {
		t.Fatalf("prove: %v", err)
	}
	finalize := withdrawals.FinalizeCalldata(w)
	out, err = l1CallAt(st, dc, user, portal, 12, t0+1+period, finalize)
	requireCustomError(t, out, err, "OptimismPortal_ProofNotOldEnough()")
	balance := func(a common.Address) *big.Int {
		out, err := l1CallAt(st, dc, user, token, 20, t0, tokenABI.PackBalanceOf(a))
		if err != nil {
			t.Fatal(err)
		}
		b, err := tokenABI.UnpackBalanceOf(out)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if _, err := l1CallAt(st, dc, user, portal, 13, t0+2+period, finalize); err != nil {
		t.Fatalf("finalize: %v", err)
	}
	if got := balance(user); got.Cmp(w.Value) != 0 {
		t.Fatalf("user holds %s L1 OPEN, want %s", got, w.Value)
	}
	if got, want := balance(portal), new(big.Int).Sub(open.TotalSupply(), w.Value); got.Cmp(want) != 0 {
		t.Fatalf("portal holds %s L1 OPEN, want %s", got, want)
	}
	out, err = l1CallAt(st, dc, user, portal, 14, t0+3+period, finalize)
	requireCustomError(t, out, err, "OptimismPortal_AlreadyFinalized()")

	// A blacklisted output finalizes nothing.
	w2 := *w
	w2.Nonce = big.NewInt(8)
	hash2, _ := w2.Hash()
	root2, nodes2 := passerStorage(t, append(sent, hash2), hash2)
	output2 := withdrawals.OutputRootProof{StateRoot: common.Hash{0xdd}, MessagePasserStorageRoot: root2, LatestBlockhash: common.Hash{0xee}}
	proposed, err := l1CallAt(st, dc, dc.ProposerAddress, oracle, 20, t0+50, oracleABI.PackCreate(1, output2.Root(), common.BigToHash(big.NewInt(200)).Bytes()))
	if err != nil {
		t.Fatalf("second proposal: %v", err)
	}
	game2, _ := oracleABI.UnpackCreate(proposed)
	g2 := &withdrawals.Output{Index: 1, L2Block: 200, Root: output2.Root()}
	if _, err := l1CallAt(st, dc, user, portal, 21, t0+51, withdrawals.ProveCalldata(&w2, g2, &withdrawals.Proof{Output: output2, StorageProof: nodes2})); err != nil {
		t.Fatalf("prove second: %v", err)
	}
	blacklist := portalABI.PackBlacklistDisputeGame(game2)
	out, err = l1CallAt(st, dc, user, portal, 22, t0+52, blacklist)
	requireCustomError(t, out, err, "OptimismPortal_Unauthorized()")
	if _, err := l1CallAt(st, dc, dc.SystemConfigOwner, portal, 22, t0+52, blacklist); err != nil {
		t.Fatalf("blacklist: %v", err)
	}
	out, err = l1CallAt(st, dc, user, portal, 30, t0+100+period, withdrawals.FinalizeCalldata(&w2))
	requireCustomError(t, out, err, "OptimismPortal_InvalidRootClaim()")

	// A deposit locks L1 OPEN and asks op-node to mint as much.
	back := open.Wei(2)
	if _, err := l1CallAt(st, dc, user, token, 31, t0+101, tokenABI.PackApprove(portal, back)); err != nil {
		t.Fatal(err)
	}
	before := len(st.Logs())
	if _, err := l1CallAt(st, dc, user, portal, 31, t0+101, portalABI.PackDepositERC20Transaction(user, back, big.NewInt(0), 100_000, false, nil)); err != nil {
		t.Fatalf("depositERC20Transaction: %v", err)
	}
	var minted *big.Int
	for _, l := range st.Logs()[before:] {
		if l.Address != portal {
			continue
		}
		tx, err := derive.UnmarshalDepositLogEvent(l)
		if err != nil {
			t.Fatalf("op-node cannot parse the deposit: %v", err)
		}
		minted = tx.Mint
	}
	if minted == nil || minted.Cmp(back) != 0 {
		t.Fatalf("deposit mints %v, want %s", minted, back)
	}
	if got := balance(user); got.Cmp(new(big.Int).Sub(w.Value, back)) != 0 {
		t.Fatalf("user holds %s L1 OPEN after depositing, want %s", got, new(big.Int).Sub(w.Value, back))
	}
	// Without an allowance, nothing is minted.
	out, err = l1CallAt(st, dc, user, portal, 32, t0+102, portalABI.PackDepositERC20Transaction(user, back, big.NewInt(0), 100_000, false, nil))
	requireCustomError(t, out, err, "InsufficientAllowance(uint256,uint256)")
}
