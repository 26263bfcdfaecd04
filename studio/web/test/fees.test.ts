// The page's fee math against the hand-computed vectors the Go fee package is
// tested with (core/settlement/testdata/split.json).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { fee, splitFee } from '../src/lib/fees';

// npm test runs in studio/web.
const vectors = JSON.parse(readFileSync(resolve('../../core/settlement/testdata/split.json'), 'utf8')) as {
  name: string;
  tokensIn: number;
  tokensOut: number;
  rateIn: string;
  rateOut: string;
  platformFee: string;
  burnBps: number;
  ownerBps: number;
  operatorBps: number;
  weights: string[];
  fee: string;
  burn: string;
  owner: string;
  operator: string;
  contributors: string[];
}[];

test('vectors exist', () => assert.ok(vectors.length >= 3));

for (const v of vectors) {
  test(`split ${v.name}`, () => {
    const f = fee(BigInt(v.tokensIn), BigInt(v.tokensOut), BigInt(v.rateIn), BigInt(v.rateOut), BigInt(v.platformFee));
    assert.equal(f, BigInt(v.fee));
    const s = splitFee(f, { platformFee: BigInt(v.platformFee), burnBps: BigInt(v.burnBps), ownerBps: BigInt(v.ownerBps), operatorBps: BigInt(v.operatorBps) }, v.weights.map(BigInt));
    assert.equal(s.burn, BigInt(v.burn));
    assert.equal(s.owner, BigInt(v.owner));
    assert.equal(s.operator, BigInt(v.operator));
    assert.deepEqual(s.contributors, v.contributors.map(BigInt));
    assert.equal(s.burn + s.owner + s.operator + s.contributors.reduce((a, c) => a + c, 0n), f);
  });
}
