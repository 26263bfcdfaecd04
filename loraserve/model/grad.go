// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"

	"github.com/openledger/openledger/loraserve/lora"
)

// ErrGradient is returned when a LoRA gradient cannot be computed for the input.
var ErrGradient = errors.New("model: lora gradient")

// GradSpan locates one parameter block in the flattened gradient vector.
type GradSpan struct {
	Proj   lora.Proj
	Factor byte // 'A' ([Rank, in], row-major) or 'B' ([out, Rank], row-major)
	Offset int
	Len    int
}

// GradientLayout returns how LoRALossGradient flattens the adapter's
// last-layer parameters: for each adapted projection in lora.Proj order
// (q, k, v, o, gate, up, down), its A then its B, each row-major.
func (m *Model) GradientLayout(a *lora.Adapter) []GradSpan {
	var spans []GradSpan
	off := 0
	last := m.Config.NumLayers - 1
	if a == nil || last >= len(a.Layers) {
		return nil
	}
	for p, mod := range a.Layers[last] {
		if mod == nil {
			continue
		}
		spans = append(spans, GradSpan{lora.Proj(p), 'A', off, len(mod.A)})
		off += len(mod.A)
		spans = append(spans, GradSpan{lora.Proj(p), 'B', off, len(mod.BT)})
		off += len(mod.BT)
	}
	return spans
}

// LoRALoss returns the mean next-token cross-entropy of tokens under the base
// model with adapter a, -1/(T-1)·Σ_t log p(tokens[t+1] | tokens[..t]), with the
// last layer evaluated in float64 (the function LoRALossGradient differentiates).
func (m *Model) LoRALoss(a *lora.Adapter, tokens []int) (float64, error) {
	return m.LoRALossFrom(a, tokens, 1)
}

// LoRALossFrom is LoRALoss over the predictions of tokens[start:] only (the
// loss of a generated output after its prompt): -1/(T-start)·Σ_{t≥start-1}
// log p(tokens[t+1] | tokens[..t]). start must be in [1, len(tokens)).
func (m *Model) LoRALossFrom(a *lora.Adapter, tokens []int, start int) (float64, error) {
	g, err := m.newLastLayerGrad(a, tokens, start)
	if err != nil {
		return 0, err
	}
	return g.forward(), nil
}

// LoRALossGradient returns the exact gradient of LoRALoss with respect to the
// adapter's LoRA A and B parameters of the last transformer layer, flattened
// as GradientLayout describes. Earlier layers run in float32 with the adapter
// applied; they do not depend on these parameters. The last layer is run
// forward and backward in float64: RMSNorms, q/k/v with RoPE, causal GQA
// softmax attention, o, SwiGLU gate/up/down, final norm, output head.
func (m *Model) LoRALossGradient(a *lora.Adapter, tokens []int) ([]float32, error) {
	return m.LoRALossGradientFrom(a, tokens, 1)
}

// LoRALossGradientFrom is the gradient of LoRALossFrom(a, tokens, start).
func (m *Model) LoRALossGradientFrom(a *lora.Adapter, tokens []int, start int) ([]float32, error) {
	_, grad, err := m.LoRALossAndGradientFrom(a, tokens, start)
	return grad, err
}

// LoRALossAndGradientFrom returns LoRALossFrom and its gradient from one
// forward and one backward pass.
func (m *Model) LoRALossAndGradientFrom(a *lora.Adapter, tokens []int, start int) (float64, []float32, error) {
	g, err := m.newLastLayerGrad(a, tokens, start)
	if err != nil {
		return 0, nil, err
	}
	loss := g.forward()
	g.backward()
	spans := m.GradientLayout(a)
	out := make([]float32, 0, spans[len(spans)-1].Offset+spans[len(spans)-1].Len)
	for _, sp := range spans {
		var src []float64
		if sp.Factor == 'A' {
			src = g.dA[sp.Proj]
		} else {
			src = g.dB[sp.Proj]
		}
		for _, v := range src {
			out = append(out, float32(v))
		}
	}
	return loss, out, nil
}

