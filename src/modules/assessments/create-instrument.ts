import { sql } from 'kysely';
import { validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { idempotentWrite } from '../ledger/index.js';
import { checkInstrument } from './check-instrument.js';
import { requireInstrumentManager } from './instrument-access.js';
import type { TInstrument, TInstrumentInput } from './instrument.schemas.js';
import { findInstrument, nextVersion, toInstrument } from './instruments.repository.js';

/**
 * Adds an instrument as the next version of its code (the first is version 1). Versions never
 * change afterwards: forums answered on one keep reading its exact texts. Refused whole, with
 * every problem named, when the content does not match the shape it declares.
 */
export async function createInstrument(
  ctx: UseCaseContext,
  input: TInstrumentInput,
  idempotencyKey?: string,
  via: 'api' | 'xlsx' = 'api',
): Promise<TInstrument> {
  requireInstrumentManager(ctx.actor);
  const issues = checkInstrument(input);
  if (issues.length > 0) throw validationError(issues, 'instrument_invalid');
  return idempotentWrite(
    ctx,
    { idempotencyKey, operation: 'assessment_instrument.create', request: input },
    async (trx) => {
      // Two versions of one code created at once would both read the same max(version).
      await sql`SELECT pg_advisory_xact_lock(hashtext(${'assessment_instrument:' + input.code}))`.execute(trx);
      const version = await nextVersion(trx, input.code);
      const { id } = await trx
        .insertInto('assessment_instrument')
        .values({
          code: input.code,
          version,
          title_th: input.titleTh,
          is_sample: input.isSample,
          declared_dimensions: input.declaredShape.dimensions,
          declared_indicators: input.declaredShape.indicators,
          content: JSON.stringify({
            descriptionTh: input.descriptionTh,
            dimensions: input.dimensions,
            result: input.result,
          }),
          created_by: ctx.actor.userId,
          created_at: ctx.clock.now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: via === 'xlsx' ? 'assessment_instrument.import' : 'assessment_instrument.create',
        entityType: 'assessment_instrument',
        entityId: id,
        orgUnitId: null,
        after: { version, ...input },
        requestId: ctx.requestId,
      });
      return toInstrument((await findInstrument(trx, id))!);
    },
  );
}
