// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments

import (
	"reflect"
	"testing"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/span"
)

// byteTokens decodes token i as pieces[i].
type byteTokens []string

func (b byteTokens) Decode(ids []int, _ bool) string {
	var out []byte
	for _, id := range ids {
		out = append(out, b[id]...)
	}
	return string(out)
}

func TestSegments(t *testing.T) {
	// Output "Héllo, world!" as tokens "Hé" "llo" ", " "world" "!".
	pieces := byteTokens{"Hé", "llo", ", ", "world", "!"}
	tokens := []uint32{0, 1, 2, 3, 4}
	output := "Héllo, world!"
	hit := func(ids ...uint64) []span.DocHit {
		var d []span.DocHit
		for _, id := range ids {
			d = append(d, span.DocHit{ContributionID: id, Count: 1})
		}
		return d
	}
	tests := []struct {
		name   string
		att    attribution.Attribution
		output string
		want   []Segment
	}{
		{"one span", attribution.Attribution{Segments: []span.Segment{{Start: 1, End: 3}},
			Evidence: attribution.Evidence{Spans: []span.Span{{Start: 1, Length: 2, Docs: hit(7)}}}}, output,
			[]Segment{{Start: 3, End: 8, Contributions: []uint64{7}}}},
		{"overlapping spans merge their contributions", attribution.Attribution{Segments: []span.Segment{{Start: 0, End: 4}},
			Evidence: attribution.Evidence{Spans: []span.Span{{Start: 0, Length: 3, Docs: hit(9, 2)}, {Start: 2, Length: 2, Docs: hit(2, 5)}}}}, output,
			[]Segment{{Start: 0, End: 13, Contributions: []uint64{2, 5, 9}}}},
		{"two segments", attribution.Attribution{Segments: []span.Segment{{Start: 0, End: 1}, {Start: 3, End: 5}},
			Evidence: attribution.Evidence{Spans: []span.Span{{Start: 0, Length: 1, Docs: hit(1)}, {Start: 3, Length: 2, Docs: hit(4)}}}}, output,
			[]Segment{{Start: 0, End: 3, Contributions: []uint64{1}}, {Start: 8, End: 14, Contributions: []uint64{4}}}},
		{"segment out of range is dropped", attribution.Attribution{Segments: []span.Segment{{Start: 4, End: 9}}}, output, []Segment{}},
		{"tokens that do not decode to the output give none", attribution.Attribution{Segments: []span.Segment{{Start: 0, End: 1}}}, "other text", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := segments(&tc.att, tokens, tc.output, pieces)
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("segments = %+v, want %+v", got, tc.want)
			}
		})
	}
}
