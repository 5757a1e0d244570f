// Entering a meeting day: the posting date, the grid, the day's totals and one button that posts the
// whole grid as one batch. The idempotency key is kept until the post succeeds, so a double click or a
// retry after a lost connection cannot post the day twice.
import { useEffect, useMemo, useState } from 'react';
import { ApiError, errorMessageTh } from '../../../api/client.js';
import { savingsApi } from '../../../api/savings.js';
import type { Group, MeetingDayResult } from '../../../api/savings-types.js';
import { format, th } from '../../../i18n/th.js';
import { Alert } from '../../../ui/Alert.js';
import { Button } from '../../../ui/Button.js';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { DateField } from '../DateField.js';
import { thaiDate, today } from '../dates.js';
import { baht, parseAmount } from '../money.js';
import { useIdempotencyKey } from '../useIdempotencyKey.js';
import { MeetingGrid } from './MeetingGrid.js';
import {
  cellId,
  dayTotals,
  NO_ISSUES,
  parseGrid,
  placeIssues,
  toRows,
  type CellKey,
  type Cells,
  type GridIssues,
  type GridMember,
} from './meeting-model.js';

/** Errors about the day itself rather than a member's row. */
const DATE_CODES = new Set(['posting_date_in_future', 'period_closed']);

interface Props {
  group: Group;
  members: GridMember[];
  onPosted: (r: MeetingDayResult) => void;
}

export function MeetingDayForm({ group, members, onPosted }: Props) {
  const t = th.savings.meeting;
  const idem = useIdempotencyKey();
  const [postedOn, setPostedOn] = useState(today);
  const [cells, setCells] = useState<Cells>({});
  const [issues, setIssues] = useState<GridIssues>(NO_ISSUES);
  const [dateError, setDateError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const parsed = useMemo(() => parseGrid(members, cells), [members, cells]);
  const totals = useMemo(() => dayTotals(parsed.amounts), [parsed]);
  const badCells = Object.keys(parsed.errors).length;
  const dirty = Object.values(cells).some((row) => Object.values(row).some((v) => v?.trim()));

  // Closing the tab with a typed but unposted day asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const setCell = (memberNo: number, key: CellKey, text: string) => {
    setCells((all) => ({ ...all, [memberNo]: { ...all[memberNo], [key]: text } }));
    const id = cellId(memberNo, key);
    if (issues.cells[id] || issues.rows[memberNo]) {
      setIssues((i) => ({
        ...i,
        cells: Object.fromEntries(Object.entries(i.cells).filter(([k]) => k !== id)),
        rows: Object.fromEntries(Object.entries(i.rows).filter(([k]) => k !== String(memberNo))),
      }));
    }
  };
  const fillPledge = (memberNo: number) => {
    const m = members.find((x) => x.memberNo === memberNo);
    if (m) setCell(memberNo, 'pledge', baht(m.monthlyPledge));
  };
  // "1000" becomes "1,000.00" on leaving the cell; bad input stays as typed so it can be fixed.
  // Reads the latest state: a "+" fill may be pending when the cell loses focus.
  const tidyCell = (memberNo: number, key: CellKey) =>
    setCells((all) => {
      const text = all[memberNo]?.[key] ?? '';
      const p = parseAmount(text);
      const shown = p.ok && p.value ? baht(p.value) : '';
      return p.ok && shown !== text ? { ...all, [memberNo]: { ...all[memberNo], [key]: shown } } : all;
    });
  const fillAllEmpty = () =>
    setCells((all) => {
      const next = { ...all };
      for (const m of members) {
        if (!next[m.memberNo]?.pledge?.trim())
          next[m.memberNo] = { ...next[m.memberNo], pledge: baht(m.monthlyPledge) };
      }
      return next;
    });

  const focusFirstProblem = () =>
    window.setTimeout(() => document.querySelector<HTMLElement>('.meeting-grid [aria-invalid="true"]')?.focus(), 0);

  function review() {
    setMessage(null);
    if (!postedOn) return setDateError(th.savings.dateRequired);
    if (badCells) {
      setMessage(t.fixCells(badCells));
      return focusFirstProblem();
    }
    if (totals.members === 0) return setMessage(t.nothingToPost);
    setConfirming(true);
  }

  async function post() {
    const rows = toRows(parsed.amounts);
    setBusy(true);
    try {
      const result = await savingsApi.postMeetingDay(group.id, { postedOn, rows }, idem.key());
      idem.reset();
      setCells({});
      onPosted(result);
    } catch (err) {
      setConfirming(false);
      setBusy(false);
      if (!(err instanceof ApiError)) return setMessage(errorMessageTh(err));
      if (err.code === 'idempotency_key_reused') {
        // The earlier attempt was saved with different figures: check the journal before posting again.
        idem.reset();
        return setMessage(`${err.messageTh} ${t.checkJournal}`);
      }
      const dateIssue = err.issues.find((i) => i.path === 'postedOn');
      if (dateIssue || DATE_CODES.has(err.code)) setDateError(dateIssue?.messageTh ?? err.messageTh);
      setIssues(
        placeIssues(
          err.issues.filter((i) => i !== dateIssue),
          rows,
        ),
      );
      setMessage(err.messageTh);
      focusFirstProblem();
    }
  }

  return (
    <>
      <div className="meeting-toolbar">
        <DateField
          id="meeting-date"
          label={t.postedOn}
          value={postedOn}
          onChange={(d) => {
            setPostedOn(d);
            setDateError(undefined);
          }}
          error={dateError}
          requiredMark
          data-testid="meeting-date"
        />
        <Button onClick={fillAllEmpty} disabled={busy} data-testid="fill-pledges">
          {t.fillAll}
        </Button>
      </div>
      <p className="meeting-keys" id="meeting-keys">
        {t.keysHelp}
      </p>
      {message && (
        <Alert tone="error" testId="meeting-error">
          <p>{message}</p>
          {issues.general.length > 0 && (
            <ul>
              {issues.general.map((g, i) => (
                <li key={i}>{g}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <MeetingGrid
        members={members}
        cells={cells}
        parsed={parsed}
        issues={issues}
        totals={totals}
        onCell={setCell}
        onFillPledge={fillPledge}
        onTidy={tidyCell}
        disabled={busy}
      />
      <div className="meeting-summary" data-testid="meeting-summary">
        <dl className="meeting-summary__figures">
          <div>
            <dt>{t.membersWithMoney}</dt>
            <dd>{format.number(totals.members)}</dd>
          </div>
          <div>
            <dt>{t.cashIn}</dt>
            <dd data-testid="summary-cash-in">{baht(totals.cashIn)}</dd>
          </div>
          <div>
            <dt>{t.cashOut}</dt>
            <dd data-testid="summary-cash-out">{baht(totals.cashOut)}</dd>
          </div>
        </dl>
        {badCells > 0 && <p className="field__error">{t.fixCells(badCells)}</p>}
        <Button variant="primary" onClick={review} busy={busy} busyLabel={th.common.saving} data-testid="meeting-post">
          {t.post}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t.confirmTitle(thaiDate(postedOn))}
        confirmLabel={t.confirm}
        busy={busy}
        onConfirm={post}
        onCancel={() => setConfirming(false)}
        testId="meeting-confirm"
      >
        <p>{t.confirmBody(format.number(totals.members), baht(totals.cashIn), baht(totals.cashOut))}</p>
      </ConfirmDialog>
    </>
  );
}
