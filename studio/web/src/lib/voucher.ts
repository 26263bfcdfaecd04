// Paid inference vouchers: the EIP-712 InferenceVoucher a payer signs with
// eth_signTypedData_v4, and the request hash that binds it to one request
// body (keccak256 of the body's RFC 8785 canonical JSON without its
// "voucher" field).
// The voucher names everything the payout depends on: the operator that may
// settle it, the model version served and the rates agreed to, so the model's
// owner cannot change the price of a queued answer and no other operator can
// settle it.
import canonicalize from 'canonicalize';
import { hashTypedData, keccak256, toBytes, type Address, type Hex } from 'viem';

/** EIP-712 types of the settlement precompile's voucher. */
export const voucherTypes = {
  InferenceVoucher: [
    { name: 'payer', type: 'address' },
    { name: 'operator', type: 'address' },
    { name: 'modelId', type: 'uint256' },
    { name: 'modelVersion', type: 'uint64' },
    { name: 'rateIn', type: 'uint256' },
    { name: 'rateOut', type: 'uint256' },
    { name: 'maxFee', type: 'uint256' },
    { name: 'nonce', type: 'uint256' },
    { name: 'deadline', type: 'uint64' },
    { name: 'requestHash', type: 'bytes32' },
  ],
} as const;

export interface Voucher {
  payer: Address;
  /** The serving operator's settler account (loraserve's GET /v1/models lists it). */
  operator: Address;
  modelId: bigint;
  /** The model version the operator serves (GET /v1/models lists it). */
  modelVersion: bigint;
  /** The model's rates in wei per 1,000 prompt and answer tokens, as the registry states them. */
  rateIn: bigint;
  rateOut: bigint;
  maxFee: bigint;
  nonce: bigint;
  deadline: bigint;
  requestHash: Hex;
}

/** The EIP-712 domain of vouchers: {name "OpenLedger", version "1", chainId, the settlement precompile}. */
export function voucherDomain(chainId: number, settlement: Address) {
  return { name: 'OpenLedger', version: '1', chainId, verifyingContract: settlement } as const;
}

/** The typed data a wallet signs (viem's signTypedData sends it as eth_signTypedData_v4). */
export function voucherTypedData(v: Voucher, chainId: number, settlement: Address) {
  return { domain: voucherDomain(chainId, settlement), types: voucherTypes, primaryType: 'InferenceVoucher' as const, message: v };
}

/** The voucher's EIP-712 digest (what the precompile's hashVoucher returns). */
export function voucherDigest(v: Voucher, chainId: number, settlement: Address): Hex {
  return hashTypedData(voucherTypedData(v, chainId, settlement));
}

/** The voucher as it travels in a request's "voucher" field. */
export function voucherJSON(v: Voucher, signature: Hex) {
  return {
    payer: v.payer,
    operator: v.operator,
    modelId: v.modelId.toString(),
    modelVersion: v.modelVersion.toString(),
    rateIn: v.rateIn.toString(),
    rateOut: v.rateOut.toString(),
    maxFee: v.maxFee.toString(),
    nonce: v.nonce.toString(),
    deadline: v.deadline.toString(),
    requestHash: v.requestHash,
    signature,
  };
}

/**
 * The RFC 8785 (JCS) canonical JSON of a request body without its top-level
 * "voucher", as npm canonicalize writes it: what loraserve hashes (send the
 * body as JSON.stringify writes it, so the numbers the server reads are the
 * ones hashed here).
 */
export function canonicalRequest(body: Record<string, unknown>): string {
  const { voucher: _voucher, ...rest } = body;
  const out = canonicalize(rest);
  if (out === undefined) throw new Error('request body has no JSON form');
  return out;
}

/** keccak256 of canonicalRequest(body): the voucher's requestHash. */
export function requestHash(body: Record<string, unknown>): Hex {
  return keccak256(toBytes(canonicalRequest(body)));
}

/** A fresh random 64-bit nonce (single-use per payer; the chain refuses a reused one). */
export function randomNonce(): bigint {
  const b = crypto.getRandomValues(new Uint8Array(8));
  return b.reduce((a, x) => (a << 8n) | BigInt(x), 0n);
}
