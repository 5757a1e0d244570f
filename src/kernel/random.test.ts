import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CROCKFORD_ALPHABET, normalizeCrockford, randomCrockford } from './random.js';

test('randomCrockford draws only Crockford letters, and every one of them, at the length asked', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 200; i++) {
    const code = randomCrockford(10);
    assert.match(code, /^[0-9A-HJKMNP-TV-Z]{10}$/);
    for (const ch of code) seen.add(ch);
  }
  // 2,000 draws from 32 letters: missing one has probability below 32 · (31/32)^2000 ≈ 10^-26.
  assert.equal(seen.size, CROCKFORD_ALPHABET.length);
  assert.notEqual(randomCrockford(10), randomCrockford(10));
});

test('normalizeCrockford reads a typed code as Crockford decoding does', () => {
  assert.equal(normalizeCrockford('abcde-fghjk'), 'ABCDEFGHJK');
  assert.equal(normalizeCrockford(' 0bwc8 a6zry '), '0BWC8A6ZRY');
  assert.equal(normalizeCrockford('OIL'), '011');
  assert.equal(normalizeCrockford('ABCU1'), null); // U is not a Crockford letter
  assert.equal(normalizeCrockford('AB/CD'), null);
});
