// Benchmark (d): the real server under load on loopback (autocannon, bounded duration) at 50 and 200
// connections: a read page, meeting-day posts (each request another group and Idempotency-Key,
// 20–100 member rows), and GET /api/health as the raw limit of a read through the same stack.
// p50/p95/p99 latency, errors and non-2xx; posts in member-postings/s. The server's peak RSS over
// the whole run is (f)'s second figure. Targets: read p95 ≤ 50 ms at 200 connections with zero
// errors; posts ≥ 1,000 member-postings/s.
import { randomBytes } from 'node:crypto';
import autocannon, { type Request } from 'autocannon';
import { dashboardUseCase } from './c-dashboard.bench.js';
import { copyOf, openScratch, PG_SERVER_URL, type BenchDb } from './lib/db.js';
import { envNumber, type BenchOptions } from './lib/options.js';
import { generatedGroups, meetingRows, populate, type MeetingRow } from './lib/populate.js';
import { ratioOf, type BenchResult } from './lib/results.js';
import { sampleRss } from './lib/rss.js';
import { login, startServer } from './lib/server.js';
import { percentile, printTable } from './lib/stats.js';
import { openReadOnly } from './lib/db.js';

interface Scenario {
  name: 'health' | 'read' | 'post';
  connections: number;
}

interface Measured {
  scenario: string;
  connections: number;
  requests: number;
  'req/s': number;
  'p50 ms': number;
  'p95 ms': number;
  'p99 ms': number;
  errors: number;
  non2xx: number;
  'member-postings/s': number | null;
  'server peak RSS MiB': number;
}

async function fire(
  base: string,
  s: Scenario,
  seconds: number,
  requests: Request[],
  pid: number,
  built: () => { requests: number; rows: number },
): Promise<Measured> {
  const samples: number[] = [];
  const rss = sampleRss(pid);
  const before = built();
  const instance = autocannon({ url: base, connections: s.connections, duration: seconds, timeout: 30, requests });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => samples.push(ms));
  const r = await instance;
  const memory = rss.stop();
  const ok = Object.entries(r.statusCodeStats)
    .filter(([code]) => code.startsWith('2'))
    .reduce((a, [, v]) => a + Number(v.count), 0);
  const sent = r.requests.total;
  // Nothing answered within the run: every latency exceeded it; report the run's length as a lower bound.
  if (samples.length === 0) samples.push(seconds * 1000);
  const after = built();
  // Rows per request built (in-flight requests at the end were built but never answered).
  const rowsPerRequest = (after.rows - before.rows) / Math.max(1, after.requests - before.requests);
  return {
    scenario: s.name,
    connections: s.connections,
    requests: sent,
    'req/s': sent / r.duration,
    'p50 ms': percentile(samples, 50),
    'p95 ms': percentile(samples, 95),
    'p99 ms': percentile(samples, 99),
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    'member-postings/s': s.name === 'post' ? (ok * rowsPerRequest) / r.duration : null,
    'server peak RSS MiB': memory.peakMiB,
  };
}

