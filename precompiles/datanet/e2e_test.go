package datanet_test

import (
	"bytes"
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/precompiles/datanet"
	"github.com/openledger/openledger/precompiles/precompiletest"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

var reg = bindings.NewIDatanetRegistry()

func hash(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

// setup creates Datanet 1 owned by account 0 with account 1 as curator.
func setup(t *testing.T) *devchaintest.Chain {
	c := devchaintest.NewChain(t, devchaintest.Options{})
	r := c.MustSend(c.Keys[0], datanet.Address, reg.PackCreateDatanet("medical-qa", "Medical Q&A pairs", []string{"medical", "qa"}, "ipfs://meta"), nil)
	ev, err := reg.UnpackDatanetCreatedEvent(r.Logs[0])
	if err != nil || ev.DatanetId.Uint64() != 1 || ev.Owner != c.Addr(0) || ev.Name != "medical-qa" {
		t.Fatalf("DatanetCreated event %+v, err %v", ev, err)
	}
	c.MustSend(c.Keys[0], datanet.Address, reg.PackAddCurator(big.NewInt(1), c.Addr(1)), nil)
	return c
}

func TestDatanetLifecycle(t *testing.T) {
	c := setup(t)
	one := big.NewInt(1)

	// Three contributions from account 2; curator accepts two, rejects one.
	var ids []*big.Int
	for i, text := range []string{"alpha", "beta", "gamma"} {
		r := c.MustSend(c.Keys[2], datanet.Address, reg.PackContribute(one, hash(text), uint64(100+i), "file://"+text, `{"lang":"en"}`), nil)
		ev, err := reg.UnpackContributionSubmittedEvent(r.Logs[0])
		if err != nil || ev.Contributor != c.Addr(2) || ev.ContentHash != hash(text) {
			t.Fatalf("ContributionSubmitted %+v, %v", ev, err)
		}
		ids = append(ids, ev.ContributionId)
	}
	c.MustSend(c.Keys[1], datanet.Address, reg.PackReview(ids[0], true, "good"), nil)
	c.MustSend(c.Keys[1], datanet.Address, reg.PackReview(ids[1], false, "off-topic"), nil)
	c.MustSend(c.Keys[0], datanet.Address, reg.PackReview(ids[2], true, "fine"), nil)

	r := c.MustSend(c.Keys[1], datanet.Address, reg.PackPublishVersion(one), nil)
	pub, err := reg.UnpackVersionPublishedEvent(r.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	if pub.Version.Uint64() != 1 || pub.ContributionCount.Uint64() != 2 {
		t.Fatalf("published %+v", pub)
	}
	// The on-chain root equals the root computed off chain from the accepted leaves.
	leaves := []common.Hash{
		datanet.Leaf(ids[0].Uint64(), hash("alpha"), c.Addr(2)),
		datanet.Leaf(ids[2].Uint64(), hash("gamma"), c.Addr(2)),
	}
	if datanet.Root(leaves) != common.Hash(pub.Root) {
		t.Fatalf("on-chain root %x, off-chain %x", pub.Root, datanet.Root(leaves))
	}
	// Membership proofs verify off chain and through the precompile; a wrong index does not.
	for i, id := range []*big.Int{ids[0], ids[2]} {
		root, proof := datanet.Proof(leaves, uint64(i))
		if !datanet.VerifyProof(root, leaves[i], uint64(i), proof) {
			t.Fatalf("off-chain proof %d failed", i)
		}
		var raw [][32]byte
		for _, p := range proof {
			raw = append(raw, p)
		}
		out := c.MustCall(c.Addr(3), datanet.Address, reg.PackVerifyMembership(one, one, id, big.NewInt(int64(i)), raw))
		if ok, _ := reg.UnpackVerifyMembership(out); !ok {
			t.Fatalf("verifyMembership(%d) false", i)
		}
		out = c.MustCall(c.Addr(3), datanet.Address, reg.PackVerifyMembership(one, one, id, big.NewInt(int64(1-i)), raw))
		if ok, _ := reg.UnpackVerifyMembership(out); ok {
			t.Fatalf("verifyMembership with the wrong index succeeded")
		}
	}
	// The rejected one is not in the tree.
	_, proof := datanet.Proof(leaves, 0)
	var raw [][32]byte
	for _, p := range proof {
		raw = append(raw, p)
	}
	if ok, _ := reg.UnpackVerifyMembership(c.MustCall(c.Addr(3), datanet.Address, reg.PackVerifyMembership(one, one, ids[1], big.NewInt(0), raw))); ok {
		t.Fatal("rejected contribution proved a member")
	}

	// Queries.
	info, err := reg.UnpackGetDatanet(c.MustCall(c.Addr(3), datanet.Address, reg.PackGetDatanet(one)))
	if err != nil {
		t.Fatal(err)
	}
	if info.Owner != c.Addr(0) || info.ContributionCount.Uint64() != 3 || info.AcceptedCount.Uint64() != 2 ||
		info.VersionCount.Uint64() != 1 || len(info.Tags) != 2 || info.Tags[1] != "qa" || info.MetadataURI != "ipfs://meta" {
		t.Fatalf("getDatanet %+v", info)
	}
	ct, err := reg.UnpackGetContribution(c.MustCall(c.Addr(3), datanet.Address, reg.PackGetContribution(ids[1])))
	if err != nil {
		t.Fatal(err)
	}
	if ct.Status != datanet.StatusRejected || ct.ReviewReason != "off-topic" || ct.Reviewer != c.Addr(1) || ct.Size != 101 {
		t.Fatalf("getContribution %+v", ct)
	}
	acc, _ := reg.UnpackAcceptedContributions(c.MustCall(c.Addr(3), datanet.Address, reg.PackAcceptedContributions(one, big.NewInt(0), big.NewInt(10))))
	if len(acc) != 2 || acc[0].Cmp(ids[0]) != 0 || acc[1].Cmp(ids[2]) != 0 {
		t.Fatalf("acceptedContributions %v", acc)
	}
	v, err := reg.UnpackGetVersion(c.MustCall(c.Addr(3), datanet.Address, reg.PackGetVersion(one, one)))
	if err != nil || v.Root != pub.Root || v.Publisher != c.Addr(1) {
		t.Fatalf("getVersion %+v %v", v, err)
	}
	// Nothing new accepted: a second publish reverts with NothingToPublish.
	_, err = c.Call(c.Addr(1), datanet.Address, reg.PackPublishVersion(one))
	if data, _ := precompiletest.RevertData(err); precompiletest.RevertName(datanet.ABI, data) != "NothingToPublish" {
		t.Fatalf("second publish: %v", err)
	}
}

func TestPaging(t *testing.T) {
	c := setup(t)
	for i := 0; i < 7; i++ {
		c.MustSend(c.Keys[i%3+1], datanet.Address, reg.PackContribute(big.NewInt(1), hash("doc"+string(rune('a'+i))), 10, "", ""), nil)
	}
	tests := []struct {
		offset, limit int64
		want          []uint64 // contribution ids
	}{
		{0, 3, []uint64{1, 2, 3}},
		{3, 3, []uint64{4, 5, 6}},
		{6, 3, []uint64{7}},
		{7, 3, nil},
		{0, 1000, []uint64{1, 2, 3, 4, 5, 6, 7}}, // limit clipped to MaxPage
		{1 << 62, 5, nil},
	}
	for _, tc := range tests {
		page, err := reg.UnpackContributionsOf(c.MustCall(c.Addr(0), datanet.Address, reg.PackContributionsOf(big.NewInt(1), big.NewInt(tc.offset), big.NewInt(tc.limit))))
		if err != nil {
			t.Fatal(err)
		}
		var got []uint64
		for _, p := range page {
			got = append(got, p.Id.Uint64())
		}
		if len(got) != len(tc.want) || (len(got) > 0 && !equal(got, tc.want)) {
			t.Errorf("contributionsOf(%d,%d) = %v, want %v", tc.offset, tc.limit, got, tc.want)
		}
	}
	// By contributor: account 1 sent contributions 1, 4, 7.
	page, _ := reg.UnpackContributionsBy(c.MustCall(c.Addr(0), datanet.Address, reg.PackContributionsBy(c.Addr(1), big.NewInt(0), big.NewInt(10))))
	if len(page) != 3 || page[0].Id.Uint64() != 1 || page[2].Id.Uint64() != 7 || page[1].Contributor != c.Addr(1) {
		t.Fatalf("contributionsBy = %+v", page)
	}
	list, _ := reg.UnpackListDatanets(c.MustCall(c.Addr(0), datanet.Address, reg.PackListDatanets(big.NewInt(0), big.NewInt(5))))
	if len(list) != 1 || list[0].Name != "medical-qa" {
		t.Fatalf("listDatanets = %+v", list)
	}
}

func equal(a, b []uint64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestOwnershipAndCurators(t *testing.T) {
	c := setup(t)
	one := big.NewInt(1)
	// A stranger cannot add curators or transfer; errors decode to the interface's custom errors.
	for _, data := range [][]byte{reg.PackAddCurator(one, c.Addr(3)), reg.PackTransferOwnership(one, c.Addr(3)), reg.PackRemoveCurator(one, c.Addr(1))} {
		_, err := c.Call(c.Addr(3), datanet.Address, data)
		rd, _ := precompiletest.RevertData(err)
		if name := precompiletest.RevertName(datanet.ABI, rd); name != "NotOwner" {
			t.Fatalf("stranger: revert %q (%v)", name, err)
		}
	}
	// A stranger cannot review; a mined failing tx changes nothing and keeps unused gas.
	r := c.MustSend(c.Keys[2], datanet.Address, reg.PackContribute(one, hash("x"), 1, "", ""), nil)
	ev, _ := reg.UnpackContributionSubmittedEvent(r.Logs[0])
	r = c.Send(c.Keys[3], datanet.Address, reg.PackReview(ev.ContributionId, true, ""), nil, 500_000)
	if r.Status != types.ReceiptStatusFailed || r.GasUsed >= 500_000 {
		t.Fatalf("unauthorized review: status %d gas %d", r.Status, r.GasUsed)
	}
	ct, _ := reg.UnpackGetContribution(c.MustCall(c.Addr(0), datanet.Address, reg.PackGetContribution(ev.ContributionId)))
	if ct.Status != datanet.StatusPending {
		t.Fatal("unauthorized review changed state")
	}
	// Transfer: the new owner administers, the old one no longer does.
	c.MustSend(c.Keys[0], datanet.Address, reg.PackTransferOwnership(one, c.Addr(3)), nil)
	c.MustSend(c.Keys[3], datanet.Address, reg.PackRemoveCurator(one, c.Addr(1)), nil)
	if ok, _ := reg.UnpackIsCurator(c.MustCall(c.Addr(0), datanet.Address, reg.PackIsCurator(one, c.Addr(1)))); ok {
		t.Fatal("curator not removed")
	}
	if _, err := c.Call(c.Addr(0), datanet.Address, reg.PackAddCurator(one, c.Addr(2))); err == nil {
		t.Fatal("old owner still administers")
	}
	// Duplicate content is refused.
	_, err := c.Call(c.Addr(2), datanet.Address, reg.PackContribute(one, hash("x"), 1, "", ""))
	if rd, _ := precompiletest.RevertData(err); precompiletest.RevertName(datanet.ABI, rd) != "DuplicateContribution" {
		t.Fatalf("duplicate: %v", err)
	}
}

func TestReceiptsAndLogsThroughRPC(t *testing.T) {
	c := setup(t)
	// eth_getLogs finds the registry's events by address and topic.
	logs, err := c.Client.FilterLogs(context.Background(), filterQuery())
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != 2 {
		t.Fatalf("%d logs, want DatanetCreated and CuratorAdded", len(logs))
	}
	if !bytes.Equal(logs[0].Address[:], datanet.Address[:]) {
		t.Fatalf("log address %s", logs[0].Address)
	}
}
