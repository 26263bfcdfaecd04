// Package fees implements the fee schedule of a paid inference and its split.
//
// # Fee
//
// The fee of one inference is
//
//	fee = ceil(tokensIn·rateIn/1000) + ceil(tokensOut·rateOut/1000) + platformFee
//
// with rates in wei per 1,000 tokens (set per model in the model registry)
// and platformFee a governance parameter. Every step is checked for 256-bit
// overflow; an overflowing fee is an error, never a wrapped value.
//
// # Split
//
// A fee is split by basis points (Params): ownerBps to the model owner,
// operatorBps to the serving operator, contributorBps (10,000 minus the other
// three) to data contributors in proportion to their Proof-of-Attribution
// weights, and burnBps burned. Only positive weights are paid; the pool is
// shared with floor(pool·w/Σw) in integer arithmetic. Everything the floors
// leave over (the dust of the bps shares and of the weight normalisation) is
// burned, and so is the whole contributor pool when no weight is positive, so
// owner + operator + Σ contributors + burn == fee exactly, for every input.
package fees
