package devnettest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/openledger/openledger/rollup/chainspec"
	"github.com/openledger/openledger/rollup/devnet"
)

// LogEnv names an environment variable: when set, the devnet log is written
// to that path and kept (for debugging a test).
const LogEnv = "LEDGER_DEVNET_TEST_LOG"

// logTail is how many log lines a failed test prints.
const logTail = 150

// Options tune Start.
type Options struct {
	// Dir holds the devnet; empty means a fresh temporary directory. Starting
	// a second devnet on the Dir of a stopped one resumes its chain.
	Dir string
	// Accounts is the number of funded dev accounts (default 4).
	Accounts int
}

// DeployConfig is the fast deploy config of a test devnet with n funded
// accounts.
func DeployConfig(genesisTime uint64, n int) chainspec.DeployConfig {
	dc := chainspec.DevDeployConfig(genesisTime, n)
	dc.L1BlockTime, dc.L1FinalityDepth = 1, 3
	dc.DAChallengeWindow, dc.DAResolveWindow = 4, 4
	return dc
}

// Start starts a devnet and stops it when the test ends.
func Start(t testing.TB, opts Options) *devnet.Devnet {
	t.Helper()
	if opts.Dir == "" {
		opts.Dir = t.TempDir()
	}
	if opts.Accounts == 0 {
		opts.Accounts = 4
	}
	logPath := filepath.Join(t.TempDir(), "devnet.log")
	if p := os.Getenv(LogEnv); p != "" {
		logPath = p
	}
	logFile, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		logFile.Close()
		if t.Failed() {
			data, _ := os.ReadFile(logPath)
			lines := strings.Split(string(data), "\n")
			if len(lines) > logTail {
				lines = lines[len(lines)-logTail:]
			}
			t.Logf("last devnet log lines:\n%s", strings.Join(lines, "\n"))
		}
	})
	n := opts.Accounts
	d, err := devnet.New(devnet.Config{
		Dir:            opts.Dir,
		DevAccounts:    n,
		DeployConfig:   func(genesisTime uint64) chainspec.DeployConfig { return DeployConfig(genesisTime, n) },
		L1PollInterval: 500 * time.Millisecond,
		LogWriter:      logFile,
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if err := d.Start(ctx); err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := d.Stop(ctx); err != nil && !errors.Is(err, devnet.ErrAlreadyStopped) {
			t.Errorf("stop devnet: %v", err)
		}
	})
	return d
}
