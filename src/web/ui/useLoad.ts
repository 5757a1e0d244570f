// Fetch something for a page: reloads when deps change, aborts the stale request, keeps the last
// data while a reload runs (so tables do not flash empty), and reports failures in Thai.
import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { errorMessageTh } from '../api/client.js';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [key, setKey] = useState(0);
  useEffect(() => {
    const ac = new AbortController();
    setLoading(true);
    setError(null);
    load(ac.signal).then(
      (d) => {
        setData(d);
        setLoading(false);
      },
      (e: unknown) => {
        if (ac.signal.aborted) return;
        setError(errorMessageTh(e));
        setLoading(false);
      },
    );
    return () => ac.abort();
  }, [...deps, key]);
  const reload = useCallback(() => setKey((k) => k + 1), []);
  return { data, error, loading, reload };
}
