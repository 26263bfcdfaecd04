package server_test

import (
	"context"
	"fmt"

	altda "github.com/ethereum-optimism/optimism/op-alt-da"
	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/eigenda/server"
)

// Example embeds the server in-process, as the devnet does, and talks to it with
// op-alt-da's client the way op-batcher and op-node do. The commitment is
// generic (01), EigenDA (00), with eigenda-proxy's version byte of a v4
// certificate (03).
func Example() {
	ctx := context.Background()
	cfg := server.DefaultConfig()
	cfg.ListenAddr = "127.0.0.1:0" // any free port; see HTTPEndpoint
	cfg.MaxBlobSize = 1 << 16      // small blobs keep the devnet SRS small
	svc, err := server.New(ctx, cfg, log.NewLogger(log.DiscardHandler()))
	if err != nil {
		panic(err)
	}
	if err := svc.Start(ctx); err != nil {
		panic(err)
	}
	defer func() { _ = svc.Stop(ctx) }()

	client := altda.NewDAClient(svc.HTTPEndpoint(), true, false)
	comm, err := client.SetInput(ctx, []byte("a channel frame"))
	if err != nil {
		panic(err)
	}
	frame, err := client.GetInput(ctx, comm)
	if err != nil {
		panic(err)
	}
	fmt.Printf("commitment prefix %x\n", comm.Encode()[:3])
	fmt.Printf("%s\n", frame)
	// Output:
	// commitment prefix 010003
	// a channel frame
}
