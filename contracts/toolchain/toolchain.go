package toolchain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// modulePath is the Go module path that identifies the repository root.
const modulePath = "github.com/openledger/openledger"

var (
	// ErrNoRepoRoot is returned when no enclosing directory holds the project's go.mod.
	ErrNoRepoRoot = errors.New("repository root (go.mod of " + modulePath + ") not found above the working directory")
	// ErrToolsMissing is returned when node or contracts/node_modules is missing.
	ErrToolsMissing = errors.New("JavaScript toolchain missing: run `make tools` (needs node and npm)")
)

// Artifact is one compiled contract.
type Artifact struct {
	ABI              json.RawMessage `json:"abi"`
	Bytecode         string          `json:"bytecode"`
	DeployedBytecode string          `json:"deployedBytecode"`
}

// RepoRoot returns the repository root: the nearest directory at or above the
// working directory whose go.mod declares the project's module.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("working directory: %w", err)
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.Contains(string(data), "module "+modulePath+"\n") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", ErrNoRepoRoot
		}
		dir = parent
	}
}

// NodeModules returns contracts/node_modules, checking that it holds the
// packages of contracts/package.json and that node is on PATH.
func NodeModules() (string, error) {
	root, err := RepoRoot()
	if err != nil {
		return "", err
	}
	if _, err := exec.LookPath("node"); err != nil {
		return "", fmt.Errorf("%w: node not on PATH", ErrToolsMissing)
	}
	dir := filepath.Join(root, "contracts", "node_modules")
	for _, pkg := range []string{"solc", "ethers", "openai"} {
		if _, err := os.Stat(filepath.Join(dir, pkg, "package.json")); err != nil {
			return "", fmt.Errorf("%w: %s not installed in %s", ErrToolsMissing, pkg, dir)
		}
	}
	return dir, nil
}

// NodeCommand returns a command that runs a Node.js script with NODE_PATH set
// to contracts/node_modules, so `require('ethers')` resolves to the pinned copy.
func NodeCommand(ctx context.Context, script string, args ...string) (*exec.Cmd, error) {
	modules, err := NodeModules()
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, "node", append([]string{script}, args...)...)
	cmd.Env = append(os.Environ(), "NODE_PATH="+modules)
	return cmd, nil
}

// Compile compiles Solidity sources (path → source text) with the pinned solc
// and returns the artifacts by contract name.
func Compile(ctx context.Context, sources map[string]string) (map[string]*Artifact, error) {
	root, err := RepoRoot()
	if err != nil {
		return nil, err
	}
	cmd, err := NodeCommand(ctx, filepath.Join(root, "contracts", "compile.js"))
	if err != nil {
		return nil, err
	}
	input, err := json.Marshal(map[string]any{"sources": sources})
	if err != nil {
		return nil, fmt.Errorf("encode solc input: %w", err)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = bytes.NewReader(input), &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("solc: %w: %s", err, strings.TrimSpace(stderr.String()))
	}
	var out struct {
		Contracts map[string]*Artifact `json:"contracts"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		return nil, fmt.Errorf("decode solc output: %w", err)
	}
	return out.Contracts, nil
}

// CompileDir compiles every .sol file below dir (paths relative to dir are the
// source names, so imports resolve within it).
func CompileDir(ctx context.Context, dir string) (map[string]*Artifact, error) {
	sources, err := ReadSources(dir)
	if err != nil {
		return nil, err
	}
	return Compile(ctx, sources)
}

// ReadSources reads every .sol file below dir, keyed by its slash-separated path relative to dir.
func ReadSources(dir string) (map[string]string, error) {
	sources := make(map[string]string)
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".sol") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		sources[filepath.ToSlash(rel)] = string(data)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read Solidity sources in %s: %w", dir, err)
	}
	if len(sources) == 0 {
		return nil, fmt.Errorf("no Solidity sources in %s", dir)
	}
	return sources, nil
}

// SortedNames returns the artifact names in lexical order.
func SortedNames(artifacts map[string]*Artifact) []string {
	names := make([]string, 0, len(artifacts))
	for name := range artifacts {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}
