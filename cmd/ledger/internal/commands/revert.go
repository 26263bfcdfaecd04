package commands

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openledger/openledger/contracts/artifacts"
)

// revertABIs are the interfaces whose custom errors reverts are decoded against.
var revertABIs = []abi.ABI{
	artifacts.MustABI("IDatanetRegistry"),
	artifacts.MustABI("IModelRegistry"),
	artifacts.MustABI("IAgentRegistry"),
}

// decodeCallError turns the error of an eth_call or eth_estimateGas into
// ErrReverted with the decoded reason when it carries revert data.
func decodeCallError(err error) error {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err
	}
	data, derr := hexutil.Decode(s)
	if derr != nil {
		return err
	}
	return fmt.Errorf("%w: %s", ErrReverted, DecodeRevert(data))
}

// DecodeRevert renders revert data: a custom error of a known interface with
// its named arguments, Error(string)'s reason, or the raw bytes.
func DecodeRevert(data []byte) string {
	if reason, err := abi.UnpackRevert(data); err == nil {
		return reason
	}
	if len(data) >= 4 {
		for _, parsed := range revertABIs {
			for _, e := range parsed.Errors {
				if string(e.ID[:4]) != string(data[:4]) {
					continue
				}
				values, err := e.Inputs.Unpack(data[4:])
				if err != nil {
					continue
				}
				parts := make([]string, len(values))
				for i, v := range values {
					parts[i] = e.Inputs[i].Name + "=" + formatValue(v)
				}
				return e.Name + "(" + strings.Join(parts, ", ") + ")"
			}
		}
	}
	return "unknown revert data " + hexutil.Encode(data)
}

func formatValue(v any) string {
	switch x := v.(type) {
	case *big.Int:
		return x.String()
	case common.Address:
		return x.Hex()
	case [32]byte:
		return hexutil.Encode(x[:])
	case string:
		return fmt.Sprintf("%q", x)
	default:
		return fmt.Sprint(x)
	}
}
