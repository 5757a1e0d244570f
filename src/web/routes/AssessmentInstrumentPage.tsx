// /assessments/instruments/:id: one instrument version, dimension by dimension.
import { assessmentsApi } from '../api/assessments.js';
import { passRuleText } from '../features/assessments/labels.js';
import { SampleBadge } from '../features/assessments/SampleBadge.js';
import { thAssessments } from '../i18n/th-assessments.js';
import { Link } from '../router.js';
import { Alert } from '../ui/Alert.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function AssessmentInstrumentPage({ id }: { id: string }) {
  const t = thAssessments.instruments;
  const { data: i, error, reload } = useLoad((signal) => assessmentsApi.instrument(id, signal), [id]);
  if (error) return <LoadError message={error} onRetry={reload} />;
  if (!i) return <Spinner />;
  return (
    <Page
      title={i.titleTh}
      before={<Link to="/assessments/instruments">{t.title}</Link>}
      description={
        <>
          {t.version(i.version)} · {i.shapeTh} <SampleBadge isSample={i.isSample} />
        </>
      }
      actions={
        <a className="btn btn--secondary" href={assessmentsApi.instrumentXlsxUrl(i.id)} download>
          {t.export}
        </a>
      }
    >
      {i.isSample && <Alert tone="warning">{thAssessments.sampleNote}</Alert>}
      {i.descriptionTh && <p>{i.descriptionTh}</p>}
      {i.dimensions.map((d) => (
        <Card key={d.code} title={`${t.dimension} ${d.code}. ${d.titleTh}`}>
          <ol className="as-evidence">
            {d.indicators.map((x) => (
              <li key={x.code} className="as-indicator">
                <p className="as-indicator__text">
                  <span className="as-indicator__code">{x.code}</span>
                  {x.textTh}
                </p>
                <p className="muted">
                  {thAssessments.answerTypes[x.answer.type]} · {passRuleText(x.answer)}
                  {x.weight > 1 ? ` · ${x.weight} คะแนน` : ''}
                  {x.evidenceRequired
                    ? ` · ${thAssessments.answers.evidenceRequired}${x.evidenceTh ? ` (${x.evidenceTh})` : ''}`
                    : ''}
                  {x.ledgerSource ? ` · ${t.ledger}: ${i.ledgerSourcesTh[x.ledgerSource] ?? x.ledgerSource}` : ''}
                </p>
              </li>
            ))}
          </ol>
        </Card>
      ))}
    </Page>
  );
}
