// A repeating-rows field: each row is a small fieldset of the table's columns; rows can be added
// up to the maximum and removed. Errors arrive by path (groups[2].amount).
import type { FormField } from '../../api/requests-types.js';
import { thRequests } from '../../i18n/th-requests.js';
import { Button } from '../../ui/Button.js';
import { FieldMessage } from '../../ui/TextField.js';
import { emptyRow, type Row } from './answers-model.js';
import { AnswerInput } from './AnswerInput.js';

interface Props {
  field: FormField;
  rows: Row[];
  onChange: (rows: Row[]) => void;
  issue: (path: string) => string | undefined;
}

export function TableAnswer({ field: f, rows, onChange, issue }: Props) {
  const t = thRequests.fill;
  const max = f.maxRows ?? 100;
  return (
    <div className="rq-answer" data-testid={`table-${f.key}`}>
      <h3>
        {f.labelTh}
        {f.required && ' *'}
      </h3>
      {f.helpTh && <p className="field__hint">{f.helpTh}</p>}
      <FieldMessage error={issue(f.key)} />
      <div className="rq-table-rows">
        {rows.map((row, i) => (
          <fieldset key={i} className="rq-table-row" data-testid="table-row">
            <legend>{t.rowN(i + 1)}</legend>
            {(f.columns ?? []).map((c) => (
              <AnswerInput
                key={c.key}
                field={c}
                label={c.labelTh}
                value={row[c.key] ?? ''}
                onChange={(v) => onChange(rows.map((r, j) => (j === i ? { ...r, [c.key]: v } : r)))}
                error={issue(`${f.key}[${i}].${c.key}`)}
                testId={`cell-${f.key}-${i}-${c.key}`}
              />
            ))}
            <Button
              small
              variant="ghost"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
              data-testid="remove-row"
            >
              {t.removeRow}
            </Button>
          </fieldset>
        ))}
      </div>
      {rows.length < max && (
        <Button small onClick={() => onChange([...rows, emptyRow(f)])} data-testid={`add-row-${f.key}`}>
          {t.addRow}
        </Button>
      )}
    </div>
  );
}
