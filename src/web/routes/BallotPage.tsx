// /v/:code — the ballot behind a slip's QR code. Public: no login, no app shell; the code is the key.
import { useEffect } from 'react';
import { votesApi } from '../api/votes.js';
import { BallotForm } from '../features/votes/BallotForm.js';
import { th } from '../i18n/th.js';
import { thVotes } from '../i18n/th-votes.js';
import { Alert } from '../ui/Alert.js';
import { BrandMark } from '../ui/BrandMark.js';
import { Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function BallotPage({ code }: { code: string }) {
  const ballot = useLoad((signal) => votesApi.ballot(code, signal), [code]);
  useEffect(() => {
    document.title = th.app.pageTitle(ballot.data?.election.title ?? thVotes.ballot.title);
  }, [ballot.data?.election.title]);
  return (
    <div className="public-page">
      <header className="public-page__bar">
        <BrandMark size={28} />
        <span className="public-page__name">{th.app.name}</span>
      </header>
      <main id="main" className="public-page__main">
        {ballot.error ? (
          <Alert tone="error" title={thVotes.ballot.title} testId="ballot-load-error">
            {ballot.error}
          </Alert>
        ) : ballot.data ? (
          <BallotForm ballot={ballot.data} cast={(choices) => votesApi.cast(code, choices)} />
        ) : (
          <Spinner />
        )}
      </main>
      <footer className="footer">{th.app.department}</footer>
    </div>
  );
}
