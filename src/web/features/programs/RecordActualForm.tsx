// Records a manual KPI's actual: the figure and the day it was true (today by default).
import { useState, type FormEvent } from 'react';
import { programsApi } from '../../api/programs.js';
import type { Indicator } from '../../api/programs-types.js';
import { thPrograms } from '../../i18n/th-programs.js';
import { th } from '../../i18n/th.js';
import { Button } from '../../ui/Button.js';
import { TextField } from '../../ui/TextField.js';
import { DateField } from '../savings/DateField.js';
import { FormError } from '../savings/FormError.js';
import { issueAt, unclaimed } from '../savings/issues.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';

interface Props {
  kpi: Indicator;
  today: string;
  onRecorded: (k: Indicator) => void;
  onCancel: () => void;
}

const number = (s: string) => (/^\d+(\.\d{1,2})?$/.test(s.trim()) ? Number(s.trim()) : null);

export function RecordActualForm({ kpi, today, onRecorded, onCancel }: Props) {
  const t = thPrograms.kpi;
  const [value, setValue] = useState('');
  const [asOf, setAsOf] = useState(today);
  const [note, setNote] = useState('');
  const { form, tried, busy, message, serverIssues, submit } = useFormSubmission();
  const local = {
    value: number(value) === null ? t.needValue : undefined,
    asOf: asOf ? undefined : t.needDate,
  };
  const show = (p: 'value' | 'asOf') => issueAt(serverIssues, p) ?? (tried ? local[p] : undefined);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit(!local.value && !local.asOf, async () => {
      onRecorded(await programsApi.recordActual(kpi.id, { value: number(value)!, asOf, note: note.trim() || null }));
    });
  }

  return (
    <form
      ref={form}
      className="form-stack pg-kpi__form"
      onSubmit={onSubmit}
      noValidate
      aria-busy={busy}
      aria-label={t.recordTitle(kpi.textTh)}
      data-testid="kpi-actual-form"
    >
      <FormError
        message={message}
        other={unclaimed(serverIssues, ['value', 'asOf', 'note'])}
        testId="kpi-actual-error"
      />
      <div className="form-grid">
        <TextField
          label={kpi.unit ? `${t.value} (${kpi.unit})` : t.value}
          value={value}
          onChange={setValue}
          inputMode="decimal"
          error={show('value')}
          requiredMark
          data-testid="kpi-actual-value"
        />
        <DateField
          label={t.asOfDate}
          value={asOf}
          onChange={setAsOf}
          error={show('asOf')}
          requiredMark
          data-testid="kpi-actual-date"
        />
      </div>
      <TextField label={t.note} value={note} onChange={setNote} error={issueAt(serverIssues, 'note')} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel={th.common.saving} data-testid="kpi-actual-save">
          {t.record}
        </Button>
        <Button onClick={onCancel}>{t.cancel}</Button>
      </div>
    </form>
  );
}
