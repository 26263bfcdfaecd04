// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package influence

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"

	"golang.org/x/sync/errgroup"

	"github.com/openledger/openledger/attribution/progress"
)

// DefaultDamping is DataInf's λ_l scale: 0.1 × the mean squared gradient
// entry of the layer.
const DefaultDamping = 0.1

// TrainingExample is one training contribution.
type TrainingExample struct {
	ContributionID uint64
	Example        Example
}

// CacheOptions configure BuildCache.
type CacheOptions struct {
	Damping  float64       // 0 means DefaultDamping
	Workers  int           // concurrent LossGradient calls; 0 means GOMAXPROCS
	Progress progress.Func // may be nil
}

// Cache holds the training gradients and the per-layer statistics DataInf
// needs.
type Cache struct {
	layers  []Layer
	offsets []int // start of each layer in a gradient; len(layers)+1
	ids     []uint64
	grads   []float32 // n × dim, row i is contribution ids[i]
	damping float64
	sqnorm  []float64 // n × layers: ‖g_il‖²
	lambda  []float64 // per layer
}

// BuildCache computes the gradient of every training example.
func BuildCache(ctx context.Context, m GradientModel, train []TrainingExample, opts CacheOptions) (*Cache, error) {
	if len(train) == 0 {
		return nil, ErrEmpty
	}
	for i, t := range train {
		if err := t.Example.Check(); err != nil {
			return nil, fmt.Errorf("training example %d (contribution %d): %w", i, t.ContributionID, err)
		}
	}
	layers := slices.Clone(m.Layers())
	dim, err := layerDim(layers)
	if err != nil {
		return nil, err
	}
	damping := opts.Damping
	if damping == 0 {
		damping = DefaultDamping
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	c := &Cache{layers: layers, damping: damping, grads: make([]float32, len(train)*dim), ids: make([]uint64, len(train))}
	meter := progress.NewMeter("gradients", "examples", int64(len(train)), opts.Progress)
	var (
		mu       sync.Mutex
		finished int64
	)
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(workers)
	for i, t := range train {
		c.ids[i] = t.ContributionID
		g.Go(func() error {
			if err := gctx.Err(); err != nil {
				return err
			}
			_, grad, err := m.LossGradient(t.Example)
			if err != nil {
				return fmt.Errorf("gradient of contribution %d: %w", t.ContributionID, err)
			}
			if err := checkGradient(grad, dim); err != nil {
				return fmt.Errorf("contribution %d: %w", t.ContributionID, err)
			}
			copy(c.grads[i*dim:], grad)
			mu.Lock()
			finished++
			meter.Set(finished)
			mu.Unlock()
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	if err := c.finish(); err != nil {
		return nil, err
	}
	return c, nil
}

func layerDim(layers []Layer) (int, error) {
	if len(layers) == 0 {
		return 0, fmt.Errorf("%w: model has no LoRA layers", ErrModel)
	}
	dim := 0
	for _, l := range layers {
		if l.Size <= 0 {
			return 0, fmt.Errorf("%w: layer %q has size %d", ErrModel, l.Name, l.Size)
		}
		dim += l.Size
	}
	return dim, nil
}

func checkGradient(grad []float32, dim int) error {
	if len(grad) != dim {
		return fmt.Errorf("%w: %d values, model has %d parameters", ErrModel, len(grad), dim)
	}
	for _, x := range grad {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return fmt.Errorf("%w: not finite", ErrModel)
		}
	}
	return nil
}

// finish computes offsets, squared norms and damping from the gradients.
func (c *Cache) finish() error {
	c.offsets = make([]int, len(c.layers)+1)
	for l, layer := range c.layers {
		c.offsets[l+1] = c.offsets[l] + layer.Size
	}
	n, L := len(c.ids), len(c.layers)
	dim := c.offsets[L]
	c.sqnorm = make([]float64, n*L)
	c.lambda = make([]float64, L)
	for i := range n {
		row := c.grads[i*dim : (i+1)*dim]
		for l := range L {
			s := dot32(row[c.offsets[l]:c.offsets[l+1]], row[c.offsets[l]:c.offsets[l+1]])
			c.sqnorm[i*L+l] = s
			c.lambda[l] += s
		}
	}
	for l := range L {
		c.lambda[l] = c.damping * c.lambda[l] / (float64(n) * float64(c.layers[l].Size))
		if c.lambda[l] == 0 {
			// Every gradient of this layer is zero: any positive damping
			// gives the same (zero) contribution.
			c.lambda[l] = 1
		}
	}
	return nil
}

// Len is the number of cached training examples.
func (c *Cache) Len() int { return len(c.ids) }

// Layers returns the model's LoRA layers the cache was built for.
func (c *Cache) Layers() []Layer { return slices.Clone(c.layers) }

// Lambda returns the damping λ_l of each layer.
func (c *Cache) Lambda() []float64 { return slices.Clone(c.lambda) }

// Gradient returns the cached gradient of example i (not a copy).
func (c *Cache) Gradient(i int) []float32 {
	dim := c.offsets[len(c.layers)]
	return c.grads[i*dim : (i+1)*dim]
}

func dot32(a, b []float32) float64 {
	var s0, s1, s2, s3 float64
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += float64(a[i]) * float64(b[i])
		s1 += float64(a[i+1]) * float64(b[i+1])
		s2 += float64(a[i+2]) * float64(b[i+2])
		s3 += float64(a[i+3]) * float64(b[i+3])
	}
	for ; i < len(a); i++ {
		s0 += float64(a[i]) * float64(b[i])
	}
	return (s0 + s1) + (s2 + s3)
}

func dot64x32(a []float64, b []float32) float64 {
	var s0, s1 float64
	i := 0
	for ; i+2 <= len(a); i += 2 {
		s0 += a[i] * float64(b[i])
		s1 += a[i+1] * float64(b[i+1])
	}
	for ; i < len(a); i++ {
		s0 += a[i] * float64(b[i])
	}
	return s0 + s1
}
