// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package weights

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/holiman/uint256"
)

func scores(pairs ...uint64) []Score {
	var out []Score
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, Score{ContributionID: pairs[i], Score: uint256.NewInt(pairs[i+1])})
	}
	return out
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		name   string
		scores []Score
		want   []Weight
	}{
		{"empty", nil, nil},
		{"all-zero", scores(1, 0, 2, 0), nil},
		{"single", scores(9, 5), []Weight{{9, One}}},
		{"halves", scores(2, 7, 1, 7), []Weight{{1, One / 2}, {2, One / 2}}},
		// 1e18/3 = 333…333 remainder 1: the single unit goes to the smallest id.
		{"thirds-tie", scores(3, 1, 1, 1, 2, 1), []Weight{{1, One/3 + 1}, {2, One / 3}, {3, One / 3}}},
		{"merge-duplicates", scores(4, 1, 4, 1, 5, 2), []Weight{{4, One / 2}, {5, One / 2}}},
		// 1:2 → 333…333.33 and 666…666.67: the larger remainder gets the unit.
		{"largest-remainder", scores(1, 1, 2, 2), []Weight{{1, One / 3}, {2, 2*(One/3) + 1}}},
		{"zero-dropped", scores(1, 0, 2, 3), []Weight{{2, One}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Normalize(tc.scores)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			if err := Validate(got); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestNormalizeSumsExactlyOne(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	for range 2000 {
		var s []Score
		for range 1 + rng.IntN(50) {
			v := new(uint256.Int).Lsh(uint256.NewInt(rng.Uint64()), uint(rng.IntN(120)))
			s = append(s, Score{ContributionID: uint64(rng.IntN(40)), Score: v})
		}
		got, err := Normalize(s)
		if err != nil {
			t.Fatal(err)
		}
		if err := Validate(got); err != nil {
			t.Fatalf("%v: %v", got, err)
		}
		// Deterministic under input order.
		rng.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		again, _ := Normalize(s)
		if !slices.Equal(got, again) {
			t.Fatal("result depends on input order")
		}
	}
}

func TestNormalizeOverflow(t *testing.T) {
	big := new(uint256.Int).Lsh(uint256.NewInt(1), 200)
	if _, err := Normalize([]Score{{1, big}}); !errors.Is(err, ErrScoreOverflow) {
		t.Fatalf("got %v", err)
	}
	max := new(uint256.Int).SetAllOne()
	if _, err := Normalize([]Score{{1, max}, {1, max}}); !errors.Is(err, ErrScoreOverflow) {
		t.Fatalf("got %v", err)
	}
}

func TestCombine(t *testing.T) {
	span := []Weight{{1, One / 2}, {2, One / 2}}
	infl := []Weight{{2, One / 4}, {3, 3 * One / 4}}
	got, err := Combine(Part{span, One / 2}, Part{infl, One / 2})
	if err != nil {
		t.Fatal(err)
	}
	want := []Weight{{1, One / 4}, {2, 3 * One / 8}, {3, 3 * One / 8}}
	if !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	// An empty engine gives its share away.
	got, _ = Combine(Part{span, One / 2}, Part{nil, One / 2})
	if !slices.Equal(got, span) {
		t.Fatalf("got %v", got)
	}
	if _, err := Combine(Part{[]Weight{{1, 5}}, One}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("invalid part accepted: %v", err)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		ws   []Weight
		ok   bool
	}{
		{"empty", nil, true},
		{"one", []Weight{{1, One}}, true},
		{"short", []Weight{{1, One - 1}}, false},
		{"over", []Weight{{1, One}, {2, 1}}, false},
		{"unsorted", []Weight{{2, One / 2}, {1, One / 2}}, false},
		{"duplicate", []Weight{{1, One / 2}, {1, One / 2}}, false},
		{"zero", []Weight{{1, One}, {2, 0}}, false},
		{"wrap", []Weight{{1, One}, {2, ^uint64(0) - One + 1}}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := Validate(tc.ws); (err == nil) != tc.ok {
				t.Fatalf("Validate = %v", err)
			}
		})
	}
}

func BenchmarkNormalize(b *testing.B) {
	rng := rand.New(rand.NewPCG(2, 2))
	var s []Score
	for i := range 1000 {
		s = append(s, Score{ContributionID: uint64(i), Score: uint256.NewInt(rng.Uint64() >> 10)})
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Normalize(s); err != nil {
			b.Fatal(err)
		}
	}
}

func TestWeightJSON(t *testing.T) {
	w := Weight{ContributionID: 1<<63 + 1, Weight: One}
	b, err := json.Marshal(w)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"contributionId":"9223372036854775809","weight":"1000000000000000000"}` {
		t.Fatalf("got %s", b)
	}
	var back Weight
	if err := json.Unmarshal(b, &back); err != nil || back != w {
		t.Fatalf("round trip %v %v", back, err)
	}
	for _, bad := range []string{`{"contributionId":"x","weight":"1"}`, `{"contributionId":"1","weight":"-1"}`, `[`} {
		if err := json.Unmarshal([]byte(bad), &back); err == nil {
			t.Fatalf("accepted %s", bad)
		}
	}
}
