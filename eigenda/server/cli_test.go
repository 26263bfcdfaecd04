package server_test

import (
	"flag"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/server"
	"github.com/openledger/openledger/eigenda/server/flags"
)

// TestEveryFlagHasEnvTwin checks each flag has exactly one LEDGER_EIGENDA_
// environment variable named after it.
func TestEveryFlagHasEnvTwin(t *testing.T) {
	seen := map[string]string{}
	for _, f := range flags.Flags {
		name := f.Names()[0]
		envs := f.(interface{ GetEnvVars() []string }).GetEnvVars()
		if len(envs) != 1 || !strings.HasPrefix(envs[0], flags.EnvVarPrefix+"_") {
			t.Fatalf("flag %s has env vars %v", name, envs)
		}
		want := flags.EnvVarPrefix + "_" + strings.ToUpper(strings.NewReplacer(".", "_", "-", "_").Replace(name))
		if envs[0] != want {
			t.Fatalf("flag %s: env var %s, want %s", name, envs[0], want)
		}
		if other, dup := seen[envs[0]]; dup {
			t.Fatalf("flags %s and %s share %s", name, other, envs[0])
		}
		seen[envs[0]] = name
	}
}

// configFrom runs the flag set over args and env like the binary does.
func configFrom(t *testing.T, args []string, env map[string]string) (server.Config, error) {
	t.Helper()
	for k, v := range env {
		t.Setenv(k, v)
	}
	app := cli.NewApp()
	set := flag.NewFlagSet("test", flag.ContinueOnError)
	for _, f := range flags.Flags {
		if err := freshCopy(f).Apply(set); err != nil {
			t.Fatal(err)
		}
	}
	if err := set.Parse(args); err != nil {
		t.Fatal(err)
	}
	return server.NewConfigFromCLI(cli.NewContext(app, set, nil))
}

// freshCopy copies a flag so that Apply, which stores environment values in the
// flag itself, leaves the package's flags untouched between test cases.
func freshCopy(f cli.Flag) cli.Flag {
	v := reflect.ValueOf(f).Elem()
	cp := reflect.New(v.Type())
	cp.Elem().Set(v)
	if s, ok := cp.Interface().(*cli.IntSliceFlag); ok && s.Value != nil {
		s.Value = cli.NewIntSlice(s.Value.Value()...)
	}
	return cp.Interface().(cli.Flag)
}

func TestConfigFromCLI(t *testing.T) {
	t.Run("defaults", func(t *testing.T) {
		cfg, err := configFrom(t, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if cfg.Backend != server.BackendMemory || cfg.ListenAddr != "127.0.0.1:3100" || cfg.MaxBlobSize != 16<<20 ||
			cfg.PolynomialForm != codec.FormCoeff || len(cfg.RequiredQuorums) != 2 ||
			cfg.VerifyCacheEntries != server.DefaultVerifyCache {
			t.Fatalf("defaults: %+v", cfg)
		}
	})
	t.Run("env-twins", func(t *testing.T) {
		cfg, err := configFrom(t, nil, map[string]string{
			"LEDGER_EIGENDA_BACKEND":               "disperser",
			"LEDGER_EIGENDA_DISPERSER_RPC":         "disperser.example:443",
			"LEDGER_EIGENDA_DISPERSER_TIMEOUT":     "3m",
			"LEDGER_EIGENDA_MEMORY_TTL":            "90s",
			"LEDGER_EIGENDA_MAX_BLOB_SIZE":         "1048576",
			"LEDGER_EIGENDA_POLYNOMIAL_FORM":       "eval",
			"LEDGER_EIGENDA_L1_RPC":                "http://l1:8545",
			"LEDGER_EIGENDA_L1_SERVICE_MANAGER":    "0x870679E138bCdf293b7Ff14dD44b70FC97e12fc0",
			"LEDGER_EIGENDA_L1_CONFIRMATION_DEPTH": "6",
			"LEDGER_EIGENDA_REQUIRED_QUORUMS":      "0",
			"LEDGER_EIGENDA_VERIFY_CACHE":          "0",
		})
		if err != nil {
			t.Fatal(err)
		}
		want := common.HexToAddress("0x870679E138bCdf293b7Ff14dD44b70FC97e12fc0")
		if cfg.Backend != server.BackendDisperser || cfg.Disperser.Target != "disperser.example:443" ||
			!cfg.Disperser.TLS || cfg.DisperseTimeout != 3*time.Minute || cfg.MemoryTTL != 90*time.Second ||
			cfg.MaxBlobSize != 1<<20 || cfg.PolynomialForm != codec.FormEval || cfg.L1RPC != "http://l1:8545" ||
			cfg.ServiceManager != want || cfg.ConfirmationDepth != 6 || len(cfg.RequiredQuorums) != 1 ||
			cfg.VerifyCacheEntries != 0 {
			t.Fatalf("from env: %+v", cfg)
		}
	})
	t.Run("flag-beats-env", func(t *testing.T) {
		cfg, err := configFrom(t, []string{"--backend", "file", "--file.dir", "/tmp/x"},
			map[string]string{"LEDGER_EIGENDA_BACKEND": "memory"})
		if err != nil || cfg.Backend != server.BackendFile || cfg.FileDir != "/tmp/x" {
			t.Fatalf("%v %+v", err, cfg)
		}
	})
	bad := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"bad-address", map[string]string{"LEDGER_EIGENDA_BACKEND": "disperser", "LEDGER_EIGENDA_DISPERSER_RPC": "x:1",
			"LEDGER_EIGENDA_L1_SERVICE_MANAGER": "nope"}, "not an address"},
		{"bad-form", map[string]string{"LEDGER_EIGENDA_POLYNOMIAL_FORM": "fft"}, "unknown polynomial form"},
		{"custom-quorum-range", map[string]string{"LEDGER_EIGENDA_DISPERSER_CUSTOM_QUORUMS": "256"}, "out of range"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := configFrom(t, nil, tc.env); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
		})
	}
}
