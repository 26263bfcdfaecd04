package datanet

import (
	"sort"
	"testing"
)

// TestDispatchCoversABI: the selector table is exactly the interface's methods.
func TestDispatchCoversABI(t *testing.T) {
	var want []string
	for name := range ABI.Methods {
		want = append(want, name)
	}
	sort.Strings(want)
	got := Contract.MethodNames()
	if len(got) != len(want) {
		t.Fatalf("dispatch has %d methods, ABI %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("dispatch %v, ABI %v", got, want)
		}
	}
	// Every event and error of the interface is one this package emits or returns.
	if len(ABI.Events) != 8 {
		t.Fatalf("ABI declares %d events; events.go binds 8", len(ABI.Events))
	}
	if len(ABI.Errors) != 13 {
		t.Fatalf("ABI declares %d errors; errors.go binds 13", len(ABI.Errors))
	}
}

func TestMerkleMatchesIncrementalTree(t *testing.T) {
	for n := 0; n <= 70; n++ {
		var leaves [][32]byte
		branch := map[int]hashT{}
		for i := 0; i < n; i++ {
			leaf := Leaf(uint64(i+1), hashT{byte(i)}, addrT{byte(i)})
			leaves = append(leaves, leaf)
			if err := treeInsert(uint64(i), leaf, func(h int) hashT { return branch[h] }, func(h int, v hashT) { branch[h] = v }); err != nil {
				t.Fatal(err)
			}
		}
		hs := make([]hashT, len(leaves))
		for i := range leaves {
			hs[i] = leaves[i]
		}
		if got, want := treeRoot(uint64(n), func(h int) hashT { return branch[h] }), Root(hs); got != want {
			t.Fatalf("n=%d: incremental root %x, full root %x", n, got, want)
		}
		for i := range hs {
			root, proof := Proof(hs, uint64(i))
			if !VerifyProof(root, hs[i], uint64(i), proof) {
				t.Fatalf("n=%d: proof of %d fails", n, i)
			}
			if VerifyProof(root, hs[i], uint64(i)^1, proof) && n > 1 {
				t.Fatalf("n=%d: proof of %d verifies at the wrong index", n, i)
			}
		}
	}
}
