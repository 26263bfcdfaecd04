package agent

import (
	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/artifacts"
	"github.com/openledger/openledger/precompiles"
)

// Address is where the agent registry lives.
var Address = addresses.AgentRegistry

// ABI is the parsed IAgentRegistry interface the precompile dispatches on.
var ABI = artifacts.MustABI("IAgentRegistry")

// Contract is the agent registry precompile.
var Contract = precompiles.MustNewContract("agent", Address, ABI, methods())

func init() {
	precompiles.Register(Address, Contract)
}
