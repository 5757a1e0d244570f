// The submit cycle every savings form shares: check locally first, send, and on a refusal show the
// server's Thai message, keep its field issues for the fields to show, and move the focus to the
// first field with a problem.
import { useEffect, useRef, useState } from 'react';
import { ApiError, errorMessageTh } from '../../api/client.js';
import type { FieldIssue } from '../../api/types.js';
import { th } from '../../i18n/th.js';

export function useFormSubmission() {
  const form = useRef<HTMLFormElement>(null);
  const [tried, setTried] = useState(false);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  useEffect(() => {
    if (focusTick) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusTick]);

  /** `ready` is false when local checks failed; `send` runs only when it is true. */
  async function submit(ready: boolean, send: () => Promise<void>): Promise<void> {
    setTried(true);
    setMessage(null);
    if (!ready) {
      setMessage(th.people.fixErrors);
      setFocusTick((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      await send(); // on success the caller moves on (the form closes), so busy stays set
    } catch (err) {
      setBusy(false);
      setMessage(errorMessageTh(err));
      if (err instanceof ApiError) setServerIssues(err.issues);
      setFocusTick((n) => n + 1);
    }
  }

  return { form, tried, busy, message, serverIssues, setServerIssues, submit };
}
