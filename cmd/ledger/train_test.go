// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package main_test

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/modelfactory/service"
	"github.com/openledger/openledger/modelfactory/service/servicetest"
)

func runLedger(t *testing.T, args ...string) (string, string, bool) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		t.Fatalf("run ledger: %v", err)
	}
	return stdout.String(), stderr.String(), err == nil
}

// `ledger train` starts a job on a real ModelFactory service (over a dev
// chain and an IPFS node), shows a progress bar until the job ends and
// prints the adapter to register; bad arguments are refused before any
// request.
func TestTrain(t *testing.T) {
	e := servicetest.NewEnv(t)
	_, url := e.Start(t, t.TempDir())
	owner := e.Chain.Addr(2).Hex()
	key := hexutil.Encode(crypto.FromECDSA(e.Chain.Keys[2]))
	args := func(extra ...string) []string {
		return append([]string{"--key", key, "--json", "train", "--modelfactory.url", url, "--base", "1", "--rank", "4", "--epochs", "2",
			"--batch", "2", "--lr", "0.005", "--max-seq-len", "128"}, extra...)
	}
	refused := []struct {
		name string
		args []string
		want string
	}{
		{"no-key", append([]string{"--json", "train", "--modelfactory.url", url, "--base", "1"}, "--datanet", "1:1"), "key"},
		{"owner-not-key", args("--owner", e.Chain.Addr(3).Hex(), "--datanet", "1:1"), "not the signing key"},
		{"owner-not-address", args("--owner", "bob", "--datanet", "1:1"), "not an address"},
		{"bad-datanet", args("--owner", owner, "--datanet", "1"), "id:version"},
		{"no-datanet", args("--owner", owner), "Datanet versions"},
		{"rank-zero", args("--owner", owner, "--datanet", "1:1", "--rank", "0"), "rank"},
	}
	for _, tc := range refused {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, ok := runLedger(t, tc.args...)
			require.False(t, ok)
			require.Contains(t, stderr, tc.want)
		})
	}

	stdout, stderr, ok := runLedger(t, args("--owner", owner, "--datanet", "1:1,2:1", "--target", "q_proj,v_proj")...)
	require.True(t, ok, stderr)
	require.Contains(t, stderr, "step 1/")
	require.Contains(t, stderr, "tok/s")
	require.Contains(t, stderr, "held-out", "the bar shows the held-out loss when measured")
	var job service.Job
	require.NoError(t, json.Unmarshal([]byte(stdout), &job), stdout)
	require.Equal(t, service.StateSucceeded, job.State)
	require.NotNil(t, job.Result)
	require.True(t, strings.HasPrefix(job.Result.URI, "ipfs://"))

	stdout, stderr, ok = runLedger(t, "--json", "train", "list", "--modelfactory.url", url, "--owner", owner)
	require.True(t, ok, stderr)
	require.Contains(t, stdout, job.ID)
	_, stderr, ok = runLedger(t, "--json", "train", "cancel", "--modelfactory.url", url, job.ID)
	require.False(t, ok, "cancelling needs the owner's key")
	require.Contains(t, stderr, "key")
	_, stderr, ok = runLedger(t, "--key", hexutil.Encode(crypto.FromECDSA(e.Chain.Keys[3])), "--json", "train", "cancel", "--modelfactory.url", url, job.ID)
	require.False(t, ok)
	require.Contains(t, stderr, "only the job's owner")
	_, stderr, ok = runLedger(t, "--key", key, "--json", "train", "cancel", "--modelfactory.url", url, job.ID)
	require.False(t, ok)
	require.Contains(t, stderr, "succeeded")
}
