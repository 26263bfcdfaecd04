package layers_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"path"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/openledger/openledger/"

// rule forbids the packages under one of from to depend, directly or through
// other packages of the module, on a package under one of forbid.
type rule struct {
	name   string
	from   []string
	forbid []string
}

// offChain is the code that runs beside the chain, never inside a node.
var offChain = []string{"loraserve", "modelfactory", "studio", "ipfs", "cmd/ledger", "cmd/loraserve", "cmd/modelfactory", "cmd/studio"}

// consensus is the code every node executes.
var consensus = []string{"precompiles", "genesis", "core"}

var rules = []rule{
	{"attribution is below loraserve and modelfactory", []string{"attribution"}, []string{"loraserve", "modelfactory", "studio"}},
	{"off-chain code reaches the chain through contracts/bindings and contracts/addresses, not consensus code", offChain, []string{"precompiles"}},
	{"consensus code does not depend on the rollup, the services or the tools", consensus,
		[]string{"rollup", "loraserve", "modelfactory", "studio", "ipfs", "eigenda", "attribution", "cmd"}},
	{"the tokenizer is a leaf", []string{"loraserve/tokenizer"}, []string{""}},
	{"the module-wide helpers are leaves", []string{"internal"}, []string{""}},
}

// allowed lists dependencies that break a rule today and are being removed;
// the test fails when one of them is gone, so the list only shrinks. Keys are
// "package -> forbidden package" (module-relative).
var allowed = map[string]bool{}

type pkg struct {
	ImportPath string
	Imports    []string
}

// modulePackages lists the module's packages (not their tests) with their
// imports of other module packages, module-relative.
func modulePackages(t *testing.T) map[string][]string {
	t.Helper()
	cmd := exec.Command("go", "list", "-json=ImportPath,Imports", module+"...")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	graph := map[string][]string{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p pkg
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("decode go list: %v", err)
		}
		rel := strings.TrimPrefix(p.ImportPath, module)
		var deps []string
		for _, imp := range p.Imports {
			if strings.HasPrefix(imp, module) {
				deps = append(deps, strings.TrimPrefix(imp, module))
			}
		}
		graph[rel] = deps
	}
	return graph
}

// under reports whether package p is dir or inside it ("" is everything).
func under(p, dir string) bool { return dir == "" || p == dir || strings.HasPrefix(p, dir+"/") }

func underAny(p string, dirs []string) bool {
	return slices.ContainsFunc(dirs, func(d string) bool { return under(p, d) })
}

// testSupport reports whether p only serves tests (its name ends in "test",
// like net/http/httptest): it may boot nodes and is never linked into a
// binary.
func testSupport(p string) bool { return strings.HasSuffix(path.Base(p), "test") }

// chains returns, for each forbidden package p reaches, one import chain from
// p to it. It does not walk through packages for which skip is true (the rule
// checks those on their own), so each broken import is reported once, at the
// package that makes it.
func chains(graph map[string][]string, p string, forbidden, skip func(string) bool) map[string][]string {
	found := map[string][]string{}
	prev := map[string]string{p: ""}
	queue := []string{p}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, dep := range graph[cur] {
			if _, seen := prev[dep]; seen {
				continue
			}
			prev[dep] = cur
			if forbidden(dep) {
				var chain []string
				for at := dep; at != ""; at = prev[at] {
					chain = append([]string{at}, chain...)
				}
				found[dep] = chain
				continue // report the first forbidden package on a path
			}
			if !skip(dep) {
				queue = append(queue, dep)
			}
		}
	}
	return found
}

// violations lists the imports that break r in graph, as "package ->
// forbidden package" keys with the import chain that leads there.
func violations(graph map[string][]string, r rule) (broken map[string]string, matched int) {
	broken = map[string]string{}
	inFrom := func(p string) bool { return underAny(p, r.from) && !testSupport(p) }
	forbidden := func(dep string) bool { return underAny(dep, r.forbid) && !underAny(dep, r.from) }
	for p := range graph {
		if !inFrom(p) {
			continue
		}
		matched++
		for dep, chain := range chains(graph, p, forbidden, inFrom) {
			broken[p+" -> "+dep] = strings.Join(chain, " -> ")
		}
	}
	return broken, matched
}

// TestLayers checks the import rules between the project's layers on the
// real package graph (go list), following imports through other packages.
func TestLayers(t *testing.T) {
	graph := modulePackages(t)
	if len(graph) < 50 {
		t.Fatalf("go list found %d packages; is the test run inside the module?", len(graph))
	}
	seen := map[string]bool{}
	for _, r := range rules {
		t.Run(r.name, func(t *testing.T) {
			broken, matched := violations(graph, r)
			if matched == 0 {
				t.Errorf("no package under %v: the rule checks nothing", r.from)
			}
			for key, chain := range broken {
				if allowed[key] {
					seen[key] = true
					continue
				}
				t.Errorf("%s (%s)", key, chain)
			}
		})
	}
	for key := range allowed {
		if !seen[key] {
			t.Errorf("allowed exception %q no longer occurs: remove it from the list", key)
		}
	}
}

// TestViolations runs the rule checker on small graphs: direct and indirect
// imports are caught once, at the package that makes them; test-support
// packages and allowed directions pass.
func TestViolations(t *testing.T) {
	r := rule{"attribution below loraserve", []string{"attribution"}, []string{"loraserve"}}
	tests := []struct {
		name  string
		graph map[string][]string
		want  []string
	}{
		{"clean", map[string][]string{"attribution": {"attribution/index"}, "attribution/index": nil, "loraserve": {"attribution"}}, nil},
		{"direct", map[string][]string{"attribution/span": {"loraserve/tokenizer"}, "loraserve/tokenizer": nil},
			[]string{"attribution/span -> loraserve/tokenizer"}},
		{"through another layer", map[string][]string{"attribution": {"internal/x"}, "internal/x": {"loraserve/model"}, "loraserve/model": nil},
			[]string{"attribution -> loraserve/model"}},
		{"reported where it is made", map[string][]string{"attribution": {"attribution/index"}, "attribution/index": {"loraserve"}, "loraserve": nil},
			[]string{"attribution/index -> loraserve"}},
		{"test support is exempt", map[string][]string{"attribution/corpustest": {"loraserve"}, "loraserve": nil}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			broken, _ := violations(tt.graph, r)
			var got []string
			for key := range broken {
				got = append(got, key)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("violations %v, want %v", got, tt.want)
			}
		})
	}
}
