import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { checkAnswers, type Answers } from '../requests/index.js';
import { requireFiller } from './award-access.js';
import {
  categoriesOf,
  fileCounts,
  findNomination,
  peopleByIds,
  type CallRow,
  type NominationRow,
} from './awards.repository.js';
import type { TNomination } from './awards.schemas.js';
import { requireEditable, UNENDORSED } from './dossier-rules.js';
import { formFields, type DossierForm } from './dossier-form.js';
import { readableNomination } from './get-nomination.js';
import { toNomination } from './nomination-view.js';

/** The answers checked against the category's form (requests' field model); people must be in the office's area. */
export async function checkDossierAnswers(
  trx: Transaction<DB>,
  call: CallRow,
  n: NominationRow,
  input: Answers,
  submit: boolean,
): Promise<Answers> {
  const category = (await categoriesOf(trx, call.id)).find((c) => c.id === n.category_id)!;
  const checked = checkAnswers(formFields(category.form as DossierForm), input, {
    submit,
    fileCounts: await fileCounts(trx, n.id),
  });
  const people = new Map(
    (
      await peopleByIds(
        trx,
        checked.people.map((p) => p.id),
      )
    ).map((p) => [p.id, p.path]),
  );
  for (const p of checked.people) {
    if (!people.get(p.id)?.startsWith(n.unit_path)) {
      checked.issues.push({ path: p.path, messageTh: 'ไม่พบบุคคลนี้ในพื้นที่ของอำเภอที่เสนอชื่อ', messageEn: 'Not in the area' });
    }
  }
  if (checked.issues.length) throw validationError(checked.issues);
  return checked.answers;
}

/**
 * Saves the dossier as a draft (types checked, required fields only on endorsement). A change
 * after the district head endorsed it withdraws the endorsement: the head vouched for what they read.
 */
export async function saveAnswers(ctx: UseCaseContext, id: string, input: Answers): Promise<TNomination> {
  return ctx.db.transaction().execute(async (trx) => {
    const { call, n } = await readableNomination(trx, ctx, id, { forUpdate: true });
    requireFiller(ctx.actor, call, n.unit_path);
    requireEditable(ctx.clock, call, n);
    const answers = await checkDossierAnswers(trx, call, n, input, false);
    const now = ctx.clock.now();
    await trx
      .updateTable('award_nomination')
      .set({
        answers: JSON.stringify(answers),
        ...UNENDORSED,
        updated_by: ctx.actor.userId,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'award_nomination.save',
      entityType: 'award_nomination',
      entityId: id,
      orgUnitId: n.org_unit_id,
      before: { answers: n.answers, endorsed: n.status === 'endorsed' },
      after: { answers },
      requestId: ctx.requestId,
    });
    return toNomination(trx, ctx, call, (await findNomination(trx, id))!);
  });
}
