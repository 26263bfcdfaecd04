package datanet

import "github.com/ethereum/go-ethereum/common"

type (
	hashT = common.Hash
	addrT = common.Address
)
