package precompiles

import "sync/atomic"

// Work counts, for the whole process, what the Contracts did with calldata:
// how many calls they priced and how many calldata bytes they walked to
// check the canonical layout. Pricing walks the input only once the call
// carries its InputGas, and a call that runs walks it once more, so a node
// walks at most two bytes for every GasPerInputWord/32 gas paid; tests
// through a real node assert exactly that with these counters (they do not
// depend on the machine's speed).
type Work struct {
	// Priced is the number of calls priced (RequiredGas or
	// RequiredGasWithin), including those that could not pay.
	Priced uint64
	// Scanned is the number of calldata bytes walked by the layout check.
	Scanned uint64
}

var work struct{ priced, scanned atomic.Uint64 }

// WorkDone returns the counters so far.
func WorkDone() Work {
	return Work{Priced: work.priced.Load(), Scanned: work.scanned.Load()}
}

// Sub returns the work done since an earlier reading.
func (w Work) Sub(earlier Work) Work {
	return Work{Priced: w.Priced - earlier.Priced, Scanned: w.Scanned - earlier.Scanned}
}

// checkCanonicalCounted is checkCanonical, counted.
func checkCanonicalCounted(c *codec, args []byte) error {
	work.scanned.Add(uint64(len(args)))
	return checkCanonical(c, args)
}
