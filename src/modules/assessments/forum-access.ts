// A target's forum, plan and evidence belong to the group's place: read with programs:read over
// it, written by the office that holds the forum (programs:respond over the group — the district,
// or an office above it). Outside scope the target does not exist.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { canAt } from '../access/index.js';
import { findProgram, findTarget, type ProgramRow, type TargetRow } from './assessments.repository.js';
import { requireProgramRead } from './program-access.js';

export interface ForumContext {
  program: ProgramRow;
  target: TargetRow;
  key: { programId: string; groupId: string };
  canWrite: boolean;
}

export async function loadForumContext(
  db: Kysely<DB> | Transaction<DB>,
  ctx: UseCaseContext,
  programId: string,
  groupId: string,
  opts: { write?: boolean } = {},
): Promise<ForumContext> {
  const program = await findProgram(db, programId);
  requireProgramRead(ctx.actor, program);
  const target = await findTarget(db, programId, groupId);
  if (!target || !canAt(ctx.actor, 'programs:read', target.group_path)) throw notFound();
  const canWrite = canAt(ctx.actor, 'programs:respond', target.group_path);
  if (opts.write && !canWrite) {
    throw new AppError({
      code: 'forbidden',
      kind: 'forbidden',
      messageTh: 'เวทีและแผนพัฒนากลุ่มบันทึกโดยสำนักงานพัฒนาชุมชนอำเภอที่ดูแลกลุ่ม',
      messageEn: 'Only the office holding the forum records it',
    });
  }
  return { program, target, key: { programId, groupId }, canWrite };
}

export const stateError = (code: string, messageTh: string, messageEn: string) =>
  new AppError({ code, kind: 'conflict', messageTh, messageEn });
