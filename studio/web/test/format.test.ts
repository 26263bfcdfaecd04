import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatBytes, formatOpen, formatWeight, parseOpen } from '../src/lib/format';

test('formatOpen', () => {
  const cases: [bigint, number, string][] = [
    [0n, 4, '0 OPEN'],
    [10n ** 18n, 4, '1 OPEN'],
    [1234567n * 10n ** 15n, 4, '1,234.567 OPEN'],
    [1n, 4, '0.000000000000000001 OPEN'], // tiny amounts keep their first digits
    [2n * 10n ** 12n, 4, '0.000002 OPEN'],
    [-5n * 10n ** 17n, 4, '-0.5 OPEN'],
    [10n ** 27n, 2, '1,000,000,000 OPEN'],
  ];
  for (const [wei, digits, want] of cases) assert.equal(formatOpen(wei, digits), want, `${wei}`);
});

test('parseOpen accepts amounts people type', () => {
  assert.equal(parseOpen('1.5'), 15n * 10n ** 17n);
  assert.equal(parseOpen(' 2 OPEN '), 2n * 10n ** 18n);
  assert.equal(parseOpen('1,000'), 1000n * 10n ** 18n);
  assert.equal(parseOpen('0.000000000000000001'), 1n);
});

test('parseOpen refuses with a sentence', () => {
  for (const bad of ['', 'abc', '-1', '1e18', '0.0000000000000000001', '1.2.3']) assert.throws(() => parseOpen(bad), /OPEN|decimals/, bad);
});

test('formatWeight and formatBytes', () => {
  assert.equal(formatWeight(1n, 4n), '25.0 %');
  assert.equal(formatWeight(0n, 0n), '0 %');
  assert.equal(formatWeight(1n, 3n), '33.3 %');
  assert.equal(formatBytes(512), '512 B');
  assert.equal(formatBytes(1536), '1.5 KB');
  assert.equal(formatBytes(5 * 1024 * 1024), '5.0 MB');
});
