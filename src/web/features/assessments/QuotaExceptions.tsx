// Per-province exceptions to a program's default quota: a row per province whose quota differs
// (a province with more or fewer level-3 groups than the default). Blank rows are ignored.
import type { FieldIssue } from '../../api/types.js';
import { thAssessments } from '../../i18n/th-assessments.js';
import { Button } from '../../ui/Button.js';
import { Select } from '../../ui/Select.js';
import { TextField } from '../../ui/TextField.js';
import { newQuotaRow, quotaRowIssue, type QuotaRow } from './program-form-model.js';

const t = thAssessments.create;

export function QuotaExceptions({
  rows,
  provinces,
  issues,
  onChange,
}: {
  rows: QuotaRow[];
  provinces: { id: string; nameTh: string }[];
  issues: readonly FieldIssue[];
  onChange: (rows: QuotaRow[]) => void;
}) {
  const set = (uid: number, patch: Partial<QuotaRow>) =>
    onChange(rows.map((r) => (r.uid === uid ? { ...r, ...patch } : r)));
  return (
    <fieldset className="as-quotas" data-testid="quota-exceptions">
      <legend className="field__label">{t.quotas}</legend>
      {rows.map((r, i) => (
        <div key={r.uid} className="as-quota-row" data-testid={`quota-row-${i}`}>
          <Select
            label={t.quotaProvince}
            value={r.provinceId}
            onChange={(v) => set(r.uid, { provinceId: v })}
            placeholder={thAssessments.answers.choose}
            options={provinces.map((p) => ({ value: p.id, label: p.nameTh }))}
            error={quotaRowIssue(issues, rows, i)}
            data-testid={`quota-province-${i}`}
          />
          <TextField
            label={t.quota}
            value={r.quota}
            onChange={(v) => set(r.uid, { quota: v })}
            inputMode="numeric"
            autoComplete="off"
            data-testid={`quota-value-${i}`}
          />
          <Button small variant="ghost" onClick={() => onChange(rows.filter((x) => x.uid !== r.uid))}>
            {t.removeQuota}
          </Button>
        </div>
      ))}
      <Button small onClick={() => onChange([...rows, newQuotaRow()])} data-testid="quota-add">
        {t.addQuota}
      </Button>
    </fieldset>
  );
}
