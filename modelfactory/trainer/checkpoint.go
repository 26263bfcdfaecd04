// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package trainer

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"

	"github.com/openledger/openledger/internal/atomicfile"
	"github.com/openledger/openledger/loraserve/safetensors"
)

// CheckpointFile is the checkpoint's name in a run directory.
const CheckpointFile = "checkpoint.safetensors"

// checkpointFormat tags a checkpoint's metadata.
const checkpointFormat = "openledger-trainer-checkpoint/1"

// ErrCheckpoint is returned when a run directory's checkpoint is unreadable
// or belongs to another run (other config, data or model shape).
var ErrCheckpoint = errors.New("trainer: bad checkpoint")

// checkpoint is the whole state of a run after a step: with the seed and
// the data, it determines every later step.
type checkpoint struct {
	step         int
	config       string // Config.identity()
	data         [32]byte
	stepLogBytes int64
	losses       []float64
	tokens       int64
	params       [][]float32 // adapter factors, in lora.Adapter.Factors order
	m, v         [][]float32 // AdamW moments, same order
	names        []string    // factor names, same order
}

// save writes the checkpoint to dir atomically: a temporary file, fsync,
// rename over the previous checkpoint, fsync of the directory. A crash at any
// point leaves the previous checkpoint or the new one, whole.
func (c *checkpoint) save(dir string) error {
	losses, _ := json.Marshal(c.losses)
	meta := map[string]string{
		"format": checkpointFormat, "step": strconv.Itoa(c.step), "config": c.config,
		"data": hex.EncodeToString(c.data[:]), "stepLogBytes": strconv.FormatInt(c.stepLogBytes, 10),
		"losses": string(losses), "tokens": strconv.FormatInt(c.tokens, 10),
	}
	var ts []safetensors.Tensor
	for i, name := range c.names {
		n := len(c.params[i])
		ts = append(ts,
			safetensors.Tensor{Name: name, DType: safetensors.F32, Shape: []int{n}, Data: c.params[i]},
			safetensors.Tensor{Name: name + ".adam_m", DType: safetensors.F32, Shape: []int{n}, Data: c.m[i]},
			safetensors.Tensor{Name: name + ".adam_v", DType: safetensors.F32, Shape: []int{n}, Data: c.v[i]})
	}
	f, err := atomicfile.Create(dir, 0o644)
	if err != nil {
		return fmt.Errorf("trainer: checkpoint: %w", err)
	}
	defer f.Discard()
	if err := safetensors.Write(f, ts, meta); err != nil {
		return fmt.Errorf("trainer: checkpoint: %w", err)
	}
	if err := f.Commit(filepath.Join(dir, CheckpointFile)); err != nil {
		return fmt.Errorf("trainer: checkpoint: %w", err)
	}
	return nil
}

// loadCheckpoint reads dir's checkpoint into c, whose names and parameter
// sizes say what it must hold. It returns false when there is none.
func loadCheckpoint(dir string, want *checkpoint) (bool, error) {
	path := filepath.Join(dir, CheckpointFile)
	f, err := safetensors.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("%w: %w", ErrCheckpoint, err)
	}
	defer f.Close()
	md := f.Metadata
	if md["format"] != checkpointFormat {
		return false, fmt.Errorf("%w: %s is not a trainer checkpoint", ErrCheckpoint, path)
	}
	if md["config"] != want.config {
		return false, fmt.Errorf("%w: it was made with config %s, this run has %s", ErrCheckpoint, md["config"], want.config)
	}
	if md["data"] != hex.EncodeToString(want.data[:]) {
		return false, fmt.Errorf("%w: it was made on other training data", ErrCheckpoint)
	}
	step, err1 := strconv.Atoi(md["step"])
	logBytes, err2 := strconv.ParseInt(md["stepLogBytes"], 10, 64)
	tokens, err3 := strconv.ParseInt(md["tokens"], 10, 64)
	var losses []float64
	err4 := json.Unmarshal([]byte(md["losses"]), &losses)
	if err := errors.Join(err1, err2, err3, err4); err != nil || step < 0 || len(losses) != step || logBytes < int64(len(stepLogMagic)) {
		return false, fmt.Errorf("%w: bad metadata: %v", ErrCheckpoint, err)
	}
	want.step, want.stepLogBytes, want.tokens, want.losses = step, logBytes, tokens, losses
	names := f.Names()
	for i, name := range want.names {
		for _, t := range []struct {
			name string
			dst  []float32
		}{{name, want.params[i]}, {name + ".adam_m", want.m[i]}, {name + ".adam_v", want.v[i]}} {
			if !slices.Contains(names, t.name) {
				return false, fmt.Errorf("%w: no tensor %q", ErrCheckpoint, t.name)
			}
			vals, info, err := f.Float32(t.name)
			if err != nil || info.NumElements() != len(t.dst) {
				return false, fmt.Errorf("%w: tensor %q: %d values, want %d (%v)", ErrCheckpoint, t.name, info.NumElements(), len(t.dst), err)
			}
			copy(t.dst, vals)
		}
	}
	if len(names) != 3*len(want.names) {
		return false, fmt.Errorf("%w: %d tensors, want %d", ErrCheckpoint, len(names), 3*len(want.names))
	}
	return true, nil
}
