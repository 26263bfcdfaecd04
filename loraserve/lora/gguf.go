// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package lora

import (
	"crypto/sha256"
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"slices"
	"strconv"

	"github.com/openledger/openledger/loraserve/gguf"
	"github.com/openledger/openledger/loraserve/kernels"
)

// Heads is implemented by base models whose q and k projections are split
// into attention heads. GGUF adapters need it: llama.cpp stores the rows of
// lora_B for q and k in its RoPE order (see package gguf).
type Heads interface {
	// AttentionHeads returns the number of query heads and key-value heads.
	AttentionHeads() (heads, kvHeads int)
}

// GGUFLayout is implemented by base models that say how llama.cpp lays them
// out (model.Config does): WriteGGUF then writes adapters for any family.
// Without it, WriteGGUF writes a Llama adapter.
type GGUFLayout interface {
	// GGUFArch returns llama.cpp's architecture name ("llama", "falcon").
	GGUFArch() string
	// GGUFProj returns llama.cpp's tensor name of projection p ("attn_q")
	// and, when llama.cpp orders its output rows differently from Hugging
	// Face, rows[i] = the Hugging Face row GGUF row i holds (nil: same order).
	GGUFProj(p Proj) (name string, rows []int)
}

var ggufTensorName = regexp.MustCompile(`^blk\.(\d+)\.([a-z_]+)\.weight\.lora_([ab])$`)

// IsGGUFFile reports whether path names a regular file (a GGUF adapter)
// rather than a PEFT directory.
func IsGGUFFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// LoadGGUF reads a LoRA adapter in llama.cpp's GGUF form (general.type
// "adapter", adapter.type "lora"): tensors blk.N.<proj>.weight.lora_a and
// .lora_b, scale adapter.lora.alpha / rank (1 without an alpha, as llama.cpp).
// dims must implement Heads when q or k is adapted.
func LoadGGUF(id, path string, dims Dims) (*Adapter, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrWeights, err)
	}
	f, err := gguf.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrWeights, path, err)
	}
	if typ, _ := f.String(gguf.KeyType); typ != gguf.TypeAdapter {
		return nil, fmt.Errorf("%w: %s: general.type %q, want %q", ErrConfig, path, typ, gguf.TypeAdapter)
	}
	if at, _ := f.String(gguf.KeyAdapterType); at != gguf.AdapterLoRA {
		return nil, fmt.Errorf("%w: %s: adapter.type %q, want %q", ErrConfig, path, at, gguf.AdapterLoRA)
	}
	if arch, _ := f.String(gguf.KeyArchitecture); arch != gguf.ArchLlama {
		return nil, fmt.Errorf("%w: %s: architecture %q (supported: llama)", ErrConfig, path, arch)
	}
	alpha, hasAlpha := f.Float(gguf.KeyLoRAAlpha)
	if hasAlpha && (!(alpha >= 0) || math.IsInf(alpha, 0)) {
		return nil, fmt.Errorf("%w: adapter.lora.alpha %v", ErrConfig, alpha)
	}
	a := &Adapter{ID: id, Layout: dims.Layout(), Layers: make([][NumProj]*Module, dims.Layers()), Hash: sha256.Sum256(raw)}
	a.Config = Config{PeftType: "LORA", LoraAlpha: alpha, Bias: "none"}
	type pair struct{ a, b *kernels.Matrix }
	found := map[[2]int]*pair{}
	for _, ti := range f.Tensors() {
		m := ggufTensorName.FindStringSubmatch(ti.Name)
		if m == nil {
			return nil, fmt.Errorf("%w: unexpected tensor %q", ErrWeights, ti.Name)
		}
		layer, err := strconv.Atoi(m[1])
		if err != nil || layer >= dims.Layers() {
			return nil, fmt.Errorf("%w: tensor %q: layer out of range", ErrWeights, ti.Name)
		}
		p := Proj(slices.Index(gguf.ProjNames[:], m[2]))
		if p < 0 {
			return nil, fmt.Errorf("%w: tensor %q: unknown module", ErrWeights, ti.Name)
		}
		mat, err := f.Matrix(ti.Name)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrWeights, err)
		}
		key := [2]int{layer, int(p)}
		if found[key] == nil {
			found[key] = &pair{}
		}
		if m[3] == "a" {
			found[key].a = mat
		} else {
			found[key].b = mat
		}
	}
	if len(found) == 0 {
		return nil, fmt.Errorf("%w: no LoRA tensors", ErrWeights)
	}
	targets := map[string]bool{}
	for key, pr := range found {
		layer, p := key[0], Proj(key[1])
		where := fmt.Sprintf("layer %d %s", layer, p.Name())
		if pr.a == nil || pr.b == nil {
			return nil, fmt.Errorf("%w: %s has only one of lora_a/lora_b", ErrWeights, where)
		}
		in, out := dims.ProjDims(p)
		r := pr.a.Rows
		if pr.a.Cols != in || pr.b.Rows != out || pr.b.Cols != r || r == 0 {
			return nil, fmt.Errorf("%w: %s: lora_a %dx%d lora_b %dx%d, model wants [r,%d] and [%d,r]", ErrWeights, where,
				pr.a.Rows, pr.a.Cols, pr.b.Rows, pr.b.Cols, in, out)
		}
		bt := Transpose(pr.b.Float32(), out, r)
		if err := reorderQK(bt, r, p, dims, gguf.UnpermuteVector); err != nil {
			return nil, err
		}
		scale := float32(1)
		if hasAlpha && alpha > 0 {
			scale = float32(alpha / float64(r))
		}
		a.Layers[layer][p] = &Module{A: slices.Clone(pr.a.Float32()), BT: bt, Rank: r, Scale: scale}
		a.Bytes += int64(4 * (r*in + r*out))
		a.Config.R = max(a.Config.R, r)
		targets[p.Name()] = true
	}
	for p := Proj(0); p < NumProj; p++ {
		if targets[p.Name()] {
			a.Config.TargetModules.Names = append(a.Config.TargetModules.Names, p.Name())
		}
	}
	return a, nil
}

