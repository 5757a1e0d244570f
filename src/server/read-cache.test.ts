import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppCaches } from './read-cache.js';

test('a cached read expires, is dropped by any write, and a read that raced a write is not stored', () => {
  const caches = new AppCaches();
  const cache = caches.create<string>(1_000, 2);
  cache.set('a', 'A', 0, caches.generation);
  assert.equal(cache.get('a', 999), 'A');
  assert.equal(cache.get('a', 1_000), undefined, 'expired after its time');

  cache.set('a', 'A', 0, caches.generation);
  caches.clear();
  assert.equal(cache.get('a', 1), undefined, 'a write clears it');

  const before = caches.generation;
  caches.clear(); // a write lands while the read is computing
  cache.set('b', 'stale', 2, before);
  assert.equal(cache.get('b', 3), undefined, 'computed before the write: not stored');

  cache.set('x', 'X', 0, caches.generation, 500);
  assert.equal(cache.get('x', 600), undefined, 'an earlier limit (a session ending) wins');

  cache.set('p', 'P', 0, caches.generation);
  cache.set('q', 'Q', 0, caches.generation);
  cache.set('r', 'R', 0, caches.generation);
  assert.equal(cache.get('p', 1), undefined, 'the oldest goes when full');
  assert.equal(cache.get('r', 1), 'R');
});
