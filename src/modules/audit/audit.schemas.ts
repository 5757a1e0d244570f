import { z } from '@hono/zod-openapi';

export const ZAuditQuery = z.object({
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(64).optional(),
  orgUnitId: z.string().max(40).optional(),
  before: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .openapi({ description: 'Page backwards: entries with id below this' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZAuditEntry = z
  .object({
    id: z.string(),
    at: z.string(),
    actorUserId: z.string().nullable(),
    actorName: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    orgUnitId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .openapi('AuditEntry');

export const ZAuditList = z.object({ items: z.array(ZAuditEntry) }).openapi('AuditList');
