package settlement

import (
	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/artifacts"
	"github.com/openledger/openledger/precompiles"
)

// Address is where the settlement precompile lives.
var Address = addresses.Settlement

// ABI is the parsed ISettlement interface the precompile dispatches on.
var ABI = artifacts.MustABI("ISettlement")

// Contract is the settlement precompile.
var Contract = precompiles.MustNewContract("settlement", Address, ABI, methods())

func init() {
	precompiles.Register(Address, Contract)
}
