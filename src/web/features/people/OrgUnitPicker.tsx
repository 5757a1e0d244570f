// Choosing a person's unit: the switcher's current unit and its children, plus a name search
// within the user's scope for anything further down (e.g. a village).
import { useEffect, useId, useState, type Ref } from 'react';
import { api } from '../../api/client.js';
import type { OrgUnit } from '../../api/types.js';
import { th } from '../../i18n/th.js';
import { Select } from '../../ui/Select.js';
import { useDebounced } from '../../ui/useDebounced.js';
import { unitDetail, unitName } from '../org/labels.js';
import { useUnitOptions } from '../org/useUnitOptions.js';

interface Props {
  id: string;
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
  selectRef?: Ref<HTMLSelectElement>;
  /** The unit already saved on the record, kept as an option even if not otherwise listed. */
  saved?: { id: string; nameTh: string } | null;
  disabled?: boolean;
}

const label = (u: OrgUnit) => {
  const detail = unitDetail(u);
  return `${unitName(u)}${detail ? ` (${detail})` : ''}`;
};

export function OrgUnitPicker({ id, value, onChange, error, selectRef, saved, disabled }: Props) {
  const f = th.people.form;
  const searchId = useId();
  const { base, children } = useUnitOptions();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 350);
  const [results, setResults] = useState<OrgUnit[] | null>(null);

  useEffect(() => {
    if (query.length < 2) {
      setResults(null);
      return;
    }
    const ac = new AbortController();
    api.orgSearch(query, ac.signal).then(
      (r) => setResults(r.items),
      () => {},
    );
    return () => ac.abort();
  }, [query]);

  // Keep the chosen unit listed even after the search results change.
  const [picked, setPicked] = useState<{ id: string; nameTh: string } | null>(null);
  const all = [...base, ...children, ...(results ?? [])];
  const listed = new Set(all.map((u) => u.id));
  const extra = value && !listed.has(value) ? [picked, saved].find((u) => u?.id === value) : undefined;
  const change = (v: string) => {
    const u = all.find((x) => x.id === v);
    if (u) setPicked({ id: u.id, nameTh: label(u) });
    onChange(v);
  };

  return (
    <div className="picker">
      <Select
        id={id}
        label={f.orgUnit}
        hint={f.orgUnitHint}
        value={value}
        onChange={change}
        error={error}
        selectRef={selectRef}
        placeholder={th.common.choose}
        requiredMark
        disabled={disabled}
      >
        {extra && (
          <optgroup label={f.groupSaved}>
            <option value={extra.id}>{extra.nameTh}</option>
          </optgroup>
        )}
        {base.length > 0 && (
          <optgroup label={f.groupCurrent}>
            {base.map((u) => (
              <option key={u.id} value={u.id}>
                {label(u)}
              </option>
            ))}
          </optgroup>
        )}
        {children.length > 0 && (
          <optgroup label={f.groupChildren}>
            {children.map((u) => (
              <option key={u.id} value={u.id}>
                {label(u)}
              </option>
            ))}
          </optgroup>
        )}
        {results && results.length > 0 && (
          <optgroup label={f.groupResults}>
            {results
              .filter((u) => !base.some((b) => b.id === u.id) && !children.some((c) => c.id === u.id))
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {label(u)}
                </option>
              ))}
          </optgroup>
        )}
      </Select>
      {!disabled && (
        <div className="field field--sub">
          <label htmlFor={searchId} className="field__label field__label--sub">
            {f.orgUnitSearch}
          </label>
          <input
            id={searchId}
            className="input"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
            placeholder={f.orgUnitSearchPlaceholder}
            autoComplete="off"
            aria-describedby={results ? `${searchId}-n` : undefined}
          />
          {results && (
            <p id={`${searchId}-n`} className="field__hint" aria-live="polite">
              {results.length ? f.searchCount(results.length) : th.org.switcher.noResults}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