// lastLayerGrad holds the float64 activations of the last layer, one row per position.
type lastLayerGrad struct {
	m      *Model
	c      *Config
	lw     *LayerWeights
	w      [lora.NumProj][]float32 // the last layer's projections as float32
	lmHead []float32               // [vocab, dim]
	mods   [lora.NumProj]*lora.Module
	tokens []int
	T      int
	start  int // the loss covers the predictions of tokens[start:]

	x0, n1, q, k, v, qr, kr, att, x1, n2, g, u, act, x2, nf [][]float64
	probs                                                   [][][]float64 // [T][heads][t+1]
	logits                                                  [][]float64
	dA, dB                                                  [lora.NumProj][]float64
}

func (m *Model) newLastLayerGrad(a *lora.Adapter, tokens []int, start int) (*lastLayerGrad, error) {
	c := m.Config
	if a == nil {
		return nil, fmt.Errorf("%w: no adapter", ErrGradient)
	}
	if len(tokens) < 2 {
		return nil, fmt.Errorf("%w: need at least 2 tokens, got %d", ErrGradient, len(tokens))
	}
	if start < 1 || start >= len(tokens) {
		return nil, fmt.Errorf("%w: loss start %d outside [1, %d)", ErrGradient, start, len(tokens))
	}
	last := c.NumLayers - 1
	if len(a.Layers) != c.NumLayers {
		return nil, fmt.Errorf("%w: adapter has %d layers, model %d", ErrGradient, len(a.Layers), c.NumLayers)
	}
	g := &lastLayerGrad{m: m, c: c, lw: &m.Weights.Layers[last], mods: a.Layers[last], tokens: tokens, T: len(tokens), start: start}
	for p, w := range g.lw.W {
		g.w[p] = w.Float32()
	}
	g.lmHead = m.Weights.LMHead.Float32()
	adapted := false
	for _, mod := range g.mods {
		adapted = adapted || mod != nil
	}
	if !adapted {
		return nil, fmt.Errorf("%w: adapter %q does not adapt the last layer", ErrGradient, a.ID)
	}
	seq := m.KV.NewSequence()
	defer seq.Release()
	xIn, err := m.residualInto(last, Entry{Seq: seq, Tokens: tokens, Adapter: a})
	if err != nil {
		return nil, err
	}
	dim := c.HiddenSize
	g.x0 = make([][]float64, g.T)
	for t := range g.x0 {
		g.x0[t] = toF64(xIn[t*dim : (t+1)*dim])
	}
	return g, nil
}

// residualInto runs e through layers [0, l) and returns the residual stream
// entering layer l, [len(e.Tokens), dim].
func (m *Model) residualInto(l int, e Entry) ([]float32, error) {
	rows, err := m.admit([]Entry{e})
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	p := m.newPass([]Entry{e}, rows)
	p.embed()
	for i := range l {
		p.layer(i)
	}
	return slices.Clone(p.x), nil
}

func toF64(v []float32) []float64 {
	o := make([]float64, len(v))
	for i, x := range v {
		o[i] = float64(x)
	}
	return o
}

func rmsF64(x []float64, w []float32, eps float64) []float64 {
	var ss float64
	for _, v := range x {
		ss += v * v
	}
	r := 1 / math.Sqrt(ss/float64(len(x))+eps)
	o := make([]float64, len(x))
	for i := range x {
		o[i] = x[i] * r * float64(w[i])
	}
	return o
}

// rmsBackward returns dL/dx of y = x·r·w given dy.
func rmsBackward(x []float64, w []float32, eps float64, dy []float64) []float64 {
	var ss, gx float64
	for i, v := range x {
		ss += v * v
		gx += dy[i] * float64(w[i]) * v
	}
	n := float64(len(x))
	r := 1 / math.Sqrt(ss/n+eps)
	dx := make([]float64, len(x))
	for i, v := range x {
		dx[i] = r*dy[i]*float64(w[i]) - r*r*r*v*gx/n
	}
	return dx
}

// lin computes x·Wᵀ + s·B·A·x for projection p of the last layer.
func (g *lastLayerGrad) lin(x []float64, p lora.Proj) []float64 {
	in, out := g.c.ProjDims(p)
	W := g.w[p]
	y := make([]float64, out)
	for n := 0; n < out; n++ {
		row := W[n*in : (n+1)*in]
		var s float64
		for k, v := range row {
			s += float64(v) * x[k]
		}
		y[n] = s
	}
	if mod := g.mods[p]; mod != nil {
		h := loraShrink(mod, x, in)
		for n := 0; n < out; n++ {
			var s float64
			for r := 0; r < mod.Rank; r++ {
				s += float64(mod.BT[r*out+n]) * h[r]
			}
			y[n] += float64(mod.Scale) * s
		}
	}
	return y
}

