package l1chain

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// DevNamespace is the RPC namespace of DevAPI (Config.DevRPC).
const DevNamespace = "dev"

// MaxRPCReorgDepth bounds dev_reorg: each replaced block is rebuilt, so a
// deeper request is refused rather than served for minutes.
const MaxRPCReorgDepth = 64

// DevAPI is the dev L1's RPC hook for fault injection from another process
// (a containerised devnet's fault suite), served as the "dev" namespace when
// Config.DevRPC is set. It is for development chains only: anyone who can
// reach the RPC endpoint can rewrite recent history.
type DevAPI struct {
	chain atomic.Pointer[Chain]
}

// ReorgResult is what dev_reorg returns: the head it replaced and the new
// head, one block higher on the other branch.
type ReorgResult struct {
	OldNumber hexutil.Uint64 `json:"oldNumber"`
	OldHash   common.Hash    `json:"oldHash"`
	Number    hexutil.Uint64 `json:"number"`
	Hash      common.Hash    `json:"hash"`
}

// Reorg (dev_reorg) replaces the newest depth blocks with a branch one block
// longer (Chain.Reorg): depth must be between 1 and MaxRPCReorgDepth and may
// not reach the finalized block.
func (a *DevAPI) Reorg(ctx context.Context, depth hexutil.Uint64) (*ReorgResult, error) {
	c := a.chain.Load()
	if c == nil {
		return nil, errors.New("dev_reorg: the chain is not ready")
	}
	if depth == 0 || depth > MaxRPCReorgDepth {
		return nil, fmt.Errorf("dev_reorg: depth %d outside 1..%d", depth, MaxRPCReorgDepth)
	}
	old, head, err := c.reorg(ctx, uint64(depth))
	if err != nil {
		return nil, fmt.Errorf("dev_reorg: %w", err)
	}
	return &ReorgResult{OldNumber: hexutil.Uint64(old.Number.Uint64()), OldHash: old.Hash(),
		Number: hexutil.Uint64(head.NumberU64()), Hash: head.Hash()}, nil
}
