package precompiletest

import (
	"errors"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// RevertData extracts the revert data of a failed eth_call or estimateGas.
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	b, err2 := hexutil.Decode(s)
	return b, err2 == nil
}

// RevertName decodes revert data against an ABI: the custom error's name, or
// "Error(<reason>)" for a string reason.
func RevertName(parsed abi.ABI, data []byte) string {
	if reason, err := abi.UnpackRevert(data); err == nil {
		return "Error(" + reason + ")"
	}
	if len(data) >= 4 {
		for name, e := range parsed.Errors {
			if string(e.ID[:4]) == string(data[:4]) {
				return name
			}
		}
	}
	return ""
}
