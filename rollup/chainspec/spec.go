package chainspec

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum/go-ethereum/core"

	"github.com/openledger/openledger/internal/atomicfile"
)

// File names of a spec directory.
const (
	DeployConfigFile = "deploy-config.json"
	L1GenesisFile    = "l1-genesis.json"
	L2GenesisFile    = "l2-genesis.json"
	RollupConfigFile = "rollup.json"
)

// ErrNoSpec is returned by ReadDir when the directory holds no spec.
var ErrNoSpec = errors.New("no chain spec in directory")

// Spec is a complete rollup definition.
type Spec struct {
	Deploy DeployConfig
	L1     *core.Genesis
	L2     *core.Genesis
	Rollup *rollup.Config
}

// New derives a spec from a deploy config.
func New(dc DeployConfig) (*Spec, error) {
	l1, err := dc.L1Genesis()
	if err != nil {
		return nil, err
	}
	l2, err := dc.L2Genesis()
	if err != nil {
		return nil, err
	}
	rc, err := dc.RollupConfig(l1.ToBlock(), l2.ToBlock(), l2)
	if err != nil {
		return nil, err
	}
	return &Spec{Deploy: dc, L1: l1, L2: l2, Rollup: rc}, nil
}

// WriteDir writes the spec's four files into dir.
func (s *Spec) WriteDir(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("chain spec: %w", err)
	}
	for name, v := range map[string]any{
		DeployConfigFile: s.Deploy, L1GenesisFile: s.L1, L2GenesisFile: s.L2, RollupConfigFile: s.Rollup,
	} {
		data, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			return fmt.Errorf("chain spec: encode %s: %w", name, err)
		}
		if err := atomicfile.WriteFile(filepath.Join(dir, name), append(data, '\n'), 0o644); err != nil {
			return fmt.Errorf("chain spec: %w", err)
		}
	}
	return nil
}

// ReadDir reads a spec WriteDir wrote; ErrNoSpec when there is none.
func ReadDir(dir string) (*Spec, error) {
	if _, err := os.Stat(filepath.Join(dir, RollupConfigFile)); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNoSpec, dir)
	}
	s := &Spec{L1: new(core.Genesis), L2: new(core.Genesis), Rollup: new(rollup.Config)}
	for name, v := range map[string]any{
		DeployConfigFile: &s.Deploy, L1GenesisFile: s.L1, L2GenesisFile: s.L2,
	} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("chain spec: %w", err)
		}
		if err := json.Unmarshal(data, v); err != nil {
			return nil, fmt.Errorf("chain spec: decode %s: %w", name, err)
		}
	}
	f, err := os.Open(filepath.Join(dir, RollupConfigFile))
	if err != nil {
		return nil, fmt.Errorf("chain spec: %w", err)
	}
	defer f.Close()
	if err := s.Rollup.ParseRollupConfig(f); err != nil {
		return nil, fmt.Errorf("chain spec: %s: %w", RollupConfigFile, err)
	}
	if err := s.Deploy.Check(); err != nil {
		return nil, err
	}
	if got, want := s.L1.ToBlock().Hash(), s.Rollup.Genesis.L1.Hash; got != want {
		return nil, fmt.Errorf("chain spec: %s hashes to %s, %s anchors %s", L1GenesisFile, got, RollupConfigFile, want)
	}
	if got, want := s.L2.ToBlock().Hash(), s.Rollup.Genesis.L2.Hash; got != want {
		return nil, fmt.Errorf("chain spec: %s hashes to %s, %s anchors %s", L2GenesisFile, got, RollupConfigFile, want)
	}
	return s, nil
}

// LoadOrCreate reads the spec in dir, or derives one from newConfig() and
// writes it there when dir holds none. created reports which happened.
func LoadOrCreate(dir string, newConfig func() DeployConfig) (s *Spec, created bool, err error) {
	s, err = ReadDir(dir)
	if err == nil {
		return s, false, nil
	}
	if !errors.Is(err, ErrNoSpec) {
		return nil, false, err
	}
	if s, err = New(newConfig()); err != nil {
		return nil, false, err
	}
	if err := s.WriteDir(dir); err != nil {
		return nil, false, err
	}
	return s, true, nil
}
