// Units a programs form offers: the switcher's unit and its children, offices and work groups only
// (a project is owned by an office; a plan step by whichever unit does the work).
import { useMemo } from 'react';
import { unitName } from '../org/labels.js';
import { useUnitOptions } from '../org/useUnitOptions.js';

const OFFICE_KINDS = new Set(['department', 'province', 'district', 'work_group']);

export function useUnitChoices(extra?: { id: string; nameTh: string }): { value: string; label: string }[] {
  const { base, children } = useUnitOptions();
  return useMemo(() => {
    const units = [...base, ...children].filter((u) => OFFICE_KINDS.has(u.kind));
    const options = units.map((u) => ({ value: u.id, label: unitName(u) }));
    if (extra && !options.some((o) => o.value === extra.id)) options.unshift({ value: extra.id, label: extra.nameTh });
    return options;
  }, [base, children, extra?.id]);
}
