// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package storymodel

import (
	"context"
	"os"
	"testing"
)

// fortunes is Debian's fortunes-min file, which the devnet's story uses.
const fortunes = "/usr/share/games/fortunes/fortunes"

// TestBuildQuotesTheDatanet builds the story's models from the corpus the
// devnet uses (in STORYMODEL_CACHE when set, to reuse a build) and checks
// that the adapter quotes every Datanet entry from its first words, and that
// a second Build returns the cached result.
func TestBuildQuotesTheDatanet(t *testing.T) {
	if testing.Short() {
		t.Skip("trains two models (about 20 CPU-seconds)")
	}
	entries, err := ReadFortunes(fortunes)
	if err != nil {
		t.Fatalf("%v (make deps installs Debian's fortunes-min)", err)
	}
	texts := Texts{Datanet: entries[:18], General: entries[18:]}
	cache := os.Getenv("STORYMODEL_CACHE")
	if cache == "" {
		cache = t.TempDir()
	}
	say := func(msg string, kv ...any) { t.Log(append([]any{msg}, kv...)...) }
	r, err := Build(context.Background(), cache, texts, say)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("report: %+v", r.Report)
	if r.Report.Reproduced != len(texts.Datanet) {
		t.Errorf("the adapter quotes %d of %d Datanet entries", r.Report.Reproduced, len(texts.Datanet))
	}
	again, err := Build(context.Background(), cache, texts, say)
	if err != nil || again.Report != r.Report || again.ModelDir != r.ModelDir {
		t.Errorf("second build: %+v, %v; want the cached %+v", again, err, r)
	}
}
