// "แก้ไขสิทธิ์": replaces an account's whole role list (PATCH /users/:id { roles }).
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, errorMessageTh } from '../../api/client.js';
import type { FieldIssue, Reference, UserSummary } from '../../api/types.js';
import { th } from '../../i18n/th.js';
import { Alert } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import type { FieldErrors } from '../../ui/form.js';
import { useSession } from '../auth/session.js';
import { unitNameById } from '../org/labels.js';
import {
  firstRoleErrorKey,
  grantableRoles,
  issuesByField,
  newRow,
  roleRowErrors,
  toGrants,
  type RoleRowValue,
} from './grants.js';
import { roleControlId, RoleRows } from './RoleRows.js';

const ID = 'edit-roles';

interface EditRolesFormProps {
  user: UserSummary;
  reference: Reference;
  onSaved: (user: UserSummary) => void;
  onCancel: () => void;
}

export function EditRolesForm({ user, reference, onSaved, onCancel }: EditRolesFormProps) {
  const { me } = useSession();
  const [rows, setRows] = useState<RoleRowValue[]>(() =>
    user.roles.length ? user.roles.map((r) => newRow(r)) : [newRow()],
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusKey, setFocusKey] = useState<string | null>(null);

  useEffect(() => {
    document.getElementById(`${ID}-title`)?.focus();
  }, []);
  useEffect(() => {
    if (!focusKey || busy) return;
    const m = /^roles\.(\d+)\.(role|orgUnitId)$/.exec(focusKey);
    if (m) document.getElementById(roleControlId(ID, Number(m[1]), m[2] === 'role' ? 'role' : 'orgUnitId'))?.focus();
    setFocusKey(null);
  }, [focusKey, busy]);

  const showErrors = (errs: FieldErrors) => {
    setErrors(errs);
    setFocusKey(firstRoleErrorKey(errs, rows.length) ?? null);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    setOther([]);
    const local = roleRowErrors(rows);
    if (Object.keys(local).length) {
      setMessage(th.people.fixErrors);
      showErrors(local);
      return;
    }
    setBusy(true);
    try {
      onSaved(await api.updateUser(user.id, { roles: toGrants(rows) }));
    } catch (err) {
      setBusy(false);
      setMessage(errorMessageTh(err));
      if (err instanceof ApiError) {
        const split = issuesByField(err.issues, []);
        setOther(split.other);
        showErrors(split.byField);
      }
    }
  }

  const saved = user.roles.map((r) => ({ value: r.orgUnitId, label: unitNameById(r.orgUnitId, r.orgUnitNameTh) }));
  return (
    <form
      className="card user-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${ID}-title`}
      aria-busy={busy || undefined}
      data-testid="user-roles-form"
    >
      <h2 id={`${ID}-title`} className="card__title" tabIndex={-1}>
        {th.users.editTitle(`${user.fullName} (${user.username})`)}
      </h2>
      {message && (
        <Alert tone="error" testId="user-roles-error">
          <p>{message}</p>
          {other.length > 0 && (
            <ul>
              {other.map((i, n) => (
                <li key={n}>{i.messageTh}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <RoleRows
        idPrefix={ID}
        rows={rows}
        onChange={(next) => {
          setRows(next);
          setErrors({});
        }}
        roleOptions={grantableRoles(reference, me)}
        saved={[...new Map(saved.map((o) => [o.value, o])).values()]}
        roleNames={new Map(user.roles.map((r) => [r.role, r.roleNameTh]))}
        errors={errors}
        disabled={busy}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel={th.common.saving} data-testid="user-roles-save">
          {th.common.save}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {th.common.cancel}
        </Button>
      </div>
    </form>
  );
}
