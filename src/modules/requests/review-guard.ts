// The issuing side's reviews (send back, accept, grant an exception) share their guard.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { onIssuingSide, requireIssuerManage } from './request-access.js';
import { findSubmission, type SubmissionRow } from './requests.repository.js';
import type { SubmissionStatus } from './requests.tables.js';

export async function loadForReview(
  ctx: UseCaseContext,
  trx: Transaction<DB>,
  id: string,
  allowed: readonly SubmissionStatus[],
  wrongStatus: { messageTh: string; messageEn: string },
): Promise<SubmissionRow> {
  const s = await findSubmission(trx, id, { forUpdate: true });
  // The addressed unit may read its own report but never review it: 404 unless on the issuing side.
  if (!s || !onIssuingSide(ctx.actor, s.issuer_path)) throw notFound();
  requireIssuerManage(ctx.actor, s.issuer_path);
  if (!allowed.includes(s.status)) {
    throw new AppError({ code: 'submission_wrong_status', kind: 'conflict', ...wrongStatus });
  }
  return s;
}
