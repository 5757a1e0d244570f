import assert from 'node:assert/strict';
import { test } from 'node:test';
import { likeContains, likePrefix } from './like.js';

test('LIKE patterns match %, _ and \\ literally', () => {
  assert.equal(likePrefix('/TH/52/'), '/TH/52/%');
  assert.equal(likePrefix('/TH/5_/'), '/TH/5\\_/%');
  assert.equal(likeContains('50%'), '%50\\%%');
  assert.equal(likeContains('a\\b'), '%a\\\\b%');
});