func loraShrink(mod *lora.Module, x []float64, in int) []float64 {
	h := make([]float64, mod.Rank)
	for r := range h {
		var s float64
		for k, v := range mod.A[r*in : (r+1)*in] {
			s += float64(v) * x[k]
		}
		h[r] = s
	}
	return h
}

// gradAcc accumulates LoRA parameter gradients (one per worker, summed at the end).
type gradAcc struct{ dA, dB [lora.NumProj][]float64 }

// linBackward accumulates into acc the LoRA parameter gradients of projection
// p for input x and output gradient dy, and returns dL/dx.
func (g *lastLayerGrad) linBackward(acc *gradAcc, x, dy []float64, p lora.Proj) []float64 {
	in, out := g.c.ProjDims(p)
	W := g.w[p]
	dx := make([]float64, in)
	for n := 0; n < out; n++ {
		if dy[n] == 0 {
			continue
		}
		for k, v := range W[n*in : (n+1)*in] {
			dx[k] += float64(v) * dy[n]
		}
	}
	mod := g.mods[p]
	if mod == nil {
		return dx
	}
	if acc.dA[p] == nil {
		acc.dA[p] = make([]float64, len(mod.A))
		acc.dB[p] = make([]float64, len(mod.BT))
	}
	s := float64(mod.Scale)
	h := loraShrink(mod, x, in)
	bty := make([]float64, mod.Rank) // Bᵀ·dy
	for n := 0; n < out; n++ {
		for r := 0; r < mod.Rank; r++ {
			acc.dB[p][n*mod.Rank+r] += s * dy[n] * h[r]
			bty[r] += float64(mod.BT[r*out+n]) * dy[n]
		}
	}
	for r := 0; r < mod.Rank; r++ {
		for k := 0; k < in; k++ {
			acc.dA[p][r*in+k] += s * bty[r] * x[k]
			dx[k] += s * float64(mod.A[r*in+k]) * bty[r]
		}
	}
	return dx
}

func (g *lastLayerGrad) rope(v []float64, heads, pos int, inverse bool) []float64 {
	hd := g.c.HeadDim
	half := hd / 2
	o := make([]float64, len(v))
	cs, sn := g.m.cos[pos*half:(pos+1)*half], g.m.sin[pos*half:(pos+1)*half]
	for h := 0; h < heads; h++ {
		x, y := v[h*hd:(h+1)*hd], o[h*hd:(h+1)*hd]
		for i := 0; i < half; i++ {
			c, s := float64(cs[i]), float64(sn[i])
			if inverse {
				s = -s // the transpose of a rotation is the rotation by -angle
			}
			y[i] = x[i]*c - x[i+half]*s
			y[i+half] = x[i+half]*c + x[i]*s
		}
	}
	return o
}

// gradBlock is the number of consecutive positions one gradient accumulator
// covers. Blocks are fixed, so sums (block by block, in order) do not depend
// on how many goroutines run them.
const gradBlock = 16

func gradBlocks(n int) int { return (n + gradBlock - 1) / gradBlock }

// parallel runs fn(block, t) for t in [0, n): each block of positions on one
// goroutine, in order.
func parallel(n int, fn func(block, t int)) {
	nb := gradBlocks(n)
	w := max(1, min(runtime.GOMAXPROCS(0), nb))
	var wg sync.WaitGroup
	for k := range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := k; b < nb; b += w {
				for t := b * gradBlock; t < min(n, (b+1)*gradBlock); t++ {
					fn(b, t)
				}
			}
		}()
	}
	wg.Wait()
}

