// The headline figures of an area's savings groups: groups, members, savings, borrowers, amount
// lent and what is still owed — each, when a past month is given, with its change since then.
import type { RollupFigures as Figures } from '../../../api/reports-types.js';
import { format, th } from '../../../i18n/th.js';
import { monthShort } from '../../dashboard/months.js';
import { baht } from '../money.js';

type Key = 'groups' | 'members' | 'savings' | 'borrowers' | 'lent' | 'outstanding';

interface Props {
  figures: Figures;
  /** End-of-month figures to compare with ('YYYY-MM-01' month). */
  since?: { figures: Figures; month: string } | undefined;
}

export function RollupFigures({ figures: f, since }: Props) {
  const t = th.savings.overview;
  const items: { key: Key; label: string; value: string; unit: string; money: boolean; note?: string }[] = [
    { key: 'groups', label: t.groups, value: format.number(f.groups), unit: t.groupsUnit, money: false },
    { key: 'members', label: t.members, value: format.number(f.members), unit: t.peopleUnit, money: false },
    {
      key: 'savings',
      label: t.savings,
      value: baht(f.savings),
      unit: th.savings.bahtUnit,
      money: true,
      note: t.savingsSplit(baht(f.pledgedSavings), baht(f.specialSavings)),
    },
    { key: 'borrowers', label: t.borrowers, value: format.number(f.borrowers), unit: t.peopleUnit, money: false },
    { key: 'lent', label: t.lent, value: baht(f.lent), unit: th.savings.bahtUnit, money: true },
    { key: 'outstanding', label: t.outstanding, value: baht(f.outstanding), unit: th.savings.bahtUnit, money: true },
  ];
  return (
    <ul className="figures" aria-label={t.figuresLabel}>
      {items.map((i) => (
        <li key={i.key} className="figure" data-testid={`figure-${i.key}`}>
          <span className="figure__label">{i.label}</span>
          <span className="figure__value">{i.value}</span> <span className="figure__unit">{i.unit}</span>
          {i.note && <span className="figure__note">{i.note}</span>}
          {since && <Change now={f[i.key]} then={since.figures[i.key]} month={since.month} money={i.money} />}
        </li>
      ))}
    </ul>
  );
}

function Change({ now, then, month, money }: { now: number; then: number; month: string; money: boolean }) {
  const d = th.dashboard;
  const delta = Math.abs(now - then);
  const text = money ? baht(delta) : format.number(delta);
  const m = monthShort(month);
  const dir = now > then ? 'up' : now < then ? 'down' : 'same';
  return (
    <span className={`figure__change figure__change--${dir}`} data-testid="figure-change">
      {dir === 'same' ? d.same(m) : d[dir](text, m)}
    </span>
  );
}
