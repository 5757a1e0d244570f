// Typed SQL for instruments; validation lives in the use cases.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import {
  LEDGER_SOURCE_TH,
  ZInstrumentContent,
  shapeTh,
  type TInstrument,
  type TInstrumentInput,
  type TInstrumentSummary,
} from './instrument.schemas.js';

type Q = Kysely<DB> | Transaction<DB>;

export function findInstrument(db: Q, id: string) {
  return db.selectFrom('assessment_instrument').selectAll().where('id', '=', id).executeTakeFirst();
}
export type InstrumentRow = NonNullable<Awaited<ReturnType<typeof findInstrument>>>;

export function findInstruments(db: Q, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('assessment_instrument')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

export function listInstrumentRows(db: Q) {
  return db
    .selectFrom('assessment_instrument')
    .selectAll()
    .orderBy('code')
    .orderBy('version', 'desc')
    .limit(500)
    .execute();
}

export async function nextVersion(db: Q, code: string): Promise<number> {
  const row = await db
    .selectFrom('assessment_instrument')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('code', '=', code)
    .executeTakeFirst();
  return Number(row?.v ?? 0) + 1;
}

export function toInstrumentSummary(r: InstrumentRow): TInstrumentSummary {
  return {
    id: r.id,
    code: r.code,
    version: r.version,
    titleTh: r.title_th,
    isSample: r.is_sample,
    shapeTh: shapeTh(r.declared_dimensions, r.declared_indicators),
    createdAt: r.created_at.toISOString(),
  };
}

export function toInstrument(r: InstrumentRow): TInstrument {
  const content = ZInstrumentContent.parse(r.content);
  const sources = content.dimensions.flatMap((d) =>
    d.indicators.flatMap((x) => (x.ledgerSource ? [x.ledgerSource] : [])),
  );
  return {
    ...toInstrumentSummary(r),
    ledgerSourcesTh: Object.fromEntries(sources.map((s) => [s, LEDGER_SOURCE_TH[s]])),
    declaredShape: { dimensions: r.declared_dimensions, indicators: r.declared_indicators },
    ...content,
  };
}

/** The instrument as it was defined (what export writes and import reads back). */
export function toInstrumentInput(i: TInstrument): TInstrumentInput {
  return {
    code: i.code,
    titleTh: i.titleTh,
    isSample: i.isSample,
    declaredShape: i.declaredShape,
    descriptionTh: i.descriptionTh,
    dimensions: i.dimensions,
    result: i.result,
  };
}
