package commands

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

func TestTxOutputJoinsObjects(t *testing.T) {
	tx := TxResult{Tx: common.HexToHash("0x01"), Block: 7, GasUsed: 21000}
	const head = `{"tx":"0x0000000000000000000000000000000000000000000000000000000000000001","block":7,"gasUsed":21000`
	tests := []struct {
		name    string
		fields  any
		want    string // "" for an error
		wantErr bool
	}{
		{"fields follow in order", struct {
			B int    `json:"b"`
			A string `json:"a"`
		}{2, "x"}, head + `,"b":2,"a":"x"}`, false},
		{"no fields", struct{}{}, head + `}`, false},
		{"map", map[string]int{"n": 1}, head + `,"n":1}`, false},
		{"not an object", []int{1}, "", true},
		{"nil", nil, "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := txOutput{tx, tc.fields}.MarshalJSON()
			if (err != nil) != tc.wantErr {
				t.Fatalf("err %v, want error %v", err, tc.wantErr)
			}
			if string(got) != tc.want {
				t.Fatalf("got %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestEventReportTakesFirstMatchingLog(t *testing.T) {
	type ev struct{ n int }
	unpack := func(l *types.Log) (*ev, error) {
		if len(l.Topics) == 0 || l.Topics[0] != common.HexToHash("0xee") {
			return nil, errors.New("not the event")
		}
		return &ev{int(l.Data[0])}, nil
	}
	rep := event(unpack, func(e *ev) any { return e.n })
	other := &types.Log{Topics: []common.Hash{common.HexToHash("0xaa")}, Data: []byte{9}}
	first := &types.Log{Topics: []common.Hash{common.HexToHash("0xee")}, Data: []byte{1}}
	second := &types.Log{Topics: []common.Hash{common.HexToHash("0xee")}, Data: []byte{2}}
	tests := []struct {
		name string
		logs []*types.Log
		want any
		err  error
	}{
		{"first of two", []*types.Log{other, first, second}, 1, nil},
		{"none", []*types.Log{other}, nil, errNoEvent},
		{"no logs", nil, nil, errNoEvent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := rep(tc.logs)
			if !errors.Is(err, tc.err) || got != tc.want {
				t.Fatalf("got %v, %v; want %v, %v", got, err, tc.want, tc.err)
			}
		})
	}
}
