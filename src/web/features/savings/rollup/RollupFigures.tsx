// The headline figures of an area's savings groups: groups, members, savings, borrowers, amount
// lent and what is still owed.
import type { RollupFigures as Figures } from '../../../api/reports-types.js';
import { format, th } from '../../../i18n/th.js';
import { baht } from '../money.js';

export function RollupFigures({ figures: f }: { figures: Figures }) {
  const t = th.savings.overview;
  const items: { key: string; label: string; value: string; unit: string; note?: string }[] = [
    { key: 'groups', label: t.groups, value: format.number(f.groups), unit: t.groupsUnit },
    { key: 'members', label: t.members, value: format.number(f.members), unit: t.peopleUnit },
    {
      key: 'savings',
      label: t.savings,
      value: baht(f.savings),
      unit: th.savings.bahtUnit,
      note: t.savingsSplit(baht(f.pledgedSavings), baht(f.specialSavings)),
    },
    { key: 'borrowers', label: t.borrowers, value: format.number(f.borrowers), unit: t.peopleUnit },
    { key: 'lent', label: t.lent, value: baht(f.lent), unit: th.savings.bahtUnit },
    { key: 'outstanding', label: t.outstanding, value: baht(f.outstanding), unit: th.savings.bahtUnit },
  ];
  return (
    <ul className="figures" aria-label={t.figuresLabel}>
      {items.map((i) => (
        <li key={i.key} className="figure" data-testid={`figure-${i.key}`}>
          <span className="figure__label">{i.label}</span>
          <span className="figure__value">{i.value}</span> <span className="figure__unit">{i.unit}</span>
          {i.note && <span className="figure__note">{i.note}</span>}
        </li>
      ))}
    </ul>
  );
}
