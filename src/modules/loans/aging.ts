// Arrears buckets for the overdue-loan report: the usual 1–30 / 31–90 / 91–180 / over-180-day split,
// so a loan in the first month of arrears is told apart from one that is close to a write-off.

export type AgingBucket = '1-30' | '31-90' | '91-180' | '>180';

/** null when nothing is overdue. */
export function agingBucket(daysOverdue: number): AgingBucket | null {
  if (daysOverdue <= 0) return null;
  if (daysOverdue <= 30) return '1-30';
  if (daysOverdue <= 90) return '31-90';
  if (daysOverdue <= 180) return '91-180';
  return '>180';
}
