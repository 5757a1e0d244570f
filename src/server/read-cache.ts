// Short-lived in-process caches for the hottest reads: the session behind a cookie, and dashboards.
// One process serves the API (docs/adr/0001), and every write request it serves clears them, so no
// one reads past a write made through the API; the time limit bounds how long a change made outside
// it (SQL by hand, a bulk load) can go unseen. A read that started before a write finished is not
// stored (the generation check), so it cannot put pre-write figures back.
export class ReadCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();

  constructor(
    private readonly owner: AppCaches,
    private readonly ttlMs: number,
    private readonly max: number,
  ) {}

  get(key: string, nowMs: number): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.until > nowMs) return hit.value;
    this.entries.delete(key);
    return undefined;
  }

  /** Stores a value computed since `generation` was read, unless a write has cleared the caches since. */
  set(key: string, value: V, nowMs: number, generation: number, untilMs = nowMs + this.ttlMs): void {
    if (generation !== this.owner.generation) return;
    // Oldest first out: a Map iterates in insertion order.
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, until: Math.min(untilMs, nowMs + this.ttlMs) });
  }

  clear(): void {
    this.entries.clear();
  }
}

export class AppCaches {
  generation = 0;
  private readonly all: ReadCache<unknown>[] = [];

  create<V>(ttlMs: number, max: number): ReadCache<V> {
    const cache = new ReadCache<V>(this, ttlMs, max);
    this.all.push(cache as ReadCache<unknown>);
    return cache;
  }

  /** After any write: everything cached may now be stale. */
  clear(): void {
    this.generation++;
    for (const c of this.all) c.clear();
  }
}
