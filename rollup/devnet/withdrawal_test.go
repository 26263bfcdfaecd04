package devnet_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/internal/bintest"
	"github.com/openledger/openledger/rollup/devnet"
	"github.com/openledger/openledger/rollup/devnet/devnettest"
	"github.com/openledger/openledger/rollup/predeploys"
	"github.com/openledger/openledger/rollup/withdrawals"
)

// TestWithdrawal runs a devnet with op-proposer and takes OPEN out of L2 and
// back with the ledger CLI (`ledger bridge withdraw|status|prove|finalize|
// deposit`): a withdrawal initiated at the L2ToL1MessagePasser is covered by
// an output root the proposer posts (the same root the verifier's op-node
// derives), proven on L1 with eth_getProof's storage proof, refused while the
// finalization period runs, finalized into L1 OPEN, refused when replayed,
// and part of the OPEN comes back by a minting deposit. Forged proofs are
// refused, and the L2 supply moves exactly by the burned and minted amounts.
func TestWithdrawal(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole rollup with the proposer")
	}
	ledger := bintest.Build(t, filepath.Join("..", "..", "cmd", "ledger"))
	d := devnettest.Start(t, devnettest.Options{})
	if !d.Spec.Deploy.Withdrawals() {
		t.Fatal("the test devnet has no withdrawal contracts")
	}
	ctx := context.Background()
	seq, l1 := dial(t, d.SeqGeth.HTTPEndpoint()), dial(t, d.L1.HTTPEndpoint())
	seqRPC, err := rpc.Dial(d.SeqGeth.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer seqRPC.Close()
	alice := genesis.DevKey(0)
	aliceAddr := crypto.PubkeyToAddress(alice.PublicKey)
	portal, err := withdrawals.NewPortal(ctx, l1, d.Spec.Deploy.DepositPortalAddress)
	if err != nil {
		t.Fatal(err)
	}
	passerABI := bindings.NewL2ToL1MessagePasser()
	passer := predeploys.L2ToL1MessagePasserAddr
	amount := open.Wei(5)
	// bridge runs `ledger bridge ARGS…` as alice and decodes its JSON output.
	bridge := func(args ...string) (map[string]any, error) {
		full := append([]string{"--rpc", d.SeqGeth.HTTPEndpoint(), "--chain-id", "0", "--json",
			"--key", hexutil.Encode(crypto.FromECDSA(alice)), "bridge", "--l1-rpc", d.L1.HTTPEndpoint()}, args...) // the default --portal is the devnet's
		cmd := exec.Command(ledger, full...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("ledger bridge %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
		}
		var out map[string]any
		if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
			return nil, fmt.Errorf("ledger bridge %s printed %q: %v", strings.Join(args, " "), stdout.String(), err)
		}
		return out, nil
	}
	mustBridge := func(args ...string) map[string]any {
		t.Helper()
		out, err := bridge(args...)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	waitState := func(tx, want string) {
		t.Helper()
		waitUntil(t, 3*time.Minute, "withdrawal state "+want, func() (bool, error) {
			out, err := bridge("status", tx)
			return err == nil && out["state"] == want, err
		})
	}

	if got := l2Supply(t, d); got.Cmp(open.TotalSupply()) != 0 {
		t.Fatalf("L2 supply at start %s, want 1e27", got)
	}
	if got, _ := portal.TokenBalance(ctx, portal.Address); got.Cmp(open.TotalSupply()) != 0 {
		t.Fatalf("portal holds %s L1 OPEN, want the whole supply", got)
	}

	// Withdraw on L2.
	started := mustBridge("withdraw", "--amount", "5OPEN")
	txHash, _ := started["tx"].(string)
	r, err := seq.TransactionReceipt(ctx, common.HexToHash(txHash))
	if err != nil {
		t.Fatalf("receipt of the withdrawal %q: %v", txHash, err)
	}
	w, hash, err := withdrawals.FromReceipt(r)
	if err != nil {
		t.Fatal(err)
	}
	if w.Sender != aliceAddr || w.Target != aliceAddr || w.Value.Cmp(amount) != 0 || started["withdrawalHash"] != hash.Hex() {
		t.Fatalf("withdrawal %+v, hash %s; the CLI printed %v", w, hash, started)
	}
	if bal, _ := seq.BalanceAt(ctx, passer, r.BlockNumber); bal.Cmp(amount) != 0 {
		t.Fatalf("message passer holds %s, want %s", bal, amount)
	}

	// The proposer posts an output covering the withdrawal's block; the
	// verifier's op-node derives the same output root.
	waitState(txHash, "ready to prove")
	out, err := portal.OutputFor(ctx, r.BlockNumber.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	waitVerifierSafe(t, d, out.L2Block, 2*time.Minute)
	var derived struct {
		OutputRoot            common.Hash `json:"outputRoot"`
		WithdrawalStorageRoot common.Hash `json:"withdrawalStorageRoot"`
	}
	verNode, err := rpc.Dial(d.VerNode.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer verNode.Close()
	if err := verNode.CallContext(ctx, &derived, "optimism_outputAtBlock", hexutil.Uint64(out.L2Block)); err != nil {
		t.Fatal(err)
	}
	if derived.OutputRoot != out.Root {
		t.Fatalf("verifier derives output %s at block %d, the proposer posted %s", derived.OutputRoot, out.L2Block, out.Root)
	}
	proof, err := withdrawals.ProveAt(ctx, seqRPC, out.L2Block, &hash)
	if err != nil {
		t.Fatal(err)
	}
	if proof.Output.Root() != out.Root || proof.Output.MessagePasserStorageRoot != derived.WithdrawalStorageRoot {
		t.Fatalf("computed output %s (passer root %s), posted %s (op-node passer root %s)",
			proof.Output.Root(), proof.Output.MessagePasserStorageRoot, out.Root, derived.WithdrawalStorageRoot)
	}

	// Forged proofs are refused.
	forged := *w
	forged.Value = open.Wei(500)
	badOutput := *proof
	badOutput.Output.StateRoot = common.Hash{1}
	badNode := *proof
	badNode.StorageProof = append([]hexutil.Bytes(nil), proof.StorageProof...)
	last := append(hexutil.Bytes(nil), badNode.StorageProof[len(badNode.StorageProof)-1]...)
	last[len(last)-1] ^= 1
	badNode.StorageProof[len(badNode.StorageProof)-1] = last
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"more value than withdrawn", withdrawals.ProveCalldata(&forged, out, proof), ""}, // Bedrock's MerkleTrie reverts
		{"wrong output root preimage", withdrawals.ProveCalldata(w, out, &badOutput), "OptimismPortal_InvalidOutputRootProof()"},
		{"tampered trie node", withdrawals.ProveCalldata(w, out, &badNode), ""},
	} {
		_, err := l1.CallContract(ctx, ethereum.CallMsg{From: aliceAddr, To: &portal.Address, Data: tc.data}, nil)
		if err == nil {
			t.Fatalf("forged proof (%s) accepted", tc.name)
		}
		if tc.want != "" {
			requireRevert(t, err, tc.want)
		}
	}

	// Prove.
	proved := mustBridge("prove", txHash)
	pr, err := l1.TransactionReceipt(ctx, common.HexToHash(proved["tx"].(string)))
	if err != nil || pr.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("prove: %v %v", proved, err)
	}
	st, err := portal.StatusOf(ctx, hash, aliceAddr)
	if err != nil {
		t.Fatal(err)
	}
	if st.ProvenAt == 0 || st.Finalized || st.Proposal != out.Proposal {
		t.Fatalf("status after prove: %+v", st)
	}

	// Finalizing in the proof's own block is early.
	finalize := withdrawals.FinalizeCalldata(w)
	_, err = l1.CallContract(ctx, ethereum.CallMsg{From: aliceAddr, To: &portal.Address, Data: finalize}, pr.BlockNumber)
	requireRevert(t, err, "OptimismPortal_ProofNotOldEnough()")

	// After the finalization period, finalize releases L1 OPEN.
	waitState(txHash, "ready to finalize")
	finalized := mustBridge("finalize", txHash)
	if finalized["success"] != true || finalized["withdrawalHash"] != hash.Hex() {
		t.Fatalf("finalize printed %v", finalized)
	}
	if got := mustBridge("status", txHash); got["state"] != "finalized" {
		t.Fatalf("status after finalizing: %v", got)
	}
	if got, _ := portal.TokenBalance(ctx, aliceAddr); got.Cmp(amount) != 0 {
		t.Fatalf("alice holds %s L1 OPEN after finalizing, want %s", got, amount)
	}
	if got, _ := portal.TokenBalance(ctx, portal.Address); got.Cmp(new(big.Int).Sub(open.TotalSupply(), amount)) != 0 {
		t.Fatalf("portal holds %s L1 OPEN, want 1e27 - %s", got, amount)
	}

	// A replay is refused, by the portal and by the CLI.
	_, err = l1.CallContract(ctx, ethereum.CallMsg{From: aliceAddr, To: &portal.Address, Data: finalize}, nil)
	requireRevert(t, err, "OptimismPortal_AlreadyFinalized()")
	if _, err := bridge("finalize", txHash); err == nil || !strings.Contains(err.Error(), "OptimismPortal_AlreadyFinalized") {
		t.Fatalf("ledger bridge finalize of a finalized withdrawal: %v", err)
	}

	// burn() removes the withdrawn OPEN from L2.
	if br := sendTx(t, seq, alice, &passer, nil, passerABI.PackBurn()); br.Status != types.ReceiptStatusSuccessful {
		t.Fatal("burn failed")
	}
	if got, want := l2Supply(t, d), new(big.Int).Sub(open.TotalSupply(), amount); got.Cmp(want) != 0 {
		t.Fatalf("L2 supply after the burn %s, want %s", got, want)
	}

	// A deposit locks L1 OPEN and mints as much on L2.
	back := open.Wei(2)
	before, err := seq.BalanceAt(ctx, aliceAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	mustBridge("deposit", "--amount", "2OPEN")
	waitUntil(t, 2*time.Minute, "the minting deposit on L2", func() (bool, error) {
		bal, err := seq.BalanceAt(ctx, aliceAddr, nil)
		return err == nil && new(big.Int).Sub(bal, before).Cmp(back) == 0, err
	})
	if got, want := l2Supply(t, d), new(big.Int).Sub(open.TotalSupply(), new(big.Int).Sub(amount, back)); got.Cmp(want) != 0 {
		t.Fatalf("L2 supply after the deposit %s, want %s", got, want)
	}
	if got, _ := portal.TokenBalance(ctx, aliceAddr); got.Cmp(new(big.Int).Sub(amount, back)) != 0 {
		t.Fatalf("alice holds %s L1 OPEN after depositing, want %s", got, new(big.Int).Sub(amount, back))
	}
	head := sequencerHead(d)
	waitVerifierSafe(t, d, head, 2*time.Minute)
	requireSameChain(t, d, head)
}

// requireRevert fails unless err is a revert with the custom error sig.
func requireRevert(t *testing.T, err error, sig string) {
	t.Helper()
	if err == nil {
		t.Fatalf("call succeeded, want revert %s", sig)
	}
	var de rpc.DataError
	if !errors.As(err, &de) {
		t.Fatalf("error %v carries no revert data, want %s", err, sig)
	}
	data, _ := de.ErrorData().(string)
	want := hexutil.Encode(crypto.Keccak256([]byte(sig))[:4])
	if !strings.HasPrefix(data, want) {
		t.Fatalf("reverted with %s (%v), want %s (%s)", data, err, sig, want)
	}
}

// l2Supply sums every balance of the sequencer's head state.
func l2Supply(t *testing.T, d *devnet.Devnet) *big.Int {
	t.Helper()
	sdb, err := d.SeqGeth.Backend().BlockChain().State()
	if err != nil {
		t.Fatal(err)
	}
	var sum supplySum
	sdb.DumpToCollector(&sum, &state.DumpConfig{SkipCode: true, SkipStorage: true})
	return &sum.sum
}

type supplySum struct{ sum big.Int }

func (s *supplySum) OnRoot(common.Hash) {}

func (s *supplySum) OnAccount(_ *common.Address, a state.DumpAccount) {
	v, _ := new(big.Int).SetString(a.Balance, 10)
	s.sum.Add(&s.sum, v)
}
