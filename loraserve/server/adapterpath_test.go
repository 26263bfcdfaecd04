// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package server

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/testmodel"
)

// TestAdapterPathsStayInside is the attack of an admin API caller (a leaked
// token, a loopback process) making loraserve read files the operator never
// put under --adapters: a path with .., an absolute path elsewhere, a
// symbolic link in the adapters directory pointing out of it, and an adapter
// directory whose weights file links out, are all refused with 400
// path_outside_adapters and register nothing; adapters inside the directory
// register by relative or absolute path, through links that stay inside too.
func TestAdapterPathsStayInside(t *testing.T) {
	f := newFixture(t, testmodel.Tiny, 1)
	s := startService(t, f.cfg)
	root := f.cfg.AdaptersDir
	cfg := s.Model().Config
	save := func(dir string, seed uint64) {
		require.NoError(t, lora.Save(dir, testmodel.NewAdapter(filepath.Base(dir), cfg, testmodel.AdapterSpec{Seed: seed, Rank: 4})))
	}
	outside := filepath.Join(f.root, "elsewhere", "stolen")
	save(outside, 5)
	save(filepath.Join(root, "hot"), 6)
	require.NoError(t, os.Symlink(outside, filepath.Join(root, "link-out")))
	require.NoError(t, os.Symlink(filepath.Join(root, "hot"), filepath.Join(root, "link-in")))
	// An adapter directory inside whose weights file is a link out.
	sneaky := filepath.Join(root, "sneaky")
	require.NoError(t, os.MkdirAll(sneaky, 0o755))
	data, err := os.ReadFile(filepath.Join(outside, "adapter_config.json"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(sneaky, "adapter_config.json"), data, 0o644))
	require.NoError(t, os.Symlink(filepath.Join(outside, lora.WeightsFile), filepath.Join(sneaky, lora.WeightsFile)))

	for _, tc := range []struct {
		name, path string
		status     int
		code       string
	}{
		{"dot-dot", "../elsewhere/stolen", 400, "path_outside_adapters"},
		{"dot-dot-absolute", filepath.Join(root, "..", "elsewhere", "stolen"), 400, "path_outside_adapters"},
		{"absolute-outside", outside, 400, "path_outside_adapters"},
		{"root-itself", root, 400, "path_outside_adapters"},
		{"link-out", "link-out", 400, "path_outside_adapters"},
		{"weights-link-out", "sneaky", 400, "path_outside_adapters"},
		{"missing", "nowhere", 400, "adapter_not_found"},
		{"relative", "hot", 201, ""},
		{"absolute-inside", filepath.Join(root, "hot"), 201, ""},
		{"link-inside", "link-in", 201, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := post(t, s.URL()+"/v1/adapters", map[string]any{"id": "x-" + tc.name, "path": tc.path})
			require.Equal(t, tc.status, resp.StatusCode, "%s", body)
			if tc.code != "" {
				var eb ErrorBody
				require.NoError(t, json.Unmarshal(body, &eb))
				require.Equal(t, tc.code, *eb.Error.Code, "%s", body)
			}
		})
	}
	resp, err := http.Get(s.URL() + "/v1/models")
	require.NoError(t, err)
	var list ModelList
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&list))
	resp.Body.Close()
	var ids []string
	for _, c := range list.Data {
		ids = append(ids, c.ID)
	}
	require.ElementsMatch(t, []string{"tiny-llama", "adapter-0000", "x-relative", "x-absolute-inside", "x-link-inside"}, ids)

	// Without an adapters directory, no path is taken at all.
	noDir := f.cfg
	noDir.AdaptersDir = ""
	s2 := startService(t, noDir)
	resp2, body := post(t, s2.URL()+"/v1/adapters", map[string]any{"id": "hot", "path": filepath.Join(root, "hot")})
	require.Equal(t, http.StatusBadRequest, resp2.StatusCode, "%s", body)
	require.Contains(t, string(body), "no adapters directory")
}
