// Demo data for the five seed programs (../shared/seeds 000–004), recreated as the provinces that
// sent them would enter them: projects signed through their chains on the seeds' own dates, an
// 8-step plan, mail-merged circulars issued into the registers and the districts' inboxes, and
// report requests with the seeds' deadlines. Written through the API (see demo-programs/api.ts), so
// the data obeys every rule. People are made up and marked (สาธิต); no district has answered any
// request, so the demo shows those reports as outstanding instead of inventing figures.
// The selections are there too: 001's outstanding group and member call with the letter's two
// forms, answered by three districts and announced; 002's pair call in scoring with five dossiers
// and most of the committee's sheets in; and 003's role-model vote with its 60 staff on the roll and
// 24 ballots cast (each file says how the seed's long-past dates leave it for a visitor today).
import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';
import type { DemoLogin } from './demo.js';
import { DemoApi } from './demo-programs/api.js';
import { createSeedOffices } from './demo-programs/offices.js';
import { seed000 } from './demo-programs/seed-000.js';
import { seed001 } from './demo-programs/seed-001.js';
import { seed001Awards } from './demo-programs/seed-001-awards.js';
import { seed002 } from './demo-programs/seed-002.js';
import { seed002Awards } from './demo-programs/seed-002-awards.js';
import { seed003 } from './demo-programs/seed-003.js';
import { seed003Vote } from './demo-programs/seed-003-vote.js';
import { seed004 } from './demo-programs/seed-004.js';

/** The last login the seeder creates; its presence means the programs were seeded. */
const MARKER = 'demo.phayao';

export async function isDemoProgramsSeeded(db: Kysely<DB>): Promise<boolean> {
  return !!(await db.selectFrom('user_account').select('id').where('username', '=', MARKER).executeTakeFirst());
}

/**
 * Needs seedDemo's ลำปาง (accounts and work groups) first. Runs once: a second call finds the
 * accounts and does nothing (main.ts calls it on a fresh database only). It is not one
 * transaction — each API call commits its own — so an interrupted run is undone by starting again
 * from an empty data directory, as a demo always can.
 */
export async function seedDemoPrograms(db: Kysely<DB>): Promise<DemoLogin[]> {
  if (await isDemoProgramsSeeded(db)) return [];
  const logins = await createSeedOffices(db);
  const api = new DemoApi(db);
  // In date order, so each register and audit trail reads forward in time.
  await seed004(api); // 20 Apr 2564
  await seed001(api); // 27 Dec 2566
  await seed001Awards(api, db); // 27 Dec 2566
  await seed003(api); // 1 Feb 2567
  await seed000(api); // 23–25 Apr 2567
  logins.push(...(await seed003Vote(api, db))); // 7–15 May 2567
  await seed002(api); // 14–15 Jan 2568
  logins.push(...(await seed002Awards(api, db))); // 15 Jan – 13 May 2568
  return logins;
}
