package datanet

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/contracts/artifacts"
	"github.com/openledger/openledger/precompiles"
)

// Address is where the Datanet registry lives.
var Address = common.HexToAddress("0x0000000000000000000000000000000000000A01")

// ABI is the parsed IDatanetRegistry interface the precompile dispatches on.
var ABI = artifacts.MustABI("IDatanetRegistry")

// Contract is the Datanet registry precompile.
var Contract = precompiles.MustNewContract("datanet", Address, ABI, methods())

func init() {
	precompiles.Register(Address, Contract)
}
