// Who may do what with an award call. Three sides, never decided by role names alone:
// - the organiser: programs:read/manage over the organising office (the province office);
// - the nominating offices: programs:respond in their own office, and not managers of the
//   organiser (the province does not fill a district's dossier for it);
// - the committee: by membership of this call's committee (the person behind the account), not
//   by any standing permission — the committee_judge role grants nothing by itself.
import { AppError, notFound } from '../../kernel/errors.js';
import { canAt, scopePaths, type Actor } from '../access/index.js';
import type { CallRow, MemberRow, NominationRow } from './awards.repository.js';

const forbidden = (code: string, messageTh: string, messageEn: string) =>
  new AppError({ code, kind: 'forbidden', messageTh, messageEn });

export const organiserReads = (actor: Actor, call: CallRow) => canAt(actor, 'programs:read', call.organiser_path);
export const organiserManages = (actor: Actor, call: CallRow) => canAt(actor, 'programs:manage', call.organiser_path);

/** 404 outside the organiser's scope, 403 for its readers who may not manage. */
export function requireOrganiser(actor: Actor, call: CallRow | undefined): asserts call is CallRow {
  if (!call || !organiserReads(actor, call)) throw notFound();
  if (!organiserManages(actor, call)) {
    throw forbidden('forbidden', 'ท่านไม่มีสิทธิ์จัดการการประกวดนี้', 'Only the organising office manages this call');
  }
}

/** Offices under the organiser see an open call (districts that may nominate). */
export function underOrganiser(actor: Actor, call: CallRow): boolean {
  return (
    call.status !== 'draft' &&
    scopePaths(actor, 'programs:read').some((p) => p !== call.organiser_path && p.startsWith(call.organiser_path))
  );
}

export function memberOf(actor: Actor, members: readonly MemberRow[]): MemberRow | undefined {
  return members.find((m) => m.person_id === actor.personId);
}

export function canSeeCall(actor: Actor, call: CallRow, members: readonly MemberRow[]): boolean {
  return organiserReads(actor, call) || underOrganiser(actor, call) || memberOf(actor, members) !== undefined;
}

export function requireCallRead(
  actor: Actor,
  call: CallRow | undefined,
  members: readonly MemberRow[],
): asserts call is CallRow {
  if (!call || !canSeeCall(actor, call, members)) throw notFound();
}

/** A committee member acting as such; their routes are open to any login, so the first-login rule is checked here. */
export function requireMember(actor: Actor, call: CallRow, members: readonly MemberRow[]): MemberRow {
  const m = memberOf(actor, members);
  if (!m) {
    if (canSeeCall(actor, call, members)) {
      throw forbidden('not_a_member', 'เฉพาะกรรมการพิจารณาของการประกวดนี้เท่านั้น', 'Only members of this committee');
    }
    throw notFound();
  }
  if (actor.mustChangePassword) {
    throw forbidden('password_change_required', 'กรุณาเปลี่ยนรหัสผ่านก่อนเริ่มใช้งาน', 'Change your password first');
  }
  return m;
}

export function requireChair(actor: Actor, call: CallRow, members: readonly MemberRow[]): MemberRow {
  const m = requireMember(actor, call, members);
  if (m.role !== 'chair') {
    throw forbidden('not_the_chair', 'เฉพาะประธานคณะกรรมการเท่านั้น', 'Only the chair may do this');
  }
  return m;
}

export function requireScoringMember(actor: Actor, call: CallRow, members: readonly MemberRow[]): MemberRow {
  const m = requireMember(actor, call, members);
  if (!m.scores) {
    throw forbidden('not_a_judge', 'ท่านเป็นกรรมการที่ไม่มีหน้าที่ให้คะแนน', 'This member does not score');
  }
  return m;
}

/** The nominating office's side: reads its own dossiers whatever their state. */
export const nominatorReads = (actor: Actor, n: NominationRow) => canAt(actor, 'programs:read', n.unit_path);

export function canReadNomination(
  actor: Actor,
  call: CallRow,
  n: NominationRow,
  member: MemberRow | undefined,
): boolean {
  return organiserReads(actor, call) || nominatorReads(actor, n) || (member !== undefined && n.status === 'submitted');
}

/** Filling in a dossier: the nominating office's own staff, never the organiser on its behalf. */
export function canFill(actor: Actor, call: CallRow, unitPath: string): boolean {
  return canAt(actor, 'programs:respond', unitPath) && !organiserManages(actor, call);
}

export function requireFiller(actor: Actor, call: CallRow, unitPath: string): void {
  if (!canFill(actor, call, unitPath)) {
    throw forbidden(
      'forbidden',
      'การเสนอชื่อและแบบเสนอผลงานต้องจัดทำโดยสำนักงานพัฒนาชุมชนอำเภอที่เสนอชื่อ',
      'Only the nominating office fills in its nomination',
    );
  }
}

/** ผู้รับรอง: an account holding the district_head role over the nominating office itself. */
export const isEndorser = (actor: Actor, unitId: string) =>
  actor.grants.some((g) => g.role === 'district_head' && g.orgUnitId === unitId);

/** Results and certificates are released by the chair or the organising office. */
export function requireReleaser(
  actor: Actor,
  call: CallRow | undefined,
  members: readonly MemberRow[],
): asserts call is CallRow {
  requireCallRead(actor, call, members);
  if (actor.mustChangePassword) {
    throw forbidden('password_change_required', 'กรุณาเปลี่ยนรหัสผ่านก่อนเริ่มใช้งาน', 'Change your password first');
  }
  if (memberOf(actor, members)?.role === 'chair' || organiserManages(actor, call)) return;
  throw forbidden(
    'forbidden',
    'ประกาศผลได้เฉพาะประธานคณะกรรมการหรือผู้จัดการประกวด',
    'Only the chair or the organiser releases results',
  );
}
