// /assessments: the assessment programs the user works with (seed 004's SMART Saving Group
// activity) and the way to the instruments.
import { assessmentsApi } from '../api/assessments.js';
import { useSession } from '../features/auth/session.js';
import { thAssessments } from '../i18n/th-assessments.js';
import { Link } from '../router.js';
import { LinkButton } from '../ui/Button.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';
import { thaiDate } from '../features/savings/dates.js';
import { baht } from '../features/savings/money.js';

export function AssessmentsPage() {
  const t = thAssessments.list;
  const { can } = useSession();
  const { data, error, reload } = useLoad((signal) => assessmentsApi.programs(signal), []);
  return (
    <Page
      title={t.title}
      actions={
        <>
          <LinkButton to="/assessments/instruments" data-testid="instruments-link">
            {t.instruments}
          </LinkButton>
          {/* The route's permission; the form says so if no office in scope may run a program. */}
          {can('programs:manage') && (
            <LinkButton to="/assessments/new" variant="primary" data-testid="program-new">
              {t.create}
            </LinkButton>
          )}
        </>
      }
    >
      {error ? (
        <LoadError message={error} onRetry={reload} />
      ) : !data ? (
        <Spinner />
      ) : data.items.length === 0 ? (
        <Card>
          <p>{t.noPrograms}</p>
        </Card>
      ) : (
        data.items.map((p) => (
          <Card
            key={p.id}
            title={
              <Link to={`/assessments/${p.id}`} data-testid="program-link">
                {p.titleTh}
              </Link>
            }
          >
            <p>
              {t.fiscalYear(p.fiscalYear)} · {t.by} {p.orgUnit.nameTh} · {thAssessments.program.quota} {p.defaultQuota}{' '}
              · {thAssessments.program.support} {baht(p.supportPerGroup)} บาท ·{' '}
              {thAssessments.program.reportDays(p.reportDays)}
              {p.resultsDueOn ? ` · ${thAssessments.program.resultsDue} ${thaiDate(p.resultsDueOn)}` : ''}
            </p>
            <ul>
              {p.instruments.map((i) => (
                <li key={i.id}>
                  {i.titleTh} ({i.shapeTh})
                </li>
              ))}
            </ul>
          </Card>
        ))
      )}
    </Page>
  );
}
