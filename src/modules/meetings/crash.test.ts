// Acceptance: a batch interrupted by killing the process mid-post leaves none of it posted;
// restarting and retrying posts it exactly once. The server runs as a real process (embedded PGlite
// on a data directory, or a scratch PostgreSQL database when DATABASE_URL is set) and is SIGKILLed
// after writing the whole batch but before commit.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase } from '../../db/database.js';
import { thaiIdFor } from '../../db/seed/demo-ids.js';
import { verifyIntegrity } from '../integrity/index.js';
import { SAMPLE_RULES } from '../../db/seed/savings-sample.js';
import { HttpClient, waitHealthy } from '../../testing/http-client.js';
import { scratchDatabase } from '../../testing/test-app.js';

const dataDir = mkdtempSync(join(tmpdir(), 'chumchon-crash-'));
const scratch = process.env.DATABASE_URL ? await scratchDatabase(process.env.DATABASE_URL) : undefined;
after(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  await scratch?.drop();
});

function serve(port: number, failpoint?: string) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    // No demo data: seeding posts meeting days, which would trip the failpoint. One HQ admin instead.
    CHUMCHON_DEMO: '0',
    CHUMCHON_ADMIN_USERNAME: 'crash.admin',
    CHUMCHON_ADMIN_PASSWORD: 'crash-test-password-1',
  };
  if (scratch) env.DATABASE_URL = scratch.url;
  else delete env.DATABASE_URL;
  if (failpoint) env.CHUMCHON_FAILPOINT = failpoint;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exit = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, sig) => resolve(sig ?? code)),
  );
  return { child, exit, output: () => output, base: `http://127.0.0.1:${port}` };
}

test(
  'a meeting day killed before commit posts nothing; the retry posts it exactly once',
  { timeout: 240_000 },
  async () => {
    const first = serve(3911, 'ledger-before-commit:meeting_day.post');
    await waitHealthy(first.base, 120_000);
    const c = new HttpClient(first.base);
    await c.login('crash.admin', 'crash-test-password-1');
    const group = await c.request('POST', '/api/v1/groups', {
      nameTh: 'กลุ่มทดสอบการล่ม',
      orgUnitId: '520101',
      foundedOn: '2025-01-01',
      level: 1,
      rules: SAMPLE_RULES,
    });
    assert.equal(group.status, 201);
    const g = `/api/v1/groups/${group.body.id}`;
    const n = 30;
    for (let i = 1; i <= n; i++) {
      const res = await c.request(
        'POST',
        `${g}/members`,
        {
          thaiId: thaiIdFor(9000 + i),
          title: 'นาย',
          firstName: `ทดสอบ${i}`,
          lastName: 'ล่ม',
          joinedOn: '2025-01-05',
          monthlyPledge: 10000,
        },
        { 'idempotency-key': `crash-join-${i}-aaaa` },
      );
      assert.equal(res.status, 201);
    }
    const batch = {
      postedOn: '2025-02-05',
      rows: Array.from({ length: n }, (_, i) => ({ memberNo: i + 1, pledge: 10000, specialDeposit: 100 * (i + 1) })),
    };
    const key = { 'idempotency-key': 'crash-meeting-day-0001' };
    await assert.rejects(c.request('POST', `${g}/meeting-days`, batch, key), 'the connection dies with the process');
    assert.equal(await first.exit, 'SIGKILL');

    const second = serve(3912);
    try {
      await waitHealthy(second.base, 120_000);
      const d = new HttpClient(second.base);
      await d.login('crash.admin', 'crash-test-password-1');
      const before = await d.request('GET', `${g}/journal?limit=500`);
      assert.equal(before.body.items.filter((e: { kind: string }) => e.kind === 'meeting_day').length, 0);
      const posted = await d.request('POST', `${g}/meeting-days`, batch, key);
      assert.equal(posted.status, 201, JSON.stringify(posted.body));
      const again = await d.request('POST', `${g}/meeting-days`, batch, key);
      assert.deepEqual(again.body, posted.body);
      const journal = await d.request('GET', `${g}/journal?limit=500`);
      assert.equal(journal.body.items.filter((e: { kind: string }) => e.kind === 'meeting_day').length, n);
      const tb = await d.request('GET', `${g}/trial-balance`);
      const pledged = tb.body.rows.find((r: { accountCode: string }) => r.accountCode === '3101');
      assert.equal(pledged.credit, n * 10000);
    } finally {
      second.child.kill('SIGTERM');
      await second.exit;
    }
    // The killed transaction left no link in the chains: every chain and cached figure verifies.
    const database = await openDatabase({ url: scratch?.url, dataDir: scratch ? undefined : dataDir });
    try {
      assert.deepEqual((await verifyIntegrity(database.db)).breaks, []);
    } finally {
      await database.close();
    }
  },
);
