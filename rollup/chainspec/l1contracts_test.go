package chainspec

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/contracts/artifacts"
)

// l1State returns a state holding the L1 genesis of dc.
func l1State(t *testing.T, dc DeployConfig) *state.StateDB {
	t.Helper()
	g, err := dc.L1Genesis()
	if err != nil {
		t.Fatal(err)
	}
	st, err := state.New(types.EmptyRootHash, state.NewDatabase(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil), nil))
	if err != nil {
		t.Fatal(err)
	}
	for addr, acc := range g.Alloc {
		st.SetCode(addr, acc.Code, tracing.CodeChangeUnspecified)
		st.SetNonce(addr, acc.Nonce, tracing.NonceChangeUnspecified)
		if acc.Balance != nil {
			st.SetBalance(addr, uint256.MustFromBig(acc.Balance), tracing.BalanceChangeUnspecified)
		}
		for k, v := range acc.Storage {
			st.SetState(addr, k, v)
		}
	}
	return st
}

// l1Call calls to from origin in L1 block `block` and returns the logs it emitted.
func l1Call(st *state.StateDB, dc DeployConfig, origin, to common.Address, block int64, value *big.Int, data []byte) ([]*types.Log, error) {
	before := len(st.Logs())
	cfg := &runtime.Config{ChainConfig: L1ChainConfig(dc.L1ChainID), State: st, Origin: origin, GasLimit: 10_000_000,
		BlockNumber: big.NewInt(block), BaseFee: big.NewInt(0), Value: value}
	if _, _, err := runtime.Call(to, data, cfg); err != nil {
		return nil, err
	}
	return st.Logs()[before:], nil
}

// forwarder is EVM code that forwards its calldata to target and returns the
// call's success flag: an L1 contract depositing.
func forwarder(target common.Address) []byte {
	code := []byte{0x36, 0x5f, 0x5f, 0x37, 0x5f, 0x5f, 0x36, 0x5f, 0x5f, 0x73}
	code = append(code, target.Bytes()...)
	return append(code, 0x5a, 0xf1, 0x5f, 0x52, 0x60, 0x20, 0x5f, 0xf3)
}

// TestDepositPortalEmitsWhatOpNodeParses runs deposits through the portal and
// decodes every log with op-node's own parser: a malformed deposit log would
// halt derivation.
func TestDepositPortalEmitsWhatOpNodeParses(t *testing.T) {
	dc := DevDeployConfig(1_700_000_000, 2)
	st := l1State(t, dc)
	portal := artifacts.MustABI(DepositPortalContract)
	user := dc.L1FundedAccounts[0]
	to := common.HexToAddress("0x00000000000000000000000000000000000b0b")
	contract := common.HexToAddress("0x00000000000000000000000000000000c0ffee")
	st.SetCode(contract, forwarder(dc.DepositPortalAddress), tracing.CodeChangeUnspecified)
	aliased := common.BigToAddress(new(big.Int).Add(contract.Big(), common.HexToAddress("0x1111000000000000000000000000000000001111").Big()))

	tests := []struct {
		name     string
		via      common.Address // call the portal directly or through a contract
		wantFrom common.Address
		to       common.Address
		value    int64
		gas      uint64
		creation bool
		data     []byte
	}{
		{"empty data", dc.DepositPortalAddress, user, to, 0, 21_000, false, nil},
		{"one byte", dc.DepositPortalAddress, user, to, 5, 21_040, false, []byte{0x42}},
		{"31 bytes", dc.DepositPortalAddress, user, to, 0, 100_000, false, bytes.Repeat([]byte{1}, 31)},
		{"32 bytes", dc.DepositPortalAddress, user, to, 0, 100_000, false, bytes.Repeat([]byte{2}, 32)},
		{"33 bytes", dc.DepositPortalAddress, user, to, 0, 100_000, false, bytes.Repeat([]byte{3}, 33)},
		{"calldata of a call", dc.DepositPortalAddress, user, to, 7, 300_000, false, bytes.Repeat([]byte{0xab, 0}, 150)},
		{"contract creation", dc.DepositPortalAddress, user, common.Address{}, 0, 500_000, true, []byte{0x60, 0x00}},
		{"from a contract is aliased", contract, aliased, to, 0, 50_000, false, []byte("hi")},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			call, err := portal.Pack("depositTransaction", tc.to, big.NewInt(tc.value), tc.gas, tc.creation, tc.data)
			if err != nil {
				t.Fatal(err)
			}
			logs, err := l1Call(st, dc, user, tc.via, int64(10+i), nil, call)
			if err != nil {
				t.Fatalf("deposit: %v", err)
			}
			if len(logs) != 1 {
				t.Fatalf("%d logs, want 1", len(logs))
			}
			dep, err := derive.UnmarshalDepositLogEvent(logs[0])
			if err != nil {
				t.Fatalf("op-node rejects the deposit log: %v", err)
			}
			if dep.From != tc.wantFrom || dep.Mint != nil || dep.Value.Int64() != tc.value || dep.Gas != tc.gas ||
				!bytes.Equal(dep.Data, tc.data) || dep.IsSystemTransaction {
				t.Fatalf("op-node decoded %+v", dep)
			}
			if tc.creation != (dep.To == nil) || (!tc.creation && *dep.To != tc.to) {
				t.Fatalf("recipient %v, creation %v", dep.To, tc.creation)
			}
		})
	}
}

