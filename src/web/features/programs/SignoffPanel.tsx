// The sign-off chain as the form's signature blocks, the actions open to this user, and the history.
import { useState } from 'react';
import { errorMessageTh } from '../../api/client.js';
import { programsApi } from '../../api/programs.js';
import type { Project } from '../../api/programs-types.js';
import { thPrograms } from '../../i18n/th-programs.js';
import { Alert, useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Page.js';
import { TextArea } from '../../ui/TextArea.js';
import { longDate, thaiNumber } from './labels.js';

type Action = 'submit' | 'sign' | 'return';

export function SignoffPanel({ p, onChange }: { p: Project; onChange: (p: Project) => void }) {
  const t = thPrograms.act;
  const v = thPrograms.view;
  const toast = useToast();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState<Action | null>(null);
  const [error, setError] = useState<string | null>(null);
  const isLast = p.currentStep !== null && p.currentStep === p.chain.at(-1)?.stepNo;

  async function act(action: Action) {
    setBusy(action);
    setError(null);
    try {
      const next = await programsApi.act(p.id, action, comment.trim());
      setComment('');
      toast(next.status === 'approved' ? t.approved : t.done[action]!, 'success');
      onChange(next);
    } catch (err) {
      setError(errorMessageTh(err));
    } finally {
      setBusy(null);
    }
  }

  const can = p.actions.submit || p.actions.sign || p.actions.return;
  return (
    <>
      <Card title={thPrograms.form.chain}>
        <ol className="pg-chain" data-testid="signoff-chain">
          {p.chain.map((s) => {
            const current = p.status === 'submitted' && s.stepNo === p.currentStep;
            return (
              <li
                key={s.stepNo}
                className={`pg-chain__step${current ? ' pg-chain__step--current' : ''}${s.signedOn ? ' pg-chain__step--signed' : ''}`}
                data-testid="signoff-step"
              >
                <p className="pg-chain__role">
                  {thaiNumber(9 + s.stepNo)}. {thPrograms.roles[s.role]}
                  {current && <span className="pg-chain__now"> · {v.current}</span>}
                </p>
                <p>(ลงชื่อ) {s.signedOn ? <i>{s.signer.fullName}</i> : '..............................'}</p>
                <p>({s.signer.fullName})</p>
                <p className="pg-chain__position">{s.positionLine}</p>
                <p>{s.signedOn ? `วันที่ ${longDate(s.signedOn)}` : v.waiting}</p>
                {s.comment && <p className="pg-chain__comment">“{s.comment}”</p>}
              </li>
            );
          })}
        </ol>
      </Card>
      {can ? (
        <Card title={t.title}>
          <div className="form-stack" data-testid="signoff-actions">
            {error && (
              <Alert tone="error" testId="signoff-error">
                {error}
              </Alert>
            )}
            <TextArea label={t.comment} rows={2} value={comment} onChange={setComment} testId="signoff-comment" />
            <p className="field__hint">{t.commentHint}</p>
            <div className="form-actions">
              {p.actions.submit && (
                <Button
                  variant="primary"
                  busy={busy === 'submit'}
                  onClick={() => act('submit')}
                  data-testid="action-submit"
                >
                  {t.submit}
                </Button>
              )}
              {p.actions.sign && (
                <Button variant="primary" busy={busy === 'sign'} onClick={() => act('sign')} data-testid="action-sign">
                  {isLast ? t.approve : t.sign}
                </Button>
              )}
              {p.actions.return && (
                <Button
                  variant="danger"
                  busy={busy === 'return'}
                  onClick={() => act('return')}
                  data-testid="action-return"
                >
                  {t.return}
                </Button>
              )}
            </div>
          </div>
        </Card>
      ) : (
        p.nextSigner && (
          <p className="pg-waiting" data-testid="signoff-waiting">
            {t.nothing(p.nextSigner.fullName)}
          </p>
        )
      )}
      {p.history.length > 0 && (
        <Card title={v.history}>
          <ul className="pg-history" data-testid="signoff-history">
            {p.history.map((e, i) => (
              <li key={i}>
                {longDate(e.onDate)} · {thPrograms.actionsDone[e.action]} · {e.actor.fullName}
                {e.comment && <span className="pg-chain__comment"> “{e.comment}”</span>}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
