// /assessments/new: the department or a province office starts an assessment program (seed 004's
// SMART Saving Group activity). The offices offered are those of the switcher's unit and its
// children that may run one (the department, provinces with an office).
import { assessmentsApi } from '../api/assessments.js';
import { ProgramForm } from '../features/assessments/ProgramForm.js';
import { useUnitOptions } from '../features/org/useUnitOptions.js';
import { thAssessments } from '../i18n/th-assessments.js';
import { Link } from '../router.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function AssessmentProgramNewPage() {
  const { base, children } = useUnitOptions();
  const instruments = useLoad((signal) => assessmentsApi.instruments(signal), []);
  const offices = [...base, ...children].filter(
    (u) => u.kind === 'department' || (u.kind === 'province' && u.hasOffice),
  );
  return (
    <Page title={thAssessments.create.title} before={<Link to="/assessments">{thAssessments.list.title}</Link>}>
      {instruments.error ? (
        <LoadError message={instruments.error} onRetry={instruments.reload} />
      ) : !instruments.data || base.length === 0 ? (
        <Spinner />
      ) : offices.length === 0 ? (
        <Card>
          <p className="muted">{thAssessments.create.noOffice}</p>
        </Card>
      ) : (
        <ProgramForm key={offices[0]!.id} offices={offices} instruments={instruments.data.items} />
      )}
    </Page>
  );
}
