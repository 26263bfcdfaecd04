package predeploys

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/params"

	"github.com/openledger/openledger/contracts/artifacts"
)

// jovianRollup has every fork through Jovian active at genesis, as OpenLedger's.
func jovianRollup() *rollup.Config {
	zero := uint64(0)
	return &rollup.Config{
		BlockTime: 1, RegolithTime: &zero, CanyonTime: &zero, DeltaTime: &zero, EcotoneTime: &zero, FjordTime: &zero,
		GraniteTime: &zero, HoloceneTime: &zero, IsthmusTime: &zero, JovianTime: &zero,
	}
}

// setL1Attributes runs op-node's L1-attributes deposit for the given values
// against L1Block in the EVM and returns op-node's own decoding of it.
func setL1Attributes(t testing.TB, st *state.StateDB, caller common.Address, number, timestamp, baseFee, excessBlobGas, seq uint64,
	hash common.Hash, batcher common.Address, baseScalar, blobScalar, opScalar uint32, opConst uint64, daScalar uint16) (*derive.L1BlockInfo, error) {
	header := &types.Header{Number: new(big.Int).SetUint64(number), Time: timestamp, BaseFee: new(big.Int).SetUint64(baseFee),
		ExcessBlobGas: &excessBlobGas, ParentHash: hash, Difficulty: new(big.Int)}
	sysCfg := eth.SystemConfig{
		BatcherAddr:          batcher,
		Scalar:               eth.EncodeScalar(eth.EcotoneScalars{BaseFeeScalar: baseScalar, BlobBaseFeeScalar: blobScalar}),
		OperatorFeeParams:    eth.EncodeOperatorFeeParams(eth.OperatorFeeParams{Scalar: opScalar, Constant: opConst}),
		DAFootprintGasScalar: daScalar,
	}
	l2Time := timestamp + 1
	data, err := derive.L1InfoDepositBytes(jovianRollup(), params.MergedTestChainConfig, sysCfg, seq, eth.HeaderBlockInfo(header), l2Time)
	if err != nil {
		t.Fatal(err)
	}
	var dep types.Transaction
	if err := dep.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	cfg := &runtime.Config{ChainConfig: params.MergedTestChainConfig, State: st, Origin: caller, GasLimit: dep.Gas(), BlockNumber: big.NewInt(1), BaseFee: big.NewInt(0)}
	if _, _, err := runtime.Call(L1BlockAddr, dep.Data(), cfg); err != nil {
		return nil, err
	}
	info, err := derive.L1BlockInfoFromBytes(jovianRollup(), l2Time, dep.Data())
	if err != nil {
		t.Fatal(err)
	}
	return info, nil
}

// checkL1Block compares L1Block's getters and the storage op-geth's fee
// functions read with op-node's decoding of the deposit.
func checkL1Block(t testing.TB, st *state.StateDB, info *derive.L1BlockInfo) {
	l1ABI := artifacts.MustABI(L1BlockContract)
	get := func(method string) []byte {
		data, _ := l1ABI.Pack(method)
		out, _, err := runtime.Call(L1BlockAddr, data, &runtime.Config{ChainConfig: params.MergedTestChainConfig, State: st, GasLimit: 1_000_000, BlockNumber: big.NewInt(1), BaseFee: big.NewInt(0)})
		if err != nil {
			t.Fatalf("%s: %v", method, err)
		}
		return out
	}
	word := func(method string) *big.Int { return new(big.Int).SetBytes(get(method)) }
	checks := []struct {
		name      string
		got, want *big.Int
	}{
		{"number", word("number"), new(big.Int).SetUint64(info.Number)},
		{"timestamp", word("timestamp"), new(big.Int).SetUint64(info.Time)},
		{"basefee", word("basefee"), info.BaseFee},
		{"hash", word("hash"), info.BlockHash.Big()},
		{"sequenceNumber", word("sequenceNumber"), new(big.Int).SetUint64(info.SequenceNumber)},
		{"batcherHash", word("batcherHash"), new(big.Int).SetBytes(info.BatcherAddr.Bytes())},
		{"blobBaseFee", word("blobBaseFee"), info.BlobBaseFee},
		{"baseFeeScalar", word("baseFeeScalar"), big.NewInt(int64(info.BaseFeeScalar))},
		{"blobBaseFeeScalar", word("blobBaseFeeScalar"), big.NewInt(int64(info.BlobBaseFeeScalar))},
		{"operatorFeeScalar", word("operatorFeeScalar"), big.NewInt(int64(info.OperatorFeeScalar))},
		{"operatorFeeConstant", word("operatorFeeConstant"), new(big.Int).SetUint64(info.OperatorFeeConstant)},
		{"daFootprintGasScalar", word("daFootprintGasScalar"), big.NewInt(int64(info.DAFootprintGasScalar))},
		// What op-geth's rollup_cost.go reads straight from storage.
		{"slot1 (l1BaseFee)", st.GetState(L1BlockAddr, common.BigToHash(big.NewInt(1))).Big(), info.BaseFee},
		{"slot7 (blobBaseFee)", st.GetState(L1BlockAddr, common.BigToHash(big.NewInt(7))).Big(), info.BlobBaseFee},
		{"slot3[16:20] (baseFeeScalar)", new(big.Int).SetBytes(st.GetState(L1BlockAddr, common.BigToHash(big.NewInt(3))).Bytes()[16:20]), big.NewInt(int64(info.BaseFeeScalar))},
		{"slot3[20:24] (blobBaseFeeScalar)", new(big.Int).SetBytes(st.GetState(L1BlockAddr, common.BigToHash(big.NewInt(3))).Bytes()[20:24]), big.NewInt(int64(info.BlobBaseFeeScalar))},
		{"slot8[20:24] (operatorFeeScalar)", new(big.Int).SetBytes(st.GetState(L1BlockAddr, common.BigToHash(big.NewInt(8))).Bytes()[20:24]), big.NewInt(int64(info.OperatorFeeScalar))},
		{"slot8[24:32] (operatorFeeConstant)", new(big.Int).SetBytes(st.GetState(L1BlockAddr, common.BigToHash(big.NewInt(8))).Bytes()[24:32]), new(big.Int).SetUint64(info.OperatorFeeConstant)},
	}
	for _, c := range checks {
		if c.got.Cmp(c.want) != 0 {
			t.Fatalf("%s = %s, op-node encoded %s", c.name, c.got, c.want)
		}
	}
}

