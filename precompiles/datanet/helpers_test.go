package datanet_test

import (
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/precompiles/datanet"
)

func filterQuery() ethereum.FilterQuery {
	return ethereum.FilterQuery{Addresses: []common.Address{datanet.Address}}
}
