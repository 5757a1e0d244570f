// A submitted report read back: each field's label and value as the unit gave it.
import type { FormField, Submission, UnitRef } from '../../api/requests-types.js';
import { format } from '../../i18n/th.js';
import { thRequests } from '../../i18n/th-requests.js';
import { Fact, Facts } from '../../ui/Facts.js';
import { Table } from '../../ui/Table.js';
import { thaiDate } from '../savings/dates.js';
import { baht } from '../savings/money.js';
import { FileAnswer, submissionFiles } from './FileAnswer.js';

/** One answer as text (also used by award dossiers); `people` names the person fields' ids. */
export function shownAnswer(f: FormField, v: unknown, people: UnitRef[]): string {
  if (v === undefined || v === null || v === '') return thRequests.fill.empty;
  switch (f.type) {
    case 'money':
      return `${baht(v as number)} บาท`;
    case 'number':
      return format.number(v as number);
    case 'date':
      return thaiDate(v as string);
    case 'choice': {
      const labels = new Map((f.options ?? []).map((o) => [o.value, o.labelTh]));
      return (Array.isArray(v) ? v : [v]).map((x) => labels.get(String(x)) ?? String(x)).join(', ');
    }
    case 'person':
      return people.find((p) => p.id === v)?.nameTh ?? String(v);
    default:
      return String(v);
  }
}

export function AnswerView({ s, onChanged }: { s: Submission; onChanged: () => void }) {
  const simple = s.request.fields.filter((f) => !['table', 'file', 'photo'].includes(f.type));
  return (
    <div data-testid="answers-view">
      <Facts>
        {simple.map((f) => (
          <Fact key={f.key} label={f.labelTh} value={shownAnswer(f, s.answers[f.key], s.people)} />
        ))}
      </Facts>
      {s.request.fields.map((f) =>
        f.type === 'table' ? (
          <Table<Record<string, unknown> & { _i: number }>
            key={f.key}
            caption={f.labelTh}
            cards
            rows={((s.answers[f.key] as Record<string, unknown>[] | undefined) ?? []).map((r, i) => ({ ...r, _i: i }))}
            rowKey={(r) => String(r._i)}
            columns={[
              { key: '_i', header: '#', cell: (r) => r._i + 1 },
              ...(f.columns ?? []).map((c) => ({
                key: c.key,
                header: c.labelTh,
                cell: (r: Record<string, unknown>) => shownAnswer(c, r[c.key], s.people),
              })),
            ]}
            empty={thRequests.fill.empty}
          />
        ) : f.type === 'file' || f.type === 'photo' ? (
          <FileAnswer
            key={f.key}
            store={submissionFiles(s.id)}
            field={f}
            files={s.files[f.key] ?? []}
            editable={false}
            error={undefined}
            onChanged={onChanged}
          />
        ) : null,
      )}
    </div>
  );
}
