package kzg

import (
	"crypto/sha256"
	"fmt"
	"io"
	"math/big"
	"math/bits"
	"math/rand/v2"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	gkzg "github.com/consensys/gnark-crypto/ecc/bn254/kzg"
	"github.com/ethereum/go-ethereum/log"
)

const (
	// G1PointSize is the size of one compressed G₁ point in g1.point.
	G1PointSize = bn254.SizeOfG1AffineCompressed
	// G2PointSize is the size of one compressed G₂ point in g2.point.
	G2PointSize = bn254.SizeOfG2AffineCompressed
	// DevnetSeed is the public seed the insecure devnet SRS derives τ from.
	DevnetSeed = "openledger/eigenda/devnet-srs/v1"

	progressChunk = 1 << 16 // points per unit of work between progress checks
)

// SRS is a structured reference string: the G₁ powers of τ used to commit and
// open, and the G₂ points used to verify. A loaded SRS holds all its points; the
// devnet SRS computes its G₁ points on first use, up to the next power of two of
// the largest polynomial seen, so a server starts at once however large its
// maximum blob.
type SRS struct {
	g1       []bn254.G1Affine // all capacity; entries below ready are computed
	ready    atomic.Int64     // number of computed G₁ points
	grow     sync.Mutex       // serialises growth
	tau      fr.Element       // devnet only: the public secret
	logger   log.Logger
	vk       gkzg.VerifyingKey
	insecure bool

	g2         []bn254.G2Affine // loaded G₂ powers [τⁱ]G₂ (length commitments)
	g2Trailing []bn254.G2Affine // loaded last G₂ powers, ending at [τ^(SRSOrder-1)]G₂ (length proofs)
}

// Points returns how many G₁ points the SRS can hold: the largest polynomial (in
// coefficients, i.e. blob symbols) it can commit to.
func (s *SRS) Points() int { return len(s.g1) }

// Insecure reports whether τ is publicly known (the devnet SRS).
func (s *SRS) Insecure() bool { return s.insecure }

// DevnetSecret returns the devnet SRS's τ, derived from [DevnetSeed]. It is public
// on purpose: tests use it to compute commitments independently.
func DevnetSecret() *big.Int {
	h := sha256.Sum256([]byte(DevnetSeed))
	var t fr.Element
	t.SetBytes(h[:]) // reduces modulo r
	return t.BigInt(new(big.Int))
}

// NewDevnetSRS returns an SRS of up to the given number of G₁ points from the
// public devnet secret; points are computed on first use. It is insecure by
// construction and logs so.
func NewDevnetSRS(points int, logger log.Logger) (*SRS, error) {
	if points < 2 {
		return nil, fmt.Errorf("devnet srs needs at least 2 points, got %d", points)
	}
	logger.Error("using the INSECURE devnet kzg srs: its secret is public, commitments prove nothing; never use it outside a devnet",
		"points", points, "seed", DevnetSeed)
	s := &SRS{g1: make([]bn254.G1Affine, points), insecure: true, logger: logger}
	s.tau.SetBigInt(DevnetSecret())
	_, _, g1, g2 := bn254.Generators()
	s.g1[0] = g1
	s.ready.Store(1)
	var tauG2 bn254.G2Affine
	tauG2.ScalarMultiplication(&g2, DevnetSecret())
	s.setVerifyingKey(g1, g2, tauG2)
	return s, nil
}

// Prepare computes the first n G₁ points now (for a devnet SRS), so that the
// first commitments do not pay for it.
func (s *SRS) Prepare(n int) error {
	_, err := s.g1Prefix(n)
	return err
}

