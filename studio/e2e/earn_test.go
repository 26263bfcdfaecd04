// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package e2e_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"path/filepath"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/loraserve/server"
	"github.com/openledger/openledger/loraserve/tokenizer"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
	"github.com/openledger/openledger/studio"
)

// sendTx signs data to to from dev account key, sends it and waits for its
// receipt (the dev chain builds a block a second); a revert fails the test.
func (h *harness) sendTx(key int, to common.Address, data []byte) *types.Receipt {
	t := h.t
	t.Helper()
	ctx := context.Background()
	from := h.addr(key)
	nonce, err := h.client.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	gas, err := h.client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Data: data})
	if err != nil {
		t.Fatalf("estimate gas: %v", err)
	}
	head, err := h.client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(1e9)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	chainID, err := h.client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(h.keys[key], types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas * 3 / 2, To: &to, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	if err := h.client.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send: %v", err)
	}
	var r *types.Receipt
	devchaintest.WaitFor(t, time.Minute, "transaction "+tx.Hash().Hex(), func() bool {
		r, err = h.client.TransactionReceipt(ctx, tx.Hash())
		return err == nil
	})
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transaction %s reverted", tx.Hash())
	}
	return r
}

func (h *harness) escrow(key int) *big.Int {
	e, err := sett.UnpackEscrowOf(h.call(studio.SettlementAddress, sett.PackEscrowOf(h.addr(key))))
	if err != nil {
		h.t.Fatal(err)
	}
	return e
}

// tokenizer is the served model's tokenizer: index shards are published
// under its hash.
func (h *harness) tokenizer() *tokenizer.Tokenizer {
	tok, err := tokenizer.Load(filepath.Join(h.model, "model", "tokenizer.json"))
	if err != nil {
		h.t.Fatal(err)
	}
	return tok
}

// publishIndex makes sure the chain records the attribution index shard of
// a Datanet version for the served tokenizer, as `ledger datanet index build`
// and `publish` do when ModelFactory has not published it: the version's
// contributions are fetched from IPFS and checked against the chain, the
// shard is built, added to IPFS and recorded with publishIndex by the
// Datanet's owner.
func (h *harness) publishIndex(datanetID, version uint64) {
	t, ctx := h.t, context.Background()
	tok := h.tokenizer()
	cache, err := ipfs.NewCache(t.TempDir(), h.store)
	if err != nil {
		t.Fatal(err)
	}
	r := onchain.NewResolver(h.client, cache)
	if s, err := r.IndexShard(ctx, datanetID, version, tok.Hash()); err == nil {
		t.Logf("Datanet %d version %d: index shard already published (%s)", datanetID, version, s.URI)
		return
	}
	corpus, err := r.VersionCorpus(ctx, datanetID, version)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	entries, err := attribution.BuildIndex(dir, attribution.FromIntEncoder(tok), []attribution.DatanetVersion{corpus},
		attribution.BuildOptions{TokenizerID: tok.Hash()})
	if err != nil {
		t.Fatal(err)
	}
	shard, err := h.store.Publish(ctx, filepath.Join(dir, entries[0].File))
	if err != nil {
		t.Fatal(err)
	}
	id, v := new(big.Int).SetUint64(datanetID), new(big.Int).SetUint64(version)
	h.sendTx(ownerKey, studio.DatanetRegistryAddress, dreg.PackPublishIndex(id, v, tok.Hash(), shard.Hash, shard.URI))
	if _, err := r.IndexShard(ctx, datanetID, version, tok.Hash()); err != nil {
		t.Fatalf("the published shard is not on chain: %v", err)
	}
	t.Logf("Datanet %d version %d: index shard of %d contributions published at %s", datanetID, version, len(corpus.Contributions), shard.URI)
}

