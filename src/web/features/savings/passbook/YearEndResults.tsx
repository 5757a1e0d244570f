// The member's share of each past year-end close: dividend, interest refund, special-savings
// interest, and the sentence explaining how it was worked out. Hidden when there are none.
import { reportsApi } from '../../../api/reports.js';
import type { YearEndMemberResult } from '../../../api/reports-types.js';
import { th } from '../../../i18n/th.js';
import { Fact, Facts } from '../../../ui/Facts.js';
import { Card } from '../../../ui/Page.js';
import { useLoad } from '../../../ui/useLoad.js';
import { thaiDate } from '../dates.js';
import { baht } from '../money.js';

async function memberResults(groupId: string, memberNo: number, signal: AbortSignal) {
  const { items } = await reportsApi.yearEnds(groupId, signal);
  // A close from before the member joined has no line for them: skip it.
  const all = await Promise.allSettled(
    items.map((y) => reportsApi.yearEndMember(groupId, y.through, memberNo, signal)),
  );
  return all.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
}

export function YearEndResults({ groupId, memberNo }: { groupId: string; memberNo: number }) {
  const t = th.savings.yearEnd;
  const { data } = useLoad((s) => memberResults(groupId, memberNo, s), [groupId, memberNo]);
  if (!data || data.length === 0) return null;
  return (
    <section aria-labelledby="pb-year-end" data-testid="passbook-year-end">
      <h2 id="pb-year-end" className="section-title">
        {t.memberTitle}
      </h2>
      <div className="grid">
        {data.map((y) => (
          <YearEndCard key={y.through} y={y} />
        ))}
      </div>
    </section>
  );
}

function YearEndCard({ y }: { y: YearEndMemberResult }) {
  const t = th.savings.yearEnd;
  const m = y.member;
  return (
    <Card title={t.memberLine(thaiDate(y.through))}>
      <Facts>
        <Fact label={t.colDividend} value={th.savings.bahtN(baht(m.dividend))} />
        <Fact label={t.colRefund} value={th.savings.bahtN(baht(m.refund))} />
        <Fact label={t.colSpecialInterest} value={th.savings.bahtN(baht(m.specialInterest))} />
        <Fact label={t.colTotal} value={<strong>{th.savings.bahtN(baht(m.total))}</strong>} />
      </Facts>
      <p className="entry-note">{m.explanationTh}</p>
    </Card>
  );
}
