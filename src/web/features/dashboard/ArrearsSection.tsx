// Loans in arrears under the unit, aged 1–30, 31–90, 91–180 and over 180 days. The loans' position
// is kept current, not by date, so these are today's arrears whatever date the page is set to —
// the note says so.
import type { ArrearsBucket, Dashboard } from '../../api/reports-types.js';
import { format, th } from '../../i18n/th.js';
import { Table } from '../../ui/Table.js';
import { thaiDate } from '../savings/dates.js';
import { baht } from '../savings/money.js';
import { ShareBar, Swatch } from './ShareBar.js';

type Row = { bucket: ArrearsBucket | 'total'; loans: number; outstanding: number; index: number };

export function ArrearsSection({ arrears, asOf }: { arrears: Dashboard['arrears']; asOf: string }) {
  const t = th.dashboard.arrears;
  const rows: Row[] = [
    ...arrears.buckets.map((b, index) => ({ ...b, index })),
    { bucket: 'total', loans: arrears.loans, outstanding: arrears.outstanding, index: -1 },
  ];
  const label = (r: Row) => (r.bucket === 'total' ? t.total : t.bucket[r.bucket]);
  return (
    <section aria-labelledby="arrears-h" className="dash-panel" data-testid="dashboard-arrears">
      <h2 id="arrears-h" className="section-title">
        {t.title}
      </h2>
      <p className={arrears.asOf === asOf ? 'muted' : 'dash-note'} data-testid="arrears-asof">
        {t.asOfNote(thaiDate(arrears.asOf))}
      </p>
      <ul className="figures figures--compact" aria-label={t.title}>
        <li className="figure" data-testid="arrears-loans">
          <span className="figure__label">{t.loans}</span>
          <span className="figure__value">{format.number(arrears.loans)}</span>{' '}
          <span className="figure__unit">{t.loansUnit}</span>
        </li>
        <li className="figure" data-testid="arrears-borrowers">
          <span className="figure__label">{t.borrowers}</span>
          <span className="figure__value">{format.number(arrears.borrowers)}</span>{' '}
          <span className="figure__unit">{th.savings.overview.peopleUnit}</span>
        </li>
        <li className="figure" data-testid="arrears-outstanding">
          <span className="figure__label">{t.outstanding}</span>
          <span className="figure__value">{baht(arrears.outstanding)}</span>{' '}
          <span className="figure__unit">{th.savings.bahtUnit}</span>
        </li>
      </ul>
      {arrears.loans === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <>
          <h3 className="subheading">{t.buckets}</h3>
          <ShareBar
            label={t.share}
            tone="severity"
            parts={arrears.buckets.map((b) => ({
              key: b.bucket,
              label: t.bucket[b.bucket],
              value: b.outstanding,
              text: `${baht(b.outstanding)} ${th.savings.bahtUnit}`,
            }))}
          />
          <Table<Row>
            caption={t.buckets}
            captionHidden
            testId="arrears-table"
            rowTestId="arrears-row"
            rows={rows}
            rowKey={(r) => r.bucket}
            columns={[
              {
                key: 'bucket',
                header: t.colBucket,
                cell: (r) => (
                  <>
                    {r.index >= 0 && <Swatch index={r.index} tone="severity" />}
                    {r.bucket === 'total' ? <strong>{label(r)}</strong> : label(r)}
                  </>
                ),
              },
              { key: 'loans', header: t.colLoans, className: 'col-num', cell: (r) => format.number(r.loans) },
              { key: 'outstanding', header: t.colOutstanding, className: 'col-num', cell: (r) => baht(r.outstanding) },
            ]}
          />
        </>
      )}
    </section>
  );
}
