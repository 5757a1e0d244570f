// Choosing many addressees at once: the units directly under the issuing unit (a province's
// districts), with "all" and "none", so one letter can go to every district in two clicks.
import { api } from '../../api/client.js';
import type { UnitRef } from '../org/current-unit.js';
import { unitName } from '../org/labels.js';
import { thLetters } from '../../i18n/th-letters.js';
import { Button } from '../../ui/Button.js';
import { CheckboxGroup } from '../../ui/CheckboxGroup.js';
import { LoadError } from '../../ui/LoadError.js';
import { Spinner } from '../../ui/Page.js';
import { useLoad } from '../../ui/useLoad.js';

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
  if (children.error) return <LoadError message={children.error} onRetry={children.reload} />;
  if (!children.data) return <Spinner />;
  const units = children.data.items.filter((u) => u.kind !== 'village');
  return (
    <div data-testid="addressee-picker">
      <div className="letters-addressees__actions">
        <Button small onClick={() => onChange(units.map((u) => u.id))}>
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
        // Keep the order of the list, which is the order the copies are numbered in.
        onChange={(ids) => onChange(units.map((u) => u.id).filter((id) => ids.includes(id)))}
        error={error}
      />
    </div>
  );
}
