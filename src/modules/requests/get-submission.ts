import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { todayInBangkok } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import { answeredVia } from './get-request.js';
import { requireSubmissionRead } from './request-access.js';
import { filesOf, findSubmission, personUnits, type SubmissionRow } from './requests.repository.js';
import type { TFormField, TSubmission } from './requests.schemas.js';
import { awaitingUnit, isLocked, matrixStatus } from './timeliness.js';
import type { Clock } from '../../kernel/dates.js';
import { canAt, type Actor } from '../access/index.js';

export const personName = (p: { title: string; first_name: string; last_name: string }) =>
  `${p.title}${p.first_name} ${p.last_name}`;

/** Person ids chosen in a submission's person fields. */
export function chosenPeople(fields: readonly TFormField[], answers: Record<string, unknown>): string[] {
  return fields.flatMap((f) =>
    f.type === 'person' && typeof answers[f.key] === 'string' ? [answers[f.key] as string] : [],
  );
}

export async function toSubmission(
  db: Kysely<DB> | Transaction<DB>,
  ctx: { clock: Clock; actor: Actor },
  s: SubmissionRow,
): Promise<TSubmission> {
  const locked = isLocked(s, s, todayInBangkok(ctx.clock));
  const issuer = canAt(ctx.actor, 'programs:manage', s.issuer_path);
  const fields = s.fields as TFormField[];
  const answers = (s.answers ?? {}) as Record<string, unknown>;
  const files: TSubmission['files'] = {};
  for (const f of await filesOf(db, [s.id])) {
    (files[f.field_key] ??= []).push({
      id: f.id,
      fileName: f.file_name,
      contentType: f.content_type,
      byteSize: f.byte_size,
    });
  }
  const people = await personUnits(db, chosenPeople(fields, answers));
  return {
    id: s.id,
    request: {
      id: s.request_id,
      issuingUnit: { id: s.issuer_id, nameTh: s.issuer_name_th },
      title: s.title,
      instructions: s.instructions,
      projectId: s.project_id,
      letterId: s.letter_id,
      fields,
      deadline: s.deadline,
      sentOn: s.sent_on,
      status: s.request_status,
      lockAfterDeadline: s.lock_after_deadline,
      answeredVia: answeredVia(s),
    },
    unit: { id: s.org_unit_id, nameTh: s.unit_name_th },
    status: s.status,
    matrixStatus: matrixStatus(s),
    answers,
    files,
    people: people.map((p) => ({ id: p.id, nameTh: personName(p) })),
    firstSubmittedAt: s.first_submitted_at?.toISOString() ?? null,
    submittedAt: s.submitted_at?.toISOString() ?? null,
    late: s.late,
    returnComment: s.return_comment,
    updatedAt: s.updated_at?.toISOString() ?? null,
    locked,
    lockException: s.lock_exception,
    canFill:
      !issuer &&
      canAt(ctx.actor, 'programs:respond', s.unit_path) &&
      s.request_status === 'sent' &&
      awaitingUnit(s.status) &&
      !locked &&
      !s.answered_via_path,
    canReview: issuer,
  };
}

export async function getSubmissionIn(
  db: Kysely<DB> | Transaction<DB>,
  ctx: { clock: Clock; actor: Actor },
  id: string,
) {
  const s = await findSubmission(db, id);
  if (!s) throw new Error(`submission ${id} vanished inside its own transaction`);
  return toSubmission(db, ctx, s);
}

/** One unit's report: for the issuing side, or for the addressed unit once the request is sent. */
export async function getSubmission(ctx: UseCaseContext, id: string): Promise<TSubmission> {
  const s = await findSubmission(ctx.db, id);
  requireSubmissionRead(ctx.actor, s);
  return toSubmission(ctx.db, ctx, s);
}
