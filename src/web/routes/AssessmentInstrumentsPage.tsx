// /assessments/instruments: every instrument version (samples marked as such), its Excel download,
// and for the department an import of its own instrument texts from Excel.
import { useState } from 'react';
import { assessmentsApi } from '../api/assessments.js';
import type { InstrumentSummary } from '../api/assessments-types.js';
import { ApiError, errorMessageTh } from '../api/client.js';
import type { FieldIssue } from '../api/types.js';
import { useSession } from '../features/auth/session.js';
import { SampleBadge } from '../features/assessments/SampleBadge.js';
import { FormError } from '../features/savings/FormError.js';
import { useIdempotencyKey } from '../features/savings/useIdempotencyKey.js';
import { thAssessments } from '../i18n/th-assessments.js';
import { Link } from '../router.js';
import { useToast } from '../ui/Alert.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { Table } from '../ui/Table.js';
import { useLoad } from '../ui/useLoad.js';

export function AssessmentInstrumentsPage() {
  const t = thAssessments.instruments;
  const toast = useToast();
  const { can } = useSession();
  const idem = useIdempotencyKey();
  const { data, error, reload } = useLoad((signal) => assessmentsApi.instruments(signal), []);
  const [busy, setBusy] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const upload = async (file: File) => {
    setBusy(true);
    setImportError(null);
    setIssues([]);
    try {
      const i = await assessmentsApi.importInstrument(file, idem.key());
      idem.reset();
      toast(t.imported(i.titleTh, i.version));
      reload();
    } catch (e) {
      setImportError(errorMessageTh(e));
      if (e instanceof ApiError) setIssues(e.issues);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title={t.title} before={<Link to="/assessments">{thAssessments.list.title}</Link>}>
      {error ? (
        <LoadError message={error} onRetry={reload} />
      ) : !data ? (
        <Spinner />
      ) : (
        <Card>
          <Table<InstrumentSummary>
            caption={t.title}
            captionHidden
            cards
            rows={data.items}
            rowKey={(i) => i.id}
            rowTestId="instrument-row"
            columns={[
              {
                key: 'title',
                header: t.title,
                cell: (i) => (
                  <>
                    <Link to={`/assessments/instruments/${i.id}`}>{i.titleTh}</Link>{' '}
                    <SampleBadge isSample={i.isSample} />
                  </>
                ),
              },
              { key: 'version', header: t.version(0).replace(' 0', ''), cell: (i) => t.version(i.version) },
              { key: 'shape', header: t.shape, cell: (i) => i.shapeTh },
              {
                key: 'xlsx',
                header: t.export,
                cell: (i) => (
                  <a href={assessmentsApi.instrumentXlsxUrl(i.id)} download>
                    {t.export}
                  </a>
                ),
              },
            ]}
          />
        </Card>
      )}
      {can('programs:manage') && (
        <Card title={t.import}>
          <p className="muted">{t.importHint}</p>
          <label className="btn btn--secondary" aria-busy={busy || undefined}>
            {t.chooseFile}
            <input
              type="file"
              className="visually-hidden"
              accept=".xlsx"
              data-testid="instrument-import"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void upload(file);
                e.target.value = '';
              }}
            />
          </label>
          <FormError message={importError} other={issues} testId="import-error" />
        </Card>
      )}
    </Page>
  );
}
