// What a year-end close posts, as the server computed it: the year's profit, how it is shared into
// pools, and what each member receives with the sentence explaining why.
import type { YearEndComputation, YearEndMember, YearEndPool } from '../../../api/reports-types.js';
import { th } from '../../../i18n/th.js';
import { Fact, Facts } from '../../../ui/Facts.js';
import { Card } from '../../../ui/Page.js';
import { Table } from '../../../ui/Table.js';
import { thaiDate } from '../dates.js';
import { baht, percentText } from '../money.js';

export function YearEndPreview({ c }: { c: YearEndComputation }) {
  const t = th.savings.yearEnd;
  return (
    <div className="stack" data-testid="year-end-preview">
      <div className="grid">
        <Card title={t.profitTitle(thaiDate(c.periodFrom), thaiDate(c.through))}>
          <Facts>
            <Fact label={t.totalIncome} value={th.savings.bahtN(baht(c.totalIncome))} />
            <Fact label={t.totalExpenses} value={th.savings.bahtN(baht(c.totalExpenses))} />
            <Fact label={t.specialInterestTotal} value={th.savings.bahtN(baht(c.specialInterestTotal))} />
            <Fact
              label={t.netProfit}
              value={
                <strong className="num" data-testid="year-end-net-profit">
                  {th.savings.bahtN(baht(c.netProfit))}
                </strong>
              }
            />
          </Facts>
        </Card>
        {c.notesTh.length > 0 && (
          <Card title={t.notes}>
            <ul className="plain-list plain-list--tight">
              {c.notesTh.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          </Card>
        )}
      </div>
      <h3 className="subheading">{t.poolsCaption}</h3>
      <Table<YearEndPool>
        caption={t.poolsCaption}
        captionHidden
        testId="year-end-pools"
        rowTestId="year-end-pool"
        rows={c.pools}
        rowKey={(p) => p.pool}
        columns={[
          {
            key: 'name',
            header: t.colPool,
            cell: (p) => (
              <>
                {p.nameTh}
                {p.movedToReserve && <span className="entry-note">{t.movedToReserve}</span>}
              </>
            ),
          },
          { key: 'share', header: t.colShare, className: 'col-num', cell: (p) => `${percentText(p.bp)} %` },
          { key: 'amount', header: t.colAmount, className: 'col-num', cell: (p) => baht(p.amount) },
        ]}
      />
      <h3 className="subheading">{t.membersCaption(c.members.length)}</h3>
      <YearEndMembersTable members={c.members} />
    </div>
  );
}

function YearEndMembersTable({ members }: { members: YearEndMember[] }) {
  const t = th.savings.yearEnd;
  return (
    <Table<YearEndMember>
      caption={t.membersCaption(members.length)}
      captionHidden
      cards
      testId="year-end-members"
      rowTestId="year-end-member"
      rows={members}
      rowKey={(m) => String(m.memberNo)}
      empty={th.savings.members.empty}
      columns={[
        {
          key: 'member',
          header: t.colMember,
          className: 'col-primary',
          cell: (m) => (
            <>
              <strong>
                {m.memberNo} {m.fullName}
              </strong>
              {!m.eligible && <span className="name-en">{t.notEligible}</span>}
              <span className="entry-note">{m.explanationTh}</span>
            </>
          ),
        },
        { key: 'dividend', header: t.colDividend, className: 'col-num', cell: (m) => baht(m.dividend) },
        { key: 'refund', header: t.colRefund, className: 'col-num', cell: (m) => baht(m.refund) },
        {
          key: 'specialInterest',
          header: t.colSpecialInterest,
          className: 'col-num',
          cell: (m) => baht(m.specialInterest),
        },
        { key: 'total', header: t.colTotal, className: 'col-num col-balance', cell: (m) => baht(m.total) },
      ]}
    />
  );
}
