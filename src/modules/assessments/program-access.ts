// Who sees and runs a program. It belongs to the office that runs it (the department for seed
// 004); offices under it see it too, since their districts hold the forums. Targets, forums and
// plans are each scoped by the group's own place: a district sees its groups, a province its
// districts'. Outside scope, a record answers as if absent.
import { notFound } from '../../kernel/errors.js';
import { canAt, requireUnitAccess, scopePaths, type Actor } from '../access/index.js';
import type { ProgramRow } from './assessments.repository.js';

export function canSeeProgram(actor: Actor, p: ProgramRow): boolean {
  return scopePaths(actor, 'programs:read').some(
    (root) => root.startsWith(p.unit_path) || p.unit_path.startsWith(root),
  );
}

export function requireProgramRead(actor: Actor, p: ProgramRow | undefined): asserts p is ProgramRow {
  if (!p || !canSeeProgram(actor, p)) throw notFound();
}

/** Roots under the program where the actor holds `permission` (the program's own unit at most). */
export function rootsInProgram(actor: Actor, p: ProgramRow, permission: 'programs:read' | 'programs:manage'): string[] {
  return scopePaths(actor, permission)
    .map((root) => (p.unit_path.startsWith(root) ? p.unit_path : root))
    .filter((root) => root.startsWith(p.unit_path));
}

/** Running the selection for a province: programs:manage over it (the province office or above). */
export function requireProvinceManager(actor: Actor, provincePath: string): void {
  requireUnitAccess(actor, 'programs:manage', provincePath);
}

export const readsAt = (actor: Actor, path: string) => canAt(actor, 'programs:read', path);