func TestDepositPortalRefuses(t *testing.T) {
	dc := DevDeployConfig(1_700_000_000, 2)
	st := l1State(t, dc)
	portal := artifacts.MustABI(DepositPortalContract)
	user := dc.L1FundedAccounts[0]
	pack := func(to common.Address, gas uint64, creation bool, data []byte) []byte {
		b, err := portal.Pack("depositTransaction", to, big.NewInt(0), gas, creation, data)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name  string
		value *big.Int
		call  []byte
	}{
		{"L1 value (deposits never mint OPEN)", big.NewInt(1), pack(common.Address{1}, 100_000, false, nil)},
		{"gas below the intrinsic minimum", nil, pack(common.Address{1}, 20_999, false, nil)},
		{"gas below the data's minimum", nil, pack(common.Address{1}, 21_000, false, []byte{1})},
		{"creation with a recipient", nil, pack(common.Address{1}, 100_000, true, nil)},
		{"more gas than the block cap", nil, pack(common.Address{1}, dc.MaxDepositGasPerBlock+1, false, nil)},
		{"oversized data", nil, pack(common.Address{1}, 10_000_000, false, make([]byte, 120_001))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := l1Call(st, dc, user, dc.DepositPortalAddress, 5, tc.value, tc.call); !errors.Is(err, vm.ErrExecutionReverted) {
				t.Fatalf("got %v, want a revert", err)
			}
		})
	}
	// The cap is per L1 block: two deposits that together exceed it fit in two blocks.
	half := pack(common.Address{1}, dc.MaxDepositGasPerBlock/2+1, false, nil)
	if _, err := l1Call(st, dc, user, dc.DepositPortalAddress, 7, nil, half); err != nil {
		t.Fatal(err)
	}
	if _, err := l1Call(st, dc, user, dc.DepositPortalAddress, 7, nil, half); !errors.Is(err, vm.ErrExecutionReverted) {
		t.Fatalf("second deposit in the same block: %v, want a revert", err)
	}
	if _, err := l1Call(st, dc, user, dc.DepositPortalAddress, 8, nil, half); err != nil {
		t.Fatalf("deposit in the next block: %v", err)
	}
}

// TestSystemConfigUpdatesParse applies every setter and feeds the emitted
// ConfigUpdate logs to op-node's parser.
func TestSystemConfigUpdatesParse(t *testing.T) {
	dc := DevDeployConfig(1_700_000_000, 1)
	st := l1State(t, dc)
	sys := artifacts.MustABI(SystemConfigContract)
	zero := uint64(0)
	rc := &rollup.Config{RegolithTime: &zero, CanyonTime: &zero, DeltaTime: &zero, EcotoneTime: &zero, FjordTime: &zero,
		GraniteTime: &zero, HoloceneTime: &zero, IsthmusTime: &zero, JovianTime: &zero}
	newBatcher := common.HexToAddress("0x00000000000000000000000000000000000ba7c4")
	signer := common.HexToAddress("0x0000000000000000000000000000000000005169")
	var cfg eth.SystemConfig
	steps := []struct {
		method string
		args   []any
	}{
		{"setBatcherHash", []any{newBatcher}},
		{"setGasConfigEcotone", []any{uint32(1111), uint32(2222)}},
		{"setGasLimit", []any{uint64(80_000_000)}},
		{"setUnsafeBlockSigner", []any{signer}},
		{"setOperatorFeeScalars", []any{uint32(333), uint64(444)}},
		{"setMinBaseFee", []any{uint64(1_000_000)}},
		{"setDAFootprintGasScalar", []any{uint16(600)}},
	}
	for _, s := range steps {
		data, err := sys.Pack(s.method, s.args...)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := l1Call(st, dc, dc.L1FundedAccounts[0], dc.SystemConfigAddress, 3, nil, data); !errors.Is(err, vm.ErrExecutionReverted) {
			t.Fatalf("%s by a non-owner: %v, want a revert", s.method, err)
		}
		logs, err := l1Call(st, dc, dc.SystemConfigOwner, dc.SystemConfigAddress, 3, nil, data)
		if err != nil || len(logs) != 1 {
			t.Fatalf("%s: %v, %d logs", s.method, err, len(logs))
		}
		if err := derive.ProcessSystemConfigUpdateLogEvent(&cfg, logs[0], rc, 1_700_000_000); err != nil {
			t.Fatalf("op-node rejects the %s update: %v", s.method, err)
		}
	}
	scalars, err := eth.DecodeScalar(cfg.Scalar)
	if err != nil {
		t.Fatal(err)
	}
	op := eth.DecodeOperatorFeeParams(cfg.OperatorFeeParams)
	if cfg.BatcherAddr != newBatcher || scalars.BaseFeeScalar != 1111 || scalars.BlobBaseFeeScalar != 2222 || cfg.GasLimit != 80_000_000 ||
		op.Scalar != 333 || op.Constant != 444 || cfg.MinBaseFee != 1_000_000 || cfg.DAFootprintGasScalar != 600 {
		t.Fatalf("op-node's system config after the updates: %+v", cfg)
	}
	if got := common.BytesToAddress(st.GetState(dc.SystemConfigAddress, common.HexToHash("0x65a7ed542fb37fe237fdfbdd70b31598523fe5b32879e307bae27a0bd9581c08")).Bytes()); got != signer {
		t.Fatalf("unsafe block signer slot holds %s, want %s", got, signer)
	}
	tooLow, _ := sys.Pack("setGasLimit", uint64(dc.MaxDepositGasPerBlock))
	if _, err := l1Call(st, dc, dc.SystemConfigOwner, dc.SystemConfigAddress, 3, nil, tooLow); !errors.Is(err, vm.ErrExecutionReverted) {
		t.Fatalf("a gas limit below deposits + system tx was accepted: %v", err)
	}
}
