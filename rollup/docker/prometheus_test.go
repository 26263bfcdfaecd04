package docker

import (
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"gopkg.in/yaml.v3"
)

func bigInt(n uint64) *big.Int { return new(big.Int).SetUint64(n) }

// promConfig is what the tests read of prometheus.yml.
type promConfig struct {
	ScrapeConfigs []struct {
		JobName       string `yaml:"job_name"`
		MetricsPath   string `yaml:"metrics_path"`
		StaticConfigs []struct {
			Targets []string `yaml:"targets"`
		} `yaml:"static_configs"`
	} `yaml:"scrape_configs"`
}

func readPromConfig(t *testing.T, path string) promConfig {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cfg promConfig
	if err := yaml.Unmarshal(raw, &cfg); err != nil {
		t.Fatal(err)
	}
	return cfg
}

// scrapeJobs lists the job names of the Prometheus config at path.
func scrapeJobs(t *testing.T, path string) []string {
	t.Helper()
	var jobs []string
	for _, sc := range readPromConfig(t, path).ScrapeConfigs {
		jobs = append(jobs, sc.JobName)
	}
	return jobs
}

// TestPrometheusConfig: promtool (Debian's prometheus package) accepts
// prometheus.yml, and it scrapes every service of docker-compose.yml that
// exports metrics, where that service serves them; every other service is
// named here as exporting none, so a new service cannot be forgotten.
func TestPrometheusConfig(t *testing.T) {
	path := "prometheus.yml"
	if _, err := exec.LookPath("promtool"); err != nil {
		t.Skip("promtool is not installed (make deps installs Debian's prometheus package)")
	}
	if out, err := exec.Command("promtool", "check", "config", path).CombinedOutput(); err != nil {
		t.Fatalf("promtool check config: %v\n%s", err, out)
	}
	scraped := map[string]string{} // target -> metrics path
	for _, sc := range readPromConfig(t, path).ScrapeConfigs {
		mp := sc.MetricsPath
		if mp == "" {
			mp = "/metrics"
		}
		for _, st := range sc.StaticConfigs {
			for _, tg := range st.Targets {
				scraped[tg] = mp
			}
		}
	}
	exporters := map[string]struct{ target, path string }{
		"sequencer-node": {"sequencer-node:7300", "/metrics"},
		"verifier-node":  {"verifier-node:7300", "/metrics"},
		"batcher":        {"batcher:7300", "/metrics"},
		"proposer":       {"proposer:7300", "/metrics"},
		"eigenda":        {"eigenda:3100", "/metrics"},
		"loraserve":      {"loraserve:8090", "/metrics"},
		"modelfactory":   {"modelfactory:8095", "/metrics"},
		"studio":         {"studio:3000", "/metrics"},
		"ipfs":           {"ipfs:5001", "/debug/metrics/prometheus"},
		"prometheus":     {"localhost:9090", "/metrics"},
	}
	// No metrics: the init step exits; the dev L1 and ledger-geth have no
	// metrics endpoint.
	silent := []string{"init", "l1", "sequencer-geth", "verifier-geth"}
	c, err := LoadCompose(filepath.Join("..", "..", "docker-compose.yml"))
	if err != nil {
		t.Fatal(err)
	}
	for name := range c.Services {
		e, ok := exporters[name]
		if !ok {
			if !slices.Contains(silent, name) {
				t.Errorf("compose service %s: say whether it exports metrics (and scrape it in prometheus.yml)", name)
			}
			continue
		}
		if got, ok := scraped[e.target]; !ok || got != e.path {
			t.Errorf("prometheus.yml does not scrape %s at %s%s", name, e.target, e.path)
		}
	}
}
