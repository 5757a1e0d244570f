// /projects/new and /projects/:id/edit: the project form with the signer accounts and tags it offers.
import { useMemo } from 'react';
import { programsApi } from '../api/programs.js';
import { useSession } from '../features/auth/session.js';
import { useCurrentUnit } from '../features/org/current-unit.js';
import { ProjectForm } from '../features/programs/ProjectForm.js';
import { draftFrom, emptyDraft } from '../features/programs/project-form-model.js';
import { useUnitChoices } from '../features/programs/useUnitChoices.js';
import { thPrograms } from '../i18n/th-programs.js';
import { navigate } from '../router.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function ProjectEditPage({ id }: { id?: string }) {
  const { me } = useSession();
  const { current } = useCurrentUnit();
  const { data, error, reload } = useLoad(
    async (signal) => {
      const [signers, tags, project] = await Promise.all([
        programsApi.signers('', signal),
        programsApi.tags(signal),
        id ? programsApi.project(id, signal) : Promise.resolve(null),
      ]);
      return { signers: signers.items, tags: tags.items, project };
    },
    [id],
  );
  const saved = useMemo(
    () => (data?.project ? { id: data.project.orgUnitId, nameTh: data.project.orgUnitNameTh } : undefined),
    [data?.project],
  );
  const units = useUnitChoices(saved);
  const title = id ? thPrograms.form.editTitle : thPrograms.form.newTitle;
  return (
    <Page title={title}>
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <Spinner />}
      {data && (units.length > 0 || data.project) && (
        <ProjectForm
          projectId={id ?? null}
          initial={data.project ? draftFrom(data.project) : emptyDraft(current?.id ?? units[0]?.value ?? '', me.id)}
          units={units}
          signers={data.signers}
          tags={data.tags}
          onSaved={(p) => navigate(`/projects/${p.id}`)}
          onCancel={() => navigate(id ? `/projects/${id}` : '/projects')}
        />
      )}
    </Page>
  );
}
