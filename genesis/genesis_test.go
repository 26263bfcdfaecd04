package genesis

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/triedb"

	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/precompiles"
	"github.com/openledger/openledger/precompiles/agent"
	"github.com/openledger/openledger/precompiles/governance"
	"github.com/openledger/openledger/precompiles/settlement"
)

func TestSupplyIsExactAndSharesAreRight(t *testing.T) {
	cfg, _ := DevConfig(10)
	g, err := Build(cfg)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := new(big.Int).SetString("1000000000000000000000000000", 10)
	if got := TotalBalance(g.Alloc); got.Cmp(want) != 0 {
		t.Fatalf("genesis supply %s, want %s", got, want)
	}
	pct := map[string]string{ // whole OPEN
		"community": "517100000", "investors": "182900000", "team": "150000000", "liquidity": "50000000",
	}
	for name, whole := range pct {
		w, _ := new(big.Int).SetString(whole, 10)
		w.Mul(w, open.OneOPEN())
		if got := g.Alloc[cfg.Allocations[name]].Balance; got.Cmp(w) != 0 {
			t.Errorf("%s holds %s, want %s", name, got, w)
		}
	}
	// Ecosystem: 100M OPEN minus the ten dev accounts' 1M each and the
	// governance treasury's 10M, which the governance precompile holds.
	eco := new(big.Int).Mul(big.NewInt(80_000_000), open.OneOPEN())
	if got := g.Alloc[governance.Address].Balance; got.Cmp(open.Wei(governance.DefaultTreasuryOPEN)) != 0 {
		t.Errorf("governance treasury holds %s, want %s", got, open.Wei(governance.DefaultTreasuryOPEN))
	}
	if got := g.Alloc[cfg.Allocations["ecosystem"]].Balance; got.Cmp(eco) != 0 {
		t.Errorf("ecosystem holds %s, want %s", got, eco)
	}
	for _, d := range cfg.DevAccounts {
		if g.Alloc[d.Address].Balance.Cmp(open.Wei(1_000_000)) != 0 {
			t.Errorf("dev account %s not funded", d.Address)
		}
	}
}

func TestPrecompileStubs(t *testing.T) {
	cfg, _ := DevConfig(1)
	g, err := Build(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(precompiles.Registered()) == 0 {
		t.Fatal("no precompile registered")
	}
	for _, addr := range precompiles.Registered() {
		acc, ok := g.Alloc[addr]
		if !ok || acc.Nonce != 1 || len(acc.Code) != 1 || acc.Code[0] != 0xFE {
			t.Errorf("precompile %s: account %+v, want nonce 1 and code 0xFE", addr, acc)
		}
	}
}

func TestGenesisCommitsAndForksAreActive(t *testing.T) {
	cfg, _ := DevConfig(2)
	g, err := Build(cfg)
	if err != nil {
		t.Fatal(err)
	}
	db := rawdb.NewMemoryDatabase()
	tdb := triedb.NewDatabase(db, triedb.HashDefaults)
	block, err := g.Commit(db, tdb, nil)
	if err != nil {
		t.Fatalf("commit genesis: %v", err)
	}
	c := g.Config
	if !c.IsOptimismJovian(0) || !c.IsOptimismIsthmus(0) || !c.IsPrague(big.NewInt(0), 0) || !c.IsOptimismHolocene(0) {
		t.Fatal("a fork is not active at genesis")
	}
	statedb, err := state.New(block.Root(), state.NewDatabase(tdb, nil))
	if err != nil {
		t.Fatal(err)
	}
	if got := statedb.GetBalance(cfg.DevAccounts[0].Address).ToBig(); got.Cmp(open.Wei(1_000_000)) != 0 {
		t.Fatalf("committed dev balance %s", got)
	}
}

func TestVerifyRejects(t *testing.T) {
	base, _ := DevConfig(1)
	tests := []struct {
		name   string
		mutate func(*Config)
		want   error
	}{
		{"missing share", func(c *Config) { delete(c.Allocations, "team") }, ErrBadAllocation},
		{"zero account", func(c *Config) { c.Allocations["team"] = common.Address{} }, ErrBadAllocation},
		{"repeated account", func(c *Config) { c.Allocations["team"] = c.Allocations["investors"] }, ErrBadAllocation},
		{"extra share", func(c *Config) { c.Allocations["other"] = common.HexToAddress("0x01") }, ErrBadAllocation},
		{"zero chain id", func(c *Config) { c.ChainID = 0 }, ErrBadAllocation},
		{"dev overdraws ecosystem", func(c *Config) {
			c.DevAccounts = append(c.DevAccounts, DevAccount{Address: common.HexToAddress("0x1234"), Balance: open.Wei(100_000_000)})
		}, ErrDevFunding},
		{"treasury overdraws ecosystem", func(c *Config) { c.Treasury = open.Wei(100_000_000) }, ErrDevFunding},
		{"negative treasury", func(c *Config) { c.Treasury = big.NewInt(-1) }, ErrBadAllocation},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := base
			cfg.Allocations = make(map[string]common.Address)
			for k, v := range base.Allocations {
				cfg.Allocations[k] = v
			}
			cfg.DevAccounts = append([]DevAccount{}, base.DevAccounts...)
			tc.mutate(&cfg)
			if _, err := Build(cfg); !errors.Is(err, tc.want) {
				t.Fatalf("Build error %v, want %v", err, tc.want)
			}
		})
	}
}

