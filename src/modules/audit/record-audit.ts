import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

export interface AuditEvent {
  actorUserId: string | null;
  action: string; // '<entity>.<verb>', e.g. 'person.create'
  entityType: string;
  entityId: string;
  orgUnitId: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | undefined;
}

const auditRow = (e: AuditEvent) => ({
  actor_user_id: e.actorUserId,
  action: e.action,
  entity_type: e.entityType,
  entity_id: e.entityId,
  org_unit_id: e.orgUnitId,
  before: e.before === undefined ? null : JSON.stringify(e.before),
  after: e.after === undefined ? null : JSON.stringify(e.after),
  request_id: e.requestId ?? null,
});

/** Appends to the audit log inside the caller's transaction, so the change and its record commit together. */
export async function recordAudit(trx: Transaction<DB>, e: AuditEvent): Promise<void> {
  await recordAudits(trx, [e]);
}

/**
 * Several events in one statement (a batch that changes many records). Each takes the next link of
 * its org unit's hash chain in the database, locking that chain's head until commit; inserting in
 * unit order means two batches touching the same units lock them in the same order.
 */
export async function recordAudits(trx: Transaction<DB>, events: readonly AuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  const unit = (e: AuditEvent) => e.orgUnitId ?? '';
  const ordered = [...events].sort((a, b) => (unit(a) < unit(b) ? -1 : unit(a) > unit(b) ? 1 : 0));
  await trx.insertInto('audit_log').values(ordered.map(auditRow)).execute();
}
