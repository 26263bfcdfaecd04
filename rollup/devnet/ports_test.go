package devnet_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/openledger/openledger/rollup/devnet"
)

// TestDefaultPorts: the L2 sequencer answers where every Ethereum tool looks
// for a local chain (8545), the L1 is elsewhere, and no two endpoints share a
// port.
func TestDefaultPorts(t *testing.T) {
	p := devnet.DefaultPorts()
	if p.SequencerRPC != 8545 {
		t.Fatalf("sequencer RPC on %d, want 8545", p.SequencerRPC)
	}
	all := []int{p.L1, p.DA, p.SequencerRPC, p.SequencerAuth, p.SequencerNode, p.VerifierRPC, p.VerifierAuth, p.VerifierNode}
	for i, a := range all {
		if a == 0 || slices.Contains(all[i+1:], a) {
			t.Fatalf("ports %+v: %d is zero or used twice", p, a)
		}
	}
}

// TestComposePorts: docker-compose.yml publishes the same endpoints on the
// same host ports as `make devnet`, and its services reach each other on them.
func TestComposePorts(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "docker-compose.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var compose struct {
		Services map[string]struct {
			Command     any               `yaml:"command"`
			Ports       []string          `yaml:"ports"`
			Environment map[string]string `yaml:"environment"`
		} `yaml:"services"`
	}
	if err := yaml.Unmarshal(raw, &compose); err != nil {
		t.Fatal(err)
	}
	p := devnet.DefaultPorts()
	published := []struct {
		service string
		port    int
	}{
		{"l1", p.L1},
		{"sequencer-geth", p.SequencerRPC},
		{"verifier-geth", p.VerifierRPC},
		{"sequencer-node", p.SequencerNode},
		{"verifier-node", p.VerifierNode},
		{"eigenda", p.DA},
	}
	for _, tc := range published {
		svc, ok := compose.Services[tc.service]
		if !ok {
			t.Fatalf("compose has no service %s", tc.service)
		}
		want := fmt.Sprintf("%d:%d", tc.port, tc.port)
		if !slices.ContainsFunc(svc.Ports, func(s string) bool { return strings.HasSuffix(s, want) }) {
			t.Errorf("compose %s publishes %v, want %s (as make devnet)", tc.service, svc.Ports, want)
		}
	}
	// Who talks to whom: L1 and sequencer URLs inside the stack.
	l1 := fmt.Sprintf("http://l1:%d", p.L1)
	seq := fmt.Sprintf("http://sequencer-geth:%d", p.SequencerRPC)
	refs := []struct{ service, env, want string }{
		{"sequencer-node", "OP_NODE_L1_ETH_RPC", l1},
		{"verifier-node", "OP_NODE_L1_ETH_RPC", l1},
		{"batcher", "OP_BATCHER_L1_ETH_RPC", l1},
		{"batcher", "OP_BATCHER_L2_ETH_RPC", seq},
	}
	for _, r := range refs {
		if got := compose.Services[r.service].Environment[r.env]; got != r.want {
			t.Errorf("compose %s %s=%q, want %q", r.service, r.env, got, r.want)
		}
	}
}

// TestComposeHealth: every long-running service of docker-compose.yml has a
// health check the image can run (the devnet binary's probe: the images have
// no shell tools), and services start only once what they need is healthy.
func TestComposeHealth(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "docker-compose.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var compose struct {
		Services map[string]struct {
			Restart     string `yaml:"restart"`
			Healthcheck *struct {
				Test []string `yaml:"test"`
			} `yaml:"healthcheck"`
			DependsOn map[string]struct {
				Condition string `yaml:"condition"`
			} `yaml:"depends_on"`
		} `yaml:"services"`
	}
	if err := yaml.Unmarshal(raw, &compose); err != nil {
		t.Fatal(err)
	}
	// The batcher serves no port to probe; the init service runs once.
	unprobed := map[string]bool{"init": true, "batcher": true}
	for _, want := range []string{"l1", "eigenda", "sequencer-geth", "sequencer-node", "batcher", "verifier-geth", "verifier-node", "ipfs", "loraserve", "modelfactory", "studio"} {
		if _, ok := compose.Services[want]; !ok {
			t.Errorf("compose lacks the %s service that make devnet runs", want)
		}
	}
	for name, svc := range compose.Services {
		if !unprobed[name] {
			hc := svc.Healthcheck
			if hc == nil || len(hc.Test) < 3 || hc.Test[0] != "CMD" || hc.Test[1] != "devnet" || hc.Test[2] != "probe" {
				t.Errorf("service %s: health check %+v, want [CMD devnet probe ...]", name, hc)
			}
		}
		for dep, d := range svc.DependsOn {
			other, ok := compose.Services[dep]
			if !ok {
				t.Errorf("service %s depends on unknown %s", name, dep)
				continue
			}
			want := "service_healthy"
			if dep == "init" {
				want = "service_completed_successfully"
			}
			if d.Condition != want {
				t.Errorf("service %s waits for %s with condition %q, want %q", name, dep, d.Condition, want)
			}
			if want == "service_healthy" && other.Healthcheck == nil {
				t.Errorf("service %s waits for %s to be healthy, which has no health check", name, dep)
			}
		}
	}
}
