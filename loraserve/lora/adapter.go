// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package lora

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/openledger/openledger/loraserve/safetensors"
)

// File names of a PEFT adapter directory.
const (
	ConfigFile  = "adapter_config.json"
	WeightsFile = "adapter_model.safetensors"
)

var (
	// ErrConfig is returned when adapter_config.json is missing or invalid.
	ErrConfig = errors.New("lora: bad adapter config")
	// ErrWeights is returned when the adapter tensors do not fit the base model.
	ErrWeights = errors.New("lora: bad adapter weights")
)

// Proj names one of the linear projections of a decoder layer. Which of them
// a model has, and what its checkpoint calls them, depends on its family
// (Layout).
type Proj int

// The projections, in the order of a layer's forward pass.
const (
	Q Proj = iota
	K
	V
	O // the attention output projection (o_proj; self_attention.dense)
	Gate
	Up // up_proj; dense_h_to_4h of a plain MLP
	Down
	// QKV is a fused query, key and value projection: query_key_value of
	// Falcon, BLOOM and ChatGLM.
	QKV
	// GateUp is a fused gate and up projection, [2·ffn, dim]: ChatGLM's
	// dense_h_to_4h.
	GateUp
	NumProj
)

var projNames = [NumProj]string{"q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj", "qkv_proj", "gate_up_proj"}

// Name returns the projection's generic name ("q_proj", "qkv_proj"); a
// model's own module name comes from its Layout.
func (p Proj) Name() string { return projNames[p] }

// Layout says where a model's projections sit in its tensor names (and so in
// PEFT adapter tensor names): layer l's projection p is the module
// Prefix.l.Paths[p].
type Layout struct {
	Prefix string          // "model.layers"
	Paths  [NumProj]string // "self_attn.q_proj"; "" where the model has no such projection
}

// LlamaLayout is the layout of Llama and of the families that copy its names
// (Mistral, Qwen2, Gemma, DeepSeek).
var LlamaLayout = Layout{Prefix: "model.layers", Paths: [NumProj]string{
	Q: "self_attn.q_proj", K: "self_attn.k_proj", V: "self_attn.v_proj", O: "self_attn.o_proj",
	Gate: "mlp.gate_proj", Up: "mlp.up_proj", Down: "mlp.down_proj"}}

// Has reports whether the model has projection p.
func (l Layout) Has(p Proj) bool { return p >= 0 && p < NumProj && l.Paths[p] != "" }

// Module returns the module name of projection p: the last part of its
// path ("q_proj", "query_key_value", "dense_h_to_4h"), as PEFT's
// target_modules names it.
func (l Layout) Module(p Proj) string {
	path := l.Paths[p]
	return path[strings.LastIndexByte(path, '.')+1:]
}

// ParseModule maps a module name (as in target_modules) or a path inside a
// layer to the model's projection.
func (l Layout) ParseModule(name string) (Proj, bool) {
	for p := Proj(0); p < NumProj; p++ {
		if l.Has(p) && (l.Paths[p] == name || l.Module(p) == name) {
			return p, true
		}
	}
	return 0, false
}

// Projections returns the model's projections in Proj order.
func (l Layout) Projections() []Proj {
	var out []Proj
	for p := Proj(0); p < NumProj; p++ {
		if l.Has(p) {
			out = append(out, p)
		}
	}
	return out
}

// Dims is what an adapter needs to know about its base model.
type Dims interface {
	// Layers returns the number of transformer layers.
	Layers() int
	// ProjDims returns the input and output width of projection p (0, 0
	// when the model has none).
	ProjDims(p Proj) (in, out int)
	// Layout returns where the model's projections sit in tensor names.
	Layout() Layout
}

// Config is adapter_config.json (the fields that affect inference).
type Config struct {
	PeftType      string             `json:"peft_type"`
	TaskType      string             `json:"task_type,omitempty"`
	BaseModel     string             `json:"base_model_name_or_path,omitempty"`
	R             int                `json:"r"`
	LoraAlpha     float64            `json:"lora_alpha"`
	TargetModules TargetModules      `json:"target_modules"`
	UseRSLoRA     bool               `json:"use_rslora,omitempty"`
	RankPattern   map[string]int     `json:"rank_pattern,omitempty"`
	AlphaPattern  map[string]float64 `json:"alpha_pattern,omitempty"`
	FanInFanOut   bool               `json:"fan_in_fan_out"`
	Bias          string             `json:"bias"`
	LoraDropout   float64            `json:"lora_dropout"`
}

// TargetModules is PEFT's target_modules: a list of module names or one regular
// expression matched against the full module path.
type TargetModules struct {
	Names []string
	Regex string
}

// UnmarshalJSON accepts a list or a string.
func (t *TargetModules) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		return json.Unmarshal(b, &t.Regex)
	}
	return json.Unmarshal(b, &t.Names)
}

// MarshalJSON writes the list form, or the regex when no list is set.
func (t TargetModules) MarshalJSON() ([]byte, error) {
	if t.Names == nil && t.Regex != "" {
		return json.Marshal(t.Regex)
	}
	return json.Marshal(t.Names)
}

