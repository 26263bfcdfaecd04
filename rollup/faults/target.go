package faults

import (
	"context"
	"fmt"

	"github.com/openledger/openledger/rollup/devnet"
)

// Component names a part of the rollup a fault kills and starts again. The
// names equal rollup/devnet's Comp* constants and the docker-compose service
// names, so a Target can pass them on.
type Component string

// The components the fault suite kills.
const (
	SequencerGeth Component = devnet.CompSequencerEL
	SequencerNode Component = devnet.CompSequencerCL
	Batcher       Component = devnet.CompBatcher
	EigenDA       Component = devnet.CompDA
	VerifierGeth  Component = devnet.CompVerifierEL
	VerifierNode  Component = devnet.CompVerifierCL
)

// Endpoints are the JSON-RPC URLs the suite sends its load to and checks the
// invariants through. SequencerRPC must serve the debug namespace
// (debug_accountRange, for the supply invariant); the node URLs serve
// op-node's optimism_* methods.
type Endpoints struct {
	// L1RPC is the L1 execution node.
	L1RPC string
	// SequencerRPC and VerifierRPC are the sequencer's and the verifier's
	// ledger-geth.
	SequencerRPC, VerifierRPC string
	// SequencerNodeRPC and VerifierNodeRPC are their op-nodes.
	SequencerNodeRPC, VerifierNodeRPC string
}

// Target is a running rollup the suite injects faults into: the in-process
// devnet (DevnetTarget), or containers (rollup/docker). Run calls its methods
// from one goroutine.
type Target interface {
	// Endpoints returns the URLs to reach the rollup at; they stay the same
	// across a Kill and Start.
	Endpoints() Endpoints
	// Kill crashes c: it stops at once, without finishing what it was
	// doing (a SIGKILL for a process or a container, an immediate Stop
	// in-process). A supervisor may bring it back on its own (a container's
	// restart policy); Run calls Start next either way.
	Kill(ctx context.Context, c Component) error
	// Stop takes c down until Start: nothing restarts it meanwhile (the
	// DA outage). In-process it is the same as Kill.
	Stop(ctx context.Context, c Component) error
	// Start brings c back after Kill or Stop and returns when it serves:
	// it starts c unless a supervisor already did.
	Start(ctx context.Context, c Component) error
	// ReorgL1 replaces the newest depth L1 blocks with a longer branch.
	ReorgL1(ctx context.Context, depth uint64) error
}

// DevnetTarget is the in-process Target of a started devnet: Kill and Start
// are rollup/devnet's StopComponent and StartComponent (a restarted
// component keeps its ports, so the endpoints read here stay valid), ReorgL1
// is the dev L1's Reorg.
func DevnetTarget(d *devnet.Devnet) Target {
	return devnetTarget{d: d, ep: Endpoints{
		L1RPC:            d.L1.HTTPEndpoint(),
		SequencerRPC:     d.SeqGeth.HTTPEndpoint(),
		SequencerNodeRPC: d.SeqNode.HTTPEndpoint(),
		VerifierRPC:      d.VerGeth.HTTPEndpoint(),
		VerifierNodeRPC:  d.VerNode.HTTPEndpoint(),
	}}
}

type devnetTarget struct {
	d  *devnet.Devnet
	ep Endpoints
}

func (t devnetTarget) Endpoints() Endpoints { return t.ep }

func (t devnetTarget) Kill(ctx context.Context, c Component) error {
	return t.d.StopComponent(ctx, string(c))
}

func (t devnetTarget) Stop(ctx context.Context, c Component) error { return t.Kill(ctx, c) }

func (t devnetTarget) Start(ctx context.Context, c Component) error {
	return t.d.StartComponent(ctx, string(c))
}

func (t devnetTarget) ReorgL1(ctx context.Context, depth uint64) error {
	if _, err := t.d.L1.Reorg(ctx, depth); err != nil {
		return fmt.Errorf("faults: %w", err)
	}
	return nil
}
