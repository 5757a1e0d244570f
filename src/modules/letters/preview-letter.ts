import { todayInBangkok } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireIssuingUnit } from './letter-access.js';
import { bookCodeFor } from './book-code.js';
import { checkDraft } from './check-draft.js';
import { letterDocument } from './letter-document.js';
import type { TLetterDraftRequest, TLetterPreview } from './letters.schemas.js';

/**
 * The first addressee's copy as it would print if issued today, with the same checks as saving;
 * writes nothing. The running number is left blank, as on a letter awaiting its number.
 */
export async function previewLetter(ctx: UseCaseContext, input: TLetterDraftRequest): Promise<TLetterPreview> {
  await requireIssuingUnit(ctx.db, ctx.actor, input.issuingUnitId);
  const checked = await checkDraft(ctx.db, ctx.actor, input);
  const { bookCode } = await bookCodeFor(ctx.db, checked.unit);
  const first = checked.copies[0]!;
  const i = checked.input;
  return {
    addressee: { id: first.unit.id, nameTh: first.unit.nameTh, kind: first.unit.kind },
    copies: checked.copies.length,
    document: letterDocument(
      {
        circular: i.circular,
        urgency: i.urgency ?? null,
        office_name: i.officeName,
        office_address: i.officeAddress,
        subject: i.subject,
        enclosures: i.enclosures,
        closing: i.closing,
        signer_position: i.signerPosition,
        signer_acting_for: i.signerActingFor ?? null,
        owner_unit: i.ownerUnit,
        phone: i.phone,
        email: i.email ?? null,
        thai_digits: i.thaiDigits,
      },
      {
        number: `${bookCode ?? '…'}/${i.circular ? 'ว ' : ''}`,
        letterDate: todayInBangkok(ctx.clock),
        salutation: first.salutation,
        body: first.body,
        reference: checked.reference,
        signer: checked.signer,
      },
    ),
  };
}
