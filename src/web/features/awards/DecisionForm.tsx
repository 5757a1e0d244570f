// The chair records the committee's decision after close: the winners of each category (the top
// of the ranking is ticked already; any other choice asks for a reason), the minutes and the date.
// Nothing reaches the districts until the result is announced.
import { useState } from 'react';
import { ApiError, errorMessageTh } from '../../api/client.js';
import { awardsApi } from '../../api/awards.js';
import type { AwardCall, Results } from '../../api/awards-types.js';
import type { FieldIssue } from '../../api/types.js';
import { thAwards } from '../../i18n/th-awards.js';
import { useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { CheckboxGroup } from '../../ui/CheckboxGroup.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Card } from '../../ui/Page.js';
import { TextArea } from '../../ui/TextArea.js';
import { DateField } from '../savings/DateField.js';
import { FormError } from '../savings/FormError.js';
import { today } from '../savings/dates.js';

export function DecisionForm({
  call,
  results,
  onDone,
}: {
  call: AwardCall;
  results: Results;
  onDone: (c: AwardCall) => void;
}) {
  const t = thAwards.decision;
  const toast = useToast();
  const quota = (code: string) => call.categories.find((k) => k.code === code)?.winners ?? 1;
  const top = (k: Results['categories'][number]) =>
    k.ranking
      .filter((e) => e.aggregate !== null)
      .slice(0, quota(k.code))
      .map((e) => e.nominationId);
  const [picks, setPicks] = useState<Record<string, string[]>>(() =>
    Object.fromEntries(results.categories.map((k) => [k.code, top(k)])),
  );
  const [reason, setReason] = useState('');
  const [minutes, setMinutes] = useState('');
  const [decidedOn, setDecidedOn] = useState(today());
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const byRank = (k: Results['categories'][number], ids: string[]) =>
    k.ranking.map((e) => e.nominationId).filter((id) => ids.includes(id));
  const departs = results.categories.some((k) => byRank(k, picks[k.code] ?? []).join() !== top(k).join());
  const local = (code: string) => {
    const n = picks[code]?.length ?? 0;
    return n > quota(code) ? t.tooMany(quota(code)) : n === 0 ? t.none : undefined;
  };
  const ready = results.categories.every((k) => !local(k.code)) && (!departs || reason.trim() !== '') && !!decidedOn;

  const save = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const next = await awardsApi.decide(call.id, {
        winners: results.categories.map((k) => ({
          categoryCode: k.code,
          nominationIds: byRank(k, picks[k.code] ?? []),
        })),
        ...(departs ? { reason: reason.trim() } : {}),
        minutes: minutes.trim(),
        decidedOn,
      });
      toast(t.saved);
      setConfirm(false);
      onDone(next);
    } catch (e) {
      setMessage(errorMessageTh(e));
      setIssues(e instanceof ApiError ? e.issues : []);
      setConfirm(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t.title}>
      <form className="form-stack" onSubmit={(e) => e.preventDefault()} noValidate data-testid="decision-form">
        {results.categories.map((k) => (
          <CheckboxGroup
            key={k.code}
            legend={t.winners(k.nameTh, quota(k.code))}
            options={k.ranking.map((e) => ({
              value: e.nominationId,
              label: `${e.rank}. ${e.unit.nameTh}${e.entryName ? ` — ${e.entryName}` : ''} (${e.aggregate ?? '—'})`,
            }))}
            values={picks[k.code] ?? []}
            onChange={(ids) => setPicks((p) => ({ ...p, [k.code]: ids }))}
            error={local(k.code)}
          />
        ))}
        {departs && (
          <TextArea
            label={t.reason}
            hint={t.reasonNeeded}
            rows={3}
            value={reason}
            onChange={setReason}
            requiredMark
            error={issues.find((i) => i.path === 'reason')?.messageTh}
            testId="decision-reason"
          />
        )}
        <TextArea label={t.minutes} rows={4} value={minutes} onChange={setMinutes} testId="decision-minutes" />
        <DateField
          label={t.decidedOn}
          value={decidedOn}
          onChange={setDecidedOn}
          requiredMark
          error={issues.find((i) => i.path === 'decidedOn')?.messageTh}
          data-testid="decision-date"
        />
        <FormError
          message={message}
          other={issues.filter((i) => !['reason', 'decidedOn'].includes(i.path))}
          testId="decision-error"
        />
        <div className="form-actions">
          <Button variant="primary" disabled={!ready} onClick={() => setConfirm(true)} data-testid="decision-save">
            {t.save}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirm}
        title={t.save}
        confirmLabel={t.save}
        busy={busy}
        onConfirm={save}
        onCancel={() => setConfirm(false)}
        testId="confirm-decision"
      >
        <p>{t.confirm}</p>
      </ConfirmDialog>
    </Card>
  );
}
