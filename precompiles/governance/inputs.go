package governance

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Calldata of each method, decoded by the precompiles framework into these
// types (field names and types follow IGovernance's parameters; the framework
// checks the fit when the contract is built).

// Change is IGovernance.Change: one typed parameter change of a proposal.
// Kind is a ChangeKind; Account, Id and Value are used as the kind says.
type Change struct {
	Kind    uint8
	Account common.Address
	Id      *big.Int
	Value   *big.Int
}

// UnlockInput is unlock's calldata.
type UnlockInput struct {
	Amount *big.Int
}

// ProposeInput is propose's calldata.
type ProposeInput struct {
	Changes     []Change
	Description string
}

// VoteInput is vote's calldata.
type VoteInput struct {
	ProposalId *big.Int
	Support    uint8
}

// ProposalInput is the calldata of cancel, queue and getProposal.
type ProposalInput struct {
	ProposalId *big.Int
}

// ExecuteInput is execute's calldata.
type ExecuteInput struct {
	ProposalId *big.Int
	Changes    []Change
}

// ProposalAccountInput is the calldata of hasVoted and votingPower.
type ProposalAccountInput struct {
	ProposalId *big.Int
	Account    common.Address
}

// AccountInput is lockedOf's calldata.
type AccountInput struct {
	Account common.Address
}

// ChangesInput is hashChanges' calldata.
type ChangesInput struct {
	Changes []Change
}
