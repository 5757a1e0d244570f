import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { storedFileMetas } from '../files/index.js';
import { requireCopyAccess } from './letter-access.js';
import { formatLetterNumber, letterDocument, referenceFromCopy } from './letter-document.js';
import { toCopySummary } from './letter-views.js';
import { attachmentIds, copyRows, findPerson, letterRow, type LetterRow } from './letters.repository.js';
import type { TLetterCopy } from './letters.schemas.js';

/** อ้างถึง as printed: typed text, or composed from the referenced copy in the register. */
export async function referenceOf(db: Kysely<DB>, l: LetterRow): Promise<string | null> {
  if (!l.reference_copy_id) return l.reference_text;
  const ref = await copyRows(db).select('l.urgency').where('c.id', '=', l.reference_copy_id).executeTakeFirstOrThrow();
  return referenceFromCopy({
    issuerKind: ref.issuing_kind,
    issuerName: ref.issuing_name,
    urgency: ref.urgency,
    number: formatLetterNumber(ref, false),
    letterDate: ref.letter_date!,
  });
}

/** One registered copy, merged and formatted as printed, for its issuer or its addressee. */
export async function getLetterCopy(ctx: UseCaseContext, copyId: string): Promise<TLetterCopy> {
  const copy = await copyRows(ctx.db).where('c.id', '=', copyId).executeTakeFirst();
  if (!copy) throw notFound();
  requireCopyAccess(ctx.actor, copy);
  const letter = (await letterRow(ctx.db, copy.letter_id))!;
  const [signer, reference, fileIds] = await Promise.all([
    findPerson(ctx.db, letter.signer_person_id),
    referenceOf(ctx.db, letter),
    attachmentIds(ctx.db, letter.id),
  ]);
  return {
    ...toCopySummary(copy),
    document: letterDocument(letter, {
      number: formatLetterNumber(copy, letter.thai_digits),
      letterDate: letter.letter_date,
      salutation: copy.salutation,
      body: copy.body,
      reference,
      signer: signer!,
    }),
    attachments: await storedFileMetas(ctx.db, fileIds),
  };
}
