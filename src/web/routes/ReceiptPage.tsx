// /groups/:id/receipts/:batch: a meeting day's receipt printed again from the journal.
import { savingsApi } from '../api/savings.js';
import { groupPath, groupPlace } from '../features/savings/labels.js';
import { MeetingReceipt } from '../features/savings/meeting/MeetingReceipt.js';
import { receiptFromJournal } from '../features/savings/meeting/receipt-from-journal.js';
import { th } from '../i18n/th.js';
import { href, Link } from '../router.js';
import { Alert } from '../ui/Alert.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function ReceiptPage({ groupId, batchNo }: { groupId: string; batchNo: number }) {
  const t = th.savings.receipt;
  const { data, error, reload } = useLoad(
    async (signal) => {
      const [group, members, journal] = await Promise.all([
        savingsApi.group(groupId, signal),
        savingsApi.members(groupId, signal),
        savingsApi.journal(groupId, { batchNo, limit: 500 }, signal),
      ]);
      const reversed = journal.items.some((e) => e.reversedByEntryNo !== null);
      return { group, reversed, result: receiptFromJournal(groupId, batchNo, journal.items, members.items) };
    },
    [groupId, batchNo],
  );

  return (
    <Page
      title={t.title}
      before={
        <p className="crumbs no-print">
          <Link to={href(groupPath(groupId), { tab: 'journal' })}>
            ‹ {data?.group.nameTh ?? th.savings.group.title}
          </Link>
        </p>
      }
      description={data && `${data.group.nameTh} · ${groupPlace(data.group)}`}
    >
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <Spinner />}
      {data && data.result.entries.length === 0 && <Alert tone="info">{t.noBatch(batchNo)}</Alert>}
      {data && data.reversed && (
        <div className="no-print">
          <Alert tone="warning">{t.hasReversals}</Alert>
        </div>
      )}
      {data && data.result.entries.length > 0 && <MeetingReceipt group={data.group} result={data.result} />}
    </Page>
  );
}
