package attribution

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/contracts/artifacts"
	"github.com/openledger/openledger/precompiles"
)

// Address is where the settlement precompile lives.
var Address = common.HexToAddress("0x0000000000000000000000000000000000000A03")

// ABI is the parsed IAttribution interface the precompile dispatches on.
var ABI = artifacts.MustABI("IAttribution")

// Contract is the settlement precompile.
var Contract = precompiles.MustNewContract("attribution", Address, ABI, methods())

func init() {
	precompiles.Register(Address, Contract)
}
