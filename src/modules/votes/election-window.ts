// The voting window. Organisers announce it in days ("๙ - ๑๕ พฤษภาคม ๒๕๖๗"); it is stored as the
// moments those days begin and end in Bangkok, so the check is one comparison with the clock.
import { civilDate, todayInBangkok, type Clock } from '../../kernel/dates.js';

export function windowOf(opensOn: string, closesOn: string): { opensAt: Date; closesAt: Date } {
  return {
    opensAt: new Date(`${civilDate(opensOn)}T00:00:00.000+07:00`),
    // The last millisecond of the closing day; timestamptz keeps it exactly.
    closesAt: new Date(`${civilDate(closesOn)}T23:59:59.999+07:00`),
  };
}

/** The Bangkok calendar day of a moment. */
export const bangkokDay = (d: Date): string => todayInBangkok({ now: () => d });

export type WindowState = 'before' | 'inside' | 'after';

export function windowState(e: { opens_at: Date; closes_at: Date }, clock: Clock): WindowState {
  const now = clock.now().getTime();
  if (now < e.opens_at.getTime()) return 'before';
  return now > e.closes_at.getTime() ? 'after' : 'inside';
}