func TestExtraAllocCannotMint(t *testing.T) {
	cfg, _ := DevConfig(1)
	cfg.ExtraAlloc = types.GenesisAlloc{common.HexToAddress("0x4200000000000000000000000000000000000015"): {Balance: big.NewInt(1)}}
	if _, err := Build(cfg); !errors.Is(err, ErrAllocCollision) {
		t.Fatalf("minting extra alloc accepted: %v", err)
	}
	cfg.ExtraAlloc = types.GenesisAlloc{common.HexToAddress("0x4200000000000000000000000000000000000015"): {Code: []byte{0x60}}}
	g, err := Build(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if g.Alloc[common.HexToAddress("0x4200000000000000000000000000000000000015")].Balance.Sign() != 0 {
		t.Fatal("predeploy funded")
	}
	// A precompile's parameters go through PrecompileStorage, not ExtraAlloc.
	addr := precompiles.Registered()[0]
	cfg.ExtraAlloc = types.GenesisAlloc{addr: {Storage: map[common.Hash]common.Hash{{1}: {2}}}}
	if _, err := Build(cfg); !errors.Is(err, ErrAllocCollision) {
		t.Fatalf("extra alloc over a precompile accepted: %v", err)
	}
	cfg.ExtraAlloc = nil
	cfg.PrecompileStorage = map[common.Address]map[common.Hash]common.Hash{addr: {{1}: {2}}}
	g, err = Build(cfg)
	if err != nil || g.Alloc[addr].Storage[common.Hash{1}] != (common.Hash{2}) || g.Alloc[addr].Nonce != 1 {
		t.Fatalf("precompile storage not applied: %v", err)
	}
	cfg.PrecompileStorage = map[common.Address]map[common.Hash]common.Hash{common.HexToAddress("0x0a99"): {{1}: {2}}}
	if _, err := Build(cfg); !errors.Is(err, ErrAllocCollision) {
		t.Fatalf("storage for an unknown precompile accepted: %v", err)
	}
}

func TestDevDefaults(t *testing.T) {
	cfg, _ := DevConfig(2)
	g, err := Build(cfg)
	if err != nil {
		t.Fatal(err)
	}
	db := rawdb.NewMemoryDatabase()
	tdb := triedb.NewDatabase(db, triedb.HashDefaults)
	block, err := g.Commit(db, tdb, nil)
	if err != nil {
		t.Fatal(err)
	}
	st, err := state.New(block.Root(), state.NewDatabase(tdb, nil))
	if err != nil {
		t.Fatal(err)
	}
	if !agent.IsSlasher(st, cfg.DevAccounts[0].Address) || agent.IsSlasher(st, cfg.DevAccounts[1].Address) {
		t.Fatal("dev account 0 should be the only slasher")
	}
	if !settlement.IsSettler(st, cfg.DevAccounts[1].Address) || settlement.IsSettler(st, cfg.DevAccounts[0].Address) {
		t.Fatal("dev account 1 should be the only settler")
	}
}
