// /votes/:id/ballot — a logged-in voter's own ballot (for staff who vote without their slip).
import { votesApi } from '../api/votes.js';
import { BallotForm } from '../features/votes/BallotForm.js';
import { thVotes } from '../i18n/th-votes.js';
import { Link } from '../router.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function MyBallotPage({ id }: { id: string }) {
  const ballot = useLoad((signal) => votesApi.myBallot(id, signal), [id]);
  return (
    <Page title={thVotes.ballot.title} before={<Link to="/votes">{thVotes.list.title}</Link>} narrow>
      {ballot.error ? (
        <LoadError message={ballot.error} onRetry={ballot.reload} />
      ) : ballot.data ? (
        <BallotForm ballot={ballot.data} cast={(choices) => votesApi.castMine(id, choices)} titleAs="h2" />
      ) : (
        <Spinner />
      )}
    </Page>
  );
}
