import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { bahtText, satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import type { Actor } from '../access/index.js';
import { loadIndicators } from './indicators.js';
import { canEditDraft, readableProject, type ProjectContext } from './project-access.js';
import { findOrgUnit, findUserRefs, listPlanHeads, loadEvents } from './programs.repository.js';
import type { TProject, TUserRef } from './programs.schemas.js';

export async function getProject(ctx: UseCaseContext, id: string): Promise<TProject> {
  return projectDto(ctx.db, ctx.actor, await readableProject(ctx.db, ctx.actor, id));
}

export const registerNumber = (projectNo: number | null, fiscalYear: number) =>
  projectNo === null ? null : `${projectNo}/${fiscalYear}`;

/** หน่วยงานที่รับผิดชอบ as the forms print it: the office's full name, a work group with its office. */
async function responsibleUnitTh(db: Kysely<DB> | Transaction<DB>, orgUnitId: string): Promise<string> {
  const u = (await findOrgUnit(db, orgUnitId))!;
  switch (u.kind) {
    case 'province':
      return `สำนักงานพัฒนาชุมชนจังหวัด${u.name_th}`;
    case 'district':
      return `สำนักงานพัฒนาชุมชนอำเภอ${u.name_th}`;
    case 'work_group':
      return `${u.name_th} สำนักงานพัฒนาชุมชนจังหวัด${u.parent_name_th ?? ''}`;
    default:
      return u.name_th;
  }
}

const userRef = (users: Map<string, TUserRef>, id: string): TUserRef => {
  const u = users.get(id)!;
  return { userId: u.userId, fullName: u.fullName, positionTh: u.positionTh };
};

export async function projectDto(
  db: Kysely<DB> | Transaction<DB>,
  actor: Actor,
  { row, chain }: ProjectContext,
): Promise<TProject> {
  const [events, indicators, plans] = await Promise.all([
    loadEvents(db, row.id),
    loadIndicators(db, row.id, null),
    listPlanHeads(db, row.id),
  ]);
  const users = await findUserRefs(db, [...chain.map((s) => s.signer_user_id), ...events.map((e) => e.actor_user_id)]);
  const current = row.current_step === null ? undefined : chain.find((s) => s.step_no === row.current_step);
  const isCurrent = current?.signer_user_id === actor.userId;
  const budget = row.budget_satang === null ? null : satang(Number(row.budget_satang));
  return {
    id: row.id,
    titleTh: row.title_th,
    orgUnitId: row.org_unit_id,
    orgUnitNameTh: row.org_name_th,
    responsibleUnitTh: await responsibleUnitTh(db, row.org_unit_id),
    fiscalYear: row.fiscal_year,
    projectNo: row.project_no,
    registerNumber: registerNumber(row.project_no, row.fiscal_year),
    status: row.status,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    nextSigner: nextSigner(row.status, chain, row.current_step, users),
    rationale: row.rationale,
    objectives: row.objectives,
    methods: row.methods,
    targetGroup: row.target_group,
    location: row.location,
    budgetSatang: budget,
    budgetText: budget === null ? null : bahtText(satang(budget)),
    budgetSource: row.budget_source,
    expectedResults: row.expected_results,
    tags: row.tags,
    indicators,
    chain: chain.map((s) => ({
      stepNo: s.step_no,
      role: s.role,
      signer: userRef(users, s.signer_user_id),
      positionLine: s.position_line,
      signedOn: s.signed_on,
      comment: s.comment,
    })),
    currentStep: row.current_step,
    history: events.map((e) => ({
      stepNo: e.step_no,
      role: e.role,
      action: e.action,
      actor: userRef(users, e.actor_user_id),
      comment: e.comment,
      at: e.at.toISOString(),
      onDate: e.on_date,
    })),
    plans: plans.map((p) => ({ id: p.id, nameTh: p.name_th })),
    createdBy: row.created_by,
    actions: {
      edit: canEditDraft(actor, row),
      submit: row.status === 'draft' && chain[0]?.signer_user_id === actor.userId,
      sign: row.status === 'submitted' && isCurrent,
      return: row.status === 'submitted' && isCurrent,
    },
  };
}

/** Whoever must act next: the proposer of a draft, the current step's signer, nobody once approved. */
export function nextSigner(
  status: TProject['status'],
  chain: { step_no: number; signer_user_id: string }[],
  currentStep: number | null,
  users: Map<string, TUserRef>,
): TUserRef | null {
  if (status === 'approved') return null;
  const step = status === 'draft' ? chain[0] : chain.find((s) => s.step_no === currentStep);
  return step ? userRef(users, step.signer_user_id) : null;
}
