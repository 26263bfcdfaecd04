package precompiles

import "math/big"

// Uint64Arg converts a uint256 argument to uint64; ok is false when it does
// not fit (such an id, index or offset can never name an existing entry).
func Uint64Arg(v *big.Int) (uint64, bool) {
	if v == nil || !v.IsUint64() {
		return 0, false
	}
	return v.Uint64(), true
}

// BigUint64 returns v as the *big.Int the ABI encoder wants for a uint256.
func BigUint64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// PageArgs clips the (offset, limit) arguments of a paged query over n
// entries to [from, to), at most maxLimit entries. An offset that does not fit
// 64 bits is past the end; a limit that does not is maxLimit.
func PageArgs(n uint64, offset, limit *big.Int, maxLimit uint64) (from, to uint64) {
	off, ok := Uint64Arg(offset)
	if !ok {
		return n, n
	}
	lim, ok := Uint64Arg(limit)
	if !ok {
		lim = maxLimit
	}
	return Page(n, off, lim, maxLimit)
}
