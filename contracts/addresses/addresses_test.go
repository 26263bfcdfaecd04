package addresses

import "testing"

// TestPrecompilesInRange: the addresses are distinct, ascending, and inside
// the range reserved for OpenLedger precompiles (0x…0A00–0x…0AFF).
func TestPrecompilesInRange(t *testing.T) {
	all := Precompiles()
	for i, a := range all {
		if a[18] != 0x0a || !allZero(a[:18]) {
			t.Fatalf("%s is outside 0x…0A00–0x…0AFF", a)
		}
		if i > 0 && all[i-1].Cmp(a) >= 0 {
			t.Fatalf("%s does not follow %s", a, all[i-1])
		}
	}
}

func allZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}
