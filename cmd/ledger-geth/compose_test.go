package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/openledger/openledger/internal/bintest"
)

// TestComposeCommands runs every ledger-geth command line of
// docker-compose.yml (in a scratch data directory) through geth's
// dumpconfig: each flag must be one ledger-geth knows, and the node it
// configures serves the HTTP port the compose file publishes, syncing in
// full (op-node drives it).
func TestComposeCommands(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "docker-compose.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var compose struct {
		Services map[string]struct {
			Command any `yaml:"command"`
		} `yaml:"services"`
	}
	if err := yaml.Unmarshal(raw, &compose); err != nil {
		t.Fatal(err)
	}
	bin := bintest.Build(t, ".")
	n := 0
	for name, svc := range compose.Services {
		list, ok := svc.Command.([]any)
		if !ok || len(list) == 0 || list[0] != "ledger-geth" {
			continue
		}
		n++
		var args []string
		port := ""
		for _, a := range list[1:] {
			s, _ := a.(string)
			args = append(args, s)
			if v, ok := strings.CutPrefix(s, "--http.port="); ok {
				port = v
			}
		}
		args = append(args, "--datadir="+t.TempDir(), "dumpconfig")
		out, err := exec.Command(bin, args...).CombinedOutput()
		if err != nil {
			t.Errorf("service %s: ledger-geth %s: %v\n%s", name, strings.Join(args, " "), err, out)
			continue
		}
		for _, want := range []string{"HTTPPort = " + port, `SyncMode = "full"`} {
			if !strings.Contains(string(out), want) {
				t.Errorf("service %s: configuration lacks %q:\n%s", name, want, out)
			}
		}
	}
	if n < 2 {
		t.Errorf("docker-compose.yml runs %d ledger-geth services; want the sequencer's and the verifier's", n)
	}
}
