// Choosing one person among many on a phone: a search box over names and offices, then a short list
// of radio buttons (60+ staff would be a very long page). The chosen person stays listed.
import { useId, useMemo, useState } from 'react';
import type { Candidate } from '../../api/votes-types.js';
import { thVotes } from '../../i18n/th-votes.js';

const SHOWN = 8;

/** Thai text compared as typed: no spaces, and the title (นาย, นาง…) does not have to be typed. */
const fold = (s: string) => s.replace(/\s+/g, '').toLowerCase();

export function CandidatePicker({
  name,
  candidates,
  value,
  onChange,
  testId,
}: {
  name: string;
  candidates: Candidate[];
  value: string | null;
  onChange: (personId: string) => void;
  testId?: string;
}) {
  const t = thVotes.ballot;
  const searchId = useId();
  const [q, setQ] = useState('');
  const matches = useMemo(() => {
    const needle = fold(q.trim());
    if (!needle) return candidates;
    return candidates.filter((c) => fold(`${c.fullName} ${c.officeTh} ${c.positionTh ?? ''}`).includes(needle));
  }, [q, candidates]);
  const shown = matches.slice(0, SHOWN);
  const chosen = candidates.find((c) => c.personId === value);
  if (chosen && !shown.includes(chosen)) shown.unshift(chosen);
  return (
    <div className="candidate-picker" data-testid={testId}>
      <label htmlFor={searchId} className="field__label">
        {t.search}
      </label>
      <input
        id={searchId}
        className="input"
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={t.searchHint(candidates.length)}
        autoComplete="off"
        data-testid="candidate-search"
      />
      <fieldset className="candidate-picker__list">
        <legend className="visually-hidden">{t.choose}</legend>
        {shown.map((c) => (
          <label key={c.personId} className="candidate" data-testid="candidate">
            <input
              type="radio"
              name={name}
              value={c.personId}
              checked={value === c.personId}
              onChange={() => onChange(c.personId)}
            />
            <span className="candidate__text">
              <span className="candidate__name">{c.fullName}</span>
              <span className="candidate__meta">{[c.positionTh, c.officeTh].filter(Boolean).join(' · ')}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {matches.length === 0 && <p className="muted">{t.noMatch}</p>}
      {matches.length > SHOWN && <p className="muted candidate-picker__more">{t.more(matches.length - SHOWN)}</p>}
    </div>
  );
}
