package kzg

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/log"
)

// TestLoadSRSCorruptFilesNeverHang feeds LoadSRS point files that are corrupt in
// the ways a bad download or a wrong file produces. Every load must return
// ErrPointFile; none may hang. With GOMAXPROCS=2 and a file whose every chunk of
// points holds a bad point, the decoding workers used to return on their first
// error while the feeder blocked forever handing out the next chunk.
func TestLoadSRSCorruptFilesNeverHang(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	dir := t.TempDir()
	g1, g2 := filepath.Join(dir, "g1.point"), filepath.Join(dir, "g2.point")
	if err := testSRS.WritePointFiles(g1, g2); err != nil {
		t.Fatal(err)
	}
	good, err := os.ReadFile(g1)
	if err != nil {
		t.Fatal(err)
	}
	const manyPoints = 5 * progressChunk // more chunks than workers
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// Every chunk starts with a valid prefix, then a point that is not on the curve.
	chunkBad := make([]byte, manyPoints*G1PointSize)
	for c := 0; c < manyPoints; c += progressChunk {
		copy(chunkBad[c*G1PointSize:], good[:4*G1PointSize])
		copy(chunkBad[(c+4)*G1PointSize:], bytes.Repeat([]byte{0xff}, G1PointSize))
	}
	lastBad := bytes.Clone(good)
	copy(lastBad[len(lastBad)-G1PointSize:], bytes.Repeat([]byte{0xff}, G1PointSize))
	// An uncompressed-point file (64 bytes per point) is a wrong format, not a short file.
	uncompressed := make([]byte, 0, testPoints*2*G1PointSize)
	all, _ := testSRS.g1Prefix(testPoints)
	for i := range all {
		raw := all[i].RawBytes()
		uncompressed = append(uncompressed, raw[:]...)
	}
	g2Raw, _ := os.ReadFile(g2)
	g2Bad := bytes.Clone(g2Raw)
	g2Bad[G2PointSize+1] ^= 0x5a

	tests := []struct {
		name   string
		g1, g2 string
		points int
	}{
		{"all-garbage", write("garbage.point", bytes.Repeat([]byte{0xff}, manyPoints*G1PointSize)), g2, manyPoints},
		{"all-zero", write("zero.point", make([]byte, manyPoints*G1PointSize)), g2, manyPoints},
		{"bad-point-in-every-chunk", write("chunkbad.point", chunkBad), g2, manyPoints},
		{"last-point-bad", write("lastbad.point", lastBad), g2, testPoints},
		{"uncompressed-format", write("uncompressed.point", uncompressed), g2, testPoints},
		{"empty-g1", write("empty.point", nil), g2, 2},
		{"truncated-g1", write("trunc.point", good[:len(good)-1]), g2, testPoints},
		{"g2-corrupt", g1, write("g2bad.point", g2Bad), testPoints},
		{"g2-empty", g1, write("g2empty.point", nil), testPoints},
		{"g2-is-g1-file", g1, g1, testPoints},
	}
	logger := log.NewLogger(log.DiscardHandler())
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() {
				_, err := LoadSRS(tc.g1, tc.g2, tc.points, logger)
				done <- err
			}()
			// The deadline only detects a deadlock; a correct load returns in milliseconds.
			select {
			case err := <-done:
				if !errors.Is(err, ErrPointFile) && !errors.Is(err, ErrSRSInconsistent) {
					t.Fatalf("got %v, want ErrPointFile", err)
				}
			case <-time.After(2 * time.Minute):
				t.Fatal("LoadSRS hangs on a corrupt point file")
			}
		})
	}
}
