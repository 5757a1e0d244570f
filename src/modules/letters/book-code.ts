// A unit's book code ("พย 0019.1"): configured per unit, or derived where the pattern is known —
// a provincial office is "<province prefix> 0019" and its n-th work group adds ".n" (seeds 000, 004).
// Other units (districts, the department) must have theirs configured before issuing.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { fromThaiDigits } from '../../kernel/index.js';
import { bookCodeOf, findUnit, type UnitRow } from './letters.repository.js';

export const PROVINCE_OFFICE_CODE = '0019';

export async function bookCodeFor(
  db: Kysely<DB>,
  unit: UnitRow,
): Promise<{ bookCode: string | null; configured: boolean }> {
  const configured = await bookCodeOf(db, unit.id);
  if (configured) return { bookCode: configured.book_code, configured: true };
  if (unit.kind === 'province' && unit.letter_prefix)
    return { bookCode: `${unit.letter_prefix} ${PROVINCE_OFFICE_CODE}`, configured: false };
  const group = /-wg(\d+)$/.exec(unit.id);
  if (unit.kind === 'work_group' && group && unit.parent_id) {
    const province = await findUnit(db, unit.parent_id);
    if (province?.letter_prefix)
      return { bookCode: `${province.letter_prefix} ${PROVINCE_OFFICE_CODE}.${group[1]}`, configured: false };
  }
  return { bookCode: null, configured: false };
}

/** Stored with Arabic digits and single spaces, whatever script the user typed. */
export const normaliseBookCode = (s: string) => fromThaiDigits(s).trim().replace(/\s+/g, ' ');

export const BOOK_CODE_PATTERN = /^[ก-ฮA-Za-z]{1,4}\.?( [0-9]{1,6}(\.[0-9]{1,3})*)?$/;
