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

	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/artifacts"
)

// revertABIs are the interfaces whose custom errors reverts are decoded
// against, by the address that declares them. Interfaces may share an error
// signature (NotOwner), so the called address's interface is tried first.
var revertABIs = map[common.Address]abi.ABI{
	addresses.DatanetRegistry: artifacts.MustABI("IDatanetRegistry"),
	addresses.ModelRegistry:   artifacts.MustABI("IModelRegistry"),
	addresses.AgentRegistry:   artifacts.MustABI("IAgentRegistry"),
	addresses.Settlement:      artifacts.MustABI("ISettlement"),
	addresses.Governance:      artifacts.MustABI("IGovernance"),
	DevPortal:                 artifacts.MustABI("OptimismPortal"),
	DevOpenToken:              artifacts.MustABI("OpenToken"),
}

// decodeCallError turns the error of an eth_call or eth_estimateGas to `to`
// into ErrReverted with the decoded reason when it carries revert data.
func decodeCallError(err error, to common.Address) error {
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
	return fmt.Errorf("%w: %s", ErrReverted, DecodeRevert(data, to))
}

// DecodeRevert renders revert data of a call to `to`: a custom error of its
// interface (or, failing that, of another known one) with its named
// arguments, Error(string)'s reason, or the raw bytes.
func DecodeRevert(data []byte, to common.Address) string {
	if reason, err := abi.UnpackRevert(data); err == nil {
		return reason
	}
	if len(data) < 4 {
		return "no reason given"
	}
	if parsed, ok := revertABIs[to]; ok {
		if s, ok := decodeCustom(parsed, data); ok {
			return s
		}
	}
	for _, parsed := range revertABIs {
		if s, ok := decodeCustom(parsed, data); ok {
			return s
		}
	}
	return "unknown revert data " + hexutil.Encode(data)
}

func decodeCustom(parsed abi.ABI, data []byte) (string, bool) {
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
		return e.Name + "(" + strings.Join(parts, ", ") + ")", true
	}
	return "", false
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
