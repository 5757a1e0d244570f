// /votes/:id: an election for its organiser — details and turnout; open (fixes the roll), slips to
// hand out, close after the last day, results with Excel, and the announcement with certificates.
import { useState } from 'react';
import { errorMessageTh } from '../api/client.js';
import type { Election } from '../api/votes-types.js';
import { votesApi } from '../api/votes.js';
import { longDate } from '../features/programs/labels.js';
import { AnnounceForm } from '../features/votes/AnnounceForm.js';
import { ResultsView } from '../features/votes/ResultsView.js';
import { VotersPanel } from '../features/votes/VotersPanel.js';
import '../features/votes/votes.css';
import { thVotes } from '../i18n/th-votes.js';
import { Link } from '../router.js';
import { Alert, useToast } from '../ui/Alert.js';
import { Button, LinkButton } from '../ui/Button.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { Fact, Facts } from '../ui/Facts.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

type Action = 'open' | 'close';

export function ElectionPage({ id }: { id: string }) {
  const t = thVotes.view;
  const toast = useToast();
  const election = useLoad((signal) => votesApi.get(id, signal), [id]);
  const [confirm, setConfirm] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const e = election.data;

  async function run(action: Action) {
    setBusy(true);
    setError(null);
    try {
      await (action === 'open' ? votesApi.open(id) : votesApi.close(id));
      toast(action === 'open' ? t.opened : t.closed);
      setConfirm(null);
      election.reload();
    } catch (err) {
      setError(errorMessageTh(err));
    } finally {
      setBusy(false);
    }
  }

  if (election.error) {
    return (
      <Page title={thVotes.list.title}>
        <LoadError message={election.error} onRetry={election.reload} />
      </Page>
    );
  }
  if (!e) {
    return (
      <Page title={thVotes.list.title}>
        <Spinner />
      </Page>
    );
  }
  const windowOver = e.status === 'open' && Date.now() > Date.parse(e.closesAt);
  return (
    <Page
      title={e.title}
      before={<Link to="/votes">{thVotes.list.title}</Link>}
      description={
        <span className="tag" data-testid="election-status">
          {windowOver ? thVotes.windowOver : thVotes.status[e.status]}
        </span>
      }
      actions={
        e.canManage && (
          <>
            {e.status === 'draft' && (
              <>
                <LinkButton to={`/votes/${e.id}/edit`}>{t.edit}</LinkButton>
                <Button variant="primary" onClick={() => setConfirm('open')} data-testid="election-open">
                  {t.open}
                </Button>
              </>
            )}
            {e.status === 'open' && (
              <Button
                variant="primary"
                onClick={() => setConfirm('close')}
                disabled={!windowOver}
                data-testid="election-close"
              >
                {t.close}
              </Button>
            )}
          </>
        )
      }
    >
      <Card title={t.facts}>
        <Facts>
          <Fact label={t.organiser} value={e.organiser.nameTh} />
          <Fact label={t.days} value={thVotes.days(longDate(e.opensOn), longDate(e.closesOn))} />
          <Fact label={t.roll} value={e.rollSize === null ? t.rollLater : t.rollCount(e.rollSize)} />
          <Fact label={t.live} value={e.liveResults ? t.yes : t.no} />
        </Facts>
        {e.status === 'open' && e.canManage && <p className="muted">{windowOver ? t.closeNow : t.closeWait}</p>}
      </Card>
      {e.rollSize !== null && (
        <Card title={t.turnout}>
          <ul className="plain-list" data-testid="turnout">
            {e.categories.map((c) => (
              <li key={c.id}>
                <strong>{c.nameTh}</strong>: {t.turnoutOf(c.voted, e.rollSize!, c.turnout ?? 0)}
              </li>
            ))}
          </ul>
        </Card>
      )}
      {e.status === 'open' && e.canManage && (
        <Card title={t.slips}>
          <VotersPanel electionId={e.id} />
        </Card>
      )}
      {e.resultsVisible ? (
        <ResultsCard election={e} onAnnounced={election.reload} />
      ) : (
        e.status !== 'draft' && (
          <Card title={thVotes.results.title}>
            <p className="muted">{thVotes.results.sealed}</p>
          </Card>
        )
      )}
      <ConfirmDialog
        open={confirm !== null}
        title={confirm === 'open' ? t.openConfirm : t.close}
        confirmLabel={confirm === 'open' ? t.openConfirm : t.close}
        busy={busy}
        error={error}
        onConfirm={() => confirm && void run(confirm)}
        onCancel={() => {
          setConfirm(null);
          setError(null);
        }}
        testId="election-confirm"
      >
        <p>{confirm === 'open' ? t.openBody : t.closeBody}</p>
      </ConfirmDialog>
    </Page>
  );
}

function ResultsCard({ election, onAnnounced }: { election: Election; onAnnounced: () => void }) {
  const t = thVotes.results;
  const toast = useToast();
  const results = useLoad((signal) => votesApi.results(election.id, signal), [election.id, election.status]);
  return (
    <>
      <Card
        title={
          <span className="vote-results__title">
            {t.title}
            <a
              className="btn btn--small btn--secondary"
              href={votesApi.resultsXlsxUrl(election.id)}
              data-testid="results-xlsx"
            >
              {t.excel}
            </a>
          </span>
        }
      >
        {results.error ? (
          <LoadError message={results.error} onRetry={results.reload} />
        ) : results.data ? (
          <ResultsView results={results.data} />
        ) : (
          <Spinner />
        )}
      </Card>
      {election.status === 'closed' && election.canManage && results.data && (
        <Card title={thVotes.announce.title}>
          <AnnounceForm
            results={results.data}
            onDone={() => {
              toast(thVotes.announce.done);
              onAnnounced();
            }}
          />
        </Card>
      )}
      {election.status === 'announced' && <Alert tone="success">{thVotes.announce.done}</Alert>}
    </>
  );
}
