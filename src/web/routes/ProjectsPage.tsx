// /projects: projects of the units in scope and those waiting for the user's signature.
import { programsApi } from '../api/programs.js';
import type { ProjectStatus, ProjectSummary } from '../api/programs-types.js';
import { useSession } from '../features/auth/session.js';
import { StatusPill, shortDate, thaiNumber } from '../features/programs/labels.js';
import '../features/programs/programs.css';
import { thPrograms } from '../i18n/th-programs.js';
import { href, Link, navigate, useLocation } from '../router.js';
import { LinkButton } from '../ui/Button.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { Select } from '../ui/Select.js';
import { Table } from '../ui/Table.js';
import { useLoad } from '../ui/useLoad.js';

export function ProjectsPage() {
  const t = thPrograms.list;
  const { can } = useSession();
  const { query } = useLocation();
  const status = (query.get('status') ?? '') as ProjectStatus | '';
  const { data, error, loading, reload } = useLoad((signal) => programsApi.projects({ status }, signal), [status]);
  return (
    <Page
      title={t.title}
      description={t.description}
      actions={
        can('programs:manage') && (
          <LinkButton to="/projects/new" variant="primary" data-testid="project-new">
            + {t.create}
          </LinkButton>
        )
      }
    >
      <div className="toolbar">
        <Select
          className="toolbar__filter"
          label={t.statusFilter}
          value={status}
          onChange={(s) => navigate(href('/projects', { status: s }), { replace: true })}
          options={[
            { value: '', label: t.all },
            ...(['draft', 'submitted', 'approved'] as const).map((s) => ({ value: s, label: thPrograms.status[s]! })),
          ]}
        />
      </div>
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && loading && <Spinner />}
      {data && (
        <Table<ProjectSummary>
          caption={t.title}
          captionHidden
          cards
          busy={loading}
          testId="projects-table"
          rowTestId="project-row"
          rows={data.items}
          rowKey={(p) => p.id}
          empty={t.empty}
          columns={[
            {
              key: 'no',
              header: t.number,
              cell: (p) => (p.registerNumber ? thaiNumber(p.registerNumber) : '—'),
              className: 'pg-num',
            },
            { key: 'name', header: t.name, cell: (p) => <Link to={`/projects/${p.id}`}>{p.titleTh}</Link> },
            { key: 'unit', header: t.unit, cell: (p) => p.orgUnitNameTh },
            { key: 'period', header: t.period, cell: (p) => `${shortDate(p.startsOn)} – ${shortDate(p.endsOn)}` },
            {
              key: 'status',
              header: t.status,
              cell: (p) => (
                <>
                  <StatusPill status={p.status} />
                  {p.nextSigner && (
                    <span className="pg-next">
                      {' '}
                      {t.waitingFor} {p.nextSigner.fullName}
                    </span>
                  )}
                </>
              ),
            },
          ]}
        />
      )}
    </Page>
  );
}
