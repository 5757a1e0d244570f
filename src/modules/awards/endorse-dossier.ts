import { AppError, validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { areaName } from '../org/index.js';
import type { Answers } from '../requests/index.js';
import { isEndorser } from './award-access.js';
import { categoriesOf, findNomination, findUnits, fullName, peopleByIds } from './awards.repository.js';
import type { TNomination } from './awards.schemas.js';
import { conflict } from './call-state.js';
import { formFields, type DossierForm } from './dossier-form.js';
import { loadEligibility, requireEditable } from './dossier-rules.js';
import { checkNominees } from './eligibility.js';
import { readableNomination } from './get-nomination.js';
import { toNomination } from './nomination-view.js';
import { checkDossierAnswers } from './save-answers.js';

/**
 * ผู้รับรอง: the head of the nominating district office vouches for the dossier, recorded with
 * their name and position as printed under the signature. The dossier must be complete, its
 * nominees still eligible, and its disciplinary declaration clean (the head attests to it).
 */
export async function endorseDossier(
  ctx: UseCaseContext,
  id: string,
  input: { positionLine?: string | undefined },
): Promise<TNomination> {
  return ctx.db.transaction().execute(async (trx) => {
    const { call, n } = await readableNomination(trx, ctx, id, { forUpdate: true });
    const area = areaName(n.unit_kind, n.unit_name_th);
    if (!isEndorser(ctx.actor, n.org_unit_id)) {
      throw new AppError({
        code: 'not_the_endorser',
        kind: 'forbidden',
        messageTh: `ผู้รับรองต้องเป็นพัฒนาการอำเภอของ${area}`,
        messageEn: 'Only the head of the nominating district office endorses',
      });
    }
    requireEditable(ctx.clock, call, n);
    if (n.status === 'endorsed') throw conflict('already_endorsed', 'แบบเสนอผลงานนี้รับรองแล้ว', 'Already endorsed');
    const answers = await checkDossierAnswers(trx, call, n, n.answers as Answers, true);
    const category = (await categoriesOf(trx, call.id)).find((c) => c.id === n.category_id)!;
    const nominees = await trx
      .selectFrom('award_nominee')
      .select(['person_id as personId', 'role'])
      .where('nomination_id', '=', id)
      .orderBy('sort_order')
      .execute();
    const [unit] = await findUnits(trx, [n.org_unit_id]);
    const eligibility = await loadEligibility(
      trx,
      category,
      unit!,
      nominees.map((x) => x.personId),
    );
    const issues = checkNominees(eligibility, nominees, n.entry_name);
    const clean = category.clean_record;
    if (clean && answers[clean.fieldKey] !== clean.cleanValue) {
      const label =
        formFields(category.form as DossierForm).find((f) => f.key === clean.fieldKey)?.labelTh ?? clean.fieldKey;
      issues.push({
        path: clean.fieldKey,
        messageTh: `${label}: ผู้ถูกเสนอชื่อต้องไม่เคยถูกลงโทษในรอบปีที่ผ่านมา จึงรับรองไม่ได้`,
        messageEn: 'The nominee declared a disciplinary record; not eligible',
      });
    }
    if (issues.length) throw validationError(issues, 'dossier_not_endorsable');
    const [me] = await peopleByIds(trx, [ctx.actor.personId]);
    const now = ctx.clock.now();
    const position = input.positionLine ?? `พัฒนาการ${area}`;
    await trx
      .updateTable('award_nomination')
      .set({
        status: 'endorsed',
        endorser_person_id: ctx.actor.personId,
        endorser_name: fullName(me!),
        endorser_position: position,
        endorsed_by: ctx.actor.userId,
        endorsed_at: now,
        updated_by: ctx.actor.userId,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'award_nomination.endorse',
      entityType: 'award_nomination',
      entityId: id,
      orgUnitId: n.org_unit_id,
      after: { endorser: fullName(me!), position },
      requestId: ctx.requestId,
    });
    return toNomination(trx, ctx, call, (await findNomination(trx, id))!);
  });
}
