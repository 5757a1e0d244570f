import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireRecordAccess } from '../access/index.js';
import { toPerson } from './people.mappers.js';
import { findPerson } from './people.repository.js';

export async function getPerson(ctx: UseCaseContext, id: string) {
  const row = /^[0-9a-f-]{36}$/i.test(id) ? await findPerson(ctx.db, id) : undefined;
  if (!row) throw notFound();
  requireRecordAccess(ctx.actor, 'people:read', row.org_path);
  return toPerson(row);
}
