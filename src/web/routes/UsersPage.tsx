// /users: login accounts within the administrator's scope; create one, change roles, suspend.
import { useEffect, useState } from 'react';
import { api, errorMessageTh } from '../api/client.js';
import type { UserSummary } from '../api/types.js';
import { useSession } from '../features/auth/session.js';
import { useReference } from '../features/people/reference.js';
import { CreateUserForm } from '../features/users/CreateUserForm.js';
import { EditRolesForm } from '../features/users/EditRolesForm.js';
import { editButtonId, UsersTable } from '../features/users/UsersTable.js';
import { th } from '../i18n/th.js';
import { Alert, useToast } from '../ui/Alert.js';
import { Button } from '../ui/Button.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { Page, Spinner } from '../ui/Page.js';

export function UsersPage() {
  const t = th.users;
  const { me } = useSession();
  const reference = useReference();
  const toast = useToast();
  const [users, setUsers] = useState<UserSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [reloadKey, setReloadKey] = useState(0);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ user: UserSummary; password: string } | null>(null);
  const [editing, setEditing] = useState<UserSummary | null>(null);
  const [toggling, setToggling] = useState<UserSummary | null>(null);
  const [toggleBusy, setToggleBusy] = useState(false);
  const [toggleError, setToggleError] = useState<string | null>(null);

  useEffect(() => {
    const ac = new AbortController();
    setLoading(true);
    setError(null);
    api.users(ac.signal).then(
      (r) => {
        setUsers(r.items);
        setLoading(false);
      },
      (e: unknown) => {
        if (ac.signal.aborted) return;
        setError(errorMessageTh(e));
        setLoading(false);
      },
    );
    return () => ac.abort();
  }, [reloadKey]);

  const replace = (u: UserSummary) => setUsers((all) => all && all.map((x) => (x.id === u.id ? u : x)));

  async function toggle() {
    if (!toggling) return;
    setToggleBusy(true);
    setToggleError(null);
    try {
      const u = await api.updateUser(toggling.id, { isActive: !toggling.isActive });
      replace(u);
      toast(u.isActive ? t.didActivate(u.username) : t.didSuspend(u.username));
      setToggling(null);
    } catch (err) {
      setToggleError(errorMessageTh(err));
    } finally {
      setToggleBusy(false);
    }
  }

  // Closing a form unmounts what had focus: put it back on the control that opened the form.
  const focusLater = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus(), 0);
  const closeCreate = () => {
    setCreating(false);
    focusLater('users-create');
  };
  const closeEdit = (userId: string) => {
    setEditing(null);
    focusLater(editButtonId(userId));
  };

  const taken = new Set(users?.map((u) => u.personId));
  return (
    <Page
      title={t.title}
      description={t.description}
      actions={
        !creating && (
          <Button
            variant="primary"
            onClick={() => {
              setCreating(true);
              setEditing(null);
              setCreated(null);
            }}
            id="users-create"
            data-testid="users-create"
          >
            + {t.create}
          </Button>
        )
      }
    >
      <div className="stack">
        {created && (
          <Alert
            tone="success"
            title={t.form.createdTitle(created.user.username)}
            onDismiss={() => setCreated(null)}
            testId="user-created"
          >
            <p>{t.form.createdBody(created.user.fullName)}</p>
            <p>
              {t.form.createdPassword}: <code className="secret">{created.password}</code>
            </p>
          </Alert>
        )}
        {reference.error && <Alert tone="error">{reference.error}</Alert>}
        {creating && reference.data && (
          <CreateUserForm
            reference={reference.data}
            taken={taken}
            onCreated={(user, password) => {
              setUsers((all) => (all ? [user, ...all] : [user]));
              setCreated({ user, password });
              closeCreate();
            }}
            onCancel={closeCreate}
          />
        )}
        {editing && reference.data && (
          <EditRolesForm
            key={editing.id}
            user={editing}
            reference={reference.data}
            onSaved={(u) => {
              replace(u);
              closeEdit(u.id);
              toast(t.rolesSaved(u.username));
            }}
            onCancel={() => closeEdit(editing.id)}
          />
        )}
        {error && (
          <Alert
            tone="error"
            actions={
              <Button small onClick={() => setReloadKey((k) => k + 1)}>
                {th.common.retry}
              </Button>
            }
          >
            {error}
          </Alert>
        )}
        {!users && loading && <Spinner />}
        {users && (
          <>
            <p className="toolbar__count" aria-live="polite">
              {t.total(users.length)}
            </p>
            <UsersTable
              rows={users}
              busy={loading}
              selfId={me.id}
              onEditRoles={(u) => {
                setEditing(u);
                setCreating(false);
              }}
              onToggleActive={(u) => {
                setToggleError(null);
                setToggling(u);
              }}
            />
          </>
        )}
      </div>
      <ConfirmDialog
        open={toggling !== null}
        title={toggling ? (toggling.isActive ? t.confirmSuspend : t.confirmActivate)(toggling.username) : ''}
        confirmLabel={toggling?.isActive ? t.suspend : t.activate}
        tone={toggling?.isActive ? 'danger' : 'primary'}
        busy={toggleBusy}
        error={toggleError}
        onConfirm={() => void toggle()}
        onCancel={() => setToggling(null)}
        testId="user-confirm"
      >
        {toggling && (
          <p>
            {toggling.fullName} — {toggling.isActive ? t.confirmSuspendBody : t.confirmActivateBody}
          </p>
        )}
      </ConfirmDialog>
    </Page>
  );
}
