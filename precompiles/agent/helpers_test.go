package agent_test

import (
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/precompiles/agent"
)

func callMsg(from common.Address, data []byte, value *big.Int) ethereum.CallMsg {
	to := agent.Address
	return ethereum.CallMsg{From: from, To: &to, Data: data, Value: value}
}
