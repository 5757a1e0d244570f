// Checks and persistence shared by creating and editing a project draft.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { civilDate, compareDates, fiscalYear } from '../../kernel/dates.js';
import { validationError, type FieldIssue } from '../../kernel/errors.js';
import type { Actor } from '../access/index.js';
import { requireUnitAccess } from '../access/index.js';
import { findOrgUnit, findUserRefs } from './programs.repository.js';
import { SIGNOFF_ROLES, type TProjectInput } from './programs.schemas.js';

const issue = (path: string, messageTh: string, messageEn: string): FieldIssue => ({ path, messageTh, messageEn });
const REQUIRED_TEXTS = [
  ['titleTh', 'กรุณากรอกชื่อโครงการ'],
  ['rationale', 'กรุณากรอกหลักการและเหตุผล'],
  ['targetGroup', 'กรุณากรอกกลุ่มเป้าหมาย'],
  ['location', 'กรุณากรอกสถานที่ดำเนินการ'],
] as const;
const REQUIRED_LISTS = [
  ['objectives', 'กรุณาระบุวัตถุประสงค์อย่างน้อย ๑ ข้อ'],
  ['methods', 'กรุณาระบุวิธีดำเนินการอย่างน้อย ๑ ข้อ'],
  ['expectedResults', 'กรุณาระบุผลที่คาดว่าจะได้รับอย่างน้อย ๑ ข้อ'],
] as const;

/** Every rule that needs no database, reported together so the form can mark all fields at once. */
export function checkProjectFields(input: TProjectInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [field, th] of REQUIRED_TEXTS) {
    if (input[field] === '') issues.push(issue(field, th, `${field} is required`));
  }
  for (const [field, th] of REQUIRED_LISTS) {
    const items = input[field];
    if (items.length === 0) issues.push(issue(field, th, `${field} needs at least one item`));
    items.forEach((item, i) => {
      if (item === '') issues.push(issue(`${field}.${i}`, 'ข้อนี้ว่างอยู่ กรุณากรอกหรือลบออก', 'Empty item'));
    });
  }
  if (compareDates(civilDate(input.endsOn), civilDate(input.startsOn)) < 0) {
    issues.push(issue('endsOn', 'วันสิ้นสุดโครงการต้องไม่ก่อนวันเริ่มต้น', 'endsOn is before startsOn'));
  }
  if (input.budgetSatang !== null && input.budgetSatang < 0) {
    issues.push(issue('budgetSatang', 'งบประมาณต้องไม่ติดลบ', 'Budget must not be negative'));
  }
  if (input.indicators.length === 0) {
    issues.push(issue('indicators', 'กรุณาระบุตัวชี้วัดอย่างน้อย ๑ ข้อ', 'At least one indicator'));
  }
  input.indicators.forEach((k, i) => {
    if (k.textTh === '') issues.push(issue(`indicators.${i}.textTh`, 'กรุณากรอกตัวชี้วัด', 'Indicator text is required'));
    if (k.kind === 'quantitative' && (k.target === null || k.target === undefined)) {
      issues.push(issue(`indicators.${i}.target`, 'ตัวชี้วัดเชิงปริมาณต้องมีค่าเป้าหมาย', 'Quantitative target required'));
    }
    if (k.kind === 'quantitative' && !k.unit) {
      issues.push(issue(`indicators.${i}.unit`, 'กรุณาระบุหน่วยนับ (เช่น คน อำเภอ)', 'Unit required'));
    }
  });
  issues.push(...checkChainShape(input.chain));
  return issues;
}

/** proposer first, approver last, endorsers and checkers between them in that order. */
function checkChainShape(chain: TProjectInput['chain']): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (chain.length < 2 || chain[0]!.role !== 'proposer' || chain.at(-1)!.role !== 'approver') {
    issues.push(
      issue(
        'chain',
        'ลำดับผู้ลงนามต้องเริ่มที่ผู้เสนอโครงการและจบที่ผู้อนุมัติโครงการ',
        'The chain must start with a proposer and end with an approver',
      ),
    );
  }
  chain.forEach((step, i) => {
    const rank = SIGNOFF_ROLES.indexOf(step.role);
    const inner = i > 0 && i < chain.length - 1;
    if (inner && (rank === 0 || rank === 3 || rank < SIGNOFF_ROLES.indexOf(chain[i - 1]!.role))) {
      issues.push(
        issue(
          `chain.${i}.role`,
          'ผู้ให้ความเห็นชอบและผู้ตรวจสอบต้องอยู่ระหว่างผู้เสนอและผู้อนุมัติ ตามลำดับ',
          'Endorsers, then checkers, between proposer and approver',
        ),
      );
    }
    if (step.positionLine === '') {
      issues.push(issue(`chain.${i}.positionLine`, 'กรุณากรอกตำแหน่งของผู้ลงนาม', 'Position line required'));
    }
  });
  return issues;
}

