import type { UseCaseContext } from '../../server/context.js';
import { createInstrument } from './create-instrument.js';
import { requireInstrumentManager } from './instrument-access.js';
import type { TInstrument } from './instrument.schemas.js';
import { instrumentFromXlsx } from './instrument-xlsx.js';

/** Loads the department's own instrument texts from a workbook laid out as the export writes it. */
export async function importInstrument(
  ctx: UseCaseContext,
  file: { bytes: Uint8Array; fileName: string },
  idempotencyKey?: string,
): Promise<TInstrument> {
  requireInstrumentManager(ctx.actor);
  const input = await instrumentFromXlsx(file.bytes, file.fileName);
  return createInstrument(ctx, input, idempotencyKey, 'xlsx');
}
