package agent

import (
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
		Active:                !stake.IsZero() && !stake.Lt(s.minStake()) && !s.suspended(id),
		RegisteredAt:          s.field(id, agRegisteredAt).Uint64(s.st),
	}
}

func agentCount(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	return []any{big64(store{c.State}.agentCount())}, nil
}

func getAgent(c *precompiles.Call, in AgentInput) ([]any, error) {
	s := store{c.State}
	id, err := requireAgent(s, in.AgentId)
	if err != nil {
		return nil, err
	}
	return []any{s.agentInfo(id)}, nil
}

func agentsOf(c *precompiles.Call, in AgentsOfInput) ([]any, error) {
	s := store{c.State}
	arr := s.byOwner(in.Owner)
	from, to := precompiles.PageArgs(arr.Len(c.State), in.Offset, in.Limit, MaxPage)
	out := make([]AgentInfo, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, s.agentInfo(arr.At(i).Uint64(c.State)))
	}
	return []any{out}, nil
}

func minStake(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	return []any{toBig(store{c.State}.minStake())}, nil
}

func unbondingDelay(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	return []any{store{c.State}.unbondingDelay()}, nil
}

func totalStaked(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	return []any{toBig(store{c.State}.totalStaked())}, nil
}

func totalSlashed(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	return []any{toBig(store{c.State}.totalSlashed())}, nil
}

func isSlasher(c *precompiles.Call, in AccountInput) ([]any, error) {
	return []any{slashers().Has(c.State, 0, in.Account)}, nil
}

func isSuspended(c *precompiles.Call, in AgentInput) ([]any, error) {
	s := store{c.State}
	id, err := requireAgent(s, in.AgentId)
	if err != nil {
		return nil, err
	}
	return []any{s.suspended(id)}, nil
}
