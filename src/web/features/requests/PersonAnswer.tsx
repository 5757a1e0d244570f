// A person field: a name search in the responding unit's register (GET /people), then one choice.
import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import type { FormField, UnitRef } from '../../api/requests-types.js';
import type { PersonSummary } from '../../api/types.js';
import { thRequests } from '../../i18n/th-requests.js';
import { Button } from '../../ui/Button.js';
import { FieldMessage, TextField } from '../../ui/TextField.js';
import { useDebounced } from '../../ui/useDebounced.js';

interface Props {
  field: FormField;
  unitId: string;
  value: UnitRef | null;
  onChange: (p: UnitRef | null) => void;
  error: string | undefined;
}

export function PersonAnswer({ field: f, unitId, value, onChange, error }: Props) {
  const t = thRequests.fill;
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const [found, setFound] = useState<PersonSummary[] | null>(null);
  useEffect(() => {
    if (query.length < 2) return setFound(null);
    const ac = new AbortController();
    api.people({ orgUnitId: unitId, q: query, pageSize: 10 }, ac.signal).then(
      (r) => setFound(r.items),
      () => setFound([]),
    );
    return () => ac.abort();
  }, [query, unitId]);
  if (value) {
    return (
      <div className="rq-answer">
        <h3>{f.labelTh}</h3>
        <p>
          <strong data-testid={`person-${f.key}`}>{value.nameTh}</strong>{' '}
          <Button small variant="ghost" onClick={() => onChange(null)}>
            {t.personClear}
          </Button>
        </p>
        <FieldMessage error={error} />
      </div>
    );
  }
  return (
    <div className="rq-answer">
      <TextField
        label={f.labelTh}
        hint={t.personSearch}
        value={q}
        onChange={setQ}
        error={error}
        requiredMark={f.required}
        autoComplete="off"
      />
      {found && found.length === 0 && <p className="muted">{t.noPeople}</p>}
      {found && found.length > 0 && (
        <ul className="rq-files">
          {found.map((p) => (
            <li key={p.id}>
              <Button small onClick={() => onChange({ id: p.id, nameTh: p.fullName })}>
                {p.fullName}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
