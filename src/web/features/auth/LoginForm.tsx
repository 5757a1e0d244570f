import { useRef, useState, type FormEvent } from 'react';
import { api, ApiError, errorMessageTh } from '../../api/client.js';
import type { Me } from '../../api/types.js';
import { th } from '../../i18n/th.js';
import { Alert } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { splitIssues, type FieldErrors } from '../../ui/form.js';
import { TextField } from '../../ui/TextField.js';

const FIELDS = ['username', 'password'] as const;

export function LoginForm({ onLoggedIn, notice }: { onLoggedIn: (me: Me) => void; notice?: string | null }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const userRef = useRef<HTMLInputElement>(null);
  const passRef = useRef<HTMLInputElement>(null);

  const focusFirst = (errs: FieldErrors) => (errs.username ? userRef : passRef).current?.focus();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: FieldErrors = {};
    if (!username.trim()) local.username = th.login.usernameRequired;
    if (!password) local.password = th.login.passwordRequired;
    setErrors(local);
    setMessage(null);
    if (Object.keys(local).length) {
      focusFirst(local);
      return;
    }
    setBusy(true);
    try {
      const { user } = await api.login(username.trim(), password);
      onLoggedIn(user);
    } catch (err) {
      setBusy(false);
      setMessage(errorMessageTh(err));
      if (err instanceof ApiError && err.issues.length) {
        const { byField } = splitIssues(err.issues, FIELDS);
        setErrors(byField);
        focusFirst(byField);
      } else {
        setPassword('');
        passRef.current?.focus();
      }
    }
  }

  return (
    <form className="stack" onSubmit={submit} noValidate data-testid="login-form" aria-labelledby="login-title">
      {notice && !message && <Alert tone="warning">{notice}</Alert>}
      {message && (
        <Alert tone="error" testId="login-error">
          {message}
        </Alert>
      )}
      <TextField
        id="login-username"
        name="username"
        label={th.login.username}
        value={username}
        onChange={setUsername}
        error={errors.username}
        inputRef={userRef}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        autoFocus
      />
      <TextField
        id="login-password"
        name="password"
        label={th.login.password}
        type={showPassword ? 'text' : 'password'}
        value={password}
        onChange={setPassword}
        error={errors.password}
        inputRef={passRef}
        autoComplete="current-password"
      />
      <label className="checkbox">
        <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
        <span>{th.login.showPassword}</span>
      </label>
      <Button type="submit" variant="primary" busy={busy} busyLabel={th.login.submitting} className="btn--block">
        {th.login.submit}
      </Button>
    </form>
  );
}
