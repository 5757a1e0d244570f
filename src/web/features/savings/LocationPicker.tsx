// Where a group sits: a subdistrict, or a village in it. One select per level below the unit chosen
// in the top-bar switcher (province → district → subdistrict → village), each listing the children
// of the level above. With `villageRequired` (a surveyed household's address) only a village will do.
import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import type { OrgUnit } from '../../api/types.js';
import { th } from '../../i18n/th.js';
import { Select } from '../../ui/Select.js';
import { useCurrentUnit } from '../org/current-unit.js';
import { kindLabel, unitName } from '../org/labels.js';

interface Props {
  id: string;
  onChange: (orgUnitId: string) => void;
  error?: string | undefined;
  villageRequired?: boolean;
  /** Shown while a level's units load or when it has none (default: the group's location). */
  label?: string;
  /** Labels the last level (e.g. "หมู่บ้าน") for tests and screen readers. */
  'data-testid'?: string;
}

const isPlace = (u: { kind: string }) => u.kind === 'subdistrict' || u.kind === 'village';

export function LocationPicker({ id, onChange, error, villageRequired, label, ...rest }: Props) {
  const { current, scope } = useCurrentUnit();
  const placeOk = villageRequired ? (u: { kind: string }) => u.kind === 'village' : isPlace;
  const [chain, setChain] = useState<OrgUnit[]>([]);

  // The switcher's unit is the starting point; a subdistrict or village there is already a place.
  const start = current ?? (scope.length === 1 ? scope[0] : undefined);
  const startId = start?.id;
  useEffect(() => {
    setChain([]);
    onChange(start && placeOk(start) ? start.id : '');
  }, [startId]);

  const choose = (level: number, unit: OrgUnit | null) => {
    const next = [...chain.slice(0, level), ...(unit ? [unit] : [])];
    setChain(next);
    const place = [...(start ? [start] : []), ...next].filter(placeOk).at(-1);
    onChange(place?.id ?? '');
  };

  // One select below the start (or over the scope roots), then one below each choice that has children.
  const levels: { parentId: string; parentKind: string | null }[] = [];
  if (!start) levels.push({ parentId: '', parentKind: null });
  else if (start.kind !== 'village') levels.push({ parentId: start.id, parentKind: start.kind });
  for (const u of chain) {
    if (u.kind === 'village' || u.childCount === 0) break;
    levels.push({ parentId: u.id, parentKind: u.kind });
  }
  return (
    <div className="picker location-picker" data-testid={rest['data-testid']}>
      {levels.map(({ parentId, parentKind }, level) => (
        <LevelSelect
          key={`${parentId}:${level}`}
          id={level === 0 ? id : `${id}-${level}`}
          parentId={parentId}
          roots={scope}
          value={chain[level]?.id ?? ''}
          optional={parentKind === 'subdistrict' && !villageRequired}
          onChange={(u) => choose(level, u)}
          label={label}
          error={level === levels.length - 1 ? error : undefined}
        />
      ))}
      {levels.length === 0 && error && <p className="field__error">{error}</p>}
    </div>
  );
}

interface LevelProps {
  id: string;
  /** '' = the user's scope roots. */
  parentId: string;
  roots: OrgUnit[];
  value: string;
  /** A village is optional: the group may belong to the whole subdistrict. */
  optional: boolean;
  onChange: (u: OrgUnit | null) => void;
  error?: string | undefined;
  label?: string | undefined;
}

function LevelSelect({ id, parentId, roots, value, optional, onChange, error, label }: LevelProps) {
  const t = th.savings.register;
  const [units, setUnits] = useState<OrgUnit[] | null>(parentId ? null : roots);
  useEffect(() => {
    if (!parentId) return;
    const ac = new AbortController();
    api.orgChildren(parentId, ac.signal).then(
      (r) => setUnits(r.items),
      () => {},
    );
    return () => ac.abort();
  }, [parentId]);
  const first = units?.[0];
  // A subdistrict without villages on record: the group simply belongs to the subdistrict.
  if (units && units.length === 0 && optional) return null;
  return (
    <Select
      id={id}
      label={first ? kindLabel(first) : (label ?? t.location)}
      value={value}
      onChange={(v) => onChange(units?.find((u) => u.id === v) ?? null)}
      placeholder={optional ? t.wholeSubdistrict : th.common.choose}
      options={(units ?? []).map((u) => ({ value: u.id, label: unitName(u) }))}
      error={error}
      requiredMark={!optional}
      disabled={!units}
    />
  );
}
