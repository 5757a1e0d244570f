// The group's journal, newest first, a page at a time; a poster may reverse an entry with a reason.
import { useState } from 'react';
import { savingsApi } from '../../../api/savings.js';
import type { JournalEntry } from '../../../api/savings-types.js';
import { th } from '../../../i18n/th.js';
import { Link } from '../../../router.js';
import { useToast } from '../../../ui/Alert.js';
import { Button } from '../../../ui/Button.js';
import { LoadError } from '../../../ui/LoadError.js';
import { Spinner } from '../../../ui/Page.js';
import { Pager } from '../../../ui/Pager.js';
import { Table } from '../../../ui/Table.js';
import { useLoad } from '../../../ui/useLoad.js';
import { useSession } from '../../auth/session.js';
import { thaiDate } from '../dates.js';
import { entryKindLabel, passbookPath, receiptPath } from '../labels.js';
import { EntryLines } from './EntryLines.js';
import { ReverseDialog } from './ReverseDialog.js';

const PAGE_SIZE = 20;
// Entries whose effects reach beyond the books (loans paid out, members leaving, year-end) are undone
// through their own screens; the server refuses the others here too.
const REVERSIBLE = new Set(['meeting_day', 'member_join', 'loan_repayment', 'income', 'expense', 'transfer']);

export function JournalSection({ groupId }: { groupId: string }) {
  const t = th.savings.journal;
  const { can } = useSession();
  const toast = useToast();
  const [page, setPage] = useState(1);
  const [reversing, setReversing] = useState<JournalEntry | null>(null);
  const { data, error, loading, reload } = useLoad(
    (s) => savingsApi.journal(groupId, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, s),
    [groupId, page],
  );
  const canReverse = (e: JournalEntry) =>
    can('savings:post') && REVERSIBLE.has(e.kind) && e.reversedByEntryNo === null && e.reversesEntryNo === null;

  return (
    <section aria-labelledby="journal-h">
      <h2 id="journal-h" className="section-title">
        {t.title}
      </h2>
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && loading && <Spinner />}
      {data && (
        <>
          <Table
            caption={t.caption(data.total)}
            captionHidden
            cards
            busy={loading}
            testId="journal-table"
            rowTestId="journal-row"
            rows={data.items}
            rowKey={(e) => String(e.entryNo)}
            empty={t.empty}
            columns={[
              { key: 'no', header: t.colNo, className: 'col-num col-narrow', cell: (e) => e.entryNo },
              { key: 'date', header: t.colDate, className: 'col-mono', cell: (e) => thaiDate(e.postedOn) },
              {
                key: 'what',
                header: t.colWhat,
                className: 'col-primary',
                cell: (e) => (
                  <>
                    <span className="kind">{entryKindLabel(e.kind)}</span> {e.memo}
                    {e.memberNo !== null && (
                      <>
                        {' · '}
                        <Link to={passbookPath(groupId, e.memberNo)}>{t.memberNo(e.memberNo)}</Link>
                      </>
                    )}
                    {e.reason && <span className="entry-note">{t.reasonWas(e.reason)}</span>}
                    {e.kind === 'meeting_day' && e.batchNo !== null && (
                      <Link to={receiptPath(groupId, e.batchNo)} className="entry-note" data-testid="receipt-reprint">
                        {th.savings.receipt.reprint(e.batchNo)}
                      </Link>
                    )}
                    {e.reversedByEntryNo !== null && (
                      <span className="entry-note entry-note--warn">{t.reversedBy(e.reversedByEntryNo)}</span>
                    )}
                  </>
                ),
              },
              { key: 'lines', header: t.colLines, cell: (e) => <EntryLines lines={e.lines} /> },
              {
                key: 'actions',
                header: <span className="visually-hidden">{t.colActions}</span>,
                label: t.colActions,
                cell: (e) =>
                  canReverse(e) && (
                    <Button small variant="ghost" onClick={() => setReversing(e)} data-testid="reverse-open">
                      {t.reverse}
                    </Button>
                  ),
              },
            ]}
          />
          <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={setPage} />
        </>
      )}
      <ReverseDialog
        groupId={groupId}
        entry={reversing}
        onCancel={() => setReversing(null)}
        onDone={(no) => {
          toast(t.reversed(reversing?.entryNo ?? 0, no));
          setReversing(null);
          reload();
        }}
      />
    </section>
  );
}