export interface CheckedProject {
  unit: { id: string; path: string };
  registerUnitId: string;
  fiscalYear: number;
}

const OWNING_KINDS = new Set(['department', 'province', 'district', 'work_group']);

/** Field rules, then the unit (403 when visible but not writable) and the signers' accounts. */
export async function checkProjectInput(
  trx: Transaction<DB>,
  actor: Actor,
  input: TProjectInput,
): Promise<CheckedProject> {
  const issues = checkProjectFields(input);
  const unit = await findOrgUnit(trx, input.orgUnitId);
  if (!unit) issues.push(issue('orgUnitId', 'ไม่พบหน่วยงานที่ระบุ', 'Unknown org unit'));
  else if (!OWNING_KINDS.has(unit.kind)) {
    issues.push(
      issue('orgUnitId', 'หน่วยงานที่รับผิดชอบต้องเป็นสำนักงานหรือกลุ่มงาน', 'Owning unit must be an office or work group'),
    );
  }
  const users = await findUserRefs(
    trx,
    input.chain.map((s) => s.signerUserId),
  );
  input.chain.forEach((s, i) => {
    if (!users.get(s.signerUserId)?.active) {
      issues.push(issue(`chain.${i}.signerUserId`, 'ไม่พบบัญชีผู้ใช้ของผู้ลงนาม หรือบัญชีถูกระงับ', 'Unknown or inactive user'));
    }
  });
  if (issues.length) throw validationError(issues);
  requireUnitAccess(actor, 'programs:manage', unit!.path);
  return {
    unit: { id: unit!.id, path: unit!.path },
    // A work group's projects are numbered in its province office's register, as the seed forms are.
    registerUnitId: unit!.kind === 'work_group' ? unit!.parent_id! : unit!.id,
    fiscalYear: fiscalYear(civilDate(input.startsOn)),
  };
}

/** Columns of the project row that come straight from the form. */
export function projectColumns(input: TProjectInput, checked: CheckedProject) {
  return {
    org_unit_id: checked.unit.id,
    register_unit_id: checked.registerUnitId,
    fiscal_year: checked.fiscalYear,
    title_th: input.titleTh,
    rationale: input.rationale,
    objectives: JSON.stringify(input.objectives),
    methods: JSON.stringify(input.methods),
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    target_group: input.targetGroup,
    location: input.location,
    budget_satang: input.budgetSatang,
    budget_source: input.budgetSatang === null ? null : input.budgetSource || null,
    expected_results: JSON.stringify(input.expectedResults),
    tags: JSON.stringify([...new Set(input.tags)]),
  };
}

/** Replaces the chain and the project-level indicators (a draft has no signatures or actuals yet). */
export async function writeChainAndIndicators(trx: Transaction<DB>, projectId: string, input: TProjectInput) {
  await trx.deleteFrom('project_signoff_step').where('project_id', '=', projectId).execute();
  await trx
    .insertInto('project_signoff_step')
    .values(
      input.chain.map((s, i) => ({
        project_id: projectId,
        step_no: i + 1,
        role: s.role,
        signer_user_id: s.signerUserId,
        position_line: s.positionLine,
      })),
    )
    .execute();
  await trx.deleteFrom('program_kpi').where('project_id', '=', projectId).where('plan_id', 'is', null).execute();
  if (input.indicators.length) {
    await trx
      .insertInto('program_kpi')
      .values(
        input.indicators.map((k, i) => ({
          project_id: projectId,
          plan_id: null,
          kind: k.kind,
          text_th: k.textTh,
          target: k.kind === 'quantitative' ? (k.target ?? null) : null,
          unit: k.kind === 'quantitative' ? (k.unit ?? null) : null,
          source: 'manual' as const,
          sort_order: i + 1,
        })),
      )
      .execute();
  }
}
