import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { idempotentWrite } from '../ledger/index.js';
import { checkDraft, type CheckedDraft } from './check-draft.js';
import { requireIssuingUnit, requireLetterManage } from './letter-access.js';
import { letterView } from './letter-views.js';
import { letterRow } from './letters.repository.js';
import type { TLetter, TLetterDraftRequest } from './letters.schemas.js';

const columns = ({ input }: CheckedDraft) => ({
  issuing_unit_id: input.issuingUnitId,
  circular: input.circular,
  urgency: input.urgency ?? null,
  office_name: input.officeName,
  office_address: input.officeAddress,
  subject: input.subject,
  salutation: input.salutation,
  body: JSON.stringify(input.body),
  reference_text: input.referenceText ?? null,
  reference_copy_id: input.referenceCopyId ?? null,
  enclosures: JSON.stringify(input.enclosures),
  closing: input.closing,
  signer_person_id: input.signerPersonId!,
  signer_position: input.signerPosition,
  signer_acting_for: input.signerActingFor ?? null,
  owner_unit: input.ownerUnit,
  phone: input.phone,
  email: input.email ?? null,
  thai_digits: input.thaiDigits,
});

async function saveAddressees(trx: Transaction<DB>, letterId: string, ids: string[]) {
  await trx.deleteFrom('letter_addressee').where('letter_id', '=', letterId).execute();
  await trx
    .insertInto('letter_addressee')
    .values(ids.map((org_unit_id, i) => ({ letter_id: letterId, org_unit_id, position: i + 1 })))
    .execute();
}

/** A new draft: nothing is numbered until it is issued. */
export async function createLetter(
  ctx: UseCaseContext,
  input: TLetterDraftRequest,
  idempotencyKey?: string,
): Promise<TLetter> {
  return idempotentWrite(ctx, { idempotencyKey, operation: 'letter.create', request: input }, async (trx) => {
    await requireIssuingUnit(trx, ctx.actor, input.issuingUnitId);
    const checked = await checkDraft(trx, ctx.actor, input);
    const { id } = await trx
      .insertInto('letter')
      .values({ ...columns(checked), created_by: ctx.actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await saveAddressees(trx, id, checked.input.addresseeIds);
    const after = await letterView(trx, id);
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'letter.create',
      entityType: 'letter',
      entityId: id,
      orgUnitId: checked.unit.id,
      after,
      requestId: ctx.requestId,
    });
    return after;
  });
}

export const alreadyIssued = () =>
  new AppError({
    code: 'letter_already_issued',
    kind: 'conflict',
    messageTh: 'หนังสือฉบับนี้ออกเลขและส่งแล้ว แก้ไขหรือออกเลขซ้ำไม่ได้',
    messageEn: 'The letter has already been issued',
  });

/** Replaces a draft's contents; an issued letter is a register entry and cannot change. */
export async function updateLetter(ctx: UseCaseContext, id: string, input: TLetterDraftRequest): Promise<TLetter> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await letterRow(trx, id, { forUpdate: true });
    if (!row) throw notFound();
    requireLetterManage(ctx.actor, row.issuing_path);
    if (row.status !== 'draft') throw alreadyIssued();
    await requireIssuingUnit(trx, ctx.actor, input.issuingUnitId);
    const checked = await checkDraft(trx, ctx.actor, input);
    const before = await letterView(trx, id);
    await trx
      .updateTable('letter')
      .set({ ...columns(checked), updated_at: ctx.clock.now() })
      .where('id', '=', id)
      .execute();
    await saveAddressees(trx, id, checked.input.addresseeIds);
    const after = await letterView(trx, id);
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'letter.update',
      entityType: 'letter',
      entityId: id,
      orgUnitId: checked.unit.id,
      before,
      after,
      requestId: ctx.requestId,
    });
    return after;
  });
}
