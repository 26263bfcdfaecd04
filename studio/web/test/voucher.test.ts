// Vouchers: the canonical request JSON is RFC 8785 (npm canonicalize), as
// loraserve hashes it (gowebpki/jcs), and the EIP-712 digest matches the
// typed data a wallet signs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getAddress, hashTypedData, keccak256, recoverTypedDataAddress, toBytes } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { canonicalRequest, randomNonce, requestHash, voucherDigest, voucherJSON, voucherTypedData, type Voucher } from '../src/lib/voucher';

test('canonical request JSON (RFC 8785)', () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ b: 1, a: 'x', voucher: { any: 1 } }, '{"a":"x","b":1}'],
    [{ model: 'm', messages: [{ role: 'user', content: 'hi <b> & "q"' }], max_tokens: 24, temperature: 0 }, '{"max_tokens":24,"messages":[{"content":"hi <b> & \\"q\\"","role":"user"}],"model":"m","temperature":0}'],
    [{ t: 0.7, n: null, z: [3, 1], e: {} }, '{"e":{},"n":null,"t":0.7,"z":[3,1]}'],
    [{ é: 1, z: 2, Z: 3 }, '{"Z":3,"z":2,"é":1}'],
    [{ c: '\u0001\b\f' }, '{"c":"\\u0001\\b\\f"}'],
  ];
  for (const [body, want] of cases) assert.equal(canonicalRequest(body), want);
  assert.equal(requestHash({ b: 1, a: 'x' }), keccak256(toBytes('{"a":"x","b":1}')));
});

// loraserve/payments/testdata/requesthash.json: bodies with their canonical
// form and hash; Go's RequestHash (gowebpki/jcs) is checked against the same file.
test('request hashes match loraserve (npm canonicalize)', () => {
  const vectors = JSON.parse(readFileSync(resolve('../../loraserve/payments/testdata/requesthash.json'), 'utf8')) as { name: string; body: string; canonical: string; hash: string }[];
  assert.ok(vectors.length >= 8);
  for (const v of vectors) {
    const body = JSON.parse(v.body) as Record<string, unknown>;
    assert.equal(canonicalRequest(body), v.canonical, v.name);
    assert.equal(requestHash(body), v.hash, v.name);
  }
});

test('voucher typed data signs and recovers', async () => {
  const acct = privateKeyToAccount(keccak256(toBytes('openledger devnet key 3')));
  const settlement = '0x0000000000000000000000000000000000000a03';
  const v: Voucher = {
    payer: acct.address,
    operator: '0x00000000000000000000000000000000000000aa',
    modelId: 2n,
    modelVersion: 3n,
    rateIn: 10n ** 12n,
    rateOut: 3n * 10n ** 12n,
    maxFee: 10n ** 15n,
    nonce: randomNonce(),
    deadline: 1_900_000_000n,
    requestHash: requestHash({ a: 1 }),
  };
  const td = voucherTypedData(v, 1612, settlement);
  const sig = await acct.signTypedData(td);
  assert.equal(await recoverTypedDataAddress({ ...td, signature: sig }), acct.address);
  assert.equal(voucherDigest(v, 1612, settlement), hashTypedData(td));
  const j = voucherJSON(v, sig);
  assert.equal(j.modelId, '2');
  assert.equal(j.operator, v.operator);
  assert.equal(j.modelVersion, '3');
  assert.equal(j.rateIn, '1000000000000');
  assert.equal(j.rateOut, '3000000000000');
  assert.equal(j.deadline, '1900000000');
  assert.equal(j.signature, sig);
});

// core/settlement/testdata/voucher.json: digests Go computes and checks
// against go-ethereum's typed-data hashing; viem must agree on each.
test('voucher digests match the Go vectors', () => {
  const vectors = JSON.parse(readFileSync(resolve('../../core/settlement/testdata/voucher.json'), 'utf8')) as Record<string, string>[];
  assert.ok(vectors.length >= 4);
  for (const x of vectors) {
    const v: Voucher = {
      payer: getAddress(x.payer),
      operator: getAddress(x.operator),
      modelId: BigInt(x.modelId),
      modelVersion: BigInt(x.modelVersion),
      rateIn: BigInt(x.rateIn),
      rateOut: BigInt(x.rateOut),
      maxFee: BigInt(x.maxFee),
      nonce: BigInt(x.nonce),
      deadline: BigInt(x.deadline),
      requestHash: x.requestHash as `0x${string}`,
    };
    assert.equal(voucherDigest(v, Number(x.chainId), getAddress(x.verifyingContract)), x.digest, x.name);
  }
});

test('nonces differ', () => {
  const seen = new Set<bigint>();
  for (let i = 0; i < 100; i++) seen.add(randomNonce());
  assert.equal(seen.size, 100);
});
