// For the chair, secretary and organiser while scoring: who has handed in which sheet, never the
// points. One row per judge so it reads on a phone; the dossiers still owed are named.
import { awardsApi } from '../../api/awards.js';
import type { Progress } from '../../api/awards-types.js';
import { thAwards } from '../../i18n/th-awards.js';
import { LoadError } from '../../ui/LoadError.js';
import { Card, Spinner } from '../../ui/Page.js';
import { Table } from '../../ui/Table.js';
import { useLoad } from '../../ui/useLoad.js';

type Row = Progress['judges'][number] & { done: number; owed: string[]; conflicted: string[] };

function rows(p: Progress): Row[] {
  return p.judges.map((j) => {
    const of = (state: string[]) =>
      p.dossiers.filter((d) => state.includes(d.judges.find((x) => x.memberId === j.memberId)?.state ?? ''));
    return {
      ...j,
      done: of(['submitted']).length,
      owed: of(['not_started', 'in_progress']).map((d) => d.unit.nameTh),
      conflicted: of(['conflicted']).map((d) => d.unit.nameTh),
    };
  });
}

export function ProgressCard({ callId, refresh }: { callId: string; refresh: number }) {
  const t = thAwards.progress;
  const s = thAwards.sheetState;
  const { data, error, reload } = useLoad((signal) => awardsApi.progress(callId, signal), [callId, refresh]);
  return (
    <Card title={t.title}>
      <p className="field__hint">{t.hint}</p>
      {error ? (
        <LoadError message={error} onRetry={reload} />
      ) : !data ? (
        <Spinner />
      ) : (
        <>
          <p data-testid="progress-unsubmitted">
            <strong>{t.unsubmitted(data.unsubmitted)}</strong>
          </p>
          <Table<Row>
            caption={t.title}
            captionHidden
            cards
            rows={rows(data)}
            rowKey={(r) => r.memberId}
            rowTestId="progress-row"
            columns={[
              {
                key: 'judge',
                header: thAwards.conflict.judge,
                className: 'col-primary',
                cell: (r) => (
                  <div>
                    {r.fullName}
                    <span className="muted aw-note">{r.titleTh}</span>
                  </div>
                ),
              },
              { key: 'done', header: s.submitted, cell: (r) => `${r.done}/${data.dossiers.length}` },
              { key: 'owed', header: t.owed, cell: (r) => r.owed.join(', ') || '—' },
              { key: 'conflicted', header: s.conflicted, cell: (r) => r.conflicted.join(', ') || '—' },
            ]}
          />
        </>
      )}
    </Card>
  );
}