// Module is the LoRA pair of one projection. B is kept transposed (PEFT
// stores lora_B as [out, Rank]) so the expand step of SGMV streams contiguous
// rows of length out.
type Module struct {
	A     []float32 // [Rank, in]  lora_A
	BT    []float32 // [Rank, out] lora_B transposed
	Rank  int
	Scale float32 // alpha/r or alpha/√r
}

// Out returns the output width of the adapted projection.
func (m *Module) Out() int { return len(m.BT) / m.Rank }

// B returns lora_B in PEFT layout, [out, Rank] row-major (a fresh copy).
func (m *Module) B() []float32 { return Transpose(m.BT, m.Rank, m.Out()) }

// Transpose returns the transpose of the rows×cols row-major matrix x.
func Transpose(x []float32, rows, cols int) []float32 {
	out := make([]float32, len(x))
	for i := 0; i < rows; i++ {
		for j := 0; j < cols; j++ {
			out[j*rows+i] = x[i*cols+j]
		}
	}
	return out
}

// Adapter is a loaded LoRA adapter.
type Adapter struct {
	// ID is the name the API serves it under.
	ID string
	// Config is the adapter's adapter_config.json.
	Config Config
	// Layout names the base model's modules; Save writes tensors under it
	// (the zero Layout means LlamaLayout).
	Layout Layout
	// Layers holds the adapted modules per layer; nil where not adapted.
	Layers [][NumProj]*Module
	// Bytes is the memory the weights occupy.
	Bytes int64
	// Hash is the SHA-256 of adapter_model.safetensors.
	Hash [32]byte
}

// MaxRank returns the largest rank of any module.
func (a *Adapter) MaxRank() int {
	r := 0
	for _, l := range a.Layers {
		for _, m := range l {
			if m != nil {
				r = max(r, m.Rank)
			}
		}
	}
	return r
}

// Factor is one trainable LoRA matrix of an adapter.
type Factor struct {
	Layer int
	Proj  Proj
	B     bool      // lora_B (held transposed, [Rank, out]); else lora_A [Rank, in]
	Data  []float32 // aliases the adapter's module
}

// Name returns the factor's name, e.g. "layers.3.self_attn.q_proj.lora_A".
func (f Factor) Name() string {
	ab := "A"
	if f.B {
		ab = "B"
	}
	return fmt.Sprintf("layers.%d.%s.lora_%s", f.Layer, f.Proj.Name(), ab)
}

// Factors returns the adapter's LoRA matrices in a fixed order: per layer,
// per projection in Proj order, A then Bᵀ. The data aliases the adapter.
func (a *Adapter) Factors() []Factor {
	var out []Factor
	for l, layer := range a.Layers {
		for p, m := range layer {
			if m != nil {
				out = append(out, Factor{l, Proj(p), false, m.A}, Factor{l, Proj(p), true, m.BT})
			}
		}
	}
	return out
}

var tensorName = regexp.MustCompile(`^(?:base_model\.model\.)?([A-Za-z0-9_.]+?)\.(\d+)\.([A-Za-z0-9_.]+)\.lora_([AB])(?:\.default)?\.weight$`)

