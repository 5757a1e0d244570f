// Reference lists (titles, positions, networks, role names), loaded once per session.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, errorMessageTh } from '../../api/client.js';
import type { Reference } from '../../api/types.js';

interface ReferenceState {
  data: Reference | null;
  error: string | null;
  reload: () => void;
}

const Context = createContext<ReferenceState | null>(null);

export function ReferenceProvider({ children }: { children: ReactNode }) {
  const [data, setData] = useState<Reference | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setError(null);
    api.reference().then(
      (r) => live && setData(r),
      (e: unknown) => live && setError(errorMessageTh(e)),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const value = useMemo(() => ({ data, error, reload }), [data, error, reload]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useReference(): ReferenceState {
  const v = useContext(Context);
  if (!v) throw new Error('useReference outside ReferenceProvider');
  return v;
}
