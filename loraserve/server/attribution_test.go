// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package server

import (
	"encoding/json"
	"net/http"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/httpapi"
	"github.com/openledger/openledger/loraserve/tokenizer"
)

// TestAttributionEndpoint serves POST /v1/attribution from an index built with
// the served model's tokenizer: a text copied from one contribution is
// attributed to it.
func TestAttributionEndpoint(t *testing.T) {
	dir := t.TempDir()
	cfg, err := DevConfig(dir, 1, "127.0.0.1:0")
	require.NoError(t, err)
	tok, err := tokenizer.Load(cfg.ModelDir)
	require.NoError(t, err)
	copied := "the patient presented with a mild fever and was treated with rest and fluids for three days"
	versions := []attribution.DatanetVersion{{DatanetID: 1, Version: 1, Contributions: []attribution.Contribution{
		{ID: 11, Contributor: common.HexToAddress("0x11"), Text: "an unrelated note about the weather in the mountains during spring"},
		{ID: 12, Contributor: common.HexToAddress("0x12"), Text: "case report: " + copied + ". follow-up showed no complications."},
	}}}
	indexDir := filepath.Join(dir, "index")
	_, err = attribution.BuildIndex(indexDir, attribution.FromIntEncoder(tok), versions, attribution.BuildOptions{})
	require.NoError(t, err)

	att, h, err := OpenAttribution(indexDir, cfg.ModelDir)
	require.NoError(t, err)
	defer att.Close()
	cfg.ExtraRoutes = map[string]http.Handler{AttributionRoute: h}
	s := startService(t, cfg)

	resp, body := post(t, s.URL()+"/v1/attribution", map[string]any{"text": copied})
	require.Equal(t, http.StatusOK, resp.StatusCode, "%s", body)
	var got httpapi.Response
	require.NoError(t, json.Unmarshal(body, &got))
	require.NotEmpty(t, got.Contributions)
	var total, to12 uint64
	for _, c := range got.Contributions {
		total += c.Weight
		if c.ContributionID == 12 {
			to12 = c.Weight
			require.Equal(t, common.HexToAddress("0x12"), c.Contributor)
		}
	}
	require.Equal(t, uint64(1e18), total)
	require.GreaterOrEqual(t, to12, uint64(9e17), "copied text must credit its contribution")

	// Bad input is a 4xx, and the server keeps serving.
	resp, _ = post(t, s.URL()+"/v1/attribution", "{not json")
	require.Equal(t, http.StatusBadRequest, resp.StatusCode)
	_, _, err = OpenAttribution(filepath.Join(dir, "missing"), cfg.ModelDir)
	require.Error(t, err)
	// An index built with another tokenizer is refused.
	other := filepath.Join(dir, "other-index")
	_, err = attribution.BuildIndex(other, attribution.FromIntEncoder(tok), versions, attribution.BuildOptions{TokenizerID: common.HexToHash("0x01")})
	require.NoError(t, err)
	_, _, err = OpenAttribution(other, cfg.ModelDir)
	require.ErrorIs(t, err, ErrConfig)
	// One built with this tokenizer's hash is served.
	same := filepath.Join(dir, "same-index")
	_, err = attribution.BuildIndex(same, attribution.FromIntEncoder(tok), versions, attribution.BuildOptions{TokenizerID: tok.Hash()})
	require.NoError(t, err)
	att2, _, err := OpenAttribution(same, cfg.ModelDir)
	require.NoError(t, err)
	require.NoError(t, att2.Close())
}
