// Slows guessing of ballot codes, as auth's LoginLimiter slows password guessing: lookups of codes
// that do not exist are counted per client address in a sliding window; over the limit, the public
// ballot endpoints answer 429 until old failures age out. A real slip never fails, so voters behind
// one office address are not held up by each other. 50-bit codes already put guessing out of reach;
// this keeps anyone from trying at speed. In memory, like the login limiter (one process).
import type { Clock } from '../../kernel/dates.js';
import { AppError } from '../../kernel/errors.js';

export class BallotLimiter {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly opts = { perAddress: 20, windowMs: 15 * 60_000 },
  ) {}

  private recent(address: string): number[] {
    const since = this.clock.now().getTime() - this.opts.windowMs;
    const kept = (this.failures.get(address) ?? []).filter((t) => t > since);
    if (kept.length) this.failures.set(address, kept);
    else this.failures.delete(address);
    return kept;
  }

  requireAllowed(address: string): void {
    if (this.recent(address).length >= this.opts.perAddress) {
      throw new AppError({
        code: 'too_many_ballot_lookups',
        kind: 'rate_limited',
        messageTh: 'ใส่รหัสบัตรลงคะแนนผิดหลายครั้งเกินไป กรุณารอ 15 นาทีแล้วลองใหม่',
        messageEn: 'Too many unknown ballot codes; try again in 15 minutes',
      });
    }
  }

  recordFailure(address: string): void {
    this.failures.set(address, [...this.recent(address), this.clock.now().getTime()]);
  }
}

// One limiter per running app (keyed by its deps object), so test apps with their own clocks do not
// share counts, without adding a field every app assembly would have to fill.
const limiters = new WeakMap<object, BallotLimiter>();

export function limiterFor(deps: { clock: Clock }): BallotLimiter {
  let l = limiters.get(deps);
  if (!l) limiters.set(deps, (l = new BallotLimiter(deps.clock)));
  return l;
}
