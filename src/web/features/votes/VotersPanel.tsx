// The slips to hand out: one PDF of all of them, and on request the roll with each voter's link and
// QR code (to send one link again by chat, or show a code on screen).
import { useState } from 'react';
import type { VoterSlip } from '../../api/votes-types.js';
import { votesApi } from '../../api/votes.js';
import { thVotes } from '../../i18n/th-votes.js';
import { Button } from '../../ui/Button.js';
import { LoadError } from '../../ui/LoadError.js';
import { Spinner } from '../../ui/Page.js';
import { Table } from '../../ui/Table.js';
import { useLoad } from '../../ui/useLoad.js';

export function VotersPanel({ electionId }: { electionId: string }) {
  const t = thVotes.view;
  const [shown, setShown] = useState(false);
  return (
    <div className="stack">
      <p className="muted">{t.slipsHint}</p>
      <div className="form-actions">
        <a
          className="btn btn--primary"
          href={votesApi.slipsPdfUrl(electionId)}
          target="_blank"
          rel="noreferrer"
          data-testid="slips-pdf"
        >
          {t.slipsPdf}
        </a>
        {!shown && <Button onClick={() => setShown(true)}>{t.showVoters}</Button>}
      </div>
      {shown && <VoterList electionId={electionId} />}
    </div>
  );
}

function VoterList({ electionId }: { electionId: string }) {
  const t = thVotes.view;
  const voters = useLoad((signal) => votesApi.voters(electionId, signal), [electionId]);
  if (voters.error) return <LoadError message={voters.error} onRetry={voters.reload} />;
  if (!voters.data) return <Spinner />;
  return (
    <Table<VoterSlip>
      caption={t.slips}
      captionHidden
      cards
      rows={voters.data.items}
      rowKey={(v) => v.personId}
      rowTestId="voter-row"
      columns={[
        { key: 'name', header: t.voter, cell: (v) => `${v.fullName} (${v.officeTh})` },
        { key: 'link', header: t.link, cell: (v) => <span className="vote-link">{v.link}</span> },
        {
          key: 'qr',
          header: t.qr,
          cell: (v) => (
            <a href={votesApi.qrUrl(electionId, v.personId)} target="_blank" rel="noreferrer">
              {t.qr}
            </a>
          ),
        },
      ]}
    />
  );
}
