// Deadlines are civil dates: a report is on time when first submitted by the end of the deadline
// day in Asia/Bangkok, whatever the server's time zone.
import { compareDates, daysBetween, todayInBangkok, type CivilDate } from '../../kernel/dates.js';
import type { MatrixStatus } from './requests.schemas.js';
import type { SubmissionStatus } from './requests.tables.js';

export const REMINDER_DAYS = 3;

export function bangkokDate(moment: Date): CivilDate {
  return todayInBangkok({ now: () => moment });
}

export function isLate(firstSubmittedAt: Date, deadline: CivilDate): boolean {
  return compareDates(bangkokDate(firstSubmittedAt), deadline) > 0;
}

export function matrixStatus(s: { status: SubmissionStatus; late: boolean | null }): MatrixStatus {
  if (s.status === 'returned' || s.status === 'accepted') return s.status;
  if (s.status === 'submitted') return s.late ? 'late' : 'on_time';
  return 'missing';
}

/**
 * DHIS2's rule when the request asks for it: past the deadline a unit that never submitted may not
 * fill the form unless granted an exception. A report sent back for correction stays open, since
 * the issuer asked for the change.
 */
export function isLocked(
  request: { lock_after_deadline: boolean; deadline: string },
  s: { first_submitted_at: Date | null; lock_exception: boolean },
  today: CivilDate,
): boolean {
  return (
    request.lock_after_deadline &&
    !s.lock_exception &&
    s.first_submitted_at === null &&
    compareDates(today, request.deadline as CivilDate) > 0
  );
}

export function dueInDays(today: CivilDate, deadline: CivilDate): number {
  return daysBetween(today, deadline);
}

/** Waiting on the unit: never submitted, or sent back for correction. */
export function awaitingUnit(status: SubmissionStatus): boolean {
  return status === 'expected' || status === 'draft' || status === 'returned';
}
