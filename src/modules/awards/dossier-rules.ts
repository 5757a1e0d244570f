// Rules shared by the nomination use cases: when a dossier may still change, and the context the
// eligibility check needs.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { formatThaiDate, type CivilDate, type Clock } from '../../kernel/dates.js';
import { areaName } from '../org/index.js';
import { peopleByIds, type CallRow, type CategoryRow, type NominationRow } from './awards.repository.js';
import { conflict, effectiveStatus, withinDeadline, wrongStatus } from './call-state.js';
import type { EligibilityContext } from './eligibility.js';

export const dossierSubmitted = () =>
  conflict('dossier_submitted', 'ส่งแบบเสนอผลงานแล้ว แก้ไขไม่ได้', 'The dossier is submitted and locked');

export function pastDeadline(kind: 'names' | 'dossier', deadline: string) {
  const day = formatThaiDate(deadline as CivilDate);
  return kind === 'names'
    ? conflict('names_deadline_passed', `เลยกำหนดแจ้งรายชื่อ (${day}) แล้ว`, 'Past the names deadline')
    : conflict('dossier_deadline_passed', `เลยกำหนดส่งแบบเสนอผลงาน (${day}) แล้ว`, 'Past the dossier deadline');
}

/** The call is taking dossiers: open, and today (Bangkok) not after the dossier deadline. */
export function requireDossierWindow(clock: Clock, call: CallRow): void {
  const status = effectiveStatus(call, clock);
  if (status === 'scoring' && call.status === 'open') throw pastDeadline('dossier', call.dossier_deadline);
  if (status !== 'open') throw wrongStatus(status, 'การประกวดนี้ไม่ได้เปิดรับแบบเสนอผลงาน');
  if (!withinDeadline(clock, call.dossier_deadline)) throw pastDeadline('dossier', call.dossier_deadline);
}

/** A dossier the district may still change: not submitted or withdrawn, within the window. */
export function requireEditable(clock: Clock, call: CallRow, n: NominationRow): void {
  if (n.status === 'submitted') throw dossierSubmitted();
  if (n.status === 'withdrawn') throw conflict('nomination_withdrawn', 'การเสนอชื่อนี้ถอนแล้ว', 'Withdrawn');
  requireDossierWindow(clock, call);
}

export async function loadEligibility(
  trx: Transaction<DB>,
  category: CategoryRow,
  unit: { id: string; path: string; kind: string; name_th: string },
  personIds: readonly string[],
): Promise<EligibilityContext> {
  const [people, positions, networks] = await Promise.all([
    peopleByIds(trx, personIds),
    trx.selectFrom('position').select(['code', 'name_th']).execute(),
    trx.selectFrom('network').select(['code', 'abbr_th']).execute(),
  ]);
  return {
    category,
    unit: { id: unit.id, path: unit.path, areaTh: areaName(unit.kind, unit.name_th) },
    people,
    positionNames: new Map(positions.map((p) => [p.code, p.name_th])),
    networkNames: new Map(networks.map((n) => [n.code, n.abbr_th])),
  };
}

/** Any change to a dossier returns it to draft: the head endorsed what they read, not what came after. */
export const UNENDORSED = {
  status: 'draft' as const,
  endorser_person_id: null,
  endorser_name: null,
  endorser_position: null,
  endorsed_by: null,
  endorsed_at: null,
};
