// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import "unsafe"

// tape records, during a training pass, how to send gradients back through
// each block that ran: the blocks of blocks.go append their own backward
// step, so a family's layer is written once (the forward) and its backward
// follows. Activations are identified by their buffer; every activation of a
// training pass has a buffer of its own.
//
// An activation needs a gradient when it depends on a trained LoRA factor;
// blocks whose inputs need none record nothing, so nothing is computed below
// the first adapted projection. Gradient buffers are taken from a pool when an
// activation's first consumer runs backward and returned once its producer
// has run, so only the gradients of a layer or two are alive at a time.
type tape struct {
	steps []func()          // backward step of each recorded block, in forward order
	need  map[*float32]bool // activations whose gradient is needed
	grads map[*float32][]float32
	pool  map[int][][]float32 // free gradient buffers by length
}

func newTape() *tape {
	return &tape{need: map[*float32]bool{}, grads: map[*float32][]float32{}, pool: map[int][][]float32{}}
}

func key(x []float32) *float32 { return unsafe.SliceData(x) }

// needs reports whether x's gradient is needed.
func (t *tape) needs(x []float32) bool { return t.need[key(x)] }

// set records whether x's gradient is needed and returns need.
func (t *tape) set(x []float32, need bool) bool {
	t.need[key(x)] = need
	return need
}

// follow records that out needs a gradient when any of ins does, and
// reports whether it does.
func (t *tape) follow(out []float32, ins ...[]float32) bool {
	need := false
	for _, in := range ins {
		need = need || t.needs(in)
	}
	return t.set(out, need)
}

// record appends a backward step.
func (t *tape) record(step func()) { t.steps = append(t.steps, step) }

// grad returns the gradient buffer of x, zero when first asked for.
func (t *tape) grad(x []float32) []float32 {
	k := key(x)
	if g, ok := t.grads[k]; ok {
		return g
	}
	g := t.take(len(x))
	t.grads[k] = g
	return g
}

// gradIf returns x's gradient buffer when cond holds, else nil.
func (t *tape) gradIf(cond bool, x []float32) []float32 {
	if !cond {
		return nil
	}
	return t.grad(x)
}

// handOver adds src's gradient to dst's and releases src's; when dst has
// none yet, src's buffer simply becomes dst's.
func (t *tape) handOver(dst, src []float32) {
	ks, kd := key(src), key(dst)
	g, ok := t.grads[ks]
	if !ok {
		return
	}
	delete(t.grads, ks)
	if have, ok := t.grads[kd]; ok {
		addTo(have, g)
		t.give(g)
		return
	}
	t.grads[kd] = g
}

// take returns a zeroed scratch buffer of n elements.
func (t *tape) take(n int) []float32 {
	if free := t.pool[n]; len(free) > 0 {
		g := free[len(free)-1]
		t.pool[n] = free[:len(free)-1]
		clear(g)
		return g
	}
	return make([]float32, n)
}

// give returns a scratch buffer to the pool.
func (t *tape) give(g []float32) { t.pool[len(g)] = append(t.pool[len(g)], g) }

// release returns x's gradient buffer to the pool: its producer has used it.
func (t *tape) release(x []float32) {
	k := key(x)
	if g, ok := t.grads[k]; ok {
		delete(t.grads, k)
		t.give(g)
	}
}

// backward runs the recorded steps in reverse order.
func (t *tape) backward() {
	for i := len(t.steps) - 1; i >= 0; i-- {
		t.steps[i]()
		t.steps[i] = nil
	}
	t.steps = t.steps[:0]
}

// reset forgets everything but the pool, for the next pass.
func (t *tape) reset() {
	clear(t.need)
	for k, g := range t.grads {
		t.give(g)
		delete(t.grads, k)
	}
	t.steps = t.steps[:0]
}
