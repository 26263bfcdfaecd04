package server_test

import (
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/server"
	"github.com/openledger/openledger/eigenda/server/flags"
	"github.com/openledger/openledger/eigenda/v2/payments"
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

// TestReadmeListsEveryFlag keeps the README's flag table in step with the
// binary: every flag has a row naming it and its environment twin, and every
// row names a flag that exists.
func TestReadmeListsEveryFlag(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{} // flag -> its table row
	for _, line := range strings.Split(string(readme), "\n") {
		if name, ok := strings.CutPrefix(line, "| `--"); ok {
			name, _, _ = strings.Cut(name, "`")
			rows[name] = line
		}
	}
	known := map[string]bool{}
	for _, f := range flags.Flags {
		name := f.Names()[0]
		known[name] = true
		env := f.(interface{ GetEnvVars() []string }).GetEnvVars()[0]
		row, ok := rows[name]
		if !ok {
			t.Errorf("README has no row for --%s", name)
			continue
		}
		if !strings.Contains(row, "`"+env+"`") {
			t.Errorf("README row for --%s does not name %s: %s", name, env, row)
		}
	}
	for name := range rows {
		if !known[name] {
			t.Errorf("README lists --%s, which the server does not have", name)
		}
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
		if cfg.Backend != server.BackendMemory || cfg.ListenAddr != "127.0.0.1:3100" || cfg.MaxBlobSize != 2<<20 ||
			cfg.PolynomialForm != codec.FormEval || cfg.Protocol != server.ProtocolV2 || len(cfg.RequiredQuorums) != 2 ||
			cfg.VerifyCacheEntries != server.DefaultVerifyCache || cfg.ConfirmationDepth != 6 ||
			cfg.MemoryMaxBytes != 1<<30 || cfg.V2.RecencyWindow != 14400 || len(cfg.Auth.Tokens) != 0 {
			t.Fatalf("defaults: %+v", cfg)
		}
	})
	t.Run("env-twins", func(t *testing.T) {
		cfg, err := configFrom(t, nil, map[string]string{
			"LEDGER_EIGENDA_PROTOCOL":              "v1",
			"LEDGER_EIGENDA_BACKEND":               "disperser",
			"LEDGER_EIGENDA_DISPERSER_RPC":         "disperser.example:443",
			"LEDGER_EIGENDA_DISPERSER_TIMEOUT":     "3m",
			"LEDGER_EIGENDA_MEMORY_TTL":            "90s",
			"LEDGER_EIGENDA_MAX_BLOB_SIZE":         "1048576",
			"LEDGER_EIGENDA_POLYNOMIAL_FORM":       "coeff",
			"LEDGER_EIGENDA_L1_RPC":                "http://l1:8645",
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
			cfg.MaxBlobSize != 1<<20 || cfg.PolynomialForm != codec.FormCoeff || cfg.L1RPC != "http://l1:8645" ||
			cfg.ServiceManager != want || cfg.ConfirmationDepth != 6 || len(cfg.RequiredQuorums) != 1 ||
			cfg.VerifyCacheEntries != 0 {
			t.Fatalf("from env: %+v", cfg)
		}
	})
	t.Run("v2-disperser", func(t *testing.T) {
		dir := t.TempDir()
		tokens := filepath.Join(dir, "tokens")
		if err := os.WriteFile(tokens, []byte("# batchers\nbatcher-token-0123456789\n\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		cfg, err := configFrom(t, []string{"--auth.token", "another-token-0123456789"}, map[string]string{
			"LEDGER_EIGENDA_BACKEND":                     "disperser",
			"LEDGER_EIGENDA_DISPERSER_RPC":               "disperser-testnet.example:443",
			"LEDGER_EIGENDA_DISPERSER_ID":                "3",
			"LEDGER_EIGENDA_DISPERSER_SIGNER_KEY":        "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318",
			"LEDGER_EIGENDA_DISPERSER_PAYMENT_MODE":      "on-demand",
			"LEDGER_EIGENDA_L1_RPC":                      "http://l1:8645",
			"LEDGER_EIGENDA_L1_CERT_VERIFIER":            "0x0000000000000000000000000000000000000c01",
			"LEDGER_EIGENDA_L1_OPERATOR_STATE_RETRIEVER": "0x0000000000000000000000000000000000000c02",
			"LEDGER_EIGENDA_L1_REGISTRY_COORDINATOR":     "0x0000000000000000000000000000000000000c03",
			"LEDGER_EIGENDA_RELAY_URLS":                  "0=relay-0.example:443,1=relay-1.example:443",
			"LEDGER_EIGENDA_SECONDARY_FILE_DIR":          dir,
			"LEDGER_EIGENDA_AUTH_TOKEN_FILE":             tokens,
			"LEDGER_EIGENDA_PUT_RATE":                    "1000000",
		})
		if err != nil {
			t.Fatal(err)
		}
		v2 := cfg.V2
		if v2.Disperser.Target != "disperser-testnet.example:443" || v2.Disperser.DisperserID != 3 || v2.SignerKey == nil ||
			v2.Disperser.PaymentMode != payments.OnDemandOnly || v2.CertVerifier != common.HexToAddress("0xc01") ||
			v2.RelayURLs[1] != "relay-1.example:443" || cfg.SecondaryFileDir != dir ||
			len(cfg.Auth.Tokens) != 2 || cfg.Auth.Tokens[1] != "batcher-token-0123456789" ||
			cfg.Quotas.PutBytesPerSecond != 1_000_000 || cfg.Quotas.PutBurstBytes != 2<<20 {
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
		{"bad-protocol", map[string]string{"LEDGER_EIGENDA_PROTOCOL": "v3"}, "unknown protocol"},
		{"v2-disperser-without-key", map[string]string{"LEDGER_EIGENDA_BACKEND": "disperser", "LEDGER_EIGENDA_DISPERSER_RPC": "x:1"},
			"signer key"},
		{"bad-signer-key", map[string]string{"LEDGER_EIGENDA_DISPERSER_SIGNER_KEY": "zz"}, "not a hex private key"},
		{"bad-relay-url", map[string]string{"LEDGER_EIGENDA_RELAY_URLS": "relay.example:443"}, "key=host:port"},
		{"short-token", map[string]string{"LEDGER_EIGENDA_AUTH_TOKEN": "secret"}, "at least 16"},
		{"bad-payment-mode", map[string]string{"LEDGER_EIGENDA_DISPERSER_PAYMENT_MODE": "free"}, "unknown payment mode"},
		{"memory-budget-below-a-blob", map[string]string{"LEDGER_EIGENDA_MEMORY_MAX_BYTES": "1000"}, "hold at least one blob"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := configFrom(t, nil, tc.env); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
		})
	}
}
