package agent

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/precompiles"
)

func (s store) agentInfo(id uint64) AgentInfo {
	stake := s.stake(id)
	return AgentInfo{
		Id:                    big64(id),
		Owner:                 s.owner(id),
		MetadataURI:           s.field(id, agMetadataURI).String(s.st),
		ModelId:               big64(s.field(id, agModelID).Uint64(s.st)),
		Stake:                 toBig(stake),
		Unbonding:             toBig(s.unbonding(id)),
		UnbondingReleaseBlock: s.field(id, agReleaseBlock).Uint64(s.st),
		Slashed:               toBig(s.field(id, agSlashed).Uint256(s.st)),
		Active:                !stake.IsZero() && !stake.Lt(s.minStake()),
		RegisteredAt:          s.field(id, agRegisteredAt).Uint64(s.st),
	}
}

func agentCount(c *precompiles.Call, _ []any) ([]any, error) {
	return []any{big64(store{c.State}.agentCount())}, nil
}

func getAgent(c *precompiles.Call, args []any) ([]any, error) {
	s := store{c.State}
	id, err := requireAgent(s, args[0].(*big.Int))
	if err != nil {
		return nil, err
	}
	return []any{s.agentInfo(id)}, nil
}

func agentsOf(c *precompiles.Call, args []any) ([]any, error) {
	s := store{c.State}
	arr := s.byOwner(args[0].(common.Address))
	offset, limit := args[1].(*big.Int), args[2].(*big.Int)
	off, ok := u64(offset)
	if !ok {
		return []any{[]AgentInfo{}}, nil
	}
	lim, ok := u64(limit)
	if !ok {
		lim = MaxPage
	}
	from, to := precompiles.Page(arr.Len(c.State), off, lim, MaxPage)
	out := make([]AgentInfo, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, s.agentInfo(arr.At(i).Uint64(c.State)))
	}
	return []any{out}, nil
}

func minStake(c *precompiles.Call, _ []any) ([]any, error) {
	return []any{toBig(store{c.State}.minStake())}, nil
}

func unbondingDelay(c *precompiles.Call, _ []any) ([]any, error) {
	return []any{store{c.State}.unbondingDelay()}, nil
}

func totalStaked(c *precompiles.Call, _ []any) ([]any, error) {
	return []any{toBig(store{c.State}.totalStaked())}, nil
}

func totalSlashed(c *precompiles.Call, _ []any) ([]any, error) {
	return []any{toBig(store{c.State}.totalSlashed())}, nil
}

func isSlasher(c *precompiles.Call, args []any) ([]any, error) {
	return []any{slashers().Has(c.State, 0, args[0].(common.Address))}, nil
}
