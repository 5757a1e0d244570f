import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../kernel/errors.js';
import { BallotLimiter, limiterFor } from './ballot-limiter.js';

function clockAt(ms: number) {
  return {
    ms,
    now() {
      return new Date(this.ms);
    },
  };
}

test('unknown codes are counted per address in a 15-minute sliding window', () => {
  const clock = clockAt(Date.parse('2024-05-09T02:00:00Z'));
  const l = new BallotLimiter(clock);
  for (let i = 0; i < 19; i++) l.recordFailure('10.0.0.1');
  l.requireAllowed('10.0.0.1');
  l.recordFailure('10.0.0.1');
  assert.throws(
    () => l.requireAllowed('10.0.0.1'),
    (e: AppError) => e.kind === 'rate_limited',
  );
  l.requireAllowed('10.0.0.2'); // another address is not held up
  clock.ms += 15 * 60_000 + 1;
  l.requireAllowed('10.0.0.1');
});

test('each running app has its own limiter', () => {
  const a = { clock: clockAt(0) };
  const b = { clock: clockAt(0) };
  assert.equal(limiterFor(a), limiterFor(a));
  assert.notEqual(limiterFor(a), limiterFor(b));
});
