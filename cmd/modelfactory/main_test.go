// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/modelfactory/service"
)

// Every flag has its LEDGER_MODELFACTORY_ twin, the twins are read, and
// out-of-range values are refused with the flag's name.
func TestFlags(t *testing.T) {
	for _, f := range service.Flags {
		env := f.(interface{ GetEnvVars() []string }).GetEnvVars()
		require.NotEmpty(t, env, f.Names()[0])
		require.True(t, strings.HasPrefix(env[0], service.EnvVarPrefix+"_"), env[0])
	}
	read := func(args ...string) (service.Config, error) {
		var cfg service.Config
		var err error
		app := &cli.App{Flags: service.Flags, Action: func(ctx *cli.Context) error {
			cfg, err = service.NewConfig(ctx)
			return nil
		}}
		if runErr := app.Run(append([]string{"modelfactory"}, args...)); runErr != nil {
			return cfg, runErr
		}
		return cfg, err
	}
	t.Setenv("LEDGER_MODELFACTORY_WORKERS", "3")
	cfg, err := read("--data-dir", "/d", "--http.port", "0")
	require.NoError(t, err)
	require.Equal(t, 3, cfg.Workers)
	require.Equal(t, "/d", cfg.DataDir)
	require.True(t, strings.HasSuffix(cfg.ListenAddr, ":0"))

	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no-data-dir", nil, "data-dir"},
		{"workers-zero", []string{"--data-dir", "/d", "--workers", "0"}, "--workers"},
		{"checkpoint-negative", []string{"--data-dir", "/d", "--checkpoint-every", "-1"}, "--checkpoint-every"},
		{"port-too-large", []string{"--data-dir", "/d", "--http.port", "70000"}, "--http.port"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := read(tc.args...)
			require.ErrorContains(t, err, tc.want)
		})
	}
}