export async function http(o: BenchOptions): Promise<BenchResult> {
  const startedAt = new Date();
  const national = o.nationalUrl !== undefined;
  let data: string;
  let cleanup: () => Promise<void>;
  let serverEnv: { DATABASE_URL?: string; DATA_DIR?: string };
  let username = 'demo.hq';
  let password = o.app.demo.DEMO_PASSWORD;
  let groupIds: string[];
  let rows: Map<string, MeetingRow[]>;
  let copySeconds: number | null = null;
  if (national) {
    // Logging in writes a session and posts write the journal: a copy, never the national database.
    const copy = await copyOf(o.nationalUrl!);
    copySeconds = copy.seconds;
    const db = openReadOnly(copy.url); // read-only until the bench account is made below
    await db.release();
    const { Kysely, PostgresDialect } = await import('kysely');
    const pg = (await import('pg')).default;
    const writable = new Kysely<import('../src/db/schema.js').DB>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: copy.url, max: 4 }) }),
    });
    username = `bench.${randomBytes(3).toString('hex')}`;
    password = randomBytes(18).toString('base64url');
    await o.app.createAdmin.createAdmin(writable, { username, password, firstName: 'ทดสอบ', lastName: 'สมรรถนะ' });
    await writable
      .updateTable('user_account')
      .set({ must_change_password: false })
      .where('username', '=', username)
      .execute();
    groupIds = (await generatedGroups(writable)).ids;
    rows = await meetingRows(writable, groupIds.slice(0, 20_000));
    await writable.destroy();
    data = `copy of the national database (CREATE DATABASE … TEMPLATE, ${copySeconds.toFixed(1)} s)`;
    serverEnv = { DATABASE_URL: copy.url };
    cleanup = copy.drop;
  } else {
    const bench: BenchDb = await openScratch(o.app, o.kind, { onDisk: true });
    const pop = await populate(o.app, bench, { scale: o.scale, year: true });
    groupIds = pop.groupIds;
    rows = await meetingRows(bench.db, groupIds);
    data = `scratch, generated scale ${o.scale}: ${pop.groupIds.length} groups, ${pop.members} members`;
    await bench.release();
    serverEnv = bench.kind === 'postgres' ? { DATABASE_URL: bench.url! } : { DATA_DIR: bench.dataDir! };
    cleanup = bench.close;
  }
  const server = await startServer(o.app.root, serverEnv);
  const whole = sampleRss(server.pid);
  try {
    const headers = await login(server.base, username, password);
    const seconds = envNumber('BENCH_D_SECONDS', 10);
    const district = (await (await fetch(`${server.base}/api/v1/groups/${groupIds[0]}`, { headers })).json()) as {
      orgUnitId?: string;
    };
    // The read page: the district dashboard once it exists, else the group summary page's JSON.
    const readPath = dashboardUseCase(o.app)
      ? (i: number) => `/api/v1/reports/dashboard?orgUnitId=${district.orgUnitId ?? 'TH'}&i=${i}`
      : (i: number) => `/api/v1/groups/${groupIds[i % groupIds.length]}`;
    let reads = 0;
    const read: Request[] = [{ method: 'GET', headers, setupRequest: (r) => ({ ...r, path: readPath(reads++) }) }];
    const health: Request[] = [{ method: 'GET', path: '/api/health' }];
    // Posts: each request the next group; a group's second post in the run is a later meeting day and
    // carries no loan payments (its loans were paid that month).
    const runId = randomBytes(4).toString('hex');
    let sent = 0;
    let rowsSent = 0;
    const post: Request[] = [
      {
        method: 'POST',
        setupRequest: (r) => {
          const n = sent++;
          const g = groupIds[n % groupIds.length]!;
          const cycle = Math.floor(n / groupIds.length);
          const day = new Date(Date.UTC(2026, 9, 1 + (cycle % 50))).toISOString().slice(0, 10);
          const body = rows
            .get(g)!
            .slice(0, 100)
            .map((x) => (cycle === 0 ? x : { ...x, loanPayments: [] }));
          rowsSent += body.length;
          return {
            ...r,
            path: `/api/v1/groups/${g}/meeting-days`,
            headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': `bench-d-${runId}-${n}` },
            body: JSON.stringify({ postedOn: day, memo: '', rows: body }),
          };
        },
      },
    ];
    const results: Measured[] = [];
    // Requests still queued in the server when a scenario ends would slow the next one: wait them out.
    const settle = async () => {
      const until = Date.now() + 120_000;
      for (let quick = 0; quick < 3 && Date.now() < until;) {
        const t = performance.now();
        await fetch(`${server.base}/api/health`);
        quick = performance.now() - t < 50 ? quick + 1 : 0;
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    for (const connections of [50, 200]) {
      await settle();
      results.push(
        await fire(server.base, { name: 'health', connections }, seconds, health, server.pid, () => ({
          requests: 0,
          rows: 0,
        })),
      );
      await settle();
      results.push(
        await fire(server.base, { name: 'read', connections }, seconds, read, server.pid, () => ({
          requests: 0,
          rows: 0,
        })),
      );
      await settle();
      results.push(
        await fire(server.base, { name: 'post', connections }, seconds, post, server.pid, () => ({
          requests: sent,
          rows: rowsSent,
        })),
      );
    }
    const memory = whole.stop();
    printTable(
      `(d) HTTP on ${o.kind === 'pglite' && !national ? 'pglite' : 'postgres'}, ${seconds} s each (${data}); read = ${dashboardUseCase(o.app) ? 'district dashboard' : 'group summary'}`,
      results.map((r) => ({ ...r })),
    );
    console.log(`server peak RSS ${memory.peakMiB} MiB (VmHWM ${memory.hwmMiB} MiB)`);
    const at = (name: string, c: number) => results.find((r) => r.scenario === name && r.connections === c)!;
    const read200 = at('read', 200);
    const health200 = at('health', 200);
    const post200 = at('post', 200);
    const postRate = post200['member-postings/s'] ?? 0;
    return {
      id: 'd',
      name: 'HTTP under load',
      database: national ? 'postgres' : o.kind,
      commit: o.commit,
      benchCommit: o.benchCommit,
      data,
      startedAt: startedAt.toISOString(),
      seconds: (Date.now() - startedAt.getTime()) / 1000,
      figures: [
        {
          label: 'read p95 @200 conns (ms)',
          measured: read200['p95 ms'],
          unit: 'ms',
          better: 'lower',
          raw: health200['p95 ms'],
          ratio: ratioOf(read200['p95 ms'], health200['p95 ms'], 'lower'),
          target: '≤ 50 ms, 0 errors',
          met: read200['p95 ms'] <= 50 && read200.errors + read200.non2xx === 0,
        },
        {
          label: 'posts @200 conns (member-postings/s)',
          measured: postRate,
          unit: 'postings/s',
          better: 'higher',
          raw: null,
          ratio: null,
          target: '≥ 1,000/s, 0 errors',
          met: postRate >= 1000 && post200.errors + post200.non2xx === 0,
        },
      ],
      details: {
        seconds,
        readPage: dashboardUseCase(o.app) ? 'district dashboard' : 'group summary (GET /groups/{id})',
        scenarios: results,
        serverPeakRssMiB: memory.peakMiB,
        serverHwmMiB: memory.hwmMiB,
        copySeconds,
        server: national ? 'postgres (national copy)' : o.kind,
        pgServer: o.kind === 'postgres' || national ? PG_SERVER_URL.replace(/\/\/[^@]*@/, '//') : null,
      },
    };
  } finally {
    whole.stop();
    await server.stop();
    await cleanup();
  }
}
