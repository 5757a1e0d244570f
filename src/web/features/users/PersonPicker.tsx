// Choosing the person a new account is for: a name search within the switcher's current unit
// (GET /people?q=…), one button per match. People who already have an account cannot be chosen.
import { useEffect, useId, useState, type Ref } from 'react';
import { api, errorMessageTh } from '../../api/client.js';
import type { PersonSummary } from '../../api/types.js';
import { th } from '../../i18n/th.js';
import { Button } from '../../ui/Button.js';
import { FieldMessage, RequiredMark } from '../../ui/TextField.js';
import { useDebounced } from '../../ui/useDebounced.js';
import type { UnitRef } from '../org/current-unit.js';
import { unitName } from '../org/labels.js';

interface PersonPickerProps {
  id: string;
  unit: UnitRef | null;
  value: PersonSummary | null;
  onChange: (p: PersonSummary | null) => void;
  /** Ids of people who already have an account. */
  taken: Set<string>;
  error?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  disabled?: boolean;
}

const personUnit = (p: PersonSummary) => unitName({ id: p.orgUnitId, kind: p.orgUnitKind, nameTh: p.orgUnitNameTh });

export function PersonPicker({ id, unit, value, onChange, taken, error, inputRef, disabled }: PersonPickerProps) {
  const f = th.users.form;
  const ids = useId();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const [results, setResults] = useState<PersonSummary[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const unitId = unit?.id ?? null;

  useEffect(() => {
    setSearchError(null);
    if (query.length < 2) {
      setResults(null);
      return;
    }
    const ac = new AbortController();
    api.people({ orgUnitId: unitId, q: query, pageSize: 20 }, ac.signal).then(
      (r) => setResults(r.items),
      (e: unknown) => !ac.signal.aborted && setSearchError(errorMessageTh(e)),
    );
    return () => ac.abort();
  }, [query, unitId]);

  const choose = (p: PersonSummary) => {
    onChange(p);
    // The chosen card replaces the list; keep keyboard focus in the same place.
    window.setTimeout(() => document.getElementById(`${ids}-change`)?.focus(), 0);
  };
  const msgId = error ? `${ids}-msg` : undefined;

  return (
    <fieldset
      className={['field', 'person-picker', error ? 'field--error' : ''].filter(Boolean).join(' ')}
      aria-describedby={msgId}
      disabled={disabled}
    >
      <legend className="field__label">
        {f.person}
        <RequiredMark />
      </legend>
      {value ? (
        <div className="person-picker__chosen" data-testid="person-chosen">
          <p>
            <strong>{value.fullName}</strong>
            <span className="person-picker__detail">
              {[value.positionNameTh, personUnit(value)].filter(Boolean).join(' · ')}
            </span>
          </p>
          <Button small id={`${ids}-change`} onClick={() => onChange(null)}>
            {f.personChange}
          </Button>
        </div>
      ) : (
        <>
          <label htmlFor={id} className="field__label field__label--sub">
            {f.personSearch}
          </label>
          <p id={`${ids}-hint`} className="field__hint">
            {unit ? `${f.personIn(unitName(unit))} · ` : ''}
            {f.personSearchHint}
          </p>
          <input
            id={id}
            ref={inputRef}
            className="input"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={[`${ids}-hint`, results ? `${ids}-n` : '', msgId ?? ''].filter(Boolean).join(' ')}
            data-testid="person-search"
          />
          {searchError && <p className="field__error">{searchError}</p>}
          {results && (
            <p id={`${ids}-n`} className="field__hint" aria-live="polite">
              {results.length ? f.personCount(results.length) : f.personNone}
            </p>
          )}
          {results && results.length > 0 && (
            <ul className="person-picker__results" aria-label={f.personResults}>
              {results.map((p) => {
                const has = taken.has(p.id);
                return (
                  <li key={p.id}>
                    <button
                      type="button"
                      className="person-option"
                      onClick={() => choose(p)}
                      disabled={has}
                      data-testid="person-option"
                    >
                      <strong>{p.fullName}</strong>
                      <span className="person-picker__detail">
                        {[p.positionNameTh, personUnit(p)].filter(Boolean).join(' · ')}
                        {p.thaiIdMasked && <span className="nowrap"> · {p.thaiIdMasked}</span>}
                      </span>
                      {has && <span className="tag">{f.personHasAccount}</span>}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
      <FieldMessage id={msgId} error={error} />
    </fieldset>
  );
}
