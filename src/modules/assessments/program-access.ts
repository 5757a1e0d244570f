// Who sees and runs a program. It belongs to the office that runs it (the department for seed
// 004); offices under it see it too, since their districts hold the forums. Targets, forums and
// plans are each scoped by the group's own place: a district sees its groups, a province its
// districts'. Outside scope, a record answers as if absent.
import { notFound } from '../../kernel/errors.js';
import { requireUnitAccess, scopePaths, type Actor } from '../access/index.js';
import type { ProgramRow } from './assessments.repository.js';

export function canSeeProgram(actor: Actor, p: ProgramRow): boolean {
  return scopePaths(actor, 'programs:read').some(
    (root) => root.startsWith(p.unit_path) || p.unit_path.startsWith(root),
  );
}

export function requireProgramRead(actor: Actor, p: ProgramRow | undefined): asserts p is ProgramRow {
  if (!p || !canSeeProgram(actor, p)) throw notFound();
}

/**
 * Whether the actor runs the selection anywhere in the program: programs:manage over a province
 * in it or above (a district head manages programs too, but only its own district's).
 */
export function managesSelection(actor: Actor, p: ProgramRow): boolean {
  return scopePaths(actor, 'programs:manage').some(
    (root) =>
      root.split('/').filter(Boolean).length <= 2 && (root.startsWith(p.unit_path) || p.unit_path.startsWith(root)),
  );
}

/** Running the selection for a province: programs:manage over it (the province office or above). */
export function requireProvinceManager(actor: Actor, provincePath: string): void {
  requireUnitAccess(actor, 'programs:manage', provincePath);
}
