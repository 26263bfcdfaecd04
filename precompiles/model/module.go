package model

import (
	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/artifacts"
	"github.com/openledger/openledger/precompiles"
)

// Address is where the model registry lives.
var Address = addresses.ModelRegistry

// ABI is the parsed IModelRegistry interface the precompile dispatches on.
var ABI = artifacts.MustABI("IModelRegistry")

// Contract is the model registry precompile.
var Contract = precompiles.MustNewContract("model", Address, ABI, methods())

func init() {
	precompiles.Register(Address, Contract)
}
