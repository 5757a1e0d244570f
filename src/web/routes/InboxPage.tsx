// หนังสือราชการ → หนังสือเข้า: letters addressed to the unit chosen in the switcher (or the
// user's own unit), each opening its copy page.
import { lettersApi } from '../api/letters.js';
import { copyStatus } from '../features/letters/copy-status.js';
import { CopyDownloads } from '../features/letters/CopyDownloads.js';
import { LettersTabs } from '../features/letters/LettersTabs.js';
import { useCurrentUnit } from '../features/org/current-unit.js';
import { unitName } from '../features/org/labels.js';
import { thaiDate } from '../features/savings/dates.js';
import { thLetters } from '../i18n/th-letters.js';
import { Link } from '../router.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { Table } from '../ui/Table.js';
import { useLoad } from '../ui/useLoad.js';

export function InboxPage() {
  const t = thLetters.inbox;
  const r = thLetters.register;
  const { current } = useCurrentUnit();
  const inbox = useLoad((signal) => lettersApi.inbox(current?.id ?? null, signal), [current?.id]);
  return (
    <Page title={thLetters.nav}>
      <LettersTabs active="inbox" />
      {inbox.error && <LoadError message={inbox.error} onRetry={inbox.reload} />}
      {!inbox.data && !inbox.error && <Spinner />}
      {inbox.data && (
        <Table
          caption={t.caption(unitName(inbox.data.unit))}
          cards
          busy={inbox.loading}
          testId="letter-inbox"
          rowTestId="letter-inbox-row"
          rows={inbox.data.items}
          rowKey={(c) => c.id}
          empty={t.empty}
          columns={[
            { key: 'number', header: r.number, cell: (c) => <Link to={`/letters/copies/${c.id}`}>{c.number}</Link> },
            { key: 'date', header: r.date, cell: (c) => thaiDate(c.letterDate) },
            { key: 'subject', header: r.subject, cell: (c) => c.subject },
            { key: 'from', header: t.from, cell: (c) => unitName(c.issuingUnit) },
            { key: 'status', header: r.status, cell: (c) => copyStatus(c) },
            { key: 'files', header: t.open, cell: (c) => <CopyDownloads copyId={c.id} /> },
          ]}
        />
      )}
    </Page>
  );
}
