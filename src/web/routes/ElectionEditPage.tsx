// /votes/new and /votes/:id/edit: define an election as a draft, organised by the current office.
import { votesApi } from '../api/votes.js';
import { toRef, useCurrentUnit } from '../features/org/current-unit.js';
import { unitName } from '../features/org/labels.js';
import { ElectionForm } from '../features/votes/ElectionForm.js';
import { thVotes } from '../i18n/th-votes.js';
import { Link, navigate } from '../router.js';
import { useToast } from '../ui/Alert.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function ElectionEditPage({ id }: { id?: string }) {
  const t = thVotes.form;
  const toast = useToast();
  const { current, scope, scopeLoaded } = useCurrentUnit();
  const existing = useLoad((signal) => (id ? votesApi.get(id, signal) : Promise.resolve(null)), [id]);
  const office = (k: string) => k === 'province' || k === 'district';
  const organiser = current && office(current.kind) ? current : (scope.find((u) => office(u.kind)) ?? null);
  const saved = (electionId: string) => {
    toast(t.saved);
    navigate(`/votes/${electionId}`);
  };
  return (
    <Page title={id ? t.editTitle : t.newTitle} before={<Link to="/votes">{thVotes.list.title}</Link>} narrow>
      {existing.error ? (
        <LoadError message={existing.error} onRetry={existing.reload} />
      ) : id ? (
        existing.data ? (
          <ElectionForm organiser={existing.data.organiser} initial={existing.data} onSaved={(e) => saved(e.id)} />
        ) : (
          <Spinner />
        )
      ) : !scopeLoaded ? (
        <Spinner />
      ) : organiser ? (
        <ElectionForm
          key={organiser.id}
          organiser={{ id: organiser.id, nameTh: t.office(unitName(toRef(organiser))) }}
          onSaved={(e) => saved(e.id)}
        />
      ) : (
        <p className="muted">{t.noUnit}</p>
      )}
    </Page>
  );
}