// forward runs the last layer and the head in float64 and returns the loss.
func (g *lastLayerGrad) forward() float64 {
	c, T := g.c, g.T
	eps := c.RMSNormEps
	hd, H, KVH := c.HeadDim, c.NumHeads, c.NumKVHeads
	group := H / KVH
	scale := 1 / math.Sqrt(float64(hd))
	mk := func() [][]float64 { return make([][]float64, T) }
	g.n1, g.q, g.k, g.v, g.qr, g.kr, g.att = mk(), mk(), mk(), mk(), mk(), mk(), mk()
	g.x1, g.n2, g.g, g.u, g.act, g.x2, g.nf, g.logits = mk(), mk(), mk(), mk(), mk(), mk(), mk(), mk()
	g.probs = make([][][]float64, T)
	// Queries, keys and values of every position.
	parallel(T, func(_, t int) {
		g.n1[t] = rmsF64(g.x0[t], g.lw.AttnNorm, eps)
		g.q[t], g.k[t], g.v[t] = g.lin(g.n1[t], lora.Q), g.lin(g.n1[t], lora.K), g.lin(g.n1[t], lora.V)
		g.qr[t], g.kr[t] = g.rope(g.q[t], H, t, false), g.rope(g.k[t], KVH, t, false)
	})
	// Attention, o, MLP, head and loss of each position.
	losses := make([]float64, T)
	parallel(T, func(_, t int) {
		att := make([]float64, c.QDim())
		g.probs[t] = make([][]float64, H)
		for h := 0; h < H; h++ {
			kh := h / group
			p := make([]float64, t+1)
			mx := math.Inf(-1)
			for j := 0; j <= t; j++ {
				var s float64
				for i := 0; i < hd; i++ {
					s += g.qr[t][h*hd+i] * g.kr[j][kh*hd+i]
				}
				p[j] = s * scale
				mx = math.Max(mx, p[j])
			}
			var sum float64
			for j := range p {
				p[j] = math.Exp(p[j] - mx)
				sum += p[j]
			}
			for j := range p {
				p[j] /= sum
				for i := 0; i < hd; i++ {
					att[h*hd+i] += p[j] * g.v[j][kh*hd+i]
				}
			}
			g.probs[t][h] = p
		}
		g.att[t] = att
		o := g.lin(att, lora.O)
		g.x1[t] = make([]float64, c.HiddenSize)
		for i := range o {
			g.x1[t][i] = g.x0[t][i] + o[i]
		}
		g.n2[t] = rmsF64(g.x1[t], g.lw.MLPNorm, eps)
		g.g[t], g.u[t] = g.lin(g.n2[t], lora.Gate), g.lin(g.n2[t], lora.Up)
		g.act[t] = make([]float64, c.IntermediateSize)
		for i, gv := range g.g[t] {
			g.act[t][i] = gv / (1 + math.Exp(-gv)) * g.u[t][i]
		}
		d := g.lin(g.act[t], lora.Down)
		g.x2[t] = make([]float64, c.HiddenSize)
		for i := range d {
			g.x2[t][i] = g.x1[t][i] + d[i]
		}
		g.nf[t] = rmsF64(g.x2[t], g.m.Weights.Norm, eps)
		if t == T-1 {
			return // the last position predicts nothing inside the sequence
		}
		g.logits[t] = g.head(g.nf[t])
		if t+1 >= g.start {
			losses[t] = -logSoftmaxAt(g.logits[t], g.tokens[t+1])
		}
	})
	var loss float64
	for _, l := range losses {
		loss += l
	}
	return loss / float64(T-g.start)
}

func (g *lastLayerGrad) head(x []float64) []float64 {
	dim, V := g.c.HiddenSize, g.c.VocabSize
	out := make([]float64, V)
	for v := 0; v < V; v++ {
		var s float64
		for i, w := range g.lmHead[v*dim : (v+1)*dim] {
			s += float64(w) * x[i]
		}
		out[v] = s
	}
	return out
}

func logSoftmaxAt(logits []float64, y int) float64 {
	mx := math.Inf(-1)
	for _, l := range logits {
		mx = math.Max(mx, l)
	}
	var sum float64
	for _, l := range logits {
		sum += math.Exp(l - mx)
	}
	return logits[y] - mx - math.Log(sum)
}

