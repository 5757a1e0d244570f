// "สร้างบัญชีผู้ใช้": a login for a person already on record, with a temporary password and one or
// more roles. Client checks are for quick feedback; the server's issues land on the same fields.
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, errorMessageTh } from '../../api/client.js';
import type { FieldIssue, PersonSummary, Reference, UserSummary } from '../../api/types.js';
import { th } from '../../i18n/th.js';
import { Alert } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { firstInvalid, type FieldErrors } from '../../ui/form.js';
import { TextField } from '../../ui/TextField.js';
import { useSession } from '../auth/session.js';
import { useCurrentUnit } from '../org/current-unit.js';
import {
  firstRoleErrorKey,
  grantableRoles,
  issuesByField,
  newRow,
  roleRowErrors,
  toGrants,
  type RoleRowValue,
} from './grants.js';
import { PersonPicker } from './PersonPicker.js';
import { roleControlId, RoleRows } from './RoleRows.js';
import { generateTempPassword } from './temp-password.js';

const FIELDS = ['personId', 'username', 'password'] as const;
const ID = 'new-user';
const controlId = (key: string) => {
  const row = /^roles\.(\d+)\.(role|orgUnitId)$/.exec(key);
  if (row) return roleControlId(ID, Number(row[1]), row[2] === 'role' ? 'role' : 'orgUnitId');
  return `${ID}-${key === 'personId' ? 'person' : key}`;
};

interface CreateUserFormProps {
  reference: Reference;
  /** Ids of people who already have an account. */
  taken: Set<string>;
  onCreated: (user: UserSummary, temporaryPassword: string) => void;
  onCancel: () => void;
}

export function CreateUserForm({ reference, taken, onCreated, onCancel }: CreateUserFormProps) {
  const f = th.users.form;
  const { me } = useSession();
  const { current } = useCurrentUnit();
  const [person, setPerson] = useState<PersonSummary | null>(null);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [generated, setGenerated] = useState<string | null>(null);
  const [rows, setRows] = useState<RoleRowValue[]>(() => [newRow({ orgUnitId: current?.id ?? '' })]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Focus the first invalid control once the form is enabled again.
  const [focusKey, setFocusKey] = useState<string | null>(null);
  useEffect(() => {
    if (!focusKey || busy) return;
    const el = document.getElementById(controlId(focusKey));
    (el ?? document.getElementById(`${ID}-change`))?.focus();
    setFocusKey(null);
  }, [focusKey, busy]);

  const showErrors = (errs: FieldErrors) => {
    setErrors(errs);
    setFocusKey(firstInvalid(errs, FIELDS) ?? firstRoleErrorKey(errs, rows.length) ?? null);
  };
  const clear = (key: string) => errors[key] && setErrors(({ [key]: _, ...rest }) => rest);

  const generate = () => {
    const pw = generateTempPassword();
    setPassword(pw);
    setGenerated(pw);
    setShowPassword(true);
    clear('password');
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    setOther([]);
    const name = username.trim().toLowerCase();
    const local: FieldErrors = roleRowErrors(rows);
    if (!person) local.personId = f.personRequired;
    if (!/^[a-z0-9._-]{3,64}$/.test(name)) local.username = f.usernameInvalid;
    if (password.length < 10) local.password = f.passwordTooShort;
    if (Object.keys(local).length || !person) {
      setMessage(th.people.fixErrors);
      showErrors(local);
      return;
    }
    setBusy(true);
    try {
      const user = await api.createUser({ personId: person.id, username: name, password, roles: toGrants(rows) });
      onCreated(user, password);
    } catch (err) {
      setBusy(false);
      setMessage(errorMessageTh(err));
      if (!(err instanceof ApiError)) return;
      if (err.code === 'username_taken') showErrors({ username: err.messageTh });
      else if (err.code === 'person_has_account') showErrors({ personId: err.messageTh });
      else {
        const split = issuesByField(err.issues, FIELDS);
        setOther(split.other);
        showErrors(split.byField);
      }
    }
  }

  return (
    <form
      className="card user-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${ID}-title`}
      aria-busy={busy || undefined}
      data-testid="user-create-form"
    >
      <h2 id={`${ID}-title`} className="card__title">
        {f.title}
      </h2>
      <p className="muted">{f.intro}</p>
      {message && (
        <Alert tone="error" testId="user-form-error">
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
      <PersonPicker
        id={controlId('personId')}
        unit={current}
        value={person}
        onChange={(p) => {
          setPerson(p);
          clear('personId');
        }}
        taken={taken}
        error={errors.personId}
        disabled={busy}
      />
      <div className="form-grid">
        <TextField
          id={controlId('username')}
          label={f.username}
          hint={f.usernameHint}
          value={username}
          onChange={(v) => {
            setUsername(v);
            clear('username');
          }}
          error={errors.username}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={64}
          requiredMark
          disabled={busy}
        />
        <div className="user-form__password">
          <TextField
            id={controlId('password')}
            label={f.password}
            hint={f.passwordHint}
            type={showPassword ? 'text' : 'password'}
            value={password}
            onChange={(v) => {
              setPassword(v);
              clear('password');
            }}
            error={errors.password}
            autoComplete="new-password"
            spellCheck={false}
            className={showPassword ? 'field--secret-shown' : undefined}
            requiredMark
            disabled={busy}
          />
          <div className="user-form__password-tools">
            <Button small onClick={generate} disabled={busy} data-testid="user-generate-password">
              {f.generate}
            </Button>
            <label className="checkbox">
              <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
              <span>{f.showPassword}</span>
            </label>
          </div>
          {generated && generated === password && (
            <p className="user-form__handover" role="status" data-testid="user-generated-password">
              {f.handOver}
            </p>
          )}
        </div>
      </div>
      <RoleRows
        idPrefix={ID}
        rows={rows}
        onChange={(next) => {
          setRows(next);
          setErrors((all) => Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith('roles.'))));
        }}
        roleOptions={grantableRoles(reference, me)}
        errors={errors}
        disabled={busy}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel={f.submitting} data-testid="user-create-submit">
          {f.submit}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {th.common.cancel}
        </Button>
      </div>
    </form>
  );
}
