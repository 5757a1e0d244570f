// Choosing many addressees at once: the units directly under the issuing unit (a province's
// districts), with "all" and "none", so one letter can go to every district in two clicks; and any
// other unit the user can see (a subdistrict, another district's office), found by name. The server
// accepts any unit as an addressee; the search itself keeps to the user's scope.
import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import { thLetters } from '../../i18n/th-letters.js';
import { Button } from '../../ui/Button.js';
import { CheckboxGroup } from '../../ui/CheckboxGroup.js';
import { LoadError } from '../../ui/LoadError.js';
import { Spinner } from '../../ui/Page.js';
import { useLoad } from '../../ui/useLoad.js';
import { toRef, type UnitRef } from '../org/current-unit.js';
import { unitName } from '../org/labels.js';
import { UnitSearch } from './UnitSearch.js';

export function AddresseePicker({
  parent,
  values,
  onChange,
  error,
}: {
  parent: UnitRef;
  values: string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}) {
  const t = thLetters.compose;
  const children = useLoad((signal) => api.orgChildren(parent.id, signal), [parent.id]);
  const [named, setNamed] = useState<Record<string, UnitRef>>({});
  const units = (children.data?.items ?? []).filter((u) => u.kind !== 'village');
  const listed = new Set(units.map((u) => u.id));
  const others = children.data ? values.filter((id) => !listed.has(id)) : [];

  // A saved draft may name units found by search earlier; their names come from the org API.
  const unnamed = others.filter((id) => !named[id]).join(',');
  useEffect(() => {
    if (!unnamed) return;
    const ac = new AbortController();
    Promise.all(unnamed.split(',').map((id) => api.orgUnit(id, ac.signal).catch(() => null))).then((found) => {
      if (ac.signal.aborted) return;
      setNamed((n) => ({ ...n, ...Object.fromEntries(found.flatMap((u) => (u ? [[u.id, toRef(u)]] : []))) }));
    });
    return () => ac.abort();
  }, [unnamed]);

  if (children.error) return <LoadError message={children.error} onRetry={children.reload} />;
  if (!children.data) return <Spinner />;
  // Copies are numbered in this order: the listed units as listed, then the others as added.
  const ordered = (ids: string[]) => [
    ...units.map((u) => u.id).filter((id) => ids.includes(id)),
    ...ids.filter((id) => !listed.has(id)),
  ];
  return (
    <div data-testid="addressee-picker">
      <div className="letters-addressees__actions">
        <Button small onClick={() => onChange(ordered([...units.map((u) => u.id), ...others]))}>
          {t.selectAll}
        </Button>
        <Button small onClick={() => onChange([])}>
          {t.selectNone}
        </Button>
        <span>{t.selected(values.length)}</span>
      </div>
      <CheckboxGroup
        legend={`${t.addressees} — ${t.addresseesUnder(unitName(parent))}`}
        options={units.map((u) => ({ value: u.id, label: unitName(u) }))}
        values={values}
        onChange={(ids) => onChange(ordered(ids))}
        error={error}
      />
      {others.length > 0 && (
        <>
          <h3 className="field__label">{t.otherAddressees}</h3>
          <ul className="letters-units" data-testid="addressee-others">
            {others.map((id) => (
              <li key={id}>
                <span>{named[id] ? unitName(named[id]) : id}</span>
                <Button small variant="ghost" onClick={() => onChange(values.filter((v) => v !== id))}>
                  {t.remove}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <UnitSearch
        exclude={new Set([parent.id, ...values])}
        onPick={(u) => {
          setNamed((n) => ({ ...n, [u.id]: u }));
          onChange(ordered([...values, u.id]));
        }}
      />
    </div>
  );
}