// ReadConfig reads adapter_config.json from dir.
func ReadConfig(dir string) (Config, error) {
	b, err := os.ReadFile(filepath.Join(dir, ConfigFile))
	if err != nil {
		return Config{}, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	return ParseConfig(b)
}

// ParseConfig decodes and validates the contents of adapter_config.json.
func ParseConfig(b []byte) (Config, error) {
	var c Config
	if err := json.Unmarshal(b, &c); err != nil {
		return c, fmt.Errorf("%w: %s: %v", ErrConfig, ConfigFile, err)
	}
	if c.PeftType != "" && c.PeftType != "LORA" {
		return c, fmt.Errorf("%w: peft_type %q", ErrConfig, c.PeftType)
	}
	if c.R <= 0 || c.LoraAlpha <= 0 || math.IsInf(c.LoraAlpha, 0) {
		return c, fmt.Errorf("%w: r=%d lora_alpha=%v", ErrConfig, c.R, c.LoraAlpha)
	}
	if c.FanInFanOut {
		return c, fmt.Errorf("%w: fan_in_fan_out is for GPT-2 Conv1D, not Llama", ErrConfig)
	}
	if c.Bias != "" && c.Bias != "none" {
		return c, fmt.Errorf("%w: bias %q unsupported", ErrConfig, c.Bias)
	}
	return c, nil
}

// HashFile returns the SHA-256 of the adapter's weights file.
func HashFile(dir string) ([32]byte, error) {
	b, err := os.ReadFile(filepath.Join(dir, WeightsFile))
	if err != nil {
		return [32]byte{}, fmt.Errorf("%w: %w", ErrWeights, err)
	}
	return sha256.Sum256(b), nil
}

// Load reads the PEFT adapter in dir and checks it against the base model.
func Load(id, dir string, dims Dims) (*Adapter, error) {
	cfg, err := ReadConfig(dir)
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dir, WeightsFile)
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrWeights, err)
	}
	f, err := safetensors.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrWeights, err)
	}
	layout := dims.Layout()
	a := &Adapter{ID: id, Config: cfg, Layout: layout, Layers: make([][NumProj]*Module, dims.Layers()), Hash: sha256.Sum256(raw)}
	type half struct{ a, b []float32 }
	found := make(map[[2]int]*half)
	var aShape = make(map[[2]int][]int)
	var bShape = make(map[[2]int][]int)
	for _, name := range f.Names() {
		m := tensorName.FindStringSubmatch(name)
		if m == nil {
			return nil, fmt.Errorf("%w: unexpected tensor %q", ErrWeights, name)
		}
		if m[1] != layout.Prefix {
			return nil, fmt.Errorf("%w: tensor %q: not under %s", ErrWeights, name, layout.Prefix)
		}
		layer, err := strconv.Atoi(m[2])
		if err != nil || layer >= dims.Layers() {
			return nil, fmt.Errorf("%w: tensor %q: layer out of range", ErrWeights, name)
		}
		p, ok := layout.ParseModule(m[3])
		if !ok || layout.Paths[p] != m[3] {
			return nil, fmt.Errorf("%w: tensor %q: unknown module", ErrWeights, name)
		}
		vals, info, err := f.Float32(name)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrWeights, err)
		}
		key := [2]int{layer, int(p)}
		h := found[key]
		if h == nil {
			h = &half{}
			found[key] = h
		}
		vals = slices.Clone(vals) // the file is closed after loading
		if m[4] == "A" {
			h.a, aShape[key] = vals, info.Shape
		} else {
			h.b, bShape[key] = vals, info.Shape
		}
	}
	if len(found) == 0 {
		return nil, fmt.Errorf("%w: no LoRA tensors", ErrWeights)
	}
	for key, h := range found {
		layer, p := key[0], Proj(key[1])
		where := fmt.Sprintf("layer %d %s", layer, layout.Module(p))
		if h.a == nil || h.b == nil {
			return nil, fmt.Errorf("%w: %s has only one of lora_A/lora_B", ErrWeights, where)
		}
		in, out := dims.ProjDims(p)
		as, bs := aShape[key], bShape[key]
		if len(as) != 2 || len(bs) != 2 || as[1] != in || bs[0] != out || as[0] != bs[1] || as[0] == 0 {
			return nil, fmt.Errorf("%w: %s: lora_A %v lora_B %v, model wants [r,%d] and [%d,r]", ErrWeights, where, as, bs, in, out)
		}
		r := as[0]
		modPath := fmt.Sprintf("%s.%d.%s", layout.Prefix, layer, layout.Paths[p])
		alpha := cfg.LoraAlpha
		if v, ok := matchPattern(cfg.AlphaPattern, modPath); ok {
			alpha = v
		}
		scale := alpha / float64(r)
		if cfg.UseRSLoRA {
			scale = alpha / math.Sqrt(float64(r))
		}
		a.Layers[layer][p] = &Module{A: h.a, BT: Transpose(h.b, out, r), Rank: r, Scale: float32(scale)}
		a.Bytes += int64(4 * (len(h.a) + len(h.b)))
	}
	return a, nil
}

// matchPattern finds the rank/alpha pattern whose key matches the end of path
// (PEFT matches keys as suffixes of the module name).
func matchPattern[T any](patterns map[string]T, path string) (T, bool) {
	var zero T
	best := ""
	for k := range patterns {
		if (path == k || strings.HasSuffix(path, "."+k)) && len(k) > len(best) {
			best = k
		}
	}
	if best == "" {
		return zero, false
	}
	return patterns[best], true
}

// Save writes a in PEFT layout to dir (created if needed) and sets a.Hash.
func Save(dir string, a *Adapter) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("lora: %w", err)
	}
	cfg, err := json.MarshalIndent(a.Config, "", "  ")
	if err != nil {
		return fmt.Errorf("lora: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, ConfigFile), cfg, 0o644); err != nil {
		return fmt.Errorf("lora: %w", err)
	}
	layout := a.Layout
	if layout.Prefix == "" {
		layout = LlamaLayout
	}
	var tensors []safetensors.Tensor
	for l, layer := range a.Layers {
		for p, m := range layer {
			if m == nil {
				continue
			}
			base := fmt.Sprintf("base_model.model.%s.%d.%s", layout.Prefix, l, layout.Paths[p])
			in := len(m.A) / m.Rank
			out := m.Out()
			tensors = append(tensors,
				safetensors.Tensor{Name: base + ".lora_A.weight", DType: safetensors.F32, Shape: []int{m.Rank, in}, Data: m.A},
				safetensors.Tensor{Name: base + ".lora_B.weight", DType: safetensors.F32, Shape: []int{out, m.Rank}, Data: m.B()})
		}
	}
	if err := safetensors.WriteFile(filepath.Join(dir, WeightsFile), tensors, map[string]string{"format": "pt"}); err != nil {
		return fmt.Errorf("lora: %w", err)
	}
	h, err := HashFile(dir)
	if err != nil {
		return err
	}
	a.Hash = h
	return nil
}
