// A letter's files: listed with download links; on a draft its author can add and remove them.
import { useState } from 'react';
import { ApiError, errorMessageTh } from '../../api/client.js';
import { lettersApi } from '../../api/letters.js';
import type { Letter } from '../../api/letters-types.js';
import { thLetters } from '../../i18n/th-letters.js';
import { useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Page.js';
import { FieldMessage } from '../../ui/TextField.js';

export function AttachmentsCard({
  letter,
  editable,
  onChange,
}: {
  letter: Letter;
  editable: boolean;
  onChange: () => void;
}) {
  const t = thLetters.letter;
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (action: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      if (done) toast(done);
      onChange();
    } catch (e) {
      // A refused file says why on its field (too large, wrong type); show that, not the generic line.
      setError(e instanceof ApiError && e.issues[0] ? e.issues[0].messageTh : errorMessageTh(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t.attachments}>
      {letter.attachments.length === 0 ? (
        <p>{t.noAttachments}</p>
      ) : (
        <ul data-testid="letter-attachments">
          {letter.attachments.map((f) => (
            <li key={f.id} className="letters-actions">
              <a href={lettersApi.letterFileUrl(letter.id, f.id)}>{f.fileName}</a>
              {editable && (
                <Button
                  small
                  variant="ghost"
                  disabled={busy}
                  onClick={() => void act(() => lettersApi.detach(letter.id, f.id))}
                >
                  {thLetters.compose.remove}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <label className="field">
          <span className="field__label">{t.attach}</span>
          <input
            type="file"
            className="input input--file"
            disabled={busy}
            data-testid="letter-attach"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void act(() => lettersApi.attach(letter.id, file), t.attached);
            }}
          />
        </label>
      )}
      <FieldMessage error={error ?? undefined} />
    </Card>
  );
}
