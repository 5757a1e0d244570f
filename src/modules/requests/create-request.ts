import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { validationError, type FieldIssue } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { idempotentWrite } from '../ledger/index.js';
import { checkRequestInput, checkSending } from './check-request-input.js';
import { getRequestIn } from './get-request.js';
import type { TAnsweredVia, TCreateRequest, TReportRequest } from './requests.schemas.js';

/**
 * A province (or district) office defines a report form for offices under it, as a draft or sent
 * at once. Every addressed office gets an "expected" report, visible to it once the request is sent.
 */
export async function createRequest(
  ctx: UseCaseContext,
  input: TCreateRequest,
  idempotencyKey?: string,
): Promise<TReportRequest> {
  return idempotentWrite(ctx, { idempotencyKey, operation: 'report_request.create', request: input }, (trx) =>
    createRequestIn(trx, ctx, input),
  );
}

/**
 * The same inside the caller's transaction: another module (the staff fund) sends a request whose
 * answers it fills in itself, and both commit together or not at all.
 */
export async function createRequestIn(
  trx: Transaction<DB>,
  ctx: UseCaseContext,
  input: TCreateRequest,
  opts: { answeredVia?: TAnsweredVia } = {},
): Promise<TReportRequest> {
  const issues: FieldIssue[] = [];
  const { issuerId, unitIds } = await checkRequestInput(ctx, trx, input, issues);
  const sentOn = input.send ? checkSending(ctx, input.deadline, input.sentOn, issues) : null;
  if (issues.length > 0) throw validationError(issues);
  const now = ctx.clock.now();
  const { id } = await trx
    .insertInto('report_request')
    .values({
      org_unit_id: issuerId,
      title: input.title,
      instructions: input.instructions,
      project_id: input.projectId,
      letter_id: input.letterId,
      fields: JSON.stringify(input.fields),
      deadline: input.deadline,
      sent_on: sentOn,
      status: sentOn ? 'sent' : 'draft',
      lock_after_deadline: input.lockAfterDeadline,
      answered_via_path: opts.answeredVia?.path ?? null,
      answered_via_th: opts.answeredVia?.labelTh ?? null,
      created_by: ctx.actor.userId,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('report_submission')
    .values(unitIds.map((u) => ({ request_id: id, org_unit_id: u })))
    .execute();
  await recordAudit(trx, {
    actorUserId: ctx.actor.userId,
    action: sentOn ? 'report_request.create_and_send' : 'report_request.create',
    entityType: 'report_request',
    entityId: id,
    orgUnitId: issuerId,
    after: opts.answeredVia ? { ...input, answeredVia: opts.answeredVia } : input,
    requestId: ctx.requestId,
  });
  return getRequestIn(trx, id);
}
