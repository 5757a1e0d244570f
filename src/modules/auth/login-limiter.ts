// Slows password guessing: failed logins are counted per username+address and per address in a
// sliding window; over the limit, login answers 429 until old failures age out. In memory: a
// restart forgets, which is acceptable for one process (DEVELOPERS.md: one process).
import type { Clock } from '../../kernel/dates.js';

export class LoginLimiter {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly opts = { perAccount: 5, perAddress: 20, windowMs: 15 * 60_000 },
  ) {}

  private recent(key: string): number[] {
    const since = this.clock.now().getTime() - this.opts.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  isBlocked(username: string, address: string): boolean {
    return (
      this.recent(`u:${username}|${address}`).length >= this.opts.perAccount ||
      this.recent(`a:${address}`).length >= this.opts.perAddress
    );
  }

  recordFailure(username: string, address: string): void {
    const now = this.clock.now().getTime();
    for (const key of [`u:${username}|${address}`, `a:${address}`]) {
      this.failures.set(key, [...this.recent(key), now]);
    }
  }

  recordSuccess(username: string, address: string): void {
    this.failures.delete(`u:${username}|${address}`);
  }
}
