import { useRef, useState, type FormEvent } from 'react';
import { api, ApiError, errorMessageTh } from '../../api/client.js';
import { th } from '../../i18n/th.js';
import { Alert, useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { firstInvalid, splitIssues, type FieldErrors } from '../../ui/form.js';
import { TextField } from '../../ui/TextField.js';
import { useSession } from './session.js';

const FIELDS = ['currentPassword', 'newPassword', 'confirm'] as const;

/** `plain`: without the card frame (when the page already provides one). */
export function ChangePasswordForm({ plain }: { plain?: boolean }) {
  const { me, refresh } = useSession();
  const toast = useToast();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', confirm: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refs = {
    currentPassword: useRef<HTMLInputElement>(null),
    newPassword: useRef<HTMLInputElement>(null),
    confirm: useRef<HTMLInputElement>(null),
  };

  const set = (k: keyof typeof values) => (v: string) => setValues((s) => ({ ...s, [k]: v }));
  const show = (errs: FieldErrors) => {
    setErrors(errs);
    const first = firstInvalid(errs, FIELDS) as (typeof FIELDS)[number] | undefined;
    if (first) refs[first].current?.focus();
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    const local: FieldErrors = {};
    if (!values.currentPassword) local.currentPassword = th.password.currentRequired;
    if (values.newPassword.length < 10) local.newPassword = th.password.tooShort;
    if (values.confirm !== values.newPassword) local.confirm = th.password.mismatch;
    if (Object.keys(local).length) return show(local);
    setBusy(true);
    try {
      await api.changePassword(values.currentPassword, values.newPassword);
      setValues({ currentPassword: '', newPassword: '', confirm: '' });
      setErrors({});
      toast(th.password.done);
      await refresh();
    } catch (err) {
      setMessage(errorMessageTh(err));
      if (err instanceof ApiError) show(splitIssues(err.issues, FIELDS).byField);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={plain ? 'stack' : 'stack card'} onSubmit={submit} noValidate data-testid="password-form">
      {message && <Alert tone="error">{message}</Alert>}
      <TextField
        id="pw-current"
        label={th.password.current}
        type="password"
        autoComplete="current-password"
        value={values.currentPassword}
        onChange={set('currentPassword')}
        error={errors.currentPassword}
        inputRef={refs.currentPassword}
        requiredMark
      />
      <TextField
        id="pw-new"
        label={th.password.next}
        type="password"
        autoComplete="new-password"
        value={values.newPassword}
        onChange={set('newPassword')}
        error={errors.newPassword}
        inputRef={refs.newPassword}
        hint={th.password.hint}
        requiredMark
        minLength={10}
      />
      <TextField
        id="pw-confirm"
        label={th.password.confirm}
        type="password"
        autoComplete="new-password"
        value={values.confirm}
        onChange={set('confirm')}
        error={errors.confirm}
        inputRef={refs.confirm}
        requiredMark
      />
      <div className="form-actions">
        {/* Lets password managers pair the new password with this account. */}
        <input type="text" name="username" autoComplete="username" value={me.username} readOnly hidden />
        <Button type="submit" variant="primary" busy={busy} busyLabel={th.common.saving}>
          {th.password.submit}
        </Button>
      </div>
    </form>
  );
}
