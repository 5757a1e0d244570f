// The plan's sign-off chain as signature blocks, and what this viewer may do now: the proposer
// sends a draft on; the signer on turn — who sees the items and amounts above on the same page —
// signs (the last one approves) or sends it back to a draft with a reason.
import { useState } from 'react';
import { errorMessageTh } from '../../api/client.js';
import { fundApi } from '../../api/fund.js';
import type { Plan } from '../../api/fund-types.js';
import { thFund } from '../../i18n/th-fund.js';
import { Alert, useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Page.js';
import { TextArea } from '../../ui/TextArea.js';
import { useSession } from '../auth/session.js';
import { thaiDate } from '../savings/dates.js';
import { canSubmit } from './plan-model.js';
import '../programs/programs.css';

type Action = 'submit' | 'sign' | 'return';

export function PlanSignoff({ plan, onChange }: { plan: Plan; onChange: (p: Plan) => void }) {
  const t = thFund.plan;
  const toast = useToast();
  const { me } = useSession();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState<Action | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = plan.chain.find((s) => s.stepNo === plan.currentStep);
  const isLast = current !== undefined && current.stepNo === plan.chain.at(-1)?.stepNo;
  const submittable = canSubmit(plan, me.id);

  async function act(action: Action) {
    if (action === 'return' && !comment.trim()) return setError(t.returnReasonRequired);
    setBusy(action);
    setError(null);
    try {
      const next =
        action === 'submit'
          ? await fundApi.submitPlan(plan.id)
          : action === 'sign'
            ? await fundApi.signPlan(plan.id, comment.trim())
            : await fundApi.returnPlan(plan.id, comment.trim());
      setComment('');
      toast(t.done[action === 'sign' && isLast ? 'approve' : action]!, 'success');
      onChange(next);
    } catch (err) {
      setError(errorMessageTh(err));
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <Card title={t.chain}>
        <ol className="pg-chain" data-testid="plan-chain">
          {plan.chain.map((s) => {
            const now = plan.status === 'submitted' && s.stepNo === plan.currentStep;
            return (
              <li
                key={s.stepNo}
                className={`pg-chain__step${now ? ' pg-chain__step--current' : ''}${s.signedOn ? ' pg-chain__step--signed' : ''}`}
                data-testid="plan-step"
              >
                <p className="pg-chain__role">
                  {s.stepNo}. {t.roles[s.role]}
                </p>
                <p>(ลงชื่อ) {s.signedOn ? <i>{s.signer.nameTh}</i> : '..............................'}</p>
                <p>({s.signer.nameTh})</p>
                {s.positionLine && <p className="pg-chain__position">{s.positionLine}</p>}
                <p>{s.signedOn ? t.signedOn(thaiDate(s.signedOn)) : t.notSigned}</p>
                {s.comment && <p className="pg-chain__comment">“{s.comment}”</p>}
              </li>
            );
          })}
        </ol>
      </Card>
      {submittable || plan.canSign ? (
        <Card title={t.signTitle}>
          <div className="fund-form" data-testid="plan-actions">
            {plan.canSign && <Alert tone="info">{t.toSign}</Alert>}
            {error && (
              <Alert tone="error" testId="plan-action-error">
                {error}
              </Alert>
            )}
            {plan.canSign && (
              <TextArea
                label={`${t.comment} / ${t.returnReason}`}
                rows={2}
                value={comment}
                onChange={setComment}
                testId="plan-comment"
              />
            )}
            <div className="form-actions">
              {submittable && (
                <Button
                  variant="primary"
                  busy={busy === 'submit'}
                  onClick={() => act('submit')}
                  data-testid="plan-submit"
                >
                  {t.submit}
                </Button>
              )}
              {plan.canSign && (
                <>
                  <Button variant="primary" busy={busy === 'sign'} onClick={() => act('sign')} data-testid="plan-sign">
                    {isLast ? t.approve : t.sign}
                  </Button>
                  <Button
                    variant="danger"
                    busy={busy === 'return'}
                    onClick={() => act('return')}
                    data-testid="plan-return"
                  >
                    {t.sendBack}
                  </Button>
                </>
              )}
            </div>
          </div>
        </Card>
      ) : (
        current && (
          <p className="muted" data-testid="plan-waiting">
            {t.waitingFor(current.signer.nameTh, t.roles[current.role]!)}
          </p>
        )
      )}
    </>
  );
}
