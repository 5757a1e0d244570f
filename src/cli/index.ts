// Admin commands: `npm run cli -- <command> [--flag value…]`
//   migrate                                   apply pending migrations (and reference data)
//   create-admin --username U --password P [--first-name F --last-name L]
//   verify                                    check every hash chain and maintained figure; exit 1 on a break
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/database.js';
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
  },
});

const config = loadConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
try {
  const command = positionals[0];
  const prepared = await prepareDatabase(database.db);
  if (command === 'migrate') {
    console.log(prepared.migrations.length ? `applied: ${prepared.migrations.join(', ')}` : 'up to date');
  } else if (command === 'create-admin') {
    if (!values.username || !values.password) throw new Error('create-admin needs --username and --password');
    await createAdmin(database.db, {
      username: values.username,
      password: values.password,
      firstName: values['first-name'],
      lastName: values['last-name'],
    });
    console.log(`created hq_admin ${values.username}`);
  } else if (command === 'verify') {
    process.exitCode = await runVerify(database.db);
  } else {
    console.error('commands: migrate | create-admin --username U --password P | verify');
    process.exitCode = 2;
  }
} catch (err) {
  console.error(
    err instanceof AppError
      ? `${err.messageTh} (${err.message}) ${err.issues.map((i) => `${i.path}: ${i.messageTh}`).join('; ')}`
      : err,
  );
  process.exitCode = 1;
} finally {
  await database.close();
}
