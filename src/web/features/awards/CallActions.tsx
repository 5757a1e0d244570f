// What the viewer may do with the call now, each behind a confirmation: the organiser opens it and
// may start scoring early; the chair closes scoring (forcing it with a reason when sheets are
// still out); the chair or organiser announces a decided call. Refusals show the API's Thai text.
import { useState } from 'react';
import { errorMessageTh } from '../../api/client.js';
import { awardsApi } from '../../api/awards.js';
import type { AwardCall, Certificate } from '../../api/awards-types.js';
import { thAwards } from '../../i18n/th-awards.js';
import { useToast } from '../../ui/Alert.js';
import { Button, LinkButton } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Card } from '../../ui/Page.js';
import { TextArea } from '../../ui/TextArea.js';

type Action = 'open' | 'start' | 'close' | 'announce';

interface Props {
  call: AwardCall;
  /** The page showing these actions, whose own link is left out. */
  here?: 'judging' | 'results';
  onChange: (call: AwardCall) => void;
  onCertificates: (items: Certificate[]) => void;
}

export function CallActions({ call, here, onChange, onCertificates }: Props) {
  const t = thAwards.act;
  const toast = useToast();
  const [pending, setPending] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const { organiser, member } = call.viewer;
  const chair = member?.role === 'chair';
  const s = call.status;
  const allowed: Action[] = [
    ...(organiser && s === 'draft' ? (['open'] as const) : []),
    ...(organiser && s === 'open' ? (['start'] as const) : []),
    ...(chair && s === 'scoring' ? (['close'] as const) : []),
    ...((chair || organiser) && s === 'decided' ? (['announce'] as const) : []),
  ];
  const labels: Record<Action, { label: string; confirm: string; done: string }> = {
    open: { label: t.open, confirm: t.openConfirm, done: t.opened },
    start: { label: t.start, confirm: t.startConfirm, done: t.started },
    close: { label: t.close, confirm: t.closeConfirm, done: t.closed },
    announce: { label: t.announce, confirm: t.announceConfirm, done: t.announced },
  };
  const run = async (a: Action) => {
    setBusy(true);
    setError(null);
    try {
      let next: AwardCall;
      if (a === 'open') next = await awardsApi.open(call.id);
      else if (a === 'start') next = await awardsApi.startScoring(call.id);
      else if (a === 'close') next = await awardsApi.close(call.id, reason.trim() !== '', reason.trim());
      else {
        const r = await awardsApi.announce(call.id);
        onCertificates(r.certificates);
        next = r.call;
      }
      toast(labels[a].done);
      setPending(null);
      onChange(next);
    } catch (e) {
      setError(errorMessageTh(e));
    } finally {
      setBusy(false);
    }
  };
  const isMember = member !== null;
  const afterClose = ['closed', 'decided', 'announced'].includes(s);
  const judgingLink = isMember && s !== 'draft' && here !== 'judging';
  const resultsLink = (isMember ? afterClose : organiser && s === 'announced') && here !== 'results';
  // Nothing to do or open here (a district while the call is open): the card would only be noise.
  if (allowed.length === 0 && !judgingLink && !resultsLink) return null;
  return (
    <Card title={t.title}>
      <div className="aw-actions" data-testid="call-actions">
        {allowed.map((a) => (
          <Button
            key={a}
            variant={a === 'close' ? 'danger' : 'primary'}
            onClick={() => {
              setError(null);
              setPending(a);
            }}
            data-testid={`action-${a}`}
          >
            {labels[a].label}
          </Button>
        ))}
        {judgingLink && (
          <LinkButton to={`/awards/${call.id}/judging`} data-testid="link-judging">
            {thAwards.call.judging}
          </LinkButton>
        )}
        {resultsLink && (
          <LinkButton to={`/awards/${call.id}/results`} data-testid="link-results">
            {thAwards.call.results}
          </LinkButton>
        )}
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={pending ? labels[pending].label : ''}
        confirmLabel={pending ? labels[pending].label : ''}
        tone={pending === 'close' ? 'danger' : 'primary'}
        busy={busy}
        error={error}
        onConfirm={() => pending && run(pending)}
        onCancel={() => setPending(null)}
        testId="confirm-action"
      >
        <p>{pending && labels[pending].confirm}</p>
        {pending === 'close' && <TextArea label={t.forceReason} rows={2} value={reason} onChange={setReason} />}
      </ConfirmDialog>
    </Card>
  );
}
