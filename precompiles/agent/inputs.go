package agent

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Calldata of each method, decoded by the precompiles framework into these
// types (field names and types follow IAgentRegistry's parameters; the
// framework checks the fit when the contract is built).

// RegisterInput is register's calldata.
type RegisterInput struct {
	MetadataURI string
	ModelId     *big.Int
}

// AgentInput is the calldata of addStake, withdraw and getAgent.
type AgentInput struct {
	AgentId *big.Int
}

// RequestUnstakeInput is requestUnstake's calldata.
type RequestUnstakeInput struct {
	AgentId *big.Int
	Amount  *big.Int
}

// SlashInput is slash's calldata.
type SlashInput struct {
	AgentId *big.Int
	Amount  *big.Int
	Reason  string
}

// AgentsOfInput is agentsOf's calldata.
type AgentsOfInput struct {
	Owner  common.Address
	Offset *big.Int
	Limit  *big.Int
}

// AccountInput is isSlasher's calldata.
type AccountInput struct {
	Account common.Address
}
