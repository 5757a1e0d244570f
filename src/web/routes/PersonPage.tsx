import { useCallback, useEffect, useState } from 'react';
import { api, errorMessageTh } from '../api/client.js';
import type { Person } from '../api/types.js';
import { PersonHistory } from '../features/audit/PersonHistory.js';
import { useSession } from '../features/auth/session.js';
import { useCurrentUnit } from '../features/org/current-unit.js';
import { PersonForm } from '../features/people/PersonForm.js';
import { useReference } from '../features/people/reference.js';
import { format, th } from '../i18n/th.js';
import { Link, navigate } from '../router.js';
import { Alert, useToast } from '../ui/Alert.js';
import { Button } from '../ui/Button.js';
import { Page, Spinner } from '../ui/Page.js';

/** /people/new (create) or /people/:id (edit, or view without people:write). */
export function PersonPage({ id }: { id?: string }) {
  const { can } = useSession();
  const { current } = useCurrentUnit();
  const reference = useReference();
  const toast = useToast();
  const [person, setPerson] = useState<Person | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadKey, setLoadKey] = useState(0);

  useEffect(() => {
    if (!id) return;
    const ac = new AbortController();
    setError(null);
    api.person(id, ac.signal).then(setPerson, (e: unknown) => !ac.signal.aborted && setError(errorMessageTh(e)));
    return () => ac.abort();
  }, [id, loadKey]);

  const reload = useCallback(() => {
    setPerson(null);
    setLoadKey((k) => k + 1);
  }, []);

  const readOnly = !can('people:write');
  const title = !id ? th.people.createTitle : readOnly ? th.people.viewTitle : th.people.editTitle;
  const back = () => (window.history.length > 1 ? window.history.back() : navigate('/people'));

  let body;
  if (error) {
    body = (
      <Alert
        tone="error"
        actions={
          <Button small onClick={reload}>
            {th.common.retry}
          </Button>
        }
      >
        {error}
      </Alert>
    );
  } else if (reference.error) {
    body = (
      <Alert
        tone="error"
        actions={
          <Button small onClick={reference.reload}>
            {th.common.retry}
          </Button>
        }
      >
        {reference.error}
      </Alert>
    );
  } else if (!reference.data || (id && !person)) {
    body = <Spinner />;
  } else {
    body = (
      <PersonForm
        key={person ? `${person.id}:${person.version}` : 'new'}
        person={person}
        reference={reference.data}
        defaultUnitId={current?.id ?? null}
        readOnly={readOnly}
        onSaved={(p, created) => {
          toast(created ? th.people.created : th.people.updated);
          if (created) navigate(`/people/${encodeURIComponent(p.id)}`, { replace: true });
          else setPerson(p);
        }}
        onNoChanges={() => toast(th.people.noChanges, 'info')}
        onReload={reload}
        onCancel={back}
      />
    );
  }

  return (
    <Page
      title={person ? `${title}: ${person.fullName}` : title}
      before={
        <p className="crumbs">
          <Link to="/people">‹ {th.people.backToList}</Link>
        </p>
      }
      description={
        person && (
          <dl className="meta">
            <div>
              <dt>{th.people.createdAt}</dt>
              <dd>{format.date(person.createdAt)}</dd>
            </div>
            <div>
              <dt>{th.people.updatedAt}</dt>
              <dd>{format.date(person.updatedAt)}</dd>
            </div>
          </dl>
        )
      }
    >
      {readOnly && id && person && <Alert tone="info">{th.people.readOnly}</Alert>}
      {body}
      {person && can('audit:read') && <PersonHistory key={`${person.id}:${person.version}`} person={person} />}
    </Page>
  );
}
