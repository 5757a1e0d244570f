// ปิดบัญชีประจำปี: the closes already made, a year-end date to preview what closing would post,
// and (savings:manage) the close itself — one ledger write with its own idempotency key.
import { useState } from 'react';
import { errorMessageTh } from '../../../api/client.js';
import { reportsApi } from '../../../api/reports.js';
import type { YearEndSummary } from '../../../api/reports-types.js';
import type { Group } from '../../../api/savings-types.js';
import { format, th } from '../../../i18n/th.js';
import { useToast } from '../../../ui/Alert.js';
import { Button } from '../../../ui/Button.js';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { LoadError } from '../../../ui/LoadError.js';
import { Spinner } from '../../../ui/Page.js';
import { Table } from '../../../ui/Table.js';
import { useLoad } from '../../../ui/useLoad.js';
import { useSession } from '../../auth/session.js';
import { DateField } from '../DateField.js';
import { endOfPreviousMonth, thaiDate, today } from '../dates.js';
import { baht } from '../money.js';
import { useIdempotencyKey } from '../useIdempotencyKey.js';
import { YearEndPreview } from './YearEndPreview.js';

export function YearEndSection({ group, onClosed }: { group: Group; onClosed: () => void }) {
  const t = th.savings.yearEnd;
  const { can } = useSession();
  const toast = useToast();
  const closes = useLoad((s) => reportsApi.yearEnds(group.id, s), [group.id]);
  const [through, setThrough] = useState(() => endOfPreviousMonth(today()));
  const [shown, setShown] = useState(through);
  if (through && through !== shown) setShown(through);
  const [round, setRound] = useState(0);
  const preview = useLoad((s) => reportsApi.yearEndPreview(group.id, shown, s), [group.id, shown, round]);

  const idem = useIdempotencyKey();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function close() {
    setBusy(true);
    setError(null);
    try {
      const done = await reportsApi.closeYear(group.id, shown, idem.key());
      idem.reset();
      setConfirming(false);
      toast(t.closed(thaiDate(done.through)));
      closes.reload();
      setRound((r) => r + 1);
      onClosed();
    } catch (e) {
      setError(errorMessageTh(e));
    } finally {
      setBusy(false);
    }
  }

  const ready = preview.data && !preview.loading && preview.data.through === shown;
  return (
    <div className="stack">
      <section aria-labelledby="ye-list-h">
        <h2 id="ye-list-h" className="section-title">
          {t.pastTitle}
        </h2>
        {closes.error && <LoadError message={closes.error} onRetry={closes.reload} />}
        {closes.data && <PastCloses items={closes.data.items} />}
      </section>
      <section aria-labelledby="ye-h">
        <div className="section-head">
          <h2 id="ye-h" className="section-title">
            {t.previewTitle}
          </h2>
          {can('savings:manage') && (
            <Button
              variant="primary"
              disabled={!ready}
              onClick={() => {
                idem.reset();
                setError(null);
                setConfirming(true);
              }}
              data-testid="year-end-close"
            >
              {t.close}
            </Button>
          )}
        </div>
        <p className="muted section-intro">{t.intro}</p>
        <div className="toolbar toolbar--period">
          <DateField id="ye-through" label={t.through} value={through} onChange={setThrough} data-testid="ye-through" />
        </div>
        {preview.error && <LoadError message={preview.error} onRetry={preview.reload} />}
        {preview.loading && <Spinner />}
        {!preview.error && preview.data && <YearEndPreview c={preview.data} />}
      </section>
      <ConfirmDialog
        open={confirming}
        title={t.confirmTitle(thaiDate(shown))}
        confirmLabel={t.confirm}
        busy={busy}
        error={error}
        onConfirm={close}
        onCancel={() => setConfirming(false)}
        testId="year-end-confirm"
      >
        {preview.data && (
          <p>{t.confirmBody(baht(preview.data.netProfit), format.number(preview.data.members.length))}</p>
        )}
      </ConfirmDialog>
    </div>
  );
}

function PastCloses({ items }: { items: YearEndSummary[] }) {
  const t = th.savings.yearEnd;
  return (
    <Table<YearEndSummary>
      caption={t.pastTitle}
      captionHidden
      cards
      testId="year-end-list"
      rowTestId="year-end-row"
      rows={items}
      rowKey={(y) => y.through}
      empty={t.noneYet}
      columns={[
        { key: 'through', header: t.colThrough, cell: (y) => thaiDate(y.through) },
        { key: 'period', header: t.colPeriod, cell: (y) => t.period(thaiDate(y.periodFrom), thaiDate(y.through)) },
        { key: 'profit', header: t.netProfit, className: 'col-num', cell: (y) => baht(y.netProfit) },
        {
          key: 'entries',
          header: t.colEntries,
          cell: (y) =>
            [y.entryNos.interest, y.entryNos.closing, y.entryNos.allocation].filter((n) => n !== null).join(', ') ||
            th.common.none,
        },
        { key: 'closedAt', header: t.colClosedAt, cell: (y) => format.dateTime(y.closedAt) },
      ]}
    />
  );
}
