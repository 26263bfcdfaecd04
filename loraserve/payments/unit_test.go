// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments

import (
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/attribution/weights"
	"github.com/openledger/openledger/core/settlement"
)

func TestRequestHashCanonical(t *testing.T) {
	base := `{"model":"med","messages":[{"role":"user","content":"a<b & c"}],"max_tokens":16,"temperature":0.50}`
	same := []string{
		// key order and whitespace do not matter
		`{ "max_tokens": 16, "temperature": 0.50, "messages": [ {"content": "a<b & c", "role": "user"} ], "model": "med" }`,
		// the voucher field is not part of the request
		`{"model":"med","voucher":{"payer":"0x01"},"messages":[{"role":"user","content":"a<b & c"}],"max_tokens":16,"temperature":0.50}`,
		// numbers are numbers (RFC 8785): 0.5 is 0.50, and escapes are decoded
		`{"model":"med","messages":[{"role":"user","content":"a\u003cb & c"}],"max_tokens":16.0,"temperature":5e-1}`,
	}
	different := []string{
		`{"model":"med","messages":[{"role":"user","content":"a<b & d"}],"max_tokens":16,"temperature":0.50}`,
		`{"model":"med","messages":[{"role":"user","content":"a<b & c"}],"max_tokens":17,"temperature":0.50}`,
		`{"model":"legal","messages":[{"role":"user","content":"a<b & c"}],"max_tokens":16,"temperature":0.50}`,
		`{"model":"med","messages":[{"role":"user","content":"a<b & c"}],"max_tokens":16,"temperature":0.51}`,
	}
	want, err := RequestHash([]byte(base))
	if err != nil {
		t.Fatal(err)
	}
	canon, _ := CanonicalRequest([]byte(base))
	if string(canon) != `{"max_tokens":16,"messages":[{"content":"a<b & c","role":"user"}],"model":"med","temperature":0.5}` {
		t.Fatalf("canonical form %s", canon)
	}
	for _, s := range same {
		if got, err := RequestHash([]byte(s)); err != nil || got != want {
			t.Fatalf("%s: hash %s, %v; want %s", s, got, err, want)
		}
	}
	for _, s := range different {
		if got, _ := RequestHash([]byte(s)); got == want {
			t.Fatalf("%s hashes like the base request", s)
		}
	}
	for _, bad := range []string{``, `[]`, `{"a":1} {"b":2}`, `{"a":`} {
		if _, err := RequestHash([]byte(bad)); err == nil {
			t.Fatalf("%q: no error", bad)
		}
	}
}

func TestParseVoucher(t *testing.T) {
	key, _ := crypto.GenerateKey()
	v := &settlement.Voucher{Payer: crypto.PubkeyToAddress(key.PublicKey), Operator: common.Address{0xaa}, ModelID: uint256.NewInt(2),
		ModelVersion: 3, RateIn: uint256.NewInt(5), RateOut: uint256.NewInt(6), MaxFee: uint256.NewInt(1e15),
		Nonce: uint256.NewInt(7), Deadline: 1_900_000_000, RequestHash: common.Hash{1}}
	sig, _ := v.Sign(key, common.Hash{9})
	data, err := json.Marshal(NewSignedVoucher(v, sig))
	if err != nil {
		t.Fatal(err)
	}
	sv, err := ParseVoucher(data)
	if err != nil {
		t.Fatal(err)
	}
	back, _ := sv.Voucher()
	if back.Hash(common.Hash{9}) != v.Hash(common.Hash{9}) {
		t.Fatal("voucher changed in the JSON round trip")
	}
	hexForm := `{"payer":"` + v.Payer.Hex() + `","operator":"` + v.Operator.Hex() + `","modelId":"0x2","modelVersion":"3",` +
		`"rateIn":"0x5","rateOut":"6","maxFee":"1000000000000000","nonce":"7","deadline":"1900000000","requestHash":"` +
		common.Hash{1}.Hex() + `","signature":"0x` + common.Bytes2Hex(sig) + `"}`
	sv2, err := ParseVoucher([]byte(hexForm))
	if err != nil || sv2.Deadline != 1_900_000_000 {
		t.Fatalf("hex/decimal form: %v", err)
	}
	if back2, _ := sv2.Voucher(); back2.Hash(common.Hash{9}) != v.Hash(common.Hash{9}) {
		t.Fatal("hex/decimal form decodes to another voucher")
	}
	bad := []string{
		`{}`,
		`{"payer":"0x01","modelId":"1","maxFee":"1","nonce":"1","deadline":"1","requestHash":"0x01","signature":"0x00"}`,
		`{"payer":"0x01","modelId":"-1","maxFee":"1","nonce":"1","deadline":"1","requestHash":"0x01","signature":"0x` + common.Bytes2Hex(sig) + `"}`,
		`{"payer":"0x01","modelId":"1","maxFee":"1","nonce":"1","deadline":"1","requestHash":"0x01","signature":"0x` + common.Bytes2Hex(sig) + `","extra":1}`,
		// Without the rates the payer agreed to.
		`{"payer":"0x01","operator":"0x02","modelId":"1","modelVersion":"1","maxFee":"1","nonce":"1","deadline":"1","requestHash":"0x01","signature":"0x` + common.Bytes2Hex(sig) + `"}`,
		`not json`,
	}
	for _, b := range bad {
		if _, err := ParseVoucher([]byte(b)); !errors.Is(err, ErrMalformedVoucher) {
			t.Fatalf("%s: err %v", b, err)
		}
	}
}

