package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
	"gopkg.in/yaml.v3"

	"github.com/openledger/openledger/modelfactory/service"
	"github.com/openledger/openledger/rollup/chainspec"
	"github.com/openledger/openledger/rollup/devnet"
	"github.com/openledger/openledger/rollup/proposer"
	studioflags "github.com/openledger/openledger/studio/flags"
)

// composeService is what these tests read of a docker-compose.yml service.
type composeService struct {
	Command     any               `yaml:"command"`
	Ports       []string          `yaml:"ports"`
	Environment map[string]string `yaml:"environment"`
}

func readCompose(t *testing.T) map[string]composeService {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "docker-compose.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var compose struct {
		Services map[string]composeService `yaml:"services"`
	}
	if err := yaml.Unmarshal(raw, &compose); err != nil {
		t.Fatal(err)
	}
	return compose.Services
}

// envNames are the environment twins of flags.
func envNames(flags []cli.Flag) []string {
	var names []string
	for _, f := range flags {
		if ev, ok := f.(interface{ GetEnvVars() []string }); ok {
			names = append(names, ev.GetEnvVars()...)
		}
	}
	return names
}

// TestComposeServices: the services docker-compose.yml runs beside the rollup
// publish the ports `make devnet` gives them, reach each other where the
// devnet wires them, and set only environment variables their binary reads
// (a misspelt twin would be silently ignored).
func TestComposeServices(t *testing.T) {
	services := readCompose(t)
	for _, tc := range []struct {
		service string
		port    int
	}{
		{"loraserve", loraservePortFlag.Value},
		{"modelfactory", modelFactoryPortFlag.Value},
		{"studio", studioPortFlag.Value},
	} {
		svc, ok := services[tc.service]
		if !ok {
			t.Errorf("compose has no %s service", tc.service)
			continue
		}
		want := fmt.Sprintf("%d:%d", tc.port, tc.port)
		if !slices.Contains(svc.Ports, want) {
			t.Errorf("compose %s publishes %v, want %s (as make devnet)", tc.service, svc.Ports, want)
		}
	}
	for _, tc := range []struct{ service, env, want string }{
		{"modelfactory", "LEDGER_MODELFACTORY_HTTP_PORT", fmt.Sprint(modelFactoryPortFlag.Value)},
		{"modelfactory", "LEDGER_MODELFACTORY_CHAIN_RPC", "http://sequencer-geth:8545"},
		{"modelfactory", "LEDGER_MODELFACTORY_IPFS_API", "http://ipfs:5001"},
		{"studio", "LEDGER_STUDIO_MODELFACTORY_URL", fmt.Sprintf("http://modelfactory:%d", modelFactoryPortFlag.Value)},
		{"studio", "LEDGER_STUDIO_LORASERVE_URL", fmt.Sprintf("http://loraserve:%d", loraservePortFlag.Value)},
		// The proposer posts to the devnet's OutputOracle with the key the chain names.
		{"proposer", "OP_PROPOSER_GAME_FACTORY_ADDRESS", strings.ToLower(chainspec.DevOutputOracleAddr.Hex())},
		{"proposer", "OP_PROPOSER_PRIVATE_KEY", "${LEDGER_PROPOSER_KEY:-" + devnet.DevKeyHex(chainspec.ProposerKeyIndex) + "}"},
		// loraserve settles from the settler the devnet genesis allows.
		{"loraserve", "LEDGER_LORASERVE_SETTLEMENT_KEY", "${LEDGER_SETTLER_KEY:-" + devnet.DevKeyHex(storySettlerKey) + "}"},
		{"loraserve", "LEDGER_LORASERVE_SETTLEMENT_RPC", "http://sequencer-geth:8545"},
	} {
		if got := services[tc.service].Environment[tc.env]; got != tc.want {
			t.Errorf("compose %s %s=%q, want %q", tc.service, tc.env, got, tc.want)
		}
	}
	for _, tc := range []struct {
		service string
		flags   []cli.Flag
	}{
		{"modelfactory", service.Flags},
		{"studio", studioflags.Flags},
		{"proposer", proposer.Flags()},
	} {
		known := envNames(tc.flags)
		for env := range services[tc.service].Environment {
			if !slices.Contains(known, env) {
				t.Errorf("compose %s sets %s, which no flag of its binary reads", tc.service, env)
			}
		}
	}
}
