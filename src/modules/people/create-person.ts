import type { UseCaseContext } from '../../server/context.js';
import { requireUnitAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { requireValidPerson, type CheckedPerson } from './check-person-input.js';
import { auditView, toPerson } from './people.mappers.js';
import { findPerson, replaceNetworks } from './people.repository.js';
import type { TPerson, TPersonInput } from './people.schemas.js';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

export async function createPerson(ctx: UseCaseContext, input: TPersonInput): Promise<TPerson> {
  return ctx.db.transaction().execute(async (trx) => {
    const value = await requireValidPerson(trx, input);
    requireUnitAccess(ctx.actor, 'people:write', value.orgPath);
    return toPerson(await insertPerson(trx, { actorUserId: ctx.actor.userId, requestId: ctx.requestId }, value));
  });
}

/** Inserts an already checked person with its audit record; shared with the bulk import. */
export async function insertPerson(
  trx: Transaction<DB>,
  by: { actorUserId: string | null; requestId?: string | undefined },
  value: Omit<CheckedPerson, 'orgPath'>,
) {
  const { id } = await trx
    .insertInto('person')
    .values({
      title: value.title,
      first_name: value.firstName,
      last_name: value.lastName,
      thai_id: value.thaiId,
      position_code: value.positionCode,
      org_unit_id: value.orgUnitId,
      phone: value.phone,
      email: value.email,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceNetworks(trx, id, value.networks);
  const row = await findPerson(trx, id);
  if (!row) throw new Error('person vanished after insert');
  await recordAudit(trx, {
    actorUserId: by.actorUserId,
    action: 'person.create',
    entityType: 'person',
    entityId: id,
    orgUnitId: value.orgUnitId,
    after: auditView(row),
    requestId: by.requestId,
  });
  return row;
}
