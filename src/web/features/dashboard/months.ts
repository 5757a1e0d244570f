// Month labels for the trend charts: the API's months are 'YYYY-MM-01' in the Common Era, shown in
// the Buddhist era as officers write them ("ต.ค. 68").
import { BE_OFFSET, THAI_MONTHS, THAI_MONTHS_SHORT } from '../../../kernel/dates.js';

function parts(iso: string): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
}

/** "ต.ค. 68" */
export function monthShort(iso: string): string {
  const p = parts(iso);
  return p ? `${THAI_MONTHS_SHORT[p.month - 1]} ${String((p.year + BE_OFFSET) % 100).padStart(2, '0')}` : iso;
}

/** "ตุลาคม 2568" */
export function monthLong(iso: string): string {
  const p = parts(iso);
  return p ? `${THAI_MONTHS[p.month - 1]} ${p.year + BE_OFFSET}` : iso;
}
