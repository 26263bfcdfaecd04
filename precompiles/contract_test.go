package precompiles

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

const testABI = `[
 {"type":"function","name":"get","stateMutability":"view","inputs":[],"outputs":[{"type":"uint256"}]},
 {"type":"function","name":"put","stateMutability":"nonpayable","inputs":[{"type":"uint256"}],"outputs":[]},
 {"type":"function","name":"pay","stateMutability":"payable","inputs":[],"outputs":[]}]`

func TestNewContractChecksBindings(t *testing.T) {
	parsed, err := abi.JSON(strings.NewReader(testABI))
	if err != nil {
		t.Fatal(err)
	}
	gas := func([]byte) uint64 { return 1 }
	run := Bind(func(*Call, NoInput) ([]any, error) { return nil, nil })
	runUint := Bind(func(*Call, struct{ Arg0 *big.Int }) ([]any, error) { return nil, nil })
	full := func() map[string]Method {
		return map[string]Method{
			"get": {Gas: gas, Run: run},
			"put": {Writes: true, Gas: gas, Run: runUint},
			"pay": {Writes: true, Payable: true, Gas: gas, Run: run},
		}
	}
	addr := common.HexToAddress("0x0a10")
	if _, err := NewContract("t", addr, parsed, full()); err != nil {
		t.Fatalf("valid bindings refused: %v", err)
	}
	tests := []struct {
		name   string
		mutate func(map[string]Method)
		want   string
	}{
		{"missing method", func(m map[string]Method) { delete(m, "get") }, "has no implementation"},
		{"extra method", func(m map[string]Method) { m["nope"] = Method{Gas: gas, Run: run} }, "has no ABI method"},
		{"view marked writing", func(m map[string]Method) { m["get"] = Method{Writes: true, Gas: gas, Run: run} }, "disagrees with the ABI"},
		{"writer marked view", func(m map[string]Method) { m["put"] = Method{Gas: gas, Run: run} }, "disagrees with the ABI"},
		{"payable not marked", func(m map[string]Method) { m["pay"] = Method{Writes: true, Gas: gas, Run: run} }, "disagrees with the ABI"},
		{"no gas function", func(m map[string]Method) { m["get"] = Method{Run: run} }, "lacks Run or Gas"},
		{"no handler", func(m map[string]Method) { m["get"] = Method{Gas: gas} }, "lacks Run or Gas"},
		{"input type too short", func(m map[string]Method) { m["put"] = Method{Writes: true, Gas: gas, Run: run} }, "must be a struct of 1 fields"},
		{"input of the wrong type", func(m map[string]Method) {
			m["put"] = Method{Writes: true, Gas: gas, Run: Bind(func(*Call, struct{ Arg0 string }) ([]any, error) { return nil, nil })}
		}, "cannot hold ABI uint256"},
		{"input field misnamed", func(m map[string]Method) {
			m["put"] = Method{Writes: true, Gas: gas, Run: Bind(func(*Call, struct{ Value *big.Int }) ([]any, error) { return nil, nil })}
		}, "want exported Arg0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := full()
			tc.mutate(m)
			if _, err := NewContract("t", addr, parsed, m); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
		})
	}
}

func TestRegisterRejects(t *testing.T) {
	tests := []struct {
		name string
		addr common.Address
	}{
		{"below the range", common.HexToAddress("0x09ff")},
		{"above the range", common.HexToAddress("0x0b00")},
		{"an op-geth precompile", common.HexToAddress("0x01")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Fatal("Register did not panic")
				}
			}()
			Register(tc.addr, &Contract{})
		})
	}
}