// reorderQK applies fn (gguf.PermuteVector or UnpermuteVector) to each row
// of bt [r, out] when p is q or k.
func reorderQK(bt []float32, r int, p Proj, dims Dims, fn func([]float32, int)) error {
	if p != Q && p != K {
		return nil
	}
	h, ok := dims.(Heads)
	if !ok {
		return fmt.Errorf("%w: the base model does not say its attention heads (needed for GGUF q/k adapters)", ErrWeights)
	}
	heads, kvHeads := h.AttentionHeads()
	if p == K {
		heads = kvHeads
	}
	out := len(bt) / r
	if heads <= 0 || out%heads != 0 || (out/heads)%2 != 0 {
		return fmt.Errorf("%w: %s of %d rows is not %d heads", ErrWeights, p.Name(), out, heads)
	}
	for i := range r {
		fn(bt[i*out:(i+1)*out], heads)
	}
	return nil
}

// WriteGGUF writes a as a llama.cpp GGUF LoRA adapter (F32 tensors). GGUF has
// one alpha for the whole adapter and llama.cpp scales each module by
// alpha/rank; modules whose scale differs from that (alpha_pattern, rsLoRA
// with mixed ranks) get the difference folded into lora_b.
func WriteGGUF(w io.Writer, a *Adapter, dims Dims, name string) error {
	layout, hasLayout := dims.(GGUFLayout)
	arch := gguf.ArchLlama
	if hasLayout {
		arch = layout.GGUFArch()
	}
	gw := gguf.NewWriter()
	gw.Set(gguf.KeyArchitecture, arch)
	gw.Set(gguf.KeyType, gguf.TypeAdapter)
	if name != "" {
		gw.Set(gguf.KeyName, name)
	}
	gw.Set(gguf.KeyAdapterType, gguf.AdapterLoRA)
	var alpha float64
	for _, l := range a.Layers {
		for _, m := range l {
			if m != nil && alpha == 0 {
				alpha = float64(m.Scale) * float64(m.Rank)
			}
		}
	}
	gw.Set(gguf.KeyLoRAAlpha, float32(alpha))
	gw.Set(gguf.KeyFileType, gguf.FileType(kernels.F32))
	for l, layer := range a.Layers {
		for p, m := range layer {
			if m == nil {
				continue
			}
			in, out := dims.ProjDims(Proj(p))
			if len(m.A) != m.Rank*in || len(m.BT) != m.Rank*out {
				return fmt.Errorf("%w: layer %d %s does not fit the model", ErrWeights, l, Proj(p).Name())
			}
			bt := slices.Clone(m.BT)
			tensor := ""
			if hasLayout {
				var rows []int
				tensor, rows = layout.GGUFProj(Proj(p))
				if rows != nil {
					for i := range m.Rank {
						row, src := bt[i*out:(i+1)*out], slices.Clone(bt[i*out:(i+1)*out])
						for g, r := range rows {
							row[g] = src[r]
						}
					}
				}
			} else {
				if Proj(p) > Down {
					return fmt.Errorf("%w: %s needs the base model's GGUF layout", ErrWeights, Proj(p).Name())
				}
				tensor = gguf.ProjNames[p]
				if err := reorderQK(bt, m.Rank, Proj(p), dims, gguf.PermuteVector); err != nil {
					return err
				}
			}
			if want := float32(float64(float32(alpha)) / float64(m.Rank)); want != m.Scale {
				fold := m.Scale / want
				for i := range bt {
					bt[i] *= fold
				}
			}
			base := gguf.LayerTensor(l, tensor)
			gw.AddMatrix(base+gguf.LoRASuffixA, kernels.NewF32Matrix(m.Rank, in, m.A))
			gw.AddMatrix(base+gguf.LoRASuffixB, kernels.NewF32Matrix(out, m.Rank, Transpose(bt, m.Rank, out)))
		}
	}
	if _, err := gw.WriteTo(w); err != nil {
		return fmt.Errorf("lora: %w", err)
	}
	return nil
}

// SaveGGUF writes a as a GGUF adapter file at path (see WriteGGUF).
func SaveGGUF(path string, a *Adapter, dims Dims, name string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("lora: %w", err)
	}
	if err := WriteGGUF(f, a, dims, name); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("lora: %w", err)
	}
	return nil
}
