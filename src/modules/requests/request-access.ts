// Who may do what with a report request and its submissions. The issuing side is decided by the
// request's issuing unit, the responding side by the addressed unit, never by role names: a
// district head manages requests its own office issues and answers those its province sends.
import { AppError, notFound } from '../../kernel/errors.js';
import { canAt, requireRecordAccess, requireUnitAccess, type Actor } from '../access/index.js';
import type { SubmissionRow } from './requests.repository.js';

/** Reads everything about requests its unit issued: definition, all submissions, the matrix. */
export const onIssuingSide = (actor: Actor, issuerPath: string) => canAt(actor, 'programs:read', issuerPath);

/** 404 outside the issuer's scope, 403 where the actor may read but not manage. */
export function requireIssuerManage(actor: Actor, issuerPath: string): void {
  requireRecordAccess(actor, 'programs:read', issuerPath);
  requireUnitAccess(actor, 'programs:manage', issuerPath);
}

export function canReadSubmission(actor: Actor, s: SubmissionRow): boolean {
  if (onIssuingSide(actor, s.issuer_path)) return true;
  return s.request_status !== 'draft' && canAt(actor, 'programs:respond', s.unit_path);
}

export function requireSubmissionRead(actor: Actor, s: SubmissionRow | undefined): asserts s is SubmissionRow {
  if (!s || !canReadSubmission(actor, s)) throw notFound();
}

/** Filling in a unit's report: its own office's respondents, never the issuer on its behalf. */
export function requireSubmissionFill(actor: Actor, s: SubmissionRow | undefined): asserts s is SubmissionRow {
  requireSubmissionRead(actor, s);
  if (!canAt(actor, 'programs:respond', s.unit_path) || canAt(actor, 'programs:manage', s.issuer_path)) {
    throw new AppError({
      code: 'forbidden',
      kind: 'forbidden',
      messageTh: 'รายงานนี้ต้องกรอกและส่งโดยหน่วยงานที่ได้รับคำขอ',
      messageEn: 'Only the addressed unit fills in its report',
    });
  }
  if (s.request_status === 'closed') {
    throw new AppError({
      code: 'request_closed',
      kind: 'conflict',
      messageTh: 'คำขอรายงานนี้ปิดรับแล้ว',
      messageEn: 'This report request is closed',
    });
  }
}

export const requestNotDraft = () =>
  new AppError({
    code: 'request_not_draft',
    kind: 'conflict',
    messageTh: 'คำขอนี้ส่งแล้ว แก้ไขแบบรายงานหรือหน่วยงานที่ต้องส่งไม่ได้',
    messageEn: 'Only a draft request can be changed',
  });
