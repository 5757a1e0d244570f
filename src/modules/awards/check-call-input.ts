// Shared by creating and editing a draft call: the organising office, the optional project, the
// deadlines, tie-break rules and each category's eligibility and dossier form. All problems are
// reported together; the caller writes nothing if there is any.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { validationError, type FieldIssue } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireUnitAccess } from '../access/index.js';
import { findUnits } from './awards.repository.js';
import type { TCallInput } from './awards.schemas.js';
import { checkDossierForm } from './dossier-form.js';
import { toTenths } from './points.js';
import { normaliseCode } from './rubric.js';

const CATEGORY_CODE = /^[a-z][a-z0-9_]{0,39}$/;

export interface CheckedCall {
  organiserUnitId: string;
  spreadThresholdTenths: number;
}

export async function checkCallInput(
  ctx: UseCaseContext,
  trx: Transaction<DB>,
  input: TCallInput,
): Promise<CheckedCall> {
  const issues: FieldIssue[] = [];
  const push = (path: string, messageTh: string, messageEn: string) => issues.push({ path, messageTh, messageEn });
  const [organiser] = await findUnits(trx, [input.organiserUnitId]);
  if (!organiser)
    throw validationError([{ path: 'organiserUnitId', messageTh: 'ไม่พบหน่วยงานที่ระบุ', messageEn: 'Unknown org unit' }]);
  requireUnitAccess(ctx.actor, 'programs:manage', organiser.path);
  if (!organiser.has_office || (organiser.kind !== 'province' && organiser.kind !== 'district')) {
    push(
      'organiserUnitId',
      'ผู้จัดการประกวดต้องเป็นสำนักงานพัฒนาชุมชนจังหวัดหรืออำเภอ',
      'The organiser must be a province or district office',
    );
  }
  if (input.projectId) {
    const found = await trx.selectFrom('project').select('id').where('id', '=', input.projectId).executeTakeFirst();
    if (!found) push('projectId', 'ไม่พบโครงการที่ระบุ', 'Unknown project');
  }
  if (input.dossierDeadline < input.namesDeadline) {
    push(
      'dossierDeadline',
      'กำหนดส่งแบบเสนอผลงานต้องไม่ก่อนกำหนดแจ้งรายชื่อ',
      'The dossier deadline is before the names deadline',
    );
  }
  const spread = toTenths(input.spreadThreshold);
  if (spread === null) push('spreadThreshold', 'คะแนนระบุทศนิยมได้ไม่เกิน 1 ตำแหน่ง', 'At most one decimal place');
  const rules = input.tieBreaks.map((r) => (r.kind === 'criterion' ? `c:${normaliseCode(r.code)}` : r.kind));
  rules.forEach((r, i) => {
    if (rules.indexOf(r) !== i) push(`tieBreaks[${i}]`, 'เกณฑ์ตัดสินกรณีคะแนนเท่ากันซ้ำกัน', 'Duplicate tie-break rule');
  });
  const [positions, networks] = await Promise.all([
    trx.selectFrom('position').select(['code', 'is_staff']).execute(),
    trx.selectFrom('network').select('code').execute(),
  ]);
  const staffCodes = new Set(positions.filter((p) => p.is_staff).map((p) => p.code));
  const networkCodes = new Set(networks.map((n) => n.code));
  const codes = new Set<string>();
  input.categories.forEach((c, i) => {
    const at = `categories[${i}]`;
    if (!CATEGORY_CODE.test(c.code)) {
      push(`${at}.code`, 'รหัสประเภทรางวัลต้องเป็นอักษรภาษาอังกฤษตัวเล็ก ตัวเลข และ _', 'Code: a-z, 0-9, _');
    } else if (codes.has(c.code)) push(`${at}.code`, `รหัสประเภทรางวัล "${c.code}" ซ้ำกัน`, 'Duplicate category code');
    codes.add(c.code);
    c.staffPositions.forEach((p, j) => {
      if (!staffCodes.has(p))
        push(`${at}.staffPositions[${j}]`, `ไม่รู้จักตำแหน่งเจ้าหน้าที่ "${p}"`, `Unknown staff position ${p}`);
    });
    c.partnerNetworks.forEach((n, j) => {
      if (!networkCodes.has(n)) push(`${at}.partnerNetworks[${j}]`, `ไม่รู้จักเครือข่าย "${n}"`, `Unknown network ${n}`);
    });
    if (c.kind === 'pair' && c.staffPositions.length === 0) {
      push(`${at}.staffPositions`, 'ประเภทคู่ต้องระบุตำแหน่งของเจ้าหน้าที่ที่เสนอชื่อได้', 'A pair needs staff positions');
    }
    if (c.kind === 'pair' && c.partnerNetworks.length === 0) {
      push(`${at}.partnerNetworks`, 'ประเภทคู่ต้องระบุเครือข่ายของผู้ร่วมคู่ที่เสนอชื่อได้', 'A pair needs partner networks');
    }
    issues.push(...checkDossierForm(c.form, c.cleanRecord, `${at}.form`));
  });
  if (issues.length) throw validationError(issues);
  return { organiserUnitId: organiser.id, spreadThresholdTenths: spread! };
}

/** Category rows as stored (sort order = position in the input). */
export function categoryValues(callId: string, input: TCallInput) {
  return input.categories.map((c, i) => ({
    call_id: callId,
    code: c.code,
    kind: c.kind,
    name_th: c.nameTh,
    honour_th: c.honourTh ?? c.nameTh,
    quota_per_unit: c.quotaPerUnit,
    winners: c.winners,
    staff_positions: JSON.stringify(c.staffPositions),
    partner_networks: JSON.stringify(c.partnerNetworks),
    clean_record: c.cleanRecord ? JSON.stringify(c.cleanRecord) : null,
    form: JSON.stringify(c.form),
    sort_order: i,
  }));
}

export const tieBreaksValue = (input: TCallInput) =>
  JSON.stringify(
    input.tieBreaks.map((r) => (r.kind === 'criterion' ? { kind: r.kind, code: normaliseCode(r.code) } : r)),
  );
