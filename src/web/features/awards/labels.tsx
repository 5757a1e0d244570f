// Badges and small formatters shared by the award pages: each state's colour always comes with its
// Thai word, dates in the Buddhist era, points as the sheets print them (at most one decimal).
import type { CallRole, CallStatus, NominationStatus, Nominee, SheetState } from '../../api/awards-types.js';
import { thAwards } from '../../i18n/th-awards.js';
import './awards.css';

export function CallStatusBadge({ status }: { status: CallStatus }) {
  return (
    <span className={`aw-badge aw-badge--${status}`} data-testid="call-status" data-status={status}>
      {thAwards.status[status]}
    </span>
  );
}

export function RoleBadge({ role }: { role: CallRole }) {
  return (
    <span className={`aw-badge aw-badge--role-${role}`} data-testid="call-role">
      {thAwards.callRole[role]}
    </span>
  );
}

export function NominationBadge({ status }: { status: NominationStatus }) {
  return (
    <span className={`aw-badge aw-badge--n-${status}`} data-testid="nomination-status" data-status={status}>
      {thAwards.nominationStatus[status]}
    </span>
  );
}

export function SheetBadge({ state }: { state: SheetState }) {
  return (
    <span className={`aw-badge aw-badge--s-${state}`} data-testid="sheet-state" data-state={state}>
      {thAwards.sheetState[state]}
    </span>
  );
}

/** "7.5", "10": the points as typed on a sheet. */
export const points = (n: number) => String(Math.round(n * 10) / 10);

/**
 * "นางสาว… (พัฒนากร/อสพ.) · นาย… (เครือข่ายการพัฒนา)". A 'member' beside a group's or a work's name
 * is a co-worker (ผู้ร่วมผลงาน); with no entry name (an outstanding-member category) the person is
 * the nominee, and the name stands alone.
 */
export function NomineeList({ nominees, entryName }: { nominees: Nominee[]; entryName: string | null }) {
  return (
    <ul className="aw-nominees">
      {nominees.map((n) => (
        <li key={n.person.id}>
          {n.person.fullName}
          {!(n.role === 'member' && entryName === null) && (
            <span className="muted"> ({thAwards.nomineeRole[n.role]})</span>
          )}
        </li>
      ))}
    </ul>
  );
}
