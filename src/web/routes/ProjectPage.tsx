// /projects/:id: the form in reading layout, its sign-off chain with this user's actions, the PDF
// and the project's plans.
import { useState } from 'react';
import { programsApi } from '../api/programs.js';
import type { Project } from '../api/programs-types.js';
import { useSession } from '../features/auth/session.js';
import { StatusPill } from '../features/programs/labels.js';
import { NewPlanForm } from '../features/programs/NewPlanForm.js';
import { ProjectView } from '../features/programs/ProjectView.js';
import { SignoffPanel } from '../features/programs/SignoffPanel.js';
import '../features/programs/programs.css';
import { thPrograms } from '../i18n/th-programs.js';
import { Link } from '../router.js';
import { LinkButton } from '../ui/Button.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function ProjectPage({ id }: { id: string }) {
  const v = thPrograms.view;
  const { can } = useSession();
  const { data, error, reload } = useLoad(
    async (signal) => {
      const [project, tags] = await Promise.all([programsApi.project(id, signal), programsApi.tags(signal)]);
      return { project, tags: tags.items };
    },
    [id],
  );
  const [fresh, setFresh] = useState<Project | null>(null);
  const p = fresh ?? data?.project;
  if (error)
    return (
      <Page title={thPrograms.list.title}>
        <LoadError message={error} onRetry={reload} />
      </Page>
    );
  if (!p || !data) return <Spinner />;
  const tagNames = data.tags.filter((g) => p.tags.includes(g.code)).map((g) => g.nameTh);
  return (
    <Page
      title={p.titleTh}
      before={<Link to="/projects">{thPrograms.list.title}</Link>}
      description={<StatusPill status={p.status} />}
      actions={
        <>
          <a
            className="btn btn--secondary"
            href={programsApi.pdfUrl(p.id)}
            target="_blank"
            rel="noreferrer"
            data-testid="project-pdf"
          >
            {v.pdf}
          </a>
          {p.actions.edit && (
            <LinkButton to={`/projects/${p.id}/edit`} data-testid="project-edit">
              {v.edit}
            </LinkButton>
          )}
        </>
      }
    >
      <div className="pg-layout">
        <ProjectView p={p} tagNames={tagNames} />
        <div className="pg-side">
          <SignoffPanel p={p} onChange={setFresh} />
          <Card title={v.plans}>
            {p.plans.length === 0 && <p>{v.noPlans}</p>}
            <ul className="pg-plans">
              {p.plans.map((pl) => (
                <li key={pl.id}>
                  <Link to={`/plans/${pl.id}`} data-testid="plan-link">
                    {pl.nameTh}
                  </Link>
                </li>
              ))}
            </ul>
            {can('programs:manage') && <NewPlanForm projectId={p.id} />}
          </Card>
        </div>
      </div>
    </Page>
  );
}
