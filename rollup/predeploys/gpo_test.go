package predeploys

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/params"

	"github.com/openledger/openledger/contracts/artifacts"
)

func callGPO(t *testing.T, st *state.StateDB, from common.Address, method string, args ...any) ([]any, error) {
	t.Helper()
	gpoABI := artifacts.MustABI(GasPriceOracleContract)
	data, err := gpoABI.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	cfg := &runtime.Config{ChainConfig: params.MergedTestChainConfig, State: st, Origin: from, GasLimit: 10_000_000, BlockNumber: big.NewInt(1), BaseFee: big.NewInt(7)}
	out, _, err := runtime.Call(GasPriceOracleAddr, data, cfg)
	if err != nil {
		return nil, err
	}
	return gpoABI.Unpack(method, out)
}

func TestGasPriceOracle(t *testing.T) {
	st := gpoState(t)
	// L1 origin: basefee 30 gwei, operator fee scalar 500 and constant 1e6.
	info, err := setL1Attributes(t, st, DepositorAccount, 9, 1_700_000_000, 30_000_000_000, 1<<21, 0,
		common.Hash{9}, common.Address{9}, 1368, 810949, 500, 1_000_000, 0)
	if err != nil {
		t.Fatal(err)
	}
	u := func(method string, args ...any) *big.Int {
		out, err := callGPO(t, st, common.Address{}, method, args...)
		if err != nil {
			t.Fatalf("%s: %v", method, err)
		}
		switch v := out[0].(type) {
		case *big.Int:
			return v
		case uint32:
			return big.NewInt(int64(v))
		}
		t.Fatalf("%s returned %T", method, out[0])
		return nil
	}
	tests := []struct {
		name string
		got  *big.Int
		want *big.Int
	}{
		{"l1BaseFee", u("l1BaseFee"), info.BaseFee},
		{"blobBaseFee", u("blobBaseFee"), info.BlobBaseFee},
		{"baseFeeScalar", u("baseFeeScalar"), big.NewInt(1368)},
		{"blobBaseFeeScalar", u("blobBaseFeeScalar"), big.NewInt(810949)},
		{"decimals", u("decimals"), big.NewInt(6)},
		{"gasPrice is the block base fee", u("gasPrice"), big.NewInt(7)},
		// Jovian: gas * scalar * 100 + constant.
		{"getOperatorFee", u("getOperatorFee", big.NewInt(21_000)), big.NewInt(21_000*500*100 + 1_000_000)},
		// Fjord upper bound: (n+68) + (n+68)/255 + 16 bytes through the regression.
		{"getL1FeeUpperBound", u("getL1FeeUpperBound", big.NewInt(1000)), fjordCost(1068+1068/255+16, info.BaseFee, info.BlobBaseFee)},
	}
	for _, tc := range tests {
		if tc.got.Cmp(tc.want) != 0 {
			t.Errorf("%s = %s, want %s", tc.name, tc.got, tc.want)
		}
	}
	for _, method := range []string{"overhead", "scalar"} {
		if _, err := callGPO(t, st, common.Address{}, method); !errors.Is(err, vm.ErrExecutionReverted) {
			t.Errorf("%s after Ecotone: %v, want a revert", method, err)
		}
	}
	for _, method := range []string{"setEcotone", "setJovian"} {
		if _, err := callGPO(t, st, common.Address{1}, method); !errors.Is(err, vm.ErrExecutionReverted) {
			t.Errorf("%s by a stranger: %v, want a revert", method, err)
		}
		if _, err := callGPO(t, st, DepositorAccount, method); !errors.Is(err, vm.ErrExecutionReverted) {
			t.Errorf("%s when already active: %v, want a revert", method, err)
		}
	}
}

func fjordCost(size int64, baseFee, blobBaseFee *big.Int) *big.Int {
	est := max(int64(100e6), -42_585_600+836_500*size)
	scaled := new(big.Int).Mul(big.NewInt(16*1368), baseFee)
	scaled.Add(scaled, new(big.Int).Mul(big.NewInt(810949), blobBaseFee))
	return new(big.Int).Div(new(big.Int).Mul(big.NewInt(est), scaled), big.NewInt(1e12))
}
