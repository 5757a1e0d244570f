// The group at a glance: where it is, its development level over time, the rules in force and the
// committees.
import type { Group } from '../../api/savings-types.js';
import { format, th } from '../../i18n/th.js';
import { Fact, Facts } from '../../ui/Facts.js';
import { Card } from '../../ui/Page.js';
import { unitNameById } from '../org/labels.js';
import { CommitteeSeats } from './admin/CommitteeSeats.js';
import { thaiDate } from './dates.js';
import { baht, percentText } from './money.js';

export function GroupSummaryView({ group: g }: { group: Group }) {
  const t = th.savings.group;
  const r = g.rules;
  const rt = th.savings.register;
  return (
    <div className="grid grid--wide" data-testid="group-summary">
      <Card title={t.about}>
        <Facts>
          <Fact label={t.location} value={unitNameById(g.orgUnitId, g.orgUnitNameTh)} />
          <Fact label={t.district} value={unitNameById(g.districtId, g.districtNameTh)} />
          <Fact label={t.founded} value={thaiDate(g.foundedOn)} />
          <Fact label={t.activeMembers} value={th.savings.members.count(g.activeMembers)} />
          <Fact label={t.level} value={g.level ? th.savings.groups.level(g.level) : th.common.none} />
          <Fact
            label={t.fundCentre}
            value={g.fundCentre.at(-1)?.leads ? t.fundCentreOf(g.fundCentre.at(-1)!.centreNameTh) : t.fundCentreNone}
          />
          <Fact label={t.closedThrough} value={g.closedThrough ? thaiDate(g.closedThrough) : t.notClosed} />
        </Facts>
        <h3 className="subheading">{t.levelHistory}</h3>
        <ul className="plain-list">
          {g.levels.map((l) => (
            <li key={l.effectiveOn}>
              {th.savings.groups.level(l.level)} · {t.since(thaiDate(l.effectiveOn))}
              {l.note && <span className="muted"> — {l.note}</span>}
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t.rulesInForce(thaiDate(g.rulesEffectiveFrom))}>
        <Facts>
          <Fact
            label={rt.pledgeAmounts}
            value={
              r.pledge.mode === 'amounts'
                ? r.pledge.amounts.map(baht).join(' · ')
                : t.shares(baht(r.pledge.shareValue), r.pledge.minShares, r.pledge.maxShares)
            }
          />
          <Fact label={rt.entryFee} value={t.bahtAmount(baht(r.entryFee))} />
          <Fact label={rt.meetingDay} value={t.meetingDayOf(r.meetingDay)} />
          <Fact label={rt.specialRate} value={`${percentText(r.specialSavingsAnnualRateBp)} %`} />
          <Fact label={rt.dividendMethod} value={rt.dividendMethods[r.dividendMethod]} />
        </Facts>
        <h3 className="subheading">{rt.sectionAllocation}</h3>
        <ul className="plain-list plain-list--tight">
          {r.allocation.map((a) => (
            <li key={a.pool} className="split-line">
              <span>{rt.pools[a.pool]}</span>
              <span className="num">{percentText(a.bp)} %</span>
            </li>
          ))}
        </ul>
      </Card>
      <Card title={rt.sectionLoanTypes}>
        {r.loanTypes.length === 0 && <p className="muted">{t.noLoanTypes}</p>}
        <ul className="plain-list">
          {r.loanTypes.map((l) => (
            <li key={l.code}>
              <strong>{l.nameTh}</strong>
              <br />
              <span className="muted">
                {t.loanTypeLine(
                  percentText(l.annualRateBp),
                  rt.loanMethods[l.method],
                  format.number(l.maxTermMonths),
                  l.guarantorsRequired,
                )}
                {l.savingsMultiple > 0 && ` · ${t.multipleOf(l.savingsMultiple)}`}
                {l.absoluteCap > 0 && ` · ${t.capOf(baht(l.absoluteCap))}`}
              </span>
            </li>
          ))}
        </ul>
      </Card>
      <CommitteeSeats seats={g.committeeSeats} />
    </div>
  );
}
