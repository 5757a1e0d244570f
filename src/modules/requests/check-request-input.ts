// Shared by creating and editing a draft: the form definition, the issuing office, the addressed
// offices under it, and (when sending) the sending date against the deadline. All problems are
// reported together; the caller writes nothing if there is any.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { civilDate, compareDates, todayInBangkok, type CivilDate } from '../../kernel/dates.js';
import { validationError, type FieldIssue } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireUnitAccess } from '../access/index.js';
import { checkFormDefinition } from './form-definition.js';
import { findUnits } from './requests.repository.js';
import type { TRequestInput } from './requests.schemas.js';

export function dateOrIssue(value: string, path: string, issues: FieldIssue[]): CivilDate | null {
  try {
    return civilDate(value);
  } catch {
    issues.push({ path, messageTh: 'ไม่มีวันที่นี้ในปฏิทิน', messageEn: 'No such calendar day' });
    return null;
  }
}

/** The sending date (default today) must not be in the future, and the deadline not before it. */
export function checkSending(
  ctx: UseCaseContext,
  deadline: string,
  sentOnInput: string | undefined,
  issues: FieldIssue[],
): CivilDate | null {
  const today = todayInBangkok(ctx.clock);
  const sentOn = sentOnInput === undefined ? today : dateOrIssue(sentOnInput, 'sentOn', issues);
  const due = dateOrIssue(deadline, 'deadline', issues);
  if (sentOn && compareDates(sentOn, today) > 0) {
    issues.push({ path: 'sentOn', messageTh: 'วันที่ส่งต้องไม่เป็นวันในอนาคต', messageEn: 'sentOn is in the future' });
  }
  if (sentOn && due && compareDates(due, sentOn) < 0) {
    issues.push({
      path: 'deadline',
      messageTh: 'กำหนดส่งต้องไม่ก่อนวันที่ส่งคำขอ',
      messageEn: 'The deadline is before the sending date',
    });
  }
  return sentOn;
}

export async function checkRequestInput(
  ctx: UseCaseContext,
  trx: Transaction<DB>,
  input: TRequestInput,
  issues: FieldIssue[],
): Promise<{ issuerId: string; unitIds: string[] }> {
  issues.push(...checkFormDefinition(input.fields));
  dateOrIssue(input.deadline, 'deadline', issues);
  const [issuer] = await findUnits(trx, [input.orgUnitId]);
  if (!issuer) {
    throw validationError([{ path: 'orgUnitId', messageTh: 'ไม่พบหน่วยงานที่ระบุ', messageEn: 'Unknown org unit' }]);
  }
  requireUnitAccess(ctx.actor, 'programs:manage', issuer.path);
  if (issuer.kind !== 'province' && issuer.kind !== 'district') {
    issues.push({
      path: 'orgUnitId',
      messageTh: 'หน่วยงานที่ออกคำขอต้องเป็นสำนักงานพัฒนาชุมชนจังหวัดหรืออำเภอ',
      messageEn: 'The issuing unit must be a province or district office',
    });
  }
  await checkLinks(trx, input, issues);
  const ids = input.addressedUnitIds;
  if (ids.length === 0) {
    issues.push({
      path: 'addressedUnitIds',
      messageTh: 'กรุณาเลือกหน่วยงานที่ต้องส่งรายงานอย่างน้อย 1 แห่ง',
      messageEn: 'Address at least one unit',
    });
  }
  const units = new Map((await findUnits(trx, ids)).map((u) => [u.id, u]));
  ids.forEach((id, i) => {
    const u = units.get(id);
    const path = `addressedUnitIds[${i}]`;
    if (ids.indexOf(id) !== i) {
      issues.push({ path, messageTh: `หน่วยงาน ${id} ถูกเลือกซ้ำ`, messageEn: `Unit ${id} listed twice` });
    } else if (!u || !u.has_office || u.id === issuer.id || !u.path.startsWith(issuer.path)) {
      issues.push({
        path,
        messageTh: `${u?.name_th ?? id} ไม่ใช่สำนักงานในสังกัดของหน่วยงานที่ออกคำขอ`,
        messageEn: `Unit ${id} is not an office under the issuing unit`,
      });
    }
  });
  return { issuerId: issuer.id, unitIds: ids };
}

async function checkLinks(trx: Transaction<DB>, input: TRequestInput, issues: FieldIssue[]): Promise<void> {
  if (input.projectId) {
    const found = await trx.selectFrom('project').select('id').where('id', '=', input.projectId).executeTakeFirst();
    if (!found) issues.push({ path: 'projectId', messageTh: 'ไม่พบโครงการที่ระบุ', messageEn: 'Unknown project' });
  }
  if (input.letterId) {
    const found = await trx.selectFrom('letter').select('id').where('id', '=', input.letterId).executeTakeFirst();
    if (!found) issues.push({ path: 'letterId', messageTh: 'ไม่พบหนังสือที่ระบุ', messageEn: 'Unknown letter' });
  }
}
