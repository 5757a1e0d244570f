// Votes per candidate in each category, ranked 1, 1, 3… with ties marked, turnout, and after the
// announcement the winners and any recorded tie decision.
import type { Results, ResultRow } from '../../api/votes-types.js';
import { thVotes } from '../../i18n/th-votes.js';
import { Card } from '../../ui/Page.js';
import { Table } from '../../ui/Table.js';
import { thaiNumber } from '../programs/labels.js';

export function ResultsView({ results }: { results: Results }) {
  const t = thVotes.results;
  return (
    <div className="stack" data-testid="results">
      {!results.final && <p className="muted">{t.live}</p>}
      {results.categories.map((c) => (
        <Card key={c.id} title={c.nameTh}>
          <p className="muted" data-testid="results-turnout">
            {thVotes.view.turnout}: {thVotes.view.turnoutOf(c.voted, results.rollSize, c.turnout)}
          </p>
          {c.rows.length === 0 ? (
            <p className="muted">{t.noVotes}</p>
          ) : (
            <Table<ResultRow>
              caption={c.nameTh}
              captionHidden
              cards
              rows={c.rows}
              rowKey={(r) => r.candidate.personId}
              rowTestId="results-row"
              columns={[
                { key: 'rank', header: t.rank, cell: (r) => thaiNumber(r.rank), className: 'col-narrow' },
                {
                  key: 'name',
                  header: t.name,
                  cell: (r) => (
                    <>
                      {r.candidate.fullName}
                      {c.winnerIds.includes(r.candidate.personId) ? (
                        <span className="tag vote-tag--winner"> {t.winner}</span>
                      ) : c.tied && c.winnerIds.length === 0 && c.leaderIds.includes(r.candidate.personId) ? (
                        <span className="tag"> {t.tied}</span>
                      ) : null}
                    </>
                  ),
                },
                {
                  key: 'office',
                  header: t.office,
                  cell: (r) => [r.candidate.positionTh, r.candidate.officeTh].filter(Boolean).join(' · '),
                },
                { key: 'votes', header: t.votes, cell: (r) => thaiNumber(r.votes), className: 'col-narrow' },
              ]}
            />
          )}
          {c.decisionNote && (
            <p>
              <strong>{t.decision}:</strong> {c.decisionNote}
            </p>
          )}
        </Card>
      ))}
    </div>
  );
}