// backward propagates dL/dlogits down to the LoRA parameters of the last layer.
func (g *lastLayerGrad) backward() {
	c, T := g.c, g.T
	eps := c.RMSNormEps
	dim, V := c.HiddenSize, c.VocabSize
	hd, H, KVH := c.HeadDim, c.NumHeads, c.NumKVHeads
	group := H / KVH
	scale := 1 / math.Sqrt(float64(hd))
	inv := 1 / float64(T-g.start)
	accs := make([]gradAcc, gradBlocks(T))
	datt := make([][]float64, T)
	// Head, MLP and o_proj of each predicting position.
	parallel(T-1, func(b, t int) {
		acc := &accs[b]
		// Cross-entropy: dlogits = (softmax - onehot) / (T-start), zero before start.
		lg := g.logits[t]
		mx := math.Inf(-1)
		for _, l := range lg {
			mx = math.Max(mx, l)
		}
		var sum float64
		for _, l := range lg {
			sum += math.Exp(l - mx)
		}
		dnf := make([]float64, dim)
		for v := 0; v < V; v++ {
			d := math.Exp(lg[v]-mx) / sum
			if v == g.tokens[t+1] {
				d--
			}
			if t+1 < g.start {
				d = 0 // a prompt token: outside the loss
			} else {
				d *= inv
			}
			for i, wv := range g.lmHead[v*dim : (v+1)*dim] {
				dnf[i] += d * float64(wv)
			}
		}
		dx2 := rmsBackward(g.x2[t], g.m.Weights.Norm, eps, dnf)
		// MLP: x2 = x1 + down(silu(gate)·up).
		dact := g.linBackward(acc, g.act[t], dx2, lora.Down)
		dg, du := make([]float64, len(dact)), make([]float64, len(dact))
		for i, gv := range g.g[t] {
			sig := 1 / (1 + math.Exp(-gv))
			du[i] = dact[i] * gv * sig
			dg[i] = dact[i] * g.u[t][i] * sig * (1 + gv*(1-sig))
		}
		dn2 := g.linBackward(acc, g.n2[t], dg, lora.Gate)
		dn2u := g.linBackward(acc, g.n2[t], du, lora.Up)
		for i := range dn2 {
			dn2[i] += dn2u[i]
		}
		dx1 := rmsBackward(g.x1[t], g.lw.MLPNorm, eps, dn2)
		for i := range dx1 {
			dx1[i] += dx2[i]
		}
		// x1 = x0 + o(att).
		datt[t] = g.linBackward(acc, g.att[t], dx1, lora.O)
	})
	// Attention backward, pass 1 (per query t): dL/dscores and dL/dqr.
	dqr := make([][]float64, T)
	ds := make([][][]float64, T) // [t][h][j] dL/d(scaled score)·scale
	parallel(T, func(_, t int) {
		dqr[t] = make([]float64, c.QDim())
		if t == T-1 {
			return // predicts nothing: no gradient flows into its query
		}
		ds[t] = make([][]float64, H)
		for h := 0; h < H; h++ {
			kh := h / group
			p := g.probs[t][h]
			da := datt[t][h*hd : (h+1)*hd]
			dp := make([]float64, t+1)
			var dot float64
			for j := 0; j <= t; j++ {
				for i := 0; i < hd; i++ {
					dp[j] += da[i] * g.v[j][kh*hd+i]
				}
				dot += p[j] * dp[j]
			}
			d := make([]float64, t+1)
			for j := 0; j <= t; j++ {
				d[j] = p[j] * (dp[j] - dot) * scale
				for i := 0; i < hd; i++ {
					dqr[t][h*hd+i] += d[j] * g.kr[j][kh*hd+i]
				}
			}
			ds[t][h] = d
		}
	})
	// Pass 2 (per key j): dL/dkr and dL/dv gather from every later query in
	// order; then the q, k and v projections of position j.
	parallel(T, func(b, j int) {
		acc := &accs[b]
		dkr, dv := make([]float64, c.KVDim()), make([]float64, c.KVDim())
		for t := j; t < T-1; t++ {
			for h := 0; h < H; h++ {
				kh := h / group
				pj, dsj := g.probs[t][h][j], ds[t][h][j]
				da := datt[t][h*hd : (h+1)*hd]
				q := g.qr[t][h*hd : (h+1)*hd]
				for i := 0; i < hd; i++ {
					dv[kh*hd+i] += pj * da[i]
					dkr[kh*hd+i] += dsj * q[i]
				}
			}
		}
		g.linBackward(acc, g.n1[j], g.rope(dqr[j], H, j, true), lora.Q)
		g.linBackward(acc, g.n1[j], g.rope(dkr, KVH, j, true), lora.K)
		g.linBackward(acc, g.n1[j], dv, lora.V)
	})
	// Sum the blocks' gradients in order; adapted modules without gradient
	// report zeros.
	for p, mod := range g.mods {
		if mod == nil {
			continue
		}
		g.dA[p] = make([]float64, len(mod.A))
		g.dB[p] = make([]float64, len(mod.BT))
		for w := range accs {
			for i, v := range accs[w].dA[p] {
				g.dA[p][i] += v
			}
			for i, v := range accs[w].dB[p] {
				g.dB[p][i] += v
			}
		}
	}
}
