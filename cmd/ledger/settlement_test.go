package main_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/span"
	"github.com/openledger/openledger/contracts/toolchain"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/loraserve/testmodel"
	precompile "github.com/openledger/openledger/precompiles/settlement"
	"github.com/openledger/openledger/precompiles/settlement/settlementtest"
)

// settleChain is the settlement fixture over HTTP with a block built for
// every transaction that enters the pool.
func settleChain(t *testing.T) (*settlementtest.Fixture, *testChain) {
	f := settlementtest.New(t, settlementtest.Options{HTTP: true})
	f.BuildOnTx()
	return f, &testChain{Chain: f.Chain, rpc: f.Node.HTTPEndpoint(), ipfsAPI: unreachableIPFS, cache: filepath.Join(t.TempDir(), "cache")}
}

func decodeJSON(t *testing.T, out string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatalf("output %q: %v", out, err)
	}
	return m
}

// TestEscrowReceiptClaim drives the escrow, receipt and claim groups against
// a node: deposit, a receipt settled with real attribution weights, receipt
// show and verify (and a tampered receipt failing), claim, and withdrawal.
func TestEscrowReceiptClaim(t *testing.T) {
	f, c := settleChain(t)
	payer, settler := keyHex(settlementtest.Payer), settlementtest.Settler

	out, errOut, ok := c.run(t, "--json", "--key", payer, "escrow", "deposit", "--amount", "2OPEN")
	if !ok || decodeJSON(t, out)["escrow"] != open.Wei(2).String() {
		t.Fatalf("deposit: %s %s", out, errOut)
	}

	// An attribution index over Datanet 1's contributions, with the generated model's tokenizer.
	dir := t.TempDir()
	tok, err := testmodel.Tokenizer(testmodel.Tiny.BPEVocab)
	if err != nil {
		t.Fatal(err)
	}
	tokPath := filepath.Join(dir, "tokenizer.json")
	if err := tok.Save(tokPath); err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"the patient presented with a persistent cough and mild fever for three days",
		"aspirin is commonly used to reduce fever and relieve mild to moderate pain",
		"regular exercise lowers blood pressure and improves heart health over time",
	}
	var cs []attribution.Contribution
	for i, id := range f.InProvenance[:3] {
		cs = append(cs, attribution.Contribution{ID: id, Contributor: f.Contributions[id], Text: texts[i]})
	}
	index := filepath.Join(dir, "index")
	if _, err := attribution.BuildIndex(index, attribution.FromIntEncoder(tok), []attribution.DatanetVersion{{DatanetID: 1, Version: 1, Contributions: cs}},
		attribution.BuildOptions{TokenizerID: tok.Hash()}); err != nil {
		t.Fatal(err)
	}
	a, err := attribution.Open(index, attribution.FromIntEncoder(tok), span.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	output := "aspirin is commonly used to reduce fever, and the patient presented with a persistent cough"
	att, toks, err := a.AttributeText(output)
	a.Close()
	if err != nil || len(att.Weights) < 2 {
		t.Fatalf("attribution %+v, %v", att, err)
	}

	// loraserve's side: a voucher, a receipt from the attribution, settled.
	adapter := f.Adapters[0]
	fee, _ := settlement.Fee(40, uint64(len(toks)), uint256.NewInt(uint64(adapter.RateIn)), uint256.NewInt(uint64(adapter.RateOut)), new(uint256.Int))
	// The payer signs the voucher with the CLI, for a request body on disk.
	reqFile := filepath.Join(dir, "request.json")
	if err := os.WriteFile(reqFile, []byte(`{"model":"adapter-0000","messages":[{"role":"user","content":"fever?"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	operator := f.Addr(settler).Hex()
	out, errOut, ok = c.run(t, "--key", payer, "escrow", "voucher", "--model", fmt.Sprint(adapter.ID), "--operator", operator,
		"--max-fee", fee.Dec(), "--nonce", "1", "--request", reqFile)
	if !ok {
		t.Fatalf("escrow voucher: %s", errOut)
	}
	sv, err := payments.ParseVoucher([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	v, err := sv.Voucher()
	if err != nil {
		t.Fatal(err)
	}
	sig := []byte(sv.Signature)
	if rh, _ := payments.RequestHash([]byte(`{"messages":[{"content":"fever?","role":"user"}],"model":"adapter-0000"}`)); v.RequestHash != rh ||
		v.Payer != f.Addr(settlementtest.Payer) || !v.MaxFee.Eq(fee) || v.Deadline <= f.HeadTime() || v.Operator != f.Addr(settler) ||
		v.ModelVersion != 1 || v.RateIn.Uint64() != uint64(adapter.RateIn) || v.RateOut.Uint64() != uint64(adapter.RateOut) {
		t.Fatalf("voucher %+v", v)
	}
	// --typed-data prints what a wallet signs for the same voucher: the same
	// EIP-712 digest, with no key needed when --payer names the payer.
	out, errOut, ok = c.run(t, "escrow", "voucher", "--typed-data", "--payer", f.Addr(settlementtest.Payer).Hex(), "--model", fmt.Sprint(adapter.ID),
		"--operator", operator, "--max-fee", fee.Dec(), "--nonce", "1", "--valid-for", "0s", "--request", reqFile)
	if !ok {
		t.Fatalf("escrow voucher --typed-data: %s", errOut)
	}
	var td apitypes.TypedData
	if err := json.Unmarshal([]byte(out), &td); err != nil {
		t.Fatal(err)
	}
	typed := *v
	typed.Deadline, _ = strconv.ParseUint(fmt.Sprint(td.Message["deadline"]), 10, 64)
	if digest, _, err := apitypes.TypedDataAndHash(td); err != nil || common.BytesToHash(digest) != typed.Hash(f.Domain) {
		t.Fatalf("typed data %s hashes to %x, %v; want %s", out, digest, err, typed.Hash(f.Domain))
	}
	// A client no one here wrote signs that JSON (ethers' signTypedData, what
	// eth_signTypedData_v4 computes), and the voucher check loraserve and the
	// chain apply accepts the signature as the payer's.
	sign, err := toolchain.NodeCommand(context.Background(), filepath.Join("testdata", "ethers_sign_typed.js"),
		hexutil.Encode(crypto.FromECDSA(f.Keys[settlementtest.Payer])))
	if err != nil {
		t.Fatal(err)
	}
	var signErr strings.Builder
	sign.Stdin, sign.Stderr = strings.NewReader(out), &signErr
	ethersSig, err := sign.Output()
	if err != nil {
		t.Fatalf("ethers signTypedData of %s: %v: %s", out, err, signErr.String())
	}
	if _, err := typed.Verify(f.Domain, common.FromHex(string(ethersSig))); err != nil {
		t.Fatalf("ethers' signature of the typed data %s: %v", out, err)
	}
	for _, bad := range [][]string{
		{"--operator", "0x12"},
		{"--operator", operator, "--model-version", "2"},
	} {
		args := append([]string{"--key", payer, "escrow", "voucher", "--model", fmt.Sprint(adapter.ID), "--max-fee", "1", "--request", reqFile}, bad...)
		if _, errOut, ok := c.run(t, args...); ok || errOut == "" {
			t.Fatalf("%v: accepted", bad)
		}
	}
	if _, err := v.Verify(f.Domain, sig); err != nil {
		t.Fatal(err)
	}
	r := &settlement.Receipt{VoucherHash: v.Hash(f.Domain), ModelID: v.ModelID, TokensIn: 40, TokensOut: uint64(len(toks)), Fee: fee,
		OutputHash: crypto.Keccak256Hash([]byte(output)), Contributions: payments.Contributions(att.Weights), ProofRoot: att.ProofRoot}
	data, err := precompile.PackSettle([]*settlement.Receipt{r}, []*settlement.Voucher{v}, [][]byte{sig})
	if err != nil {
		t.Fatal(err)
	}
	// The producer builds the block: send and wait rather than MustSend (which commits itself).
	to := precompile.Address
	tx, err := f.SignTx(f.Keys[settler], &to, data, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Client.SendTransaction(context.Background(), tx); err != nil {
		t.Fatal(err)
	}
	settlementtest.WaitFor(t, 10*time.Second, "the settle transaction", func() bool {
		rc, err := f.Client.TransactionReceipt(context.Background(), tx.Hash())
		return err == nil && rc.Status == 1
	})
	receiptFile := filepath.Join(dir, "receipt.json")
	rj, _ := json.Marshal(payments.ToJSON(r))
	if err := os.WriteFile(receiptFile, rj, 0o644); err != nil {
		t.Fatal(err)
	}

	out, errOut, ok = c.run(t, "--json", "receipt", "show", r.ID().Hex())
	m := decodeJSON(t, out)
	if !ok || m["fee"] != fee.Dec() || !strings.EqualFold(m["payer"].(string), f.Addr(settlementtest.Payer).Hex()) || m["voucherHash"] != r.VoucherHash.Hex() {
		t.Fatalf("receipt show: %s %s", out, errOut)
	}
	verify := []string{"--json", "receipt", "verify", "--receipt", receiptFile, "--index", index, "--tokenizer", tokPath}
	out, errOut, ok = c.run(t, append(verify, "--text", output)...)
	if !ok || decodeJSON(t, out)["verified"] != true {
		t.Fatalf("receipt verify: %s %s", out, errOut)
	}
	// From public data alone: the Datanet's curator publishes the index
	// shard (IPFS + publishIndex); a verifier names the Datanet version
	// instead of a local index.
	c.withIPFS(t)
	if _, errOut, ok := c.run(t, "--key", keyHex(settlementtest.Contributor0), "datanet", "index", "publish", "--datanet", "1", "--version", "1",
		"--index", index); !ok {
		t.Fatalf("index publish: %s", errOut)
	}
	out, errOut, ok = c.run(t, "--json", "receipt", "verify", "--receipt", receiptFile, "--datanet", "1@1", "--tokenizer", tokPath, "--text", output)
	if !ok || decodeJSON(t, out)["verified"] != true {
		t.Fatalf("receipt verify --datanet: %s %s", out, errOut)
	}
	if _, errOut, ok := c.run(t, "receipt", "verify", "--receipt", receiptFile, "--tokenizer", tokPath, "--text", output); ok ||
		!strings.Contains(errOut, "either --index or --datanet") {
		t.Fatalf("verify without an index: %s", errOut)
	}
	// Another text, or a receipt whose weights were changed, does not verify.
	if _, errOut, ok = c.run(t, append(verify, "--text", output+" again")...); ok || !strings.Contains(errOut, "does not verify") {
		t.Fatalf("verify of another text passed: %s", errOut)
	}
	forged := payments.ToJSON(r)
	w := (*big.Int)(forged.Contributions[0].Weight)
	w.Add(w, big.NewInt(1))
	fb, _ := json.Marshal(forged)
	if err := os.WriteFile(receiptFile, fb, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errOut, ok = c.run(t, append(verify, "--text", output)...); ok || !strings.Contains(errOut, "does not verify") {
		t.Fatalf("verify of a forged receipt passed: %s", errOut)
	}
	if _, errOut, ok = c.run(t, "receipt", "show", common.Hash{1}.Hex()); ok || !strings.Contains(errOut, "not settled") {
		t.Fatalf("show of an unknown receipt: %s", errOut)
	}

	// The contributors claim; a second claim reverts with its custom error.
	for _, id := range f.InProvenance[:3] {
		who := f.Contributions[id]
		want := f.Claimable(who)
		if want.Sign() == 0 {
			continue
		}
		key := keyHex(keyIndex(f, who))
		out, errOut, ok = c.run(t, "--json", "--key", key, "claim")
		if !ok || decodeJSON(t, out)["claimed"] != want.String() {
			t.Fatalf("claim: %s %s", out, errOut)
		}
		if _, errOut, ok = c.run(t, "--key", key, "claim"); ok || !strings.Contains(errOut, "NothingToClaim") {
			t.Fatalf("second claim: %s", errOut)
		}
	}

	// Withdrawal: request, refused while locked, completed after the delay.
	out, errOut, ok = c.run(t, "--json", "--key", payer, "escrow", "withdraw", "--amount", "1OPEN")
	if !ok || decodeJSON(t, out)["requested"] != open.Wei(1).String() {
		t.Fatalf("withdraw request: %s %s", out, errOut)
	}
	if _, errOut, ok = c.run(t, "--key", payer, "escrow", "withdraw"); ok || !strings.Contains(errOut, "still locked") {
		t.Fatalf("early withdraw: %s", errOut)
	}
	for i := 0; i < settlementtest.WithdrawDelay; i++ {
		f.Commit()
	}
	out, errOut, ok = c.run(t, "--json", "--key", payer, "escrow", "withdraw")
	if !ok || decodeJSON(t, out)["withdrawn"] != open.Wei(1).String() {
		t.Fatalf("withdraw: %s %s", out, errOut)
	}
	out, errOut, ok = c.run(t, "--json", "escrow", "show", f.Addr(settlementtest.Payer).Hex())
	left := new(big.Int).Sub(open.Wei(1), fee.ToBig())
	if m := decodeJSON(t, out); !ok || m["escrow"] != left.String() || m["pendingWithdrawal"] != "0" {
		t.Fatalf("escrow show: %s %s", out, errOut)
	}
	// Without an ADDRESS, escrow show shows the signer's account.
	if own, errOut, ok := c.run(t, "--json", "--key", payer, "escrow", "show"); !ok || own != out {
		t.Fatalf("escrow show of the signer: %s %s, want %s", own, errOut, out)
	}
	if _, errOut, ok = c.run(t, "--key", payer, "escrow", "withdraw", "--amount", "5OPEN"); ok || !strings.Contains(errOut, "InsufficientEscrow") {
		t.Fatalf("over-withdraw: %s", errOut)
	}
	f.CheckSupply()
}

func keyIndex(f *settlementtest.Fixture, a common.Address) int {
	for i := range f.Keys {
		if f.Addr(i) == a {
			return i
		}
	}
	return -1
}