func TestL1BlockStoresJovianAttributes(t *testing.T) {
	tests := []struct {
		name                      string
		number, time, fee, excess uint64
		seq                       uint64
		base, blob, opScalar      uint32
		opConst                   uint64
		da                        uint16
	}{
		{"devnet values", 42, 1_700_000_000, 1_000_000_000, 0, 3, 1368, 810949, 0, 0, 0},
		{"operator fee and da scalar", 7, 1_800_000_000, 7, 1 << 20, 0, 1, 2, 500, 1_000_000, 400},
		{"max fields", 1<<64 - 1, 1<<64 - 2, 1<<64 - 1, 0, 1<<64 - 1, 1<<32 - 1, 1<<32 - 1, 1<<32 - 1, 1<<64 - 1, 1<<16 - 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := gpoState(t)
			info, err := setL1Attributes(t, st, DepositorAccount, tc.number, tc.time, tc.fee, tc.excess, tc.seq,
				common.HexToHash("0xabcdef"), common.HexToAddress("0xba7c4e"), tc.base, tc.blob, tc.opScalar, tc.opConst, tc.da)
			if err != nil {
				t.Fatal(err)
			}
			checkL1Block(t, st, info)
		})
	}
}

func TestL1BlockRejectsOtherCallers(t *testing.T) {
	st := gpoState(t)
	_, err := setL1Attributes(t, st, common.HexToAddress("0x1234"), 1, 2, 3, 0, 0, common.Hash{1}, common.Address{2}, 1, 1, 0, 0, 0)
	if !errors.Is(err, vm.ErrExecutionReverted) {
		t.Fatalf("a non-depositor call returned %v, want a revert", err)
	}
	if st.GetState(L1BlockAddr, common.BigToHash(big.NewInt(1))) != (common.Hash{}) {
		t.Fatal("a non-depositor call wrote L1Block storage")
	}
}

func FuzzL1BlockJovian(f *testing.F) {
	f.Add(uint64(1), uint64(2), uint64(3), uint64(0), uint64(0), []byte{1}, []byte{2}, uint32(1368), uint32(810949), uint32(0), uint64(0), uint16(0))
	f.Fuzz(func(t *testing.T, number, timestamp, baseFee, excess, seq uint64, hash, batcher []byte, base, blob, opScalar uint32, opConst uint64, da uint16) {
		if timestamp == 1<<64-1 {
			return // the L2 block time must be after the L1 origin's
		}
		st := gpoState(t)
		info, err := setL1Attributes(t, st, DepositorAccount, number, timestamp, baseFee, excess%(1<<30), seq,
			common.BytesToHash(hash), common.BytesToAddress(batcher), base, blob, opScalar, opConst, da)
		if err != nil {
			t.Fatal(err)
		}
		checkL1Block(t, st, info)
	})
}
