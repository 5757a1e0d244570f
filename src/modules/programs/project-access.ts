// Who may see and change a project. Within scope by org unit, plus the people named in its chain:
// a signer from another unit must be able to read what they sign, and nothing else of that unit.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { canAt, type Actor } from '../access/index.js';
import { findProject, loadChain, type ChainRow, type ProjectRow } from './programs.repository.js';

export interface ProjectContext {
  row: ProjectRow;
  chain: ChainRow[];
}

/** The project if the actor may read it; 404 otherwise (no hint whether it exists). */
export async function readableProject(
  db: Kysely<DB> | Transaction<DB>,
  actor: Actor,
  id: string,
): Promise<ProjectContext> {
  const row = await findProject(db, id);
  if (!row) throw notFound();
  const chain = await loadChain(db, id);
  const inChain = chain.some((s) => s.signer_user_id === actor.userId);
  if (!inChain && !canAt(actor, 'programs:read', row.org_path)) throw notFound();
  return { row, chain };
}

export function canEditDraft(actor: Actor, row: ProjectRow): boolean {
  return row.status === 'draft' && (row.created_by === actor.userId || canAt(actor, 'programs:manage', row.org_path));
}

/** Editing rules: an approved or submitted project is frozen (409); a reader who is not a manager gets 403. */
export function requireEditableDraft(actor: Actor, row: ProjectRow): void {
  if (row.status === 'approved') {
    throw new AppError({
      code: 'project_approved',
      kind: 'conflict',
      messageTh: 'โครงการนี้ได้รับอนุมัติแล้ว แก้ไขไม่ได้',
      messageEn: 'The project is approved and can no longer be edited',
    });
  }
  if (row.status === 'submitted') {
    throw new AppError({
      code: 'project_in_signoff',
      kind: 'conflict',
      messageTh: 'โครงการนี้อยู่ระหว่างการลงนาม แก้ไขได้เมื่อถูกส่งกลับให้แก้ไขเท่านั้น',
      messageEn: 'The project is in sign-off; it can be edited only after being returned',
    });
  }
  if (!canEditDraft(actor, row)) {
    throw new AppError({
      code: 'forbidden',
      kind: 'forbidden',
      messageTh: 'ท่านไม่มีสิทธิ์แก้ไขโครงการนี้',
      messageEn: 'You may not edit this project',
    });
  }
}

/** Managers of the project's unit may plan and track it. */
export function requirePlanManager(actor: Actor, orgPath: string): void {
  if (!canAt(actor, 'programs:manage', orgPath)) {
    throw new AppError({
      code: 'forbidden',
      kind: 'forbidden',
      messageTh: 'ท่านไม่มีสิทธิ์จัดการแผนของโครงการนี้',
      messageEn: 'You may not manage plans of this project',
    });
  }
}
