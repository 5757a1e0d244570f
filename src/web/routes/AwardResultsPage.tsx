// /awards/:id/results: after the chair closes scoring, the committee sees each category's ranking
// with aggregates, spread flags and tie-breaks, and the per-criterion averages; the chair records
// the decision here, and the chair or organiser announces it.
import { useEffect, useState } from 'react';
import { awardsApi } from '../api/awards.js';
import type { AwardCall, Certificate } from '../api/awards-types.js';
import { CallActions } from '../features/awards/CallActions.js';
import { DecisionForm } from '../features/awards/DecisionForm.js';
import { CallStatusBadge } from '../features/awards/labels.js';
import { CriterionTable, RankingTable } from '../features/awards/RankingTable.js';
import { WinnersCard } from '../features/awards/WinnersCard.js';
import { thAwards } from '../i18n/th-awards.js';
import { Link } from '../router.js';
import { Fact, Facts } from '../ui/Facts.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function AwardResultsPage({ id }: { id: string }) {
  const t = thAwards.results;
  const [tick, setTick] = useState(0);
  const { data, error, reload } = useLoad(
    async (signal) => {
      const [call, results] = await Promise.all([awardsApi.get(id, signal), awardsApi.results(id, signal)]);
      return { call, results };
    },
    [id, tick],
  );
  const [call, setCall] = useState<AwardCall | null>(null);
  const [certificates, setCertificates] = useState<Certificate[] | null>(null);
  useEffect(() => setCall(data?.call ?? null), [data]);
  if (error)
    return (
      <Page title={t.title}>
        <LoadError message={error} onRetry={reload} />
      </Page>
    );
  if (!data || !call) return <Spinner />;
  const { results } = data;
  const changed = (next: AwardCall) => {
    setCall(next);
    setTick((n) => n + 1);
  };
  return (
    <Page
      title={t.title}
      before={<Link to={`/awards/${id}`}>{call.title}</Link>}
      description={<CallStatusBadge status={call.status} />}
    >
      <Card>
        <Facts>
          <Fact label={t.rule} value={results.aggregationRuleTh} />
          <Fact label={thAwards.call.spread} value={thAwards.rubric.totalOf(results.spreadThreshold)} />
          {call.tieBreaks.length > 0 && (
            <Fact
              label={thAwards.call.tieBreaks}
              value={call.tieBreaks.map((r, i) => thAwards.call.tieBreakN(i + 1, r.labelTh)).join(' · ')}
            />
          )}
        </Facts>
      </Card>
      {results.categories.map((k) => (
        <section key={k.code} className="aw-results" data-testid="results-category">
          <h2 className="section-title">{k.nameTh}</h2>
          <RankingTable category={k} spreadThreshold={results.spreadThreshold} />
          <details className="aw-details">
            <summary>{t.criteria}</summary>
            <CriterionTable category={k} />
          </details>
        </section>
      ))}
      {call.viewer.member?.role === 'chair' && call.status === 'closed' && (
        <DecisionForm call={call} results={results} onDone={changed} />
      )}
      <WinnersCard call={call} certificates={certificates} onCertificates={setCertificates} />
      {call.status === 'decided' && <CallActions call={call} onChange={changed} onCertificates={setCertificates} />}
    </Page>
  );
}
