import { useState, type FormEvent } from 'react';
import { thCertificates } from '../../i18n/th-certificates.js';
import { navigate } from '../../router.js';
import { Button } from '../../ui/Button.js';
import { TextField } from '../../ui/TextField.js';
import { typedCode } from './code.js';

const t = thCertificates.verify;

/** Typing the code by hand, for a phone without a camera or a photocopy the QR does not survive. */
export function CodeForm({ initial = '' }: { initial?: string }) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | undefined>();

  function submit(e: FormEvent) {
    e.preventDefault();
    const code = typedCode(text);
    if (!code) {
      setError(t.codeInvalid);
      return;
    }
    setError(undefined);
    navigate(`/verify/${code}`);
  }

  return (
    <form className="stack" onSubmit={submit} noValidate data-testid="verify-form">
      <TextField
        name="code"
        label={t.codeLabel}
        hint={t.codeHint}
        value={text}
        onChange={setText}
        error={error}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        inputMode="text"
      />
      <Button type="submit" variant="primary">
        {t.check}
      </Button>
    </form>
  );
}
