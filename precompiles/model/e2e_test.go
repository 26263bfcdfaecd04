package model_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/precompiles/datanet"
	"github.com/openledger/openledger/precompiles/model"
	"github.com/openledger/openledger/precompiles/precompiletest"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

var (
	reg  = bindings.NewIModelRegistry()
	dreg = bindings.NewIDatanetRegistry()
)

func hash(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

func refs(pairs ...int64) []bindings.IModelRegistryDatanetRef {
	var out []bindings.IModelRegistryDatanetRef
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, bindings.IModelRegistryDatanetRef{DatanetId: big.NewInt(pairs[i]), Version: big.NewInt(pairs[i+1])})
	}
	return out
}

// publishDatanet creates a Datanet owned by key, accepts one contribution per
// text and publishes a version after each; it returns the Datanet id.
func publishDatanet(t *testing.T, c *devchaintest.Chain, key *ecdsa.PrivateKey, name string, texts ...string) *big.Int {
	t.Helper()
	r := c.MustSend(key, datanet.Address, dreg.PackCreateDatanet(name, "", nil, ""), nil)
	ev, err := dreg.UnpackDatanetCreatedEvent(r.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range texts {
		r := c.MustSend(key, datanet.Address, dreg.PackContribute(ev.DatanetId, hash(name+text), 10, "", ""), nil)
		sub, err := dreg.UnpackContributionSubmittedEvent(r.Logs[0])
		if err != nil {
			t.Fatal(err)
		}
		c.MustSend(key, datanet.Address, dreg.PackReview(sub.ContributionId, true, ""), nil)
		c.MustSend(key, datanet.Address, dreg.PackPublishVersion(ev.DatanetId), nil)
	}
	return ev.DatanetId
}

func adapterSpec(base int64, name string, datanets []bindings.IModelRegistryDatanetRef) bindings.IModelRegistryAdapterSpec {
	return bindings.IModelRegistryAdapterSpec{
		BaseModelId: big.NewInt(base), Name: name, WeightsHash: hash(name), Uri: "ipfs://" + name, Rank: 16,
		TargetModules: []string{"q_proj", "v_proj"}, RateIn: big.NewInt(2_000), RateOut: big.NewInt(6_000), Datanets: datanets,
	}
}

// setup publishes Datanet 1 (versions 1, 2) and Datanet 2 (version 1) and
// registers base model 1 (account 0) and adapter 2 on it (account 1) trained
// on Datanet 1 v2 and Datanet 2 v1.
func setup(t *testing.T) *devchaintest.Chain {
	c := devchaintest.NewChain(t, devchaintest.Options{})
	publishDatanet(t, c, c.Keys[2], "medical", "a", "b")
	publishDatanet(t, c, c.Keys[3], "legal", "x")
	r := c.MustSend(c.Keys[0], model.Address, reg.PackRegisterBaseModel("llama-3-8b", "llama", hash("base-v1"), "hf://meta/llama3", "llama3"), nil)
	ev, err := reg.UnpackModelRegisteredEvent(r.Logs[0])
	if err != nil || ev.ModelId.Uint64() != 1 || ev.Kind != model.KindBase || ev.BaseModelId.Sign() != 0 {
		t.Fatalf("ModelRegistered %+v, %v", ev, err)
	}
	r = c.MustSend(c.Keys[1], model.Address, reg.PackRegisterAdapter(adapterSpec(1, "med-lora", refs(1, 2, 2, 1))), nil)
	if len(r.Logs) != 3 {
		t.Fatalf("registerAdapter logged %d events, want ModelRegistered, VersionPublished, RatesSet", len(r.Logs))
	}
	ev, err = reg.UnpackModelRegisteredEvent(r.Logs[0])
	if err != nil || ev.ModelId.Uint64() != 2 || ev.Kind != model.KindAdapter || ev.BaseModelId.Uint64() != 1 || ev.Owner != c.Addr(1) {
		t.Fatalf("ModelRegistered %+v, %v", ev, err)
	}
	rates, err := reg.UnpackRatesSetEvent(r.Logs[2])
	if err != nil || rates.RateIn.Int64() != 2_000 || rates.RateOut.Int64() != 6_000 {
		t.Fatalf("RatesSet %+v, %v", rates, err)
	}
	return c
}

func getModel(t *testing.T, c *devchaintest.Chain, id int64) bindings.IModelRegistryModel {
	t.Helper()
	m, err := reg.UnpackGetModel(c.MustCall(c.Addr(3), model.Address, reg.PackGetModel(big.NewInt(id))))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func datanetRoot(t *testing.T, c *devchaintest.Chain, id, version int64) [32]byte {
	t.Helper()
	v, err := dreg.UnpackGetVersion(c.MustCall(c.Addr(3), datanet.Address, dreg.PackGetVersion(big.NewInt(id), big.NewInt(version))))
	if err != nil {
		t.Fatal(err)
	}
	return v.Root
}

func TestProvenanceOfAdapterOnTwoDatanets(t *testing.T) {
	c := setup(t)
	p, err := reg.UnpackProvenance(c.MustCall(c.Addr(3), model.Address, reg.PackProvenance(big.NewInt(2), big.NewInt(0))))
	if err != nil {
		t.Fatal(err)
	}
	if p.ModelId.Uint64() != 2 || p.Version.Uint64() != 1 || p.WeightsHash != hash("med-lora") ||
		p.BaseModelId.Uint64() != 1 || p.BaseVersion.Uint64() != 1 || p.BaseWeightsHash != hash("base-v1") {
		t.Fatalf("provenance header %+v", p)
	}
	want := []struct {
		id, version, count int64
	}{{1, 2, 2}, {2, 1, 1}}
	if len(p.Datanets) != len(want) {
		t.Fatalf("%d datanets, want %d", len(p.Datanets), len(want))
	}
	for i, w := range want {
		d := p.Datanets[i]
		if d.DatanetId.Int64() != w.id || d.Version.Int64() != w.version || d.ContributionCount.Int64() != w.count {
			t.Errorf("datanet %d: %+v, want %+v", i, d, w)
		}
		if d.Root != datanetRoot(t, c, w.id, w.version) {
			t.Errorf("datanet %d: root %x differs from the Datanet registry's", i, d.Root)
		}
	}
	// Version 1 of Datanet 1 has a different root than version 2: the version is pinned.
	if p.Datanets[0].Root == datanetRoot(t, c, 1, 1) {
		t.Fatal("provenance root is not version 2's")
	}
	m := getModel(t, c, 2)
	if m.Kind != model.KindAdapter || m.Rank != 16 || len(m.TargetModules) != 2 || m.TargetModules[1] != "v_proj" ||
		m.RateIn.Int64() != 2_000 || m.Status != model.StatusActive || m.VersionCount.Uint64() != 1 || m.Owner != c.Addr(1) {
		t.Fatalf("getModel(2) = %+v", m)
	}
	if base := getModel(t, c, 1); base.AdapterCount.Uint64() != 1 || base.Architecture != "llama" || base.License != "llama3" {
		t.Fatalf("getModel(1) = %+v", base)
	}
	// The storage is laid out as Solidity would: modelCount at slot 0, the
	// record of model 2 at keccak256(2 ‖ 1), its owner one slot further.
	ctx := context.Background()
	count, err := c.Client.StorageAt(ctx, model.Address, common.Hash{}, nil)
	if err != nil || new(big.Int).SetBytes(count).Int64() != 2 {
		t.Fatalf("slot 0 = %x, %v", count, err)
	}
	record := new(big.Int).SetBytes(crypto.Keccak256(common.BigToHash(big.NewInt(2)).Bytes(), common.BigToHash(big.NewInt(1)).Bytes()))
	owner, err := c.Client.StorageAt(ctx, model.Address, common.BigToHash(record.Add(record, big.NewInt(1))), nil)
	if err != nil || common.BytesToAddress(owner) != c.Addr(1) {
		t.Fatalf("owner slot = %x, %v", owner, err)
	}
}

func TestRegistrationReverts(t *testing.T) {
	c := setup(t)
	// Model 3: an adapter cannot be a base; model 1 deprecated below for the inactive case.
	tests := []struct {
		name string
		spec bindings.IModelRegistryAdapterSpec
		want string
	}{
		{"no_such_datanet", adapterSpec(1, "x", refs(9, 1)), "DatanetNotFound"},
		{"no_such_datanet_version", adapterSpec(1, "x", refs(1, 3)), "DatanetVersionNotFound"},
		{"datanet_version_zero", adapterSpec(1, "x", refs(2, 0)), "DatanetVersionNotFound"},
		{"second_ref_bad", adapterSpec(1, "x", refs(1, 1, 2, 2)), "DatanetVersionNotFound"},
		{"no_such_base", adapterSpec(7, "x", refs(1, 1)), "ModelNotFound"},
		{"base_is_adapter", adapterSpec(2, "x", refs(1, 1)), "NotABaseModel"},
		{"no_datanets", adapterSpec(1, "x", nil), "InvalidArgument"},
		{"datanet_twice", adapterSpec(1, "x", refs(1, 1, 1, 2)), "InvalidArgument"},
		{"empty_name", adapterSpec(1, "", refs(1, 1)), "InvalidArgument"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := c.Call(c.Addr(1), model.Address, reg.PackRegisterAdapter(tc.spec))
			data, _ := precompiletest.RevertData(err)
			if got := precompiletest.RevertName(model.ABI, data); got != tc.want {
				t.Fatalf("revert %q (%v), want %s", got, err, tc.want)
			}
		})
	}
	// A zero weights hash or rank is refused too.
	spec := adapterSpec(1, "x", refs(1, 1))
	spec.Rank = 0
	if _, err := c.Call(c.Addr(1), model.Address, reg.PackRegisterAdapter(spec)); err == nil {
		t.Fatal("rank 0 accepted")
	}
	if _, err := c.Call(c.Addr(1), model.Address, reg.PackRegisterBaseModel("b", "", [32]byte{}, "", "")); err == nil {
		t.Fatal("zero weights hash accepted")
	}
	// A deprecated base takes no new adapters.
	c.MustSend(c.Keys[0], model.Address, reg.PackDeprecate(big.NewInt(1)), nil)
	_, err := c.Call(c.Addr(1), model.Address, reg.PackRegisterAdapter(adapterSpec(1, "late", refs(1, 1))))
	if data, _ := precompiletest.RevertData(err); precompiletest.RevertName(model.ABI, data) != "ModelInactive" {
		t.Fatalf("adapter on a deprecated base: %v", err)
	}
	// A mined failing registration changes nothing and keeps the unused gas.
	r := c.Send(c.Keys[1], model.Address, reg.PackRegisterAdapter(adapterSpec(1, "late", refs(1, 1))), nil, 1_000_000)
	if r.Status != types.ReceiptStatusFailed || r.GasUsed >= 1_000_000 || len(r.Logs) != 0 {
		t.Fatalf("failed registration: status %d gas %d logs %d", r.Status, r.GasUsed, len(r.Logs))
	}
	count, _ := reg.UnpackModelCount(c.MustCall(c.Addr(0), model.Address, reg.PackModelCount()))
	if count.Uint64() != 2 {
		t.Fatalf("modelCount %d after failed registrations", count)
	}
}

func TestOnlyOwnerChangesAModel(t *testing.T) {
	c := setup(t)
	two := big.NewInt(2)
	calls := map[string][]byte{
		"setRates":          reg.PackSetRates(two, big.NewInt(1), big.NewInt(1)),
		"publishVersion":    reg.PackPublishVersion(two, hash("v2"), "", refs(1, 1)),
		"deprecate":         reg.PackDeprecate(two),
		"transferOwnership": reg.PackTransferOwnership(two, c.Addr(3)),
	}
	for name, data := range calls {
		t.Run(name, func(t *testing.T) {
			for _, stranger := range []common.Address{c.Addr(0), c.Addr(3)} { // the base's owner is a stranger too
				_, err := c.Call(stranger, model.Address, data)
				rd, _ := precompiletest.RevertData(err)
				if got := precompiletest.RevertName(model.ABI, rd); got != "NotOwner" {
					t.Fatalf("%s from %s: revert %q (%v)", name, stranger, got, err)
				}
			}
		})
	}
	// The owner sets rates.
	r := c.MustSend(c.Keys[1], model.Address, reg.PackSetRates(two, big.NewInt(5), big.NewInt(7)), nil)
	if ev, err := reg.UnpackRatesSetEvent(r.Logs[0]); err != nil || ev.RateOut.Int64() != 7 {
		t.Fatalf("RatesSet %+v %v", ev, err)
	}
	if m := getModel(t, c, 2); m.RateIn.Int64() != 5 || m.RateOut.Int64() != 7 {
		t.Fatalf("rates %s/%s", m.RateIn, m.RateOut)
	}
	// Deprecate, deprecate again (StatusUnchanged), reactivate.
	r = c.MustSend(c.Keys[1], model.Address, reg.PackDeprecate(two), nil)
	if _, err := reg.UnpackModelDeprecatedEvent(r.Logs[0]); err != nil {
		t.Fatal(err)
	}
	_, err := c.Call(c.Addr(1), model.Address, reg.PackDeprecate(two))
	if rd, _ := precompiletest.RevertData(err); precompiletest.RevertName(model.ABI, rd) != "StatusUnchanged" {
		t.Fatalf("double deprecate: %v", err)
	}
	if m := getModel(t, c, 2); m.Status != model.StatusDeprecated {
		t.Fatal("not deprecated")
	}
	r = c.MustSend(c.Keys[1], model.Address, reg.PackReactivate(two), nil)
	if _, err := reg.UnpackModelReactivatedEvent(r.Logs[0]); err != nil {
		t.Fatal(err)
	}
}

func TestVersionsStayResolvable(t *testing.T) {
	c := setup(t)
	two := big.NewInt(2)
	// The base publishes v2; the adapter is retrained on Datanet 1 v1 only and pins base v2.
	c.MustSend(c.Keys[0], model.Address, reg.PackPublishVersion(big.NewInt(1), hash("base-v2"), "hf://v2", nil), nil)
	_, err := c.Call(c.Addr(0), model.Address, reg.PackPublishVersion(big.NewInt(1), hash("base-v3"), "", refs(1, 1)))
	if rd, _ := precompiletest.RevertData(err); precompiletest.RevertName(model.ABI, rd) != "InvalidArgument" {
		t.Fatalf("base version with datanets: %v", err)
	}
	r := c.MustSend(c.Keys[1], model.Address, reg.PackPublishVersion(two, hash("med-lora-v2"), "ipfs://v2", refs(1, 1)), nil)
	ev, err := reg.UnpackVersionPublishedEvent(r.Logs[0])
	if err != nil || ev.Version.Uint64() != 2 || ev.WeightsHash != hash("med-lora-v2") {
		t.Fatalf("VersionPublished %+v %v", ev, err)
	}
	versions, err := reg.UnpackVersionsOf(c.MustCall(c.Addr(3), model.Address, reg.PackVersionsOf(two, big.NewInt(0), big.NewInt(10))))
	if err != nil || len(versions) != 2 {
		t.Fatalf("versionsOf: %d versions, %v", len(versions), err)
	}
	if versions[0].WeightsHash != hash("med-lora") || len(versions[0].Datanets) != 2 || versions[0].BaseVersion.Uint64() != 1 {
		t.Fatalf("version 1 changed: %+v", versions[0])
	}
	if versions[1].Uri != "ipfs://v2" || len(versions[1].Datanets) != 1 || versions[1].BaseVersion.Uint64() != 2 {
		t.Fatalf("version 2: %+v", versions[1])
	}
	// Provenance per version: v1 still names two Datanets and base v1.
	for _, tc := range []struct {
		version, baseVersion int64
		datanets             int
		baseHash             [32]byte
	}{{1, 1, 2, hash("base-v1")}, {2, 2, 1, hash("base-v2")}, {0, 2, 1, hash("base-v2")}} {
		p, err := reg.UnpackProvenance(c.MustCall(c.Addr(3), model.Address, reg.PackProvenance(two, big.NewInt(tc.version))))
		if err != nil || p.BaseVersion.Int64() != tc.baseVersion || len(p.Datanets) != tc.datanets || p.BaseWeightsHash != tc.baseHash {
			t.Fatalf("provenance(v%d) = %+v, %v", tc.version, p, err)
		}
	}
	_, err = c.Call(c.Addr(3), model.Address, reg.PackGetVersion(two, big.NewInt(3)))
	if rd, _ := precompiletest.RevertData(err); precompiletest.RevertName(model.ABI, rd) != "VersionNotFound" {
		t.Fatalf("getVersion(3): %v", err)
	}
}

func TestOwnershipAndPaging(t *testing.T) {
	c := setup(t)
	// Account 1 registers adapters 3..5 on base 1; it then owns 2..5.
	for _, name := range []string{"a3", "a4", "a5"} {
		c.MustSend(c.Keys[1], model.Address, reg.PackRegisterAdapter(adapterSpec(1, name, refs(2, 1))), nil)
	}
	ids := func(owner common.Address) []uint64 {
		page, err := reg.UnpackModelsOf(c.MustCall(owner, model.Address, reg.PackModelsOf(owner, big.NewInt(0), big.NewInt(100))))
		if err != nil {
			t.Fatal(err)
		}
		var out []uint64
		for _, m := range page {
			if m.Owner != owner {
				t.Fatalf("modelsOf(%s) lists model %d of %s", owner, m.Id, m.Owner)
			}
			out = append(out, m.Id.Uint64())
		}
		return out
	}
	// Transfer model 3: account 1 keeps 2, 5, 4 (the last moves into the gap); account 3 gets 3.
	r := c.MustSend(c.Keys[1], model.Address, reg.PackTransferOwnership(big.NewInt(3), c.Addr(3)), nil)
	if ev, err := reg.UnpackOwnershipTransferredEvent(r.Logs[0]); err != nil || ev.PreviousOwner != c.Addr(1) || ev.NewOwner != c.Addr(3) {
		t.Fatalf("OwnershipTransferred %+v %v", ev, err)
	}
	if got := ids(c.Addr(1)); !equal(got, []uint64{2, 5, 4}) {
		t.Fatalf("modelsOf(1) = %v", got)
	}
	if got := ids(c.Addr(3)); !equal(got, []uint64{3}) {
		t.Fatalf("modelsOf(3) = %v", got)
	}
	// The new owner administers; the old one no longer does.
	c.MustSend(c.Keys[3], model.Address, reg.PackSetRates(big.NewInt(3), big.NewInt(1), big.NewInt(1)), nil)
	if _, err := c.Call(c.Addr(1), model.Address, reg.PackSetRates(big.NewInt(3), big.NewInt(1), big.NewInt(1))); err == nil {
		t.Fatal("old owner still sets rates")
	}
	// Transfer the last entry of a list, and back: lists stay consistent.
	c.MustSend(c.Keys[3], model.Address, reg.PackTransferOwnership(big.NewInt(3), c.Addr(1)), nil)
	if got := ids(c.Addr(3)); len(got) != 0 {
		t.Fatalf("modelsOf(3) = %v after giving back", got)
	}
	if got := ids(c.Addr(1)); !equal(got, []uint64{2, 5, 4, 3}) {
		t.Fatalf("modelsOf(1) = %v", got)
	}

	tests := []struct {
		offset, limit int64
		want          []uint64
	}{
		{0, 2, []uint64{2, 3}},
		{2, 2, []uint64{4, 5}},
		{3, 10, []uint64{5}},
		{4, 10, nil},
		{1 << 62, 1, nil},
	}
	for _, tc := range tests {
		page, err := reg.UnpackAdaptersOf(c.MustCall(c.Addr(0), model.Address, reg.PackAdaptersOf(big.NewInt(1), big.NewInt(tc.offset), big.NewInt(tc.limit))))
		if err != nil {
			t.Fatal(err)
		}
		var got []uint64
		for _, m := range page {
			got = append(got, m.Id.Uint64())
		}
		if !equal(got, tc.want) {
			t.Errorf("adaptersOf(1, %d, %d) = %v, want %v", tc.offset, tc.limit, got, tc.want)
		}
	}
	all, _ := reg.UnpackListModels(c.MustCall(c.Addr(0), model.Address, reg.PackListModels(big.NewInt(0), big.NewInt(1000))))
	if len(all) != 5 || all[0].Name != "llama-3-8b" || all[4].Name != "a5" {
		t.Fatalf("listModels: %d models", len(all))
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
