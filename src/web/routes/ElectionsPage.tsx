// /votes: the ballots the user may cast now, and for organisers the elections of their offices.
import type { ElectionSummary, MyBallot } from '../api/votes-types.js';
import { votesApi } from '../api/votes.js';
import { useSession } from '../features/auth/session.js';
import { longDate } from '../features/programs/labels.js';
import { today } from '../features/savings/dates.js';
import { thVotes } from '../i18n/th-votes.js';
import { Link } from '../router.js';
import { LinkButton } from '../ui/Button.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { Table } from '../ui/Table.js';
import { useLoad } from '../ui/useLoad.js';

export function ElectionsPage() {
  const t = thVotes.list;
  const { can } = useSession();
  const mine = useLoad((signal) => votesApi.myBallots(signal), []);
  const organised = useLoad(
    (signal) => (can('programs:read') ? votesApi.list(signal) : Promise.resolve({ items: [] })),
    [],
  );
  return (
    <Page
      title={t.title}
      actions={
        can('programs:manage') && (
          <LinkButton to="/votes/new" variant="primary" data-testid="new-election">
            {t.create}
          </LinkButton>
        )
      }
    >
      <Card title={thVotes.mine.title}>
        {mine.error ? (
          <LoadError message={mine.error} onRetry={mine.reload} />
        ) : mine.data ? (
          mine.data.items.length ? (
            <ul className="plain-list">
              {mine.data.items.map((m: MyBallot) => (
                <li key={m.electionId}>
                  <Link to={`/votes/${m.electionId}/ballot`} className="strong-link">
                    {m.title}
                  </Link>
                  <p className="muted">
                    {m.organiserTh} · {thVotes.mine.until(longDate(m.closesOn))} ·{' '}
                    {thVotes.mine.progress(m.voted, m.categories)}
                    {!m.acceptingVotes && ` · ${today() > m.closesOn ? thVotes.ballot.ended : thVotes.ballot.notOpen}`}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{thVotes.mine.empty}</p>
          )
        ) : (
          <Spinner />
        )}
      </Card>
      {can('programs:read') && (
        <Card title={t.organised}>
          {organised.error ? (
            <LoadError message={organised.error} onRetry={organised.reload} />
          ) : organised.data ? (
            <Table<ElectionSummary>
              caption={t.organised}
              captionHidden
              cards
              rows={organised.data.items}
              rowKey={(e) => e.id}
              rowTestId="election-row"
              empty={t.empty}
              columns={[
                { key: 'title', header: t.name, cell: (e) => <Link to={`/votes/${e.id}`}>{e.title}</Link> },
                { key: 'organiser', header: t.organiser, cell: (e) => e.organiser.nameTh },
                {
                  key: 'days',
                  header: t.days,
                  cell: (e) => thVotes.days(longDate(e.opensOn), longDate(e.closesOn)),
                },
                {
                  key: 'status',
                  header: t.status,
                  cell: (e) =>
                    e.status === 'open' && today() > e.closesOn ? thVotes.windowOver : thVotes.status[e.status],
                },
              ]}
            />
          ) : (
            <Spinner />
          )}
        </Card>
      )}
    </Page>
  );
}
