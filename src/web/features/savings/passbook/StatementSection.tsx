// รายการเคลื่อนไหว on the passbook: a period (from joining to today unless changed), the server's
// statement for it, and the same statement as a printable PDF in a new tab.
import { useState } from 'react';
import { savingsApi } from '../../../api/savings.js';
import { th } from '../../../i18n/th.js';
import { LoadError } from '../../../ui/LoadError.js';
import { Spinner } from '../../../ui/Page.js';
import { useLoad } from '../../../ui/useLoad.js';
import { DateField } from '../DateField.js';
import { today } from '../dates.js';
import { StatementTable } from './StatementTable.js';

interface Props {
  groupId: string;
  memberNo: number;
  joinedOn: string;
}

export function StatementSection({ groupId, memberNo, joinedOn }: Props) {
  const t = th.savings.passbook;
  const [from, setFrom] = useState(joinedOn);
  const [to, setTo] = useState(today);
  // Only complete, valid dates are asked for; while one is being typed the last period stays.
  const [period, setPeriod] = useState({ from, to });
  if (from && to && (from !== period.from || to !== period.to)) setPeriod({ from, to });
  const { data, error, loading, reload } = useLoad(
    (s) => savingsApi.statement(groupId, memberNo, period, s),
    [groupId, memberNo, period.from, period.to],
  );

  return (
    <section aria-labelledby="pb-statement">
      <div className="section-head">
        <h2 id="pb-statement" className="section-title">
          {t.statement}
        </h2>
        <a
          className="btn btn--secondary"
          href={savingsApi.statementPdfUrl(groupId, memberNo, period)}
          target="_blank"
          rel="noopener"
          data-testid="statement-pdf"
        >
          {t.printPdf}
          <span className="visually-hidden"> {t.opensNewTab}</span>
        </a>
      </div>
      <div className="toolbar toolbar--period">
        <DateField id="pb-from" label={t.from} value={from} onChange={setFrom} data-testid="statement-from" />
        <DateField id="pb-to" label={t.to} value={to} onChange={setTo} data-testid="statement-to" />
      </div>
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && loading && <Spinner />}
      {data && (
        <div className={loading ? 'statement statement--busy' : 'statement'} aria-busy={loading || undefined}>
          <StatementTable statement={data} />
        </div>
      )}
    </section>
  );
}
