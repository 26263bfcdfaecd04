package governance

import (
	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/artifacts"
	"github.com/openledger/openledger/precompiles"
)

// Address is where the governance precompile lives.
var Address = addresses.Governance

// ABI is the parsed IGovernance interface the precompile dispatches on.
var ABI = artifacts.MustABI("IGovernance")

// Contract is the governance precompile.
var Contract = precompiles.MustNewContract("governance", Address, ABI, methods())

func init() {
	precompiles.Register(Address, Contract)
}
