package precompiles

import (
	"bytes"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestBytesRoundTripAndShrink(t *testing.T) {
	st := MemoryState{}
	s := NewSlot(common.Address{}, 5)
	for _, n := range []int{0, 1, 31, 32, 33, 64, 65, 200, 3, 0} {
		v := bytes.Repeat([]byte{byte(n + 1)}, n)
		s.SetBytes(st, v)
		if got := s.Bytes(st); !bytes.Equal(got, v) {
			t.Fatalf("len %d: read %d bytes", n, len(got))
		}
	}
	// After shrinking to empty nothing is left behind.
	if len(st) != 0 {
		t.Fatalf("%d stale slots after shrinking to empty", len(st))
	}
	s.SetString(st, strings.Repeat("x", 100))
	if len(st) != 1+4 {
		t.Fatalf("a 100-byte string uses %d slots, want 5", len(st))
	}
}

func TestPage(t *testing.T) {
	tests := []struct{ n, offset, limit, max, from, to uint64 }{
		{10, 0, 3, 100, 0, 3},
		{10, 8, 5, 100, 8, 10},
		{10, 10, 5, 100, 10, 10},
		{10, 0, 500, 4, 0, 4},
		{10, ^uint64(0), 5, 100, 10, 10},
		{10, 5, ^uint64(0), 100, 5, 10},
	}
	for _, tc := range tests {
		if from, to := Page(tc.n, tc.offset, tc.limit, tc.max); from != tc.from || to != tc.to {
			t.Errorf("Page(%d,%d,%d,%d) = %d,%d want %d,%d", tc.n, tc.offset, tc.limit, tc.max, from, to, tc.from, tc.to)
		}
	}
}

func TestRoleSet(t *testing.T) {
	st := MemoryState{}
	r := NewRoleSet(NewSlot(common.Address{}, 9))
	a := common.HexToAddress("0x01")
	if !r.Grant(st, 3, a) || r.Grant(st, 3, a) {
		t.Fatal("grant twice")
	}
	if !r.Has(st, 3, a) || r.Has(st, 4, a) || r.Has(st, 0, a) {
		t.Fatal("role scope leaked")
	}
	if !r.Revoke(st, 3, a) || r.Revoke(st, 3, a) || r.Has(st, 3, a) {
		t.Fatal("revoke")
	}
}

func TestStoredStringSlots(t *testing.T) {
	args, err := stringArgs.Pack(strings.Repeat("s", 70))
	if err != nil {
		t.Fatal(err)
	}
	if got := StoredStringSlots(args, 0); got != 1+3 {
		t.Fatalf("70-byte string: %d slots, want 4", got)
	}
	short, _ := stringArgs.Pack("abc")
	if got := StoredStringSlots(short, 0); got != 1 {
		t.Fatalf("short string: %d slots", got)
	}
	// Malformed: offset or length out of range gives the upper bound.
	bad := append([]byte{}, args...)
	bad[31] = 0xff
	if got := StoredStringSlots(bad, 0); got != Words(len(bad)) {
		t.Fatalf("bad offset: %d", got)
	}
	if got := StoredStringSlots(args, 9); got != Words(len(args)) {
		t.Fatalf("missing head word: %d", got)
	}
}
