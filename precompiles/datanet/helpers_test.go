package datanet_test

import (
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/precompiles/datanet"
)

func callMsg(from common.Address, data []byte, value int64) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &datanet.Address, Data: data, Value: big.NewInt(value)}
}

func filterQuery() ethereum.FilterQuery {
	return ethereum.FilterQuery{Addresses: []common.Address{datanet.Address}}
}
