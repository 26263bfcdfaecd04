package model

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/contracts/artifacts"
	"github.com/openledger/openledger/precompiles"
)

// Address is where the model registry lives.
var Address = common.HexToAddress("0x0000000000000000000000000000000000000A02")

// ABI is the parsed IModelRegistry interface the precompile dispatches on.
var ABI = artifacts.MustABI("IModelRegistry")

// Contract is the model registry precompile.
var Contract = precompiles.MustNewContract("model", Address, ABI, methods())

func init() {
	precompiles.Register(Address, Contract)
}
