// The fee math of the settlement precompile, in bigint, so the page can show
// how a settled receipt's fee was split: floors of basis-point shares for
// owner, operator and the contributor pool, the pool split by weight, and
// every rounding remainder burned (payouts + burn == fee).
export const BPS = 10_000n;

export interface FeeParams {
  platformFee: bigint;
  burnBps: bigint;
  ownerBps: bigint;
  operatorBps: bigint;
}

export interface Split {
  burn: bigint;
  owner: bigint;
  operator: bigint;
  contributors: bigint[];
}

export function contributorBps(p: FeeParams): bigint {
  return BPS - p.burnBps - p.ownerBps - p.operatorBps;
}

/** Fee of tokens at a rate in wei per 1,000 tokens, rounded up. */
export function tokenFee(tokens: bigint, rate: bigint): bigint {
  return (tokens * rate + 999n) / 1000n;
}

/** Fee of one inference. */
export function fee(tokensIn: bigint, tokensOut: bigint, rateIn: bigint, rateOut: bigint, platformFee: bigint): bigint {
  return tokenFee(tokensIn, rateIn) + tokenFee(tokensOut, rateOut) + platformFee;
}

/** Splits a fee as the precompile does. */
export function splitFee(f: bigint, p: FeeParams, weights: bigint[]): Split {
  const total = weights.reduce((a, w) => a + w, 0n);
  const owner = (f * p.ownerBps) / BPS;
  const operator = (f * p.operatorBps) / BPS;
  const pool = (f * contributorBps(p)) / BPS;
  const contributors = weights.map((w) => (w === 0n || total === 0n ? 0n : (pool * w) / total));
  const paid = contributors.reduce((a, c) => a + c, 0n);
  return { burn: f - owner - operator - paid, owner, operator, contributors };
}
