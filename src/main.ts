// `npm start`: open (and lock) the database, migrate, seed, build the UI if needed, serve.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createAdmin, hasAnyUser } from './cli/create-admin.js';
import { openDatabase } from './db/database.js';
import { DataDirLockedError } from './db/lock.js';
import { serverOptions } from './server/limits.js';
import { prepareDatabase } from './db/prepare.js';
import { DEMO_PASSWORD, isDemoSeeded, seedDemo } from './db/seed/demo.js';
import { DEMO_TREASURER, seedDemoSavings } from './db/seed/demo-savings.js';
import { seedDemoAssessments } from './db/seed/demo-assessments.js';
import { seedDemoPrograms } from './db/seed/demo-programs.js';
import { seedDemoFund } from './db/seed/demo-fund.js';
import { systemClock } from './kernel/dates.js';
import { LoginLimiter } from './modules/auth/index.js';
import { createApp } from './server/app.js';
import { loadConfig } from './server/config.js';

async function buildUiIfMissing(webDir: string) {
  if (existsSync(join(webDir, 'index.html'))) return;
  console.log('กำลังสร้างหน้าเว็บ (building the UI with Vite)…');
  const { build } = await import('vite');
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}

async function main() {
  const config = loadConfig();
  let database;
  try {
    database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const { db, kind } = database;
  const prepared = await prepareDatabase(db);
  if (prepared.migrations.length) console.log(`migrations applied: ${prepared.migrations.join(', ')}`);
  if (prepared.unitsAdded) console.log(`org units loaded: ${prepared.unitsAdded}`);

  if (config.admin && !(await hasAnyUser(db))) {
    await createAdmin(db, { ...config.admin, firstName: 'ผู้ดูแลระบบ', lastName: 'ส่วนกลาง' });
    console.log(`first administrator created: ${config.admin.username}`);
  }
  if (config.demo && !(await isDemoSeeded(db))) {
    const logins = await seedDemo(db);
    await seedDemoSavings(db, systemClock);
    const programLogins = [
      ...(await seedDemoPrograms(db)),
      ...(await seedDemoAssessments(db)),
      ...(await seedDemoFund(db)),
    ];
    console.log('\nโหมดสาธิต — demo logins (password for all: ' + DEMO_PASSWORD + '):');
    for (const l of logins)
      console.log(`  ${l.username.padEnd(26)} ${l.role.padEnd(15)} ${l.description} — ${l.unitNameTh}`);
    console.log(`  ${DEMO_TREASURER.padEnd(26)} ${'group_officer'.padEnd(15)} เหรัญญิกกลุ่มออมทรัพย์ (สาธิต) — หนึ่งกลุ่ม`);
    for (const l of programLogins)
      console.log(`  ${l.username.padEnd(26)} ${l.role.padEnd(15)} ${l.description} — ${l.unitNameTh}`);
  } else if (config.demo) {
    console.log(
      `\nโหมดสาธิต — demo logins: demo.hq, demo.province, demo.staff, demo.district, demo.officer, ${DEMO_TREASURER}; seed programs: demo.sakaeo, demo.chachoengsao, demo.rayong, demo.phayao (and demo.phayao.pong for the SSG forums) and their signers demo.<province>.proposer/.endorser; awards and votes: demo.chachoengsao (chair), demo.chachoengsao.judge, demo.chachoengsao.2401, demo.rayong.voter; the ออมวันละบาท fund: demo.lampang.fund and district heads demo.lampang.<district code> (password ${DEMO_PASSWORD})`,
    );
  }

  if (config.app.webDir) await buildUiIfMissing(config.app.webDir);
  const app = createApp({
    db,
    dbKind: kind,
    clock: systemClock,
    config: config.app,
    loginLimiter: new LoginLimiter(systemClock),
  });
  const server = serve(
    { fetch: app.fetch, port: config.port, hostname: config.host, serverOptions: serverOptions() },
    (info) => {
      const where = kind === 'pglite' ? `PGlite at ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
      console.log(`\nชุมชน พร้อมใช้งานที่ http://localhost:${info.port} — database: ${where}`);
    },
  );

  const shutdown = () => {
    server.close();
    void database.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

await main();
