// `npm run generate -- --scale 1.0 --seed 42`: a deterministic synthetic national dataset on the real
// org hierarchy, loaded into the configured database (DATABASE_URL, else the PGlite data directory).
// Every group's opening balances on 30 Sep 2025, then fiscal year 2569 of monthly meeting days
// (pledges, special savings, repayments, arrears, new loans), loaded by COPY (see generate/load.ts).
// The totals printed are read back from the loaded roll-up at year end, 30 Sep 2026.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { createAdmin } from '../src/cli/create-admin.js';
import { openDatabase } from '../src/db/database.js';
import { prepareDatabase } from '../src/db/prepare.js';
import type { DB } from '../src/db/schema.js';
import { formatBaht, satang } from '../src/kernel/money.js';
import { loadConfig } from '../src/server/config.js';
import { officeDistricts } from './generate/districts.js';
import { generatedTotals, loadPlan } from './generate/load.js';
import { planNation } from './generate/plan.js';
import { SEED_001 } from './generate/targets.js';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: '0.01' }, seed: { type: 'string', default: '42' } },
});
const scale = Number(values.scale);
const seed = Number(values.seed);

/** The account the generated loans are "entered by": created once, never able to log in usefully. */
async function generatorUser(db: Kysely<DB>): Promise<string> {
  const row = await db
    .selectFrom('user_account')
    .select('id')
    .where('username', '=', 'system.generator')
    .executeTakeFirst();
  if (row) return row.id;
  return createAdmin(db, {
    username: 'system.generator',
    password: randomBytes(24).toString('base64url'),
    firstName: 'ระบบ',
    lastName: 'สร้างข้อมูลจำลอง',
  });
}

function bar(done: number, total: number, startedAt: number): void {
  const f = done / total;
  const elapsed = (Date.now() - startedAt) / 1000;
  const eta = f > 0 ? elapsed / f - elapsed : 0;
  const width = 30;
  process.stderr.write(
    `\r[${'#'.repeat(Math.round(f * width)).padEnd(width)}] ${(f * 100).toFixed(1)}% ${done}/${total} groups · ${elapsed.toFixed(0)} s · ETA ${eta.toFixed(0)} s  `,
  );
}

const config = loadConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
try {
  await prepareDatabase(database.db);
  const existing = await database.db
    .selectFrom('savings_group')
    .select('id')
    .where('name_th', 'like', 'กลุ่มออมทรัพย์เพื่อการผลิตจำลอง%')
    .limit(1)
    .execute();
  if (existing.length) throw new Error('this database already holds generated groups; use a fresh database');
  const plan = planNation(await officeDistricts(database.db), scale, seed);
  const user = await generatorUser(database.db);
  const started = Date.now();
  const { seconds, rows } = await loadPlan(database, plan, seed, (d, t) => bar(d, t, started), user);
  process.stderr.write('\n');
  const t = await generatedTotals(database);
  const row = (name: string, got: number, target: number, money = false) => {
    const show = (n: number) => (money ? formatBaht(satang(Math.round(n))) : n.toLocaleString('en-US'));
    return `${name.padEnd(10)} ${show(got).padStart(22)} ${show(target * scale).padStart(22)} ${((got / (target * scale) - 1) * 100).toFixed(3).padStart(8)} %`;
  };
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  console.log(`loaded scale ${scale} (seed ${seed}) into ${database.kind} in ${seconds.toFixed(1)} s`);
  console.log(
    `${total.toLocaleString('en-US')} rows: ${Object.entries(rows)
      .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
      .join(', ')}`,
  );
  console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB; totals at year end 2026-09-30:`);
  console.log(
    `${'figure'.padEnd(10)} ${'generated'.padStart(22)} ${'seed 001 × scale'.padStart(22)} ${'diff'.padStart(10)}`,
  );
  console.log(row('groups', t.groups, SEED_001.groups));
  console.log(row('members', t.members, SEED_001.members));
  console.log(row('savings', t.savings, SEED_001.savings, true));
  console.log(row('borrowers', t.borrowers, SEED_001.borrowers));
  console.log(row('lent', t.lent, SEED_001.lent, true));
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await database.close();
}
