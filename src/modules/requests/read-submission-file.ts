import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { readStoredFile, type StoredFile } from '../files/index.js';
import { requireSubmissionRead } from './request-access.js';
import { findSubmission } from './requests.repository.js';

/** A file attached to a report: readable by whoever may read that report, and only through it. */
export async function readSubmissionFile(ctx: UseCaseContext, id: string, fileId: string): Promise<StoredFile> {
  const s = await findSubmission(ctx.db, id);
  requireSubmissionRead(ctx.actor, s);
  const link = await ctx.db
    .selectFrom('report_submission_file')
    .select('file_id')
    .where('submission_id', '=', id)
    .where('file_id', '=', fileId)
    .executeTakeFirst();
  const file = link ? await readStoredFile(ctx.db, fileId) : undefined;
  if (!file) throw notFound();
  return file;
}
