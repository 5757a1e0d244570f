// A dossier read back section by section, as the committee and a district after submission see
// it: simple answers as label/value pairs, tables row by row, evidence as thumbnails and links.
import type { Nomination } from '../../api/awards-types.js';
import { thRequests } from '../../i18n/th-requests.js';
import { Fact, Facts } from '../../ui/Facts.js';
import { Table } from '../../ui/Table.js';
import { shownAnswer } from '../requests/AnswerView.js';
import { FileAnswer } from '../requests/FileAnswer.js';
import { dossierPeople, nominationFiles } from './dossier-files.js';

export function DossierView({ n }: { n: Nomination }) {
  const people = dossierPeople(n);
  const files = nominationFiles(n.id);
  const simple = (type: string) => !['table', 'file', 'photo'].includes(type);
  return (
    <div data-testid="dossier-view">
      {n.form.sections.map((s) => (
        <section key={s.key} className="aw-section">
          <h3 className="aw-section__title">{s.titleTh}</h3>
          <Facts>
            {s.fields
              .filter((f) => simple(f.type))
              .map((f) => (
                <Fact key={f.key} label={f.labelTh} value={shownAnswer(f, n.answers[f.key], people)} />
              ))}
          </Facts>
          {s.fields.map((f) =>
            f.type === 'table' ? (
              <Table<Record<string, unknown> & { _i: number }>
                key={f.key}
                caption={f.labelTh}
                cards
                rows={((n.answers[f.key] as Record<string, unknown>[] | undefined) ?? []).map((r, i) => ({
                  ...r,
                  _i: i,
                }))}
                rowKey={(r) => String(r._i)}
                columns={[
                  { key: '_i', header: '#', cell: (r) => r._i + 1 },
                  ...(f.columns ?? []).map((c) => ({
                    key: c.key,
                    header: c.labelTh,
                    cell: (r: Record<string, unknown>) => shownAnswer(c, r[c.key], people),
                  })),
                ]}
                empty={thRequests.fill.empty}
              />
            ) : f.type === 'file' || f.type === 'photo' ? (
              <FileAnswer
                key={f.key}
                store={files}
                field={f}
                files={n.files[f.key] ?? []}
                editable={false}
                error={undefined}
                onChanged={() => {}}
              />
            ) : null,
          )}
        </section>
      ))}
    </div>
  );
}