// g1Prefix returns the first n G₁ points, computing missing devnet points.
func (s *SRS) g1Prefix(n int) ([]bn254.G1Affine, error) {
	if n > len(s.g1) {
		return nil, fmt.Errorf("%w: %d coefficients, %d points", ErrSRSTooSmall, n, len(s.g1))
	}
	if int(s.ready.Load()) >= n {
		return s.g1[:n], nil
	}
	s.grow.Lock()
	defer s.grow.Unlock()
	ready := int(s.ready.Load())
	if ready >= n {
		return s.g1[:n], nil
	}
	target := min(len(s.g1), 1<<bits.Len(uint(n-1)))
	var p *progress
	if target-ready > progressChunk {
		p = newProgress(s.logger, "computing devnet srs points", target-ready)
	}
	// τ^ready, then consecutive powers; each chunk is one batch scalar multiplication.
	var pow fr.Element
	pow.Exp(s.tau, big.NewInt(int64(ready)))
	powers := make([]fr.Element, min(progressChunk, target-ready))
	for start := ready; start < target; start += progressChunk {
		end := min(start+progressChunk, target)
		chunk := powers[:end-start]
		for i := range chunk {
			chunk[i] = pow
			pow.Mul(&pow, &s.tau)
		}
		copy(s.g1[start:end], bn254.BatchScalarMultiplicationG1(&s.g1[0], chunk))
		s.ready.Store(int64(end))
		if p != nil {
			p.add(end - start)
		}
	}
	if p != nil {
		p.done()
	}
	return s.g1[:n], nil
}

func (s *SRS) setVerifyingKey(g1 bn254.G1Affine, g2, tauG2 bn254.G2Affine) {
	s.vk.G1 = g1
	s.vk.G2 = [2]bn254.G2Affine{g2, tauG2}
	s.vk.Lines[0] = bn254.PrecomputeLines(s.vk.G2[0])
	s.vk.Lines[1] = bn254.PrecomputeLines(s.vk.G2[1])
}

// LoadSRS reads the first points G₁ points of g1Path and the first two G₂ points of
// g2Path (the EigenDA g1.point / g2.point files) and checks, with pairings, that
// they are powers of the same τ.
func LoadSRS(g1Path, g2Path string, points int, logger log.Logger) (*SRS, error) {
	if points < 2 {
		return nil, fmt.Errorf("%w: need at least 2 points, got %d", ErrPointFile, points)
	}
	g1raw, err := readPrefix(g1Path, points*G1PointSize)
	if err != nil {
		return nil, err
	}
	g2raw, err := readPrefix(g2Path, 2*G2PointSize)
	if err != nil {
		return nil, err
	}
	s := &SRS{g1: make([]bn254.G1Affine, points), logger: logger}
	progress := newProgress(logger, "loading kzg srs", points)
	if err := decodeG1Parallel(s.g1, g1raw, progress); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrPointFile, g1Path, err)
	}
	var g2s [2]bn254.G2Affine
	for i := range g2s {
		if _, err := g2s[i].SetBytes(g2raw[i*G2PointSize : (i+1)*G2PointSize]); err != nil {
			return nil, fmt.Errorf("%w: %s point %d: %w", ErrPointFile, g2Path, i, err)
		}
	}
	_, _, genG1, genG2 := bn254.Generators()
	s.ready.Store(int64(points))
	if !s.g1[0].Equal(&genG1) || !g2s[0].Equal(&genG2) {
		return nil, fmt.Errorf("%w: first points are not the generators", ErrSRSInconsistent)
	}
	s.setVerifyingKey(genG1, genG2, g2s[1])
	if err := s.checkPowers(); err != nil {
		return nil, err
	}
	progress.done()
	return s, nil
}

// checkPowers verifies e([τⁱ⁺¹]G₁, G₂) = e([τⁱ]G₁, [τ]G₂) for the first pair and a
// few random ones.
func (s *SRS) checkPowers() error {
	idx := []int{0, len(s.g1) - 2}
	for range 4 {
		idx = append(idx, rand.IntN(len(s.g1)-1))
	}
	for _, i := range idx {
		var negNext bn254.G1Affine
		negNext.Neg(&s.g1[i+1])
		ok, err := bn254.PairingCheck(
			[]bn254.G1Affine{s.g1[i], negNext},
			[]bn254.G2Affine{s.vk.G2[1], s.vk.G2[0]},
		)
		if err != nil || !ok {
			return fmt.Errorf("%w: g1 points %d and %d are not consecutive powers of the g2 secret", ErrSRSInconsistent, i, i+1)
		}
	}
	return nil
}

