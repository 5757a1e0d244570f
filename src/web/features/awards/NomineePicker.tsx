// One nominee slot: a name search in the nominating office's register (GET /people, the area under
// the office), narrowed to people the category accepts in this role so the district sees only
// eligible names. The server checks eligibility again when the nomination is saved.
import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import type { Category, NomineeRole } from '../../api/awards-types.js';
import type { PersonSummary } from '../../api/types.js';
import { thAwards } from '../../i18n/th-awards.js';
import { Button } from '../../ui/Button.js';
import { FieldMessage, TextField } from '../../ui/TextField.js';
import { useDebounced } from '../../ui/useDebounced.js';

interface Props {
  label: string;
  role: NomineeRole;
  category: Category;
  unitId: string;
  value: PersonSummary | null;
  onChange: (p: PersonSummary | null) => void;
  error: string | undefined;
  testId: string;
}

export function eligible(p: PersonSummary, role: NomineeRole, k: Category, unitId: string): boolean {
  if (role === 'staff') {
    return p.orgUnitId === unitId && (k.staffPositions.length === 0 || k.staffPositions.includes(p.positionCode ?? ''));
  }
  return k.partnerNetworks.length === 0 || k.partnerNetworks.some((n) => p.networks.includes(n));
}

export function NomineePicker({ label, role, category, unitId, value, onChange, error, testId }: Props) {
  const t = thAwards.nominate;
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const [found, setFound] = useState<{ fit: PersonSummary[]; hidden: number } | null>(null);
  useEffect(() => {
    if (query.length < 2) return setFound(null);
    const ac = new AbortController();
    api.people({ orgUnitId: unitId, q: query, pageSize: 50 }, ac.signal).then(
      (r) => {
        const fit = r.items.filter((p) => eligible(p, role, category, unitId));
        setFound({ fit, hidden: r.items.length - fit.length });
      },
      () => setFound({ fit: [], hidden: 0 }),
    );
    return () => ac.abort();
  }, [query, unitId, role, category]);
  if (value) {
    return (
      <div className="field" data-testid={testId}>
        <p className="field__label">{label}</p>
        <p className="aw-picked">
          <strong data-testid="picked">{value.fullName}</strong>
          <span className="muted">{value.positionNameTh ?? value.orgUnitNameTh}</span>
          <Button small variant="ghost" onClick={() => onChange(null)}>
            {t.change}
          </Button>
        </p>
        <FieldMessage error={error} />
      </div>
    );
  }
  return (
    <div data-testid={testId}>
      <TextField
        label={label}
        hint={t.search}
        value={q}
        onChange={setQ}
        error={error}
        requiredMark
        autoComplete="off"
        data-testid={`${testId}-search`}
      />
      {found && found.fit.length === 0 && <p className="muted">{t.noMatch}</p>}
      {found && found.fit.length > 0 && (
        <ul className="aw-candidates">
          {found.fit.map((p) => (
            <li key={p.id}>
              <Button small onClick={() => onChange(p)} data-testid="candidate">
                {p.fullName}
              </Button>
              <span className="muted">
                {p.positionNameTh ?? ''} {p.orgUnitNameTh}
              </span>
            </li>
          ))}
        </ul>
      )}
      {found && found.hidden > 0 && <p className="field__hint">{t.filtered(found.hidden)}</p>}
    </div>
  );
}
