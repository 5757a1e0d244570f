// Finding an addressee by name among the units the user can see (GET /org-units?q=…, which keeps
// to the user's scope); villages receive no letters, so they are left out.
import { useEffect, useId, useState } from 'react';
import { api, errorMessageTh } from '../../api/client.js';
import type { OrgUnit } from '../../api/types.js';
import { th } from '../../i18n/th.js';
import { thLetters } from '../../i18n/th-letters.js';
import { Button } from '../../ui/Button.js';
import { useDebounced } from '../../ui/useDebounced.js';
import { toRef, type UnitRef } from '../org/current-unit.js';
import { unitName } from '../org/labels.js';

export function UnitSearch({ exclude, onPick }: { exclude: Set<string>; onPick: (u: UnitRef) => void }) {
  const t = thLetters.compose;
  const id = useId();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const [results, setResults] = useState<OrgUnit[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);

  useEffect(() => {
    setSearchError(null);
    if (query.length < 2) {
      setResults(null);
      return;
    }
    const ac = new AbortController();
    api.orgSearch(query, ac.signal).then(
      (r) => setResults(r.items.filter((u) => u.kind !== 'village')),
      (e: unknown) => !ac.signal.aborted && setSearchError(errorMessageTh(e)),
    );
    return () => ac.abort();
  }, [query]);

  const shown = (results ?? []).filter((u) => !exclude.has(u.id));
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t.searchUnits}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {t.searchUnitsHint}
      </p>
      <input
        id={id}
        className="input"
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        data-testid="addressee-search"
      />
      {searchError && <p className="field__error">{searchError}</p>}
      {results && shown.length === 0 && (
        <p className="field__hint" aria-live="polite">
          {t.searchNone}
        </p>
      )}
      {shown.length > 0 && (
        <ul className="letters-units" aria-label={t.searchUnits}>
          {shown.map((u) => (
            <li key={u.id} data-testid="addressee-result">
              <span>
                {unitName(u)} <span className="muted">{th.org.code(u.id)}</span>
              </span>
              <Button
                small
                onClick={() => {
                  onPick(toRef(u));
                  setQ(''); // the pick moves to the list above; the next search starts afresh
                }}
              >
                {t.add}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
