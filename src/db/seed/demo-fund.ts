// Demo data for seed 000's staff fund (ออมวันละบาท): after the seed programs, ลำปาง's fund is run
// from its kick-off to the follow-up visits through the API on the seed's dates (fund-000.ts, the
// same scenario the fund's end-to-end test runs), under the project seed 000 created.
import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';
import { DEMO_PROVINCE, type DemoLogin } from './demo.js';
import { DemoApi } from './demo-programs/api.js';
import { createFund000Accounts, FUND_OFFICER } from './demo-programs/fund-000-accounts.js';
import { seed000Fund } from './demo-programs/fund-000.js';
import { SEED_000_TITLE } from './demo-programs/seed-000.js';

export async function isDemoFundSeeded(db: Kysely<DB>): Promise<boolean> {
  return !!(await db.selectFrom('user_account').select('id').where('username', '=', FUND_OFFICER).executeTakeFirst());
}

/**
 * Needs seedDemo's ลำปาง and seedDemoPrograms' seed-000 project first. Runs once: a second call finds
 * the fund officer's login and does nothing. Like the programs, not one transaction — an
 * interrupted run is undone by starting again from an empty data directory.
 */
export async function seedDemoFund(db: Kysely<DB>): Promise<DemoLogin[]> {
  if (await isDemoFundSeeded(db)) return [];
  const logins = await createFund000Accounts(db);
  const project = await db
    .selectFrom('project as p')
    .innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
    .select('p.id')
    .where('p.title_th', '=', SEED_000_TITLE)
    .where('o.path', 'like', `/TH/${DEMO_PROVINCE}/%`)
    .executeTakeFirst();
  await seed000Fund(new DemoApi(db), { projectId: project?.id ?? null });
  return logins;
}
