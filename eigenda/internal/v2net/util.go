package v2net

import "github.com/openledger/openledger/eigenda/v2/bls"

func blsID(pk bls.G1Point) [32]byte { return bls.OperatorID(pk) }
