// Conflicts of interest. Automatic: the judge's own person record sits in the nominating district
// (or below it), or the judge's account heads that district office. Declared: by the judge, or by
// the chair for any member, with a reason. Automatic ones are recorded when scoring starts, so a
// later change to someone's record does not rewrite a closed result; before that they are derived.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { areaName } from '../org/index.js';
import { conflictsOf, type CallRow, type MemberRow, type NominationRow } from './awards.repository.js';

type Q = Kysely<DB> | Transaction<DB>;

export interface Conflict {
  source: 'automatic' | 'declared';
  reason: string;
}

export const conflictKey = (nominationId: string, memberId: string) => `${nominationId}|${memberId}`;

export function automaticReason(m: MemberRow, n: NominationRow): string | null {
  const area = areaName(n.unit_kind, n.unit_name_th);
  if (m.person_path.startsWith(n.unit_path)) return `กรรมการเป็นบุคคลใน${area} ซึ่งเป็นผู้เสนอชื่อ`;
  if ((m.heads_units ?? []).includes(n.org_unit_id)) return `กรรมการเป็นพัฒนาการอำเภอของ${area} ซึ่งเป็นผู้เสนอชื่อ`;
  return null;
}

/** Every conflict of the call by (nomination, member). */
export async function conflictMap(
  db: Q,
  call: CallRow,
  members: readonly MemberRow[],
  nominations: readonly NominationRow[],
): Promise<Map<string, Conflict>> {
  const map = new Map<string, Conflict>();
  for (const c of await conflictsOf(db, call.id)) {
    map.set(conflictKey(c.nomination_id, c.member_id), { source: c.source, reason: c.reason });
  }
  if (call.scoring_started_at === null) {
    for (const n of nominations) {
      for (const m of members) {
        const reason = automaticReason(m, n);
        const key = conflictKey(n.id, m.id);
        if (reason && !map.has(key)) map.set(key, { source: 'automatic', reason });
      }
    }
  }
  return map;
}
