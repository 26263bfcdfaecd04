package datanet

import (
	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/artifacts"
	"github.com/openledger/openledger/precompiles"
)

// Address is where the Datanet registry lives.
var Address = addresses.DatanetRegistry

// ABI is the parsed IDatanetRegistry interface the precompile dispatches on.
var ABI = artifacts.MustABI("IDatanetRegistry")

// Contract is the Datanet registry precompile.
var Contract = precompiles.MustNewContract("datanet", Address, ABI, methods())

func init() {
	precompiles.Register(Address, Contract)
}
