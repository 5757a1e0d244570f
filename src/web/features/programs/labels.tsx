// Display helpers shared by the programs pages: Thai digits for numbers as the forms print them.
import { toThaiDigits } from '../../../kernel/thai-digits.js';
import type { ProjectStatus } from '../../api/programs-types.js';
import { thPrograms } from '../../i18n/th-programs.js';
import { thaiDate } from '../savings/dates.js';

export const thaiNumber = (s: string | number) => toThaiDigits(String(s));
export const longDate = (iso: string | null) => (iso ? toThaiDigits(thaiDate(iso)) : '');
export const shortDate = (iso: string | null) => (iso ? thaiDate(iso, 'short') : '');

export function StatusPill({ status }: { status: ProjectStatus }) {
  return (
    <span className={`status pg-status pg-status--${status}`} data-testid="project-status">
      {thPrograms.status[status]}
    </span>
  );
}