// registerPaid has the operator register adapter modelID in the running
// loraserve by its registry id (the admin API answers loopback clients), and
// checks it is listed paid under that id.
func (h *harness) registerPaid(s *server.Service, name string, modelID uint64) {
	t := h.t
	body, _ := json.Marshal(map[string]any{"id": name, "model_id": modelID, "preload": true})
	resp, err := http.Post(s.URL()+"/v1/adapters", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	var card server.ModelCard
	if resp.StatusCode != http.StatusCreated || json.Unmarshal(out, &card) != nil || card.ModelID != modelID || card.ID != name {
		t.Fatalf("register adapter %d at runtime: %d %s", modelID, resp.StatusCode, out)
	}
}

// checkTrainedChat reads what phase 4 left on chain: the receipt of the
// trained adapter's answer settled, charged the escrow, and credited the
// contributor the answer was attributed to, who claimed it.
func (h *harness) checkTrainedChat(receiptID string, modelID, settledAt uint64, spans int, escrowBefore, contributorBefore *big.Int) {
	t := h.t
	r, err := sett.UnpackGetReceipt(h.call(studio.SettlementAddress, sett.PackGetReceipt(common.HexToHash(receiptID))))
	if err != nil {
		t.Fatal(err)
	}
	if r.SettledAt == 0 || r.SettledAt != settledAt || r.ModelId.Uint64() != modelID || r.Fee.Sign() <= 0 {
		t.Fatalf("receipt %s on chain: %+v; the page says model %d, settled in block %d", receiptID, r, modelID, settledAt)
	}
	if spans == 0 {
		t.Error("the trained adapter's paid answer shows no highlighted span")
	}
	if got, want := h.escrow(payerKey), new(big.Int).Sub(escrowBefore, r.Fee); got.Cmp(want) != 0 {
		t.Errorf("payer's escrow %s after the receipt, want %s - %s", got, escrowBefore, r.Fee)
	}
	logs, err := h.client.FilterLogs(context.Background(), filterClaimed(h.addr(contributorKey)))
	if err != nil || len(logs) != 2 {
		t.Fatalf("Claimed events of the contributor: %v %d, want 2", err, len(logs))
	}
	claimed := new(big.Int).SetBytes(logs[1].Data)
	params, err := sett.UnpackFeeParams(h.call(studio.SettlementAddress, sett.PackFeeParams()))
	if err != nil {
		t.Fatal(err)
	}
	pool := new(big.Int).Mul(r.Fee, big.NewInt(int64(10_000-params.BurnBps-params.OwnerBps-params.OperatorBps)))
	if pool.Div(pool, big.NewInt(10_000)); claimed.Cmp(pool) != 0 || claimed.Sign() <= 0 {
		t.Fatalf("the contributor claimed %s, the contributors' share of fee %s is %s", claimed, r.Fee, pool)
	}
	rc, err := h.client.TransactionReceipt(context.Background(), logs[1].TxHash)
	if err != nil {
		t.Fatal(err)
	}
	cost := new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice)
	cost.Add(cost, rc.L1Fee)
	if delta, want := new(big.Int).Sub(h.balance(contributorKey), contributorBefore), new(big.Int).Sub(claimed, cost); delta.Cmp(want) != 0 {
		t.Errorf("contributor balance moved by %s after claiming %s; claimed less gas and L1 fee is %s", delta, claimed, want)
	}
	t.Logf("trained adapter %d: receipt %s settled in block %d, fee %s wei, contributor claimed %s wei", modelID, receiptID, settledAt, r.Fee, claimed)
}

// passWithdrawalDelay moves the dev chain's clock past the payer's pending
// withdrawal's release time and waits for a block stamped after it.
func (h *harness) passWithdrawalDelay() {
	t := h.t
	w, err := sett.UnpackPendingWithdrawal(h.call(studio.SettlementAddress, sett.PackPendingWithdrawal(h.addr(payerKey))))
	if err != nil {
		t.Fatal(err)
	}
	head, err := h.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if w.Amount.Sign() == 0 || w.ReleaseTime <= head.Time {
		t.Fatalf("pending withdrawal %s releasing at %d, head time %d: nothing to wait for", w.Amount, w.ReleaseTime, head.Time)
	}
	h.node.Driver.AdvanceTime(time.Duration(w.ReleaseTime-head.Time+1) * time.Second)
	devchaintest.WaitFor(t, time.Minute, "a block past the withdrawal's release time", func() bool {
		b, err := h.client.HeaderByNumber(context.Background(), nil)
		return err == nil && b.Time >= w.ReleaseTime
	})
}

// checkWithdrawn reads what phase 5 left on chain: the pending withdrawal
// left the escrow for the payer's balance (less the gas and L1 fee of the
// one transaction the payer sent, the withdraw).
func (h *harness) checkWithdrawn(escrowBefore, payerBefore *big.Int, pageEscrow string) {
	t := h.t
	w, err := sett.UnpackPendingWithdrawal(h.call(studio.SettlementAddress, sett.PackPendingWithdrawal(h.addr(payerKey))))
	if err != nil {
		t.Fatal(err)
	}
	if w.Amount.Sign() != 0 {
		t.Fatalf("still pending after Withdraw: %s", w.Amount)
	}
	logs, err := h.client.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{studio.SettlementAddress},
		Topics: [][]common.Hash{{crypto.Keccak256Hash([]byte("Withdrawn(address,uint256,uint256)"))}, {common.BytesToHash(h.addr(payerKey).Bytes())}}})
	if err != nil || len(logs) != 1 {
		t.Fatalf("Withdrawn events of the payer: %v %d", err, len(logs))
	}
	amount := new(big.Int).SetBytes(logs[0].Data[:32])
	half := new(big.Int).Div(new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil), big.NewInt(2))
	if amount.Cmp(half) != 0 {
		t.Fatalf("withdrew %s, the page requested %s", amount, half)
	}
	if got, want := h.escrow(payerKey), new(big.Int).Sub(escrowBefore, amount); got.Cmp(want) != 0 {
		t.Fatalf("escrow %s after withdrawing %s from %s", got, amount, escrowBefore)
	}
	rc, err := h.client.TransactionReceipt(context.Background(), logs[0].TxHash)
	if err != nil {
		t.Fatal(err)
	}
	cost := new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice)
	cost.Add(cost, rc.L1Fee)
	if delta, want := new(big.Int).Sub(h.balance(payerKey), payerBefore), new(big.Int).Sub(amount, cost); delta.Cmp(want) != 0 {
		t.Fatalf("payer balance moved by %s after withdrawing %s; less gas and L1 fee is %s", delta, amount, want)
	}
	t.Logf("withdrawn %s wei in block %d; the page shows escrow %s", amount, rc.BlockNumber, pageEscrow)
}
