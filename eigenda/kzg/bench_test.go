package kzg

import (
	"fmt"
	"sync"
	"syscall"
	"testing"
	"time"

	gkzg "github.com/consensys/gnark-crypto/ecc/bn254/kzg"
	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/eigenda/codec"
)

var (
	benchSRSOnce sync.Once
	benchSRS     *SRS
)

// largeSRS is a devnet SRS for 16 MiB blobs (2^19 symbols), built once per run.
func largeSRS(b *testing.B) *SRS {
	benchSRSOnce.Do(func() {
		var err error
		benchSRS, err = NewDevnetSRS(1<<19, log.NewLogger(log.DiscardHandler()))
		if err == nil {
			err = benchSRS.Prepare(1 << 19)
		}
		if err != nil {
			b.Fatal(err)
		}
	})
	return benchSRS
}

var benchBlobSizes = []int{128 << 10, 1 << 20, 16 << 20}

// cpuTime returns the process's user+system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds CPU-time metrics, which other processes on a shared machine
// disturb far less than wall time: CPU seconds per op, and payload MB per CPU
// second (the MB/s two fully available cores would reach is twice that, at
// perfect parallel speed-up).
func reportCPU(b *testing.B, start time.Duration, payloadBytes int) {
	cpu := cpuTime() - start
	perOp := cpu.Seconds() / float64(b.N)
	b.ReportMetric(perOp*1e3, "cpu-ms/op")
	b.ReportMetric(float64(payloadBytes)/1e6/perOp, "MB/cpu-s")
}

// BenchmarkCommitPayload measures payload → blob → commitment, the work of one put,
// in MB/s of payload for the largest payload that fits each blob size.
func BenchmarkCommitPayload(b *testing.B) {
	srs := largeSRS(b)
	for _, size := range benchBlobSizes {
		payload := make([]byte, codec.MaxPayloadForBlob(size))
		for i := range payload {
			payload[i] = byte(i*7 + i>>8)
		}
		b.Run(fmt.Sprintf("blob=%dKiB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(payload)))
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				blob, err := codec.PayloadToBlob(payload)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := srs.CommitBlob(blob); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, start, len(payload))
		})
	}
}

// BenchmarkGnarkCommit is the baseline: gnark-crypto's own kzg.Commit over the same
// coefficients, without the codec.
func BenchmarkGnarkCommit(b *testing.B) {
	srs := largeSRS(b)
	for _, size := range benchBlobSizes {
		payload := make([]byte, codec.MaxPayloadForBlob(size))
		for i := range payload {
			payload[i] = byte(i*7 + i>>8)
		}
		blob, _ := codec.PayloadToBlob(payload)
		coeffs, _ := codec.BlobToFieldElements(blob)
		b.Run(fmt.Sprintf("blob=%dKiB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(payload)))
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				if _, err := gkzg.Commit(coeffs, gkzg.ProvingKey{G1: srs.g1}); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, start, len(payload))
		})
	}
}
