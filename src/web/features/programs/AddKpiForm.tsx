// Adds a KPI to a plan: recorded by hand with a target, or counted by the system from the offices
// that submit to a report request the user can see (target defaults to the offices addressed).
import { useState, type FormEvent } from 'react';
import { programsApi } from '../../api/programs.js';
import type { KpiSource, Plan } from '../../api/programs-types.js';
import { requestsApi } from '../../api/requests.js';
import { thPrograms } from '../../i18n/th-programs.js';
import { th } from '../../i18n/th.js';
import { Button } from '../../ui/Button.js';
import { Select } from '../../ui/Select.js';
import { TextField } from '../../ui/TextField.js';
import { useLoad } from '../../ui/useLoad.js';
import { FormError } from '../savings/FormError.js';
import { issueAt, unclaimed } from '../savings/issues.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';
import { thaiNumber } from './labels.js';

const number = (s: string) => (/^\d+(\.\d{1,2})?$/.test(s.trim()) ? Number(s.trim()) : null);

export function AddKpiForm({ planId, onAdded }: { planId: string; onAdded: (p: Plan) => void }) {
  const t = thPrograms.kpi;
  const [source, setSource] = useState<KpiSource>('manual');
  const [textTh, setText] = useState('');
  const [target, setTarget] = useState('');
  const [unit, setUnit] = useState('');
  const [requestId, setRequestId] = useState('');
  const requests = useLoad((signal) => requestsApi.list(signal), []);
  const { form, tried, busy, message, serverIssues, submit } = useFormSubmission();
  const fromReport = source === 'report_submissions';
  const local = {
    textTh: textTh.trim() ? undefined : t.needText,
    target:
      target.trim() === ''
        ? fromReport
          ? undefined
          : t.needTarget
        : number(target) === null
          ? t.needTarget
          : undefined,
    sourceRef: fromReport && !requestId ? t.needRequest : undefined,
  };
  const show = (p: keyof typeof local) => issueAt(serverIssues, p) ?? (tried ? local[p] : undefined);
  const options = (requests.data?.items ?? []).map((r) => ({
    value: r.id,
    label: t.requestOption(r.title, thaiNumber(r.submitted), thaiNumber(r.expected)),
  }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit(!Object.values(local).some(Boolean), async () => {
      onAdded(
        await programsApi.addKpi(planId, {
          textTh: textTh.trim(),
          target: target.trim() === '' ? null : number(target),
          unit: unit.trim() || null,
          source,
          sourceRef: fromReport ? requestId : null,
        }),
      );
    });
  }

  return (
    <form
      ref={form}
      className="card form-stack"
      onSubmit={onSubmit}
      noValidate
      aria-busy={busy}
      data-testid="add-kpi-form"
    >
      <h3 className="subheading">{t.add}</h3>
      <FormError
        message={message}
        other={unclaimed(serverIssues, ['textTh', 'target', 'unit', 'sourceRef', 'kind'])}
        testId="add-kpi-error"
      />
      <TextField
        label={t.text}
        value={textTh}
        onChange={setText}
        error={show('textTh')}
        requiredMark
        data-testid="kpi-text"
      />
      <fieldset className="pg-fieldset">
        <legend className="field__label">{t.source}</legend>
        <label className="pg-radio">
          <input type="radio" name="kpi-source" checked={!fromReport} onChange={() => setSource('manual')} /> {t.manual}
        </label>
        <label className="pg-radio">
          <input
            type="radio"
            name="kpi-source"
            checked={fromReport}
            onChange={() => setSource('report_submissions')}
            data-testid="kpi-source-report"
          />{' '}
          {t.fromReport}
        </label>
      </fieldset>
      {fromReport && (
        <Select
          label={t.request}
          value={requestId}
          onChange={setRequestId}
          options={options}
          placeholder={t.chooseRequest}
          hint={requests.data && options.length === 0 ? t.noRequests : (requests.error ?? undefined)}
          error={show('sourceRef')}
          requiredMark
          data-testid="kpi-request"
        />
      )}
      <div className="form-grid">
        <TextField
          label={t.target}
          value={target}
          onChange={setTarget}
          inputMode="decimal"
          hint={fromReport ? t.targetHint : undefined}
          error={show('target')}
          requiredMark={!fromReport}
          data-testid="kpi-target"
        />
        <TextField
          label={t.unit}
          value={unit}
          onChange={setUnit}
          placeholder={fromReport ? t.unitHintReport : undefined}
          error={issueAt(serverIssues, 'unit')}
          data-testid="kpi-unit"
        />
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel={th.common.saving} data-testid="kpi-save">
          {t.add}
        </Button>
      </div>
    </form>
  );
}
