package commands

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// ErrBadArgument is returned for a flag or argument that does not parse.
var ErrBadArgument = errors.New("bad argument")

// ParseAmount parses an amount of OPEN: "1.5OPEN" or "1.5 open" (up to 18
// decimals), "250wei" or a plain integer number of wei.
func ParseAmount(s string) (*big.Int, error) {
	t := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), "_", ""))
	switch {
	case strings.HasSuffix(t, "open"):
		return parseDecimal(strings.TrimSpace(strings.TrimSuffix(t, "open")), 18, s)
	case strings.HasSuffix(t, "wei"):
		t = strings.TrimSpace(strings.TrimSuffix(t, "wei"))
	}
	v, ok := new(big.Int).SetString(t, 10)
	if !ok || v.Sign() < 0 || v.BitLen() > 256 {
		return nil, fmt.Errorf("%w: amount %q: want wei, or OPEN with the suffix OPEN (e.g. 1.5OPEN)", ErrBadArgument, s)
	}
	return v, nil
}

func parseDecimal(t string, decimals int, orig string) (*big.Int, error) {
	whole, frac, _ := strings.Cut(t, ".")
	if whole == "" && frac == "" {
		return nil, fmt.Errorf("%w: amount %q has no number", ErrBadArgument, orig)
	}
	if whole == "" {
		whole = "0"
	}
	if len(frac) > decimals || strings.ContainsAny(whole+frac, "+-") {
		return nil, fmt.Errorf("%w: amount %q: at most %d decimals", ErrBadArgument, orig, decimals)
	}
	v, ok := new(big.Int).SetString(whole+frac+strings.Repeat("0", decimals-len(frac)), 10)
	if !ok || v.BitLen() > 256 {
		return nil, fmt.Errorf("%w: amount %q", ErrBadArgument, orig)
	}
	return v, nil
}

// FormatOPEN renders wei as OPEN with up to 18 decimals, e.g. "1.5 OPEN".
func FormatOPEN(wei *big.Int) string {
	if wei == nil {
		return "0 OPEN"
	}
	one := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	q, r := new(big.Int).QuoRem(wei, one, new(big.Int))
	if r.Sign() == 0 {
		return q.String() + " OPEN"
	}
	frac := strings.TrimRight(fmt.Sprintf("%018s", r.String()), "0")
	return q.String() + "." + frac + " OPEN"
}

// ParseID parses a registry id (a positive integer).
func ParseID(what, s string) (*big.Int, error) {
	v, err := strconv.ParseUint(strings.TrimSpace(s), 10, 64)
	if err != nil || v == 0 {
		return nil, fmt.Errorf("%w: %s %q is not a positive integer", ErrBadArgument, what, s)
	}
	return new(big.Int).SetUint64(v), nil
}

// ParseHash parses a 32-byte hex hash.
func ParseHash(what, s string) ([32]byte, error) {
	b, err := hexutil.Decode(strings.TrimSpace(s))
	if err != nil || len(b) != 32 {
		return [32]byte{}, fmt.Errorf("%w: %s %q is not a 0x-prefixed 32-byte hex hash", ErrBadArgument, what, s)
	}
	return [32]byte(b), nil
}

// ParseAddress parses a hex address.
func ParseAddress(what, s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%w: %s %q is not an address", ErrBadArgument, what, s)
	}
	return common.HexToAddress(s), nil
}

// DatanetRef is one "id:version" argument.
type DatanetRef struct {
	ID, Version *big.Int
}

// ParseDatanetRef parses "id:version", e.g. "3:2".
func ParseDatanetRef(s string) (DatanetRef, error) {
	id, version, ok := strings.Cut(s, ":")
	if !ok {
		return DatanetRef{}, fmt.Errorf("%w: datanet %q: want id:version, e.g. 3:2", ErrBadArgument, s)
	}
	i, err := ParseID("datanet id", id)
	if err != nil {
		return DatanetRef{}, err
	}
	v, err := ParseID("datanet version", version)
	if err != nil {
		return DatanetRef{}, err
	}
	return DatanetRef{ID: i, Version: v}, nil
}

// splitList splits repeated and comma-separated values: ["a,b", "c"] → [a b c].
func splitList(values []string) []string {
	var out []string
	for _, v := range values {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}