func readPrefix(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrPointFile, err)
	}
	defer f.Close()
	buf := make([]byte, n)
	if _, err := io.ReadFull(f, buf); err != nil {
		return nil, fmt.Errorf("%w: %s has fewer than %d bytes: %w", ErrPointFile, path, n, err)
	}
	return buf, nil
}

// decodeG1Parallel decodes the compressed points of raw into dst on every core.
// A bad point stops the work: the workers keep draining the chunk channel (so
// the feeder never blocks on a channel nobody reads) and the feeder stops
// handing out chunks, then the first error is returned.
func decodeG1Parallel(dst []bn254.G1Affine, raw []byte, progress *progress) error {
	var (
		wg       sync.WaitGroup
		failed   atomic.Bool
		mu       sync.Mutex
		firstErr error
		next     = make(chan int)
	)
	fail := func(err error) {
		mu.Lock()
		if firstErr == nil {
			firstErr = err
		}
		mu.Unlock()
		failed.Store(true)
	}
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for start := range next {
				if failed.Load() {
					continue // drain: another chunk already failed
				}
				end := min(start+progressChunk, len(dst))
				for i := start; i < end; i++ {
					if _, err := dst[i].SetBytes(raw[i*G1PointSize : (i+1)*G1PointSize]); err != nil {
						fail(fmt.Errorf("point %d: %w", i, err))
						break
					}
				}
				progress.add(end - start)
			}
		})
	}
	for start := 0; start < len(dst) && !failed.Load(); start += progressChunk {
		next <- start
	}
	close(next)
	wg.Wait()
	return firstErr
}

// WritePointFiles writes the SRS in the g1.point / g2.point format: all its G₁
// points (computing them first for a devnet SRS), and G₂ followed by [τ]G₂.
func (s *SRS) WritePointFiles(g1Path, g2Path string) error {
	points, err := s.g1Prefix(len(s.g1))
	if err != nil {
		return err
	}
	g1 := make([]byte, 0, len(points)*G1PointSize)
	for i := range points {
		b := points[i].Bytes()
		g1 = append(g1, b[:]...)
	}
	g2 := make([]byte, 0, 2*G2PointSize)
	for i := range s.vk.G2 {
		b := s.vk.G2[i].Bytes()
		g2 = append(g2, b[:]...)
	}
	if err := os.WriteFile(g1Path, g1, 0o644); err != nil {
		return fmt.Errorf("write g1 points: %w", err)
	}
	if err := os.WriteFile(g2Path, g2, 0o644); err != nil {
		return fmt.Errorf("write g2 points: %w", err)
	}
	return nil
}

// progress logs long SRS work at most every few seconds.
type progress struct {
	mu        sync.Mutex
	log       log.Logger
	what      string
	total     int
	completed int
	started   time.Time
	last      time.Time
}

func newProgress(logger log.Logger, what string, total int) *progress {
	now := time.Now()
	logger.Info(what, "points", total)
	return &progress{log: logger, what: what, total: total, started: now, last: now}
}

func (p *progress) add(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.completed += n
	if time.Since(p.last) >= 3*time.Second {
		p.last = time.Now()
		p.log.Info(p.what, "done", p.completed, "total", p.total,
			"percent", fmt.Sprintf("%.0f", 100*float64(p.completed)/float64(p.total)))
	}
}

func (p *progress) done() {
	p.log.Info(p.what+" finished", "points", p.total, "elapsed", time.Since(p.started).Round(time.Millisecond))
}
