import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { civilDate, compareDates } from '../../kernel/dates.js';
import { validationError, type FieldIssue } from '../../kernel/errors.js';
import type { TPlanStepInput } from './programs.schemas.js';

/** Step rules, every problem reported with its row: name, an existing owner unit, due not before start. */
/** `listField` names the array in the request ('steps'); null when the body is the one step itself. */
export async function checkPlanSteps(
  trx: Transaction<DB>,
  steps: TPlanStepInput[],
  listField: string | null,
): Promise<void> {
  const issues: FieldIssue[] = [];
  const units = new Set(
    steps.length
      ? (
          await trx
            .selectFrom('org_unit')
            .select('id')
            .where(
              'id',
              'in',
              steps.map((s) => s.ownerUnitId),
            )
            .execute()
        ).map((u) => u.id)
      : [],
  );
  steps.forEach((s, i) => {
    const at = (f: string) => (listField === null ? f : `${listField}.${i}.${f}`);
    if (s.nameTh === '')
      issues.push({ path: at('nameTh'), messageTh: 'กรุณากรอกรายการที่ปฏิบัติ', messageEn: 'Step name required' });
    if (!units.has(s.ownerUnitId)) {
      issues.push({ path: at('ownerUnitId'), messageTh: 'ไม่พบหน่วยงานผู้รับผิดชอบที่ระบุ', messageEn: 'Unknown owner unit' });
    }
    if (s.startsOn && compareDates(civilDate(s.dueOn), civilDate(s.startsOn)) < 0) {
      issues.push({
        path: at('dueOn'),
        messageTh: 'วันกำหนดเสร็จต้องไม่ก่อนวันเริ่มต้นของขั้นตอน',
        messageEn: 'dueOn is before startsOn',
      });
    }
  });
  if (issues.length) throw validationError(issues);
}

export const stepColumns = (planId: string, seq: number, s: TPlanStepInput) => ({
  plan_id: planId,
  seq,
  name_th: s.nameTh,
  owner_unit_id: s.ownerUnitId,
  owner_note: s.ownerNote || null,
  starts_on: s.startsOn ?? null,
  due_on: s.dueOn,
  status: 'not_started' as const,
});
