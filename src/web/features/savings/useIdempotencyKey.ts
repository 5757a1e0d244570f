// One idempotency key per intended ledger write: created on the first attempt, reused by every retry
// of the same submission (a double click, a retry after a network error), dropped after success so
// the next write is a new one.
import { useCallback, useRef } from 'react';

/** crypto.randomUUID needs a secure context; getRandomValues does not (a LAN address over http). */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function useIdempotencyKey(): { key: () => string; reset: () => void } {
  const ref = useRef<string | null>(null);
  const key = useCallback(() => (ref.current ??= newIdempotencyKey()), []);
  const reset = useCallback(() => {
    ref.current = null;
  }, []);
  return { key, reset };
}
