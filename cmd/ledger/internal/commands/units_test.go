package commands

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
)

var amountTests = []struct {
	in   string
	want string // wei, "" for an error
}{
	{"0", "0"},
	{"1234", "1234"},
	{"250wei", "250"},
	{"1OPEN", "1000000000000000000"},
	{"1.5 open", "1500000000000000000"},
	{"0.000000000000000001OPEN", "1"},
	{".5OPEN", "500000000000000000"},
	{"1_000OPEN", "1000000000000000000000"},
	{"0.0000000000000000001OPEN", ""}, // 19 decimals
	{"1.2.3OPEN", ""},
	{"-1", ""},
	{"-1OPEN", ""},
	{"1e18", ""},
	{"", ""},
	{"OPEN", ""},
}

func TestParseAmount(t *testing.T) {
	for _, tc := range amountTests {
		got, err := ParseAmount(tc.in)
		if tc.want == "" {
			if err == nil || !errors.Is(err, ErrBadArgument) {
				t.Errorf("ParseAmount(%q) = %v, %v; want ErrBadArgument", tc.in, got, err)
			}
			continue
		}
		if err != nil || got.String() != tc.want {
			t.Errorf("ParseAmount(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
}

func TestFormatOPEN(t *testing.T) {
	tests := []struct{ wei, want string }{
		{"0", "0 OPEN"},
		{"1500000000000000000", "1.5 OPEN"},
		{"1", "0.000000000000000001 OPEN"},
		{"1000000000000000000000", "1000 OPEN"},
	}
	for _, tc := range tests {
		v, _ := new(big.Int).SetString(tc.wei, 10)
		if got := FormatOPEN(v); got != tc.want {
			t.Errorf("FormatOPEN(%s) = %s, want %s", tc.wei, got, tc.want)
		}
		// Round trip through ParseAmount.
		back, err := ParseAmount(strings.ReplaceAll(FormatOPEN(v), " ", ""))
		if err != nil || back.Cmp(v) != 0 {
			t.Errorf("round trip of %s: %v, %v", tc.wei, back, err)
		}
	}
}

func TestParseDatanetRef(t *testing.T) {
	tests := []struct {
		in         string
		id, ver    int64
		wantErrSub string
	}{
		{"3:2", 3, 2, ""},
		{" 1:1", 1, 1, ""},
		{"3", 0, 0, "want id:version"},
		{"0:1", 0, 0, "positive integer"},
		{"1:x", 0, 0, "positive integer"},
	}
	for _, tc := range tests {
		r, err := ParseDatanetRef(tc.in)
		if tc.wantErrSub != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErrSub) {
				t.Errorf("ParseDatanetRef(%q) err %v", tc.in, err)
			}
			continue
		}
		if err != nil || r.ID.Int64() != tc.id || r.Version.Int64() != tc.ver {
			t.Errorf("ParseDatanetRef(%q) = %+v, %v", tc.in, r, err)
		}
	}
}

func TestDecodeRevert(t *testing.T) {
	caller := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	notOwner := func(parsed string) []byte {
		e := revertABIs[map[string]common.Address{"datanet": addresses.DatanetRegistry, "model": addresses.ModelRegistry}[parsed]].Errors["NotOwner"]
		args, _ := e.Inputs.Pack(big.NewInt(4), caller)
		return append(append([]byte{}, e.ID[:4]...), args...)
	}
	stake := revertABIs[addresses.AgentRegistry].Errors["StakeBelowMinimum"]
	stakeArgs, _ := stake.Inputs.Pack(big.NewInt(1), big.NewInt(2))
	errString := append([]byte{0x08, 0xc3, 0x79, 0xa0}, mustPackString("boom")...)
	tests := []struct {
		name string
		data []byte
		to   common.Address
		want string
	}{
		// NotOwner has one signature in both registries: the called one names the argument.
		{"model_not_owner", notOwner("model"), addresses.ModelRegistry, "NotOwner(modelId=4, caller=" + caller.Hex() + ")"},
		{"datanet_not_owner", notOwner("datanet"), addresses.DatanetRegistry, "NotOwner(datanetId=4, caller=" + caller.Hex() + ")"},
		{"agent_error_elsewhere", append(append([]byte{}, stake.ID[:4]...), stakeArgs...), common.Address{1}, "StakeBelowMinimum(stake=1, minimum=2)"},
		{"error_string", errString, addresses.ModelRegistry, "boom"},
		{"empty", nil, addresses.ModelRegistry, "no reason given"},
		{"unknown", []byte{1, 2, 3, 4, 5}, addresses.ModelRegistry, "unknown revert data 0x0102030405"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := DecodeRevert(tc.data, tc.to); got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func mustPackString(s string) []byte {
	// Error(string) arguments: offset, length, padded bytes.
	out := make([]byte, 96)
	out[31] = 32
	out[63] = byte(len(s))
	copy(out[64:], s)
	return out
}

func TestRenderText(t *testing.T) {
	v := struct {
		ID       uint64                              `json:"id"`
		Tags     []string                            `json:"tags"`
		Datanets []bindings.IModelRegistryDatanetRef `json:"datanets"`
		Nothing  any                                 `json:"nothing"`
	}{7, []string{"a", "b"}, []bindings.IModelRegistryDatanetRef{{DatanetId: big.NewInt(1), Version: big.NewInt(2)}}, nil}
	data, _ := json.Marshal(v)
	var buf bytes.Buffer
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := renderText(&buf, dec, 0, ""); err != nil {
		t.Fatal(err)
	}
	want := "id: 7\ntags:\n  [0]: a\n  [1]: b\ndatanets:\n  [0]\n    DatanetId: 1\n    Version: 2\nnothing: -\n"
	if buf.String() != want {
		t.Fatalf("got\n%s\nwant\n%s", buf.String(), want)
	}
}

// FuzzParseAmount: no panic, and any accepted amount is a non-negative
// 256-bit integer.
func FuzzParseAmount(f *testing.F) {
	for _, tc := range amountTests {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseAmount(s)
		if err == nil && (v.Sign() < 0 || v.BitLen() > 256) {
			t.Fatalf("ParseAmount(%q) = %v", s, v)
		}
	})
}
