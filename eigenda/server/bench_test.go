package server_test

import (
	"bytes"
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"

	altda "github.com/ethereum-optimism/optimism/op-alt-da"
	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/eigenda/server"
)

var benchSizes = []int{4 << 10, 128 << 10}

// cpuTime returns the process's user+system CPU time (client and server both run
// in this process), which other processes on a shared machine disturb far less
// than wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchPutGet puts and gets one payload per iteration through op-alt-da's
// DAClient against the server at url.
func benchPutGet(b *testing.B, url string, size int) {
	client := altda.NewDAClient(url, false, false)
	payload := payloadOf(size, 3)
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	start := cpuTime()
	defer func() { b.ReportMetric((cpuTime()-start).Seconds()*1e3/float64(b.N), "cpu-ms/op") }()
	for b.Loop() {
		comm, err := client.SetInput(ctx, payload)
		if err != nil {
			b.Fatal(err)
		}
		got, err := client.GetInput(ctx, comm)
		if err != nil {
			b.Fatal(err)
		}
		if !bytes.Equal(got, payload) {
			b.Fatal("payload differs")
		}
	}
}

// BenchmarkPutGetEigenDA is our server (memory backend): encode, KZG-commit,
// issue a certificate on put (v1: a batch of one; v2: also the G2 length
// commitment and proof, the payer's signature and the operators' BLS
// signature); verify the certificate, check the blob (by the verified-digest
// cache, or with verifycache=0 by recomputing its KZG commitment as after a
// restart), decode on get.
func BenchmarkPutGetEigenDA(b *testing.B) {
	if err := testSRS.Prepare(testSRS.Points()); err != nil { // not timed: the devnet srs grows on first use
		b.Fatal(err)
	}
	for _, protocol := range []string{server.ProtocolV2, server.ProtocolV1} {
		for _, cache := range []int{server.DefaultVerifyCache, 0} {
			ts := start(b, server.BackendMemory, protocol, server.WithVerifyCache(cache))
			for _, size := range benchSizes {
				b.Run(fmt.Sprintf("%s/verifycache=%t/size=%dKiB", protocol, cache > 0, size>>10), func(b *testing.B) { benchPutGet(b, ts.url, size) })
			}
		}
	}
}

// BenchmarkPutGetAltDAServer is the baseline: op-alt-da's own DAServer with its
// in-memory store and generic (random) commitments, no encoding or verification.
func BenchmarkPutGetAltDAServer(b *testing.B) {
	srv := altda.NewDAServer("127.0.0.1", 0, altda.NewMemStore(), log.NewLogger(log.DiscardHandler()), true)
	if err := srv.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() { _ = srv.Stop() }()
	for _, size := range benchSizes {
		b.Run(fmt.Sprintf("size=%dKiB", size>>10), func(b *testing.B) { benchPutGet(b, srv.HttpEndpoint(), size) })
	}
}
