// Admin commands: `npm run cli -- <command> [--flag value…]`
//   migrate                                   apply pending migrations (and reference data)
//   create-admin --username U --password P [--first-name F --last-name L]
//   verify                                    check every hash chain and maintained figure; exit 1 on a break
//   backup --out FILE                         the whole database as one gzip file (either backend)
//   restore --from FILE                       into an empty database / data directory, then verify
// The database is DATABASE_URL or, without it, the PGlite data directory (DATA_DIR, default ./data),
// which the running server holds locked: stop it first.
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/database.js';
import { backupDatabase, restoreDatabase } from '../db/backup.js';
import { prepareDatabase } from '../db/prepare.js';
import { loadConfig } from '../server/config.js';
import { AppError } from '../kernel/errors.js';
import { createAdmin } from './create-admin.js';
import { runVerify } from './verify.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    username: { type: 'string' },
    password: { type: 'string' },
    'first-name': { type: 'string', default: 'ผู้ดูแลระบบ' },
    'last-name': { type: 'string', default: 'ส่วนกลาง' },
    out: { type: 'string' },
    from: { type: 'string' },
  },
});

const config = loadConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
try {
  const command = positionals[0];
  if (command === 'backup') {
    if (!values.out) throw new Error('backup needs --out FILE');
    const b = await backupDatabase(database, values.out);
    console.log(`backup written to ${values.out}: ${b.tables} tables, ${b.rows} rows, ${b.migrations} migrations`);
  } else if (command === 'restore') {
    if (!values.from) throw new Error('restore needs --from FILE');
    const r = await restoreDatabase(database, values.from);
    console.log(`restored ${r.rows} rows into ${r.tables} tables (backup under ${r.migrations} migrations)`);
    process.exitCode = await runVerify(database.db);
  } else if (command === 'migrate') {
    const prepared = await prepareDatabase(database.db);
    console.log(prepared.migrations.length ? `applied: ${prepared.migrations.join(', ')}` : 'up to date');
  } else if (command === 'create-admin') {
    await prepareDatabase(database.db);
    if (!values.username || !values.password) throw new Error('create-admin needs --username and --password');
    await createAdmin(database.db, {
      username: values.username,
      password: values.password,
      firstName: values['first-name'],
      lastName: values['last-name'],
    });
    console.log(`created hq_admin ${values.username}`);
  } else if (command === 'verify') {
    await prepareDatabase(database.db);
    process.exitCode = await runVerify(database.db);
  } else {
    console.error(
      'commands: migrate | create-admin --username U --password P | verify | backup --out F | restore --from F',
    );
    process.exitCode = 2;
  }
} catch (err) {
  console.error(
    err instanceof AppError
      ? `${err.messageTh} (${err.message}) ${err.issues.map((i) => `${i.path}: ${i.messageTh}`).join('; ')}`
      : err instanceof Error && !process.env.DEBUG
        ? err.message
        : err,
  );
  process.exitCode = 1;
} finally {
  await database.close();
}
