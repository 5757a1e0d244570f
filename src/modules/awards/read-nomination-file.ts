import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { readStoredFile, type StoredFile } from '../files/index.js';
import { readableNomination } from './get-nomination.js';

/** A dossier's attachment, for whoever may read the dossier. */
export async function readNominationFile(ctx: UseCaseContext, id: string, fileId: string): Promise<StoredFile> {
  await readableNomination(ctx.db, ctx, id);
  const link = await ctx.db
    .selectFrom('award_nomination_file')
    .select('file_id')
    .where('nomination_id', '=', id)
    .where('file_id', '=', fileId)
    .executeTakeFirst();
  const file = link ? await readStoredFile(ctx.db, fileId) : undefined;
  if (!file) throw notFound();
  return file;
}
