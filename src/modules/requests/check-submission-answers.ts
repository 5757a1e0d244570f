// Shared by saving a draft and submitting: the report must still be open to the unit, and the
// answers must fit the form, with chosen people inside the unit's own area.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { todayInBangkok } from '../../kernel/dates.js';
import { AppError, validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { checkAnswers, type Answers } from './form-answers.js';
import { fileCounts, personUnits, type SubmissionRow } from './requests.repository.js';
import type { TFormField } from './requests.schemas.js';
import { isLocked } from './timeliness.js';

export const alreadySubmitted = () =>
  new AppError({
    code: 'already_submitted',
    kind: 'conflict',
    messageTh: 'ส่งรายงานนี้แล้ว แก้ไขหรือส่งซ้ำไม่ได้ เว้นแต่ผู้ขอรายงานส่งกลับให้แก้ไข',
    messageEn: 'Already submitted; it can change only if returned for correction',
  });

/**
 * Reports another page fills in (the staff fund's proposals) are not answered here: filling one
 * in directly would skip that page's own record, which then finds the report already sent.
 */
export function requireAnsweredHere(s: SubmissionRow): void {
  if (!s.answered_via_path) return;
  throw new AppError({
    code: 'answered_elsewhere',
    kind: 'conflict',
    messageTh: `รายงานนี้ต้องจัดทำและส่งจาก${s.answered_via_th} กรอกหรือส่งจากหน้ารายงานไม่ได้`,
    messageEn: `This report is answered from another page (${s.answered_via_path})`,
  });
}

/** The report is open for the unit to edit: not submitted or accepted, not locked by the deadline. */
export function requireEditable(ctx: UseCaseContext, s: SubmissionRow): void {
  if (s.status === 'submitted' || s.status === 'accepted') throw alreadySubmitted();
  if (isLocked(s, s, todayInBangkok(ctx.clock))) {
    throw new AppError({
      code: 'report_locked',
      kind: 'conflict',
      messageTh: 'เลยกำหนดส่งแล้ว แบบรายงานนี้ปิดรับ กรุณาติดต่อผู้ขอรายงานเพื่อขอขยายเวลา',
      messageEn: 'Past the deadline and locked; ask the issuer for an exception',
    });
  }
}

export async function checkSubmissionAnswers(
  trx: Transaction<DB>,
  s: SubmissionRow,
  input: Answers,
  submit: boolean,
): Promise<Answers> {
  const checked = checkAnswers(s.fields as TFormField[], input, { submit, fileCounts: await fileCounts(trx, s.id) });
  const found = new Map(
    (
      await personUnits(
        trx,
        checked.people.map((p) => p.id),
      )
    ).map((p) => [p.id, p.path]),
  );
  for (const p of checked.people) {
    if (!found.get(p.id)?.startsWith(s.unit_path)) {
      checked.issues.push({
        path: p.path,
        messageTh: `ไม่พบบุคคลนี้ในทะเบียนของ${s.unit_name_th}`,
        messageEn: "Not a person in the responding unit's area",
      });
    }
  }
  if (checked.issues.length > 0) throw validationError(checked.issues);
  return checked.answers;
}
