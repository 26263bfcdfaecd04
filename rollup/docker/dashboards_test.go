package docker

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// dashboardsDir holds the Grafana dashboards.
var dashboardsDir = filepath.Join("..", "..", "dashboards", "grafana", "dashboards")

// selector is one metric selector of a PromQL expression.
type selector struct {
	name     string
	matchers string
}

var (
	promString  = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)
	promRange   = regexp.MustCompile(`\[[^\]]*\]`)
	promGrouped = regexp.MustCompile(`\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)`)
	promIdent   = regexp.MustCompile(`[A-Za-z_:][A-Za-z0-9_:]*(\s*\{[^}]*\})?(\s*\()?`)
	promJob     = regexp.MustCompile(`\bjob\s*=\s*"([^"]*)"`)
	promKeyword = []string{"by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "bool", "offset", "inf", "nan"}
)

// selectors returns the metric selectors of a PromQL expression: every
// identifier that is not a function (followed by "("), keyword, label name
// (inside {} or a by/without list) or a string.
func selectors(expr string) []selector {
	expr = promRange.ReplaceAllString(expr, "")
	expr = promGrouped.ReplaceAllString(expr, "")
	var out []selector
	for _, m := range promIdent.FindAllStringSubmatchIndex(expr, -1) {
		text := expr[m[0]:m[1]]
		if m[4] >= 0 { // a function call
			continue
		}
		name, matchers := text, ""
		if m[2] >= 0 {
			name, matchers = strings.TrimSpace(expr[m[0]:m[2]]), expr[m[2]:m[3]]
		}
		if slices.Contains(promKeyword, strings.ToLower(name)) {
			continue
		}
		// Skip identifiers inside a string or a matcher list: the regexp
		// consumed matchers with their selector, so a bare identifier here
		// can only be inside a string.
		if inString(expr, m[0]) {
			continue
		}
		out = append(out, selector{name: name, matchers: matchers})
	}
	return out
}

// inString reports whether position i of expr is inside a double-quoted string.
func inString(expr string, i int) bool {
	for _, loc := range promString.FindAllStringIndex(expr, -1) {
		if i > loc[0] && i < loc[1] {
			return true
		}
	}
	return false
}

func TestSelectors(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want []string
	}{
		{`up{job="x"}`, []string{`up{job="x"}`}},
		{`sum by (le, route) (rate(a_bucket{job="e",route="put"}[5m]))`, []string{`a_bucket{job="e",route="put"}`}},
		{`histogram_quantile(0.95, sum by (le) (rate(b_seconds_bucket{job="l"}[5m])))`, []string{`b_seconds_bucket{job="l"}`}},
		{`max(x{job="a",type="l2_unsafe"}) - max(y{job="a"}) and on (role) z`, []string{`x{job="a",type="l2_unsafe"}`, `y{job="a"}`, `z`}},
		{`rate(c_total{job="s"}[1m]) / (rate(c_total{job="s"}[1m]) + rate(d_total{job="s"}[1m]))`, []string{`c_total{job="s"}`, `c_total{job="s"}`, `d_total{job="s"}`}},
	} {
		var got []string
		for _, s := range selectors(tc.expr) {
			got = append(got, s.name+s.matchers)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("selectors(%s) = %q, want %q", tc.expr, got, tc.want)
		}
	}
}

// TestDashboards: every dashboard is valid JSON with a unique uid, reads the
// provisioned data source, and every metric it queries names its job and is
// registered by the service that job scrapes (or is one Prometheus itself
// makes for every target, like up).
func TestDashboards(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(dashboardsDir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no dashboards in %s: %v", dashboardsDir, err)
	}
	registries := jobRegistries()
	jobs := scrapeJobs(t, "prometheus.yml")
	synthetic := []string{"up", "scrape_duration_seconds", "scrape_samples_scraped"}
	uids := map[string]string{}
	queried := map[string]bool{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d struct {
			UID    string `json:"uid"`
			Title  string `json:"title"`
			Panels []struct {
				Title      string `json:"title"`
				Datasource struct {
					UID string `json:"uid"`
				} `json:"datasource"`
				Targets []struct {
					Expr string `json:"expr"`
				} `json:"targets"`
			} `json:"panels"`
		}
		if err := json.Unmarshal(raw, &d); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if d.UID == "" || uids[d.UID] != "" {
			t.Errorf("%s: uid %q is empty or also in %s", f, d.UID, uids[d.UID])
		}
		uids[d.UID] = f
		for _, p := range d.Panels {
			if p.Datasource.UID != "prometheus" {
				t.Errorf("%s: panel %q reads data source %q, not the provisioned prometheus", f, p.Title, p.Datasource.UID)
			}
			if len(p.Targets) == 0 {
				t.Errorf("%s: panel %q has no query", f, p.Title)
			}
			for _, tg := range p.Targets {
				sels := selectors(tg.Expr)
				if len(sels) == 0 {
					t.Errorf("%s: panel %q: no metric in %s", f, p.Title, tg.Expr)
				}
				for _, s := range sels {
					queried[s.name] = true
					if slices.Contains(synthetic, s.name) {
						continue
					}
					job := promJob.FindStringSubmatch(s.matchers)
					if job == nil {
						t.Errorf("%s: panel %q: %s names no job", f, p.Title, s.name)
						continue
					}
					if !slices.Contains(jobs, job[1]) {
						t.Errorf("%s: panel %q: job %q is not scraped by prometheus.yml", f, p.Title, job[1])
						continue
					}
					reg, ok := registries[job[1]]
					if !ok {
						t.Errorf("%s: panel %q: no registry known for job %q", f, p.Title, job[1])
						continue
					}
					if !exports(reg, s.name) {
						t.Errorf("%s: panel %q: job %s exports no metric %s", f, p.Title, job[1], s.name)
					}
				}
			}
		}
	}
	// The check above must be able to fail: a name no service registers.
	for job, reg := range registries {
		if exports(reg, "ledger_no_such_metric_total") {
			t.Errorf("job %s claims to export a metric nobody registers", job)
		}
	}
	t.Logf("%d dashboards query %d metrics", len(files), len(queried))
}

// TestGrafanaProvisioning: the provisioned data source is the compose
// stack's Prometheus under the uid the dashboards read, and the dashboard
// provider loads the directory docker-compose.grafana.yml mounts.
func TestGrafanaProvisioning(t *testing.T) {
	root := filepath.Join("..", "..", "dashboards")
	read := func(p string) string {
		raw, err := os.ReadFile(filepath.Join(root, p))
		if err != nil {
			t.Fatal(err)
		}
		return string(raw)
	}
	ds := read("grafana/provisioning/datasources/prometheus.yml")
	for _, want := range []string{"uid: prometheus", "url: http://prometheus:9090"} {
		if !strings.Contains(ds, want) {
			t.Errorf("data source provisioning lacks %q", want)
		}
	}
	if !strings.Contains(read("grafana/provisioning/dashboards/openledger.yml"), "path: /var/lib/grafana/dashboards") {
		t.Error("dashboard provider does not load /var/lib/grafana/dashboards")
	}
	override := read("docker-compose.grafana.yml")
	for _, want := range []string{"./dashboards/grafana/provisioning:/etc/grafana/provisioning", "./dashboards/grafana/dashboards:/var/lib/grafana/dashboards"} {
		if !strings.Contains(override, want) {
			t.Errorf("docker-compose.grafana.yml does not mount %s", want)
		}
	}
}
