// Everything a database needs before the app serves from it: schema, reference lists, the
// country's official org units. Safe to run on every start.
import type { Kysely } from 'kysely';
import { backfillLoanPositions } from '../modules/loans/index.js';
import { officialUnitCount, seedOfficialUnits } from '../modules/org/index.js';
import { seedReferenceData } from '../modules/people/index.js';
import { migrate } from './migrate.js';
import type { DB } from './schema.js';

export async function prepareDatabase(db: Kysely<DB>): Promise<{ migrations: string[]; unitsAdded: number }> {
  const migrations = await migrate(db);
  const unitsAdded = await db.transaction().execute(async (trx) => {
    await seedReferenceData(trx);
    const { n } = await trx
      .selectFrom('org_unit')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('kind', 'in', ['department', 'province', 'district', 'subdistrict'])
      .executeTakeFirstOrThrow();
    return Number(n) >= officialUnitCount() ? 0 : seedOfficialUnits(trx);
  });
  // Databases made before loan_position was maintained (or bulk-loaded without it) get positions once.
  await backfillLoanPositions(db);
  return { migrations, unitsAdded };
}
