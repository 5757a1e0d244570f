import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireInstrumentReader } from './instrument-access.js';
import type { TInstrument, TInstrumentSummary } from './instrument.schemas.js';
import { findInstrument, listInstrumentRows, toInstrument, toInstrumentSummary } from './instruments.repository.js';

export async function getInstrument(ctx: UseCaseContext, id: string): Promise<TInstrument> {
  requireInstrumentReader(ctx.actor);
  const row = await findInstrument(ctx.db, id);
  if (!row) throw notFound();
  return toInstrument(row);
}

/** Every version, newest first within each code. */
export async function listInstruments(ctx: UseCaseContext): Promise<{ items: TInstrumentSummary[] }> {
  requireInstrumentReader(ctx.actor);
  return { items: (await listInstrumentRows(ctx.db)).map(toInstrumentSummary) };
}