func TestContributionsSortedPositiveMerged(t *testing.T) {
	got := Contributions([]weights.Weight{{ContributionID: 9, Weight: 5}, {ContributionID: 2, Weight: 0}, {ContributionID: 3, Weight: 1},
		{ContributionID: 9, Weight: ^uint64(0)}})
	if len(got) != 2 || got[0].ID.Uint64() != 3 || got[1].ID.Uint64() != 9 {
		t.Fatalf("contributions %+v", got)
	}
	want := new(big.Int).Add(new(big.Int).SetUint64(^uint64(0)), big.NewInt(5))
	if got[1].Weight.ToBig().Cmp(want) != 0 {
		t.Fatalf("merged weight %v, want %v", got[1].Weight, want)
	}
}

func testItem(t *testing.T, key int, nonce uint64, fee uint64) *Item {
	t.Helper()
	k, _ := crypto.ToECDSA(crypto.Keccak256([]byte{byte(key)}))
	v := &settlement.Voucher{Payer: crypto.PubkeyToAddress(k.PublicKey), ModelID: uint256.NewInt(2), ModelVersion: 1,
		RateIn: uint256.NewInt(1), RateOut: uint256.NewInt(1), MaxFee: uint256.NewInt(fee), Nonce: uint256.NewInt(nonce), Deadline: 10, RequestHash: common.Hash{byte(nonce)}}
	sig, _ := v.Sign(k, common.Hash{})
	r := &settlement.Receipt{VoucherHash: v.Hash(common.Hash{}), ModelID: v.ModelID, TokensIn: 1, TokensOut: 2, Fee: uint256.NewInt(fee),
		Contributions: []settlement.Contribution{{ID: uint256.NewInt(1), Weight: uint256.NewInt(3)}}}
	it, err := NewItem(r, NewSignedVoucher(v, sig))
	if err != nil {
		t.Fatal(err)
	}
	return it
}

func TestQueuePersists(t *testing.T) {
	dir := t.TempDir()
	q, err := OpenQueue(dir)
	if err != nil {
		t.Fatal(err)
	}
	a, b, c := testItem(t, 1, 1, 100), testItem(t, 1, 2, 50), testItem(t, 2, 1, 7)
	for _, it := range []*Item{a, b, c} {
		if err := q.Put(it); err != nil {
			t.Fatal(err)
		}
	}
	if err := q.Put(testItem(t, 1, 1, 100)); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("duplicate put: %v", err)
	}
	if err := q.Done(c.VoucherHash()); err != nil {
		t.Fatal(err)
	}
	if err := q.Reject(b.VoucherHash(), "fee mismatch"); err != nil {
		t.Fatal(err)
	}
	if err := q.Done(c.VoucherHash()); !errors.Is(err, ErrNotQueued) {
		t.Fatalf("second Done: %v", err)
	}
	// A crash in the middle of a Put leaves a temporary file.
	if err := os.WriteFile(filepath.Join(dir, pendingDir, "x.json.tmp"), []byte("{partial"), 0o644); err != nil {
		t.Fatal(err)
	}
	q2, err := OpenQueue(dir)
	if err != nil {
		t.Fatal(err)
	}
	pending := q2.Pending(10)
	if len(pending) != 1 || pending[0].VoucherHash() != a.VoucherHash() || pending[0].receipt.ID() != a.receipt.ID() {
		t.Fatalf("reopened queue holds %d items", len(pending))
	}
	if _, err := os.Stat(filepath.Join(dir, pendingDir, "x.json.tmp")); !os.IsNotExist(err) {
		t.Fatal("temporary file survived reopening")
	}
	rej, err := q2.Rejected()
	if err != nil || len(rej) != 1 || rej[0].Reason != "fee mismatch" {
		t.Fatalf("rejected %+v, %v", rej, err)
	}
	sum, held := q2.Reserved(a.voucher.Payer, uint256.NewInt(1))
	if sum.Uint64() != 100 || !held {
		t.Fatalf("reserved %v held %v", sum, held)
	}
	if err := q2.Put(testItem(t, 1, 3, 1)); err != nil || q2.Pending(10)[1].Seq <= a.Seq {
		t.Fatalf("sequence after reopen: %v", err)
	}
	// A corrupted entry is an error, not silently dropped.
	if err := os.WriteFile(filepath.Join(dir, pendingDir, common.Hash{5}.Hex()+".json"), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenQueue(dir); err == nil {
		t.Fatal("corrupted entry loaded")
	}
}
