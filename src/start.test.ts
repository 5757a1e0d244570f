// The front door: `npm start` on a fresh data directory serves the Thai UI and the API on embedded
// PGlite, a second start reuses the directory, and a concurrent second process is refused.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const dataDir = mkdtempSync(join(tmpdir(), 'chumchon-start-'));
const children: ChildProcess[] = [];
after(() => {
  for (const c of children) {
    try {
      if (c.pid) process.kill(-c.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** A port nothing listens on now (fixed ports collided with other checkouts' test runs). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

function start(port: number) {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, HOST: '127.0.0.1' };
  delete env.DATABASE_URL; // the embedded default, whatever the surrounding test run uses
  const child = spawn('npm', ['start'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  return { child, output: () => output, exited };
}

async function waitHealthy(port: number, deadlineMs: number) {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return (await res.json()) as { status: string; database: string };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not healthy within ${deadlineMs} ms`);
}

async function stop(p: ReturnType<typeof start>) {
  process.kill(-p.child.pid!, 'SIGTERM');
  await p.exited;
}

test(
  'npm start serves the Thai UI on PGlite within 90 s, reuses its data, refuses a second process',
  { timeout: 240_000 },
  async () => {
    const [p1, p2, p3] = [await freePort(), await freePort(), await freePort()];
    const first = start(p1);
    const health = await waitHealthy(p1, 90_000);
    assert.deepEqual(health, { status: 'ok', database: 'pglite' });
    const page = await (await fetch(`http://127.0.0.1:${p1}/`)).text();
    assert.match(page, /<html lang="th"/);
    assert.match(page, /ชุมชน/);
    assert.match(first.output(), /demo\.district/, 'demo logins are printed in demo mode');

    const second = start(p2);
    assert.notEqual(await second.exited, 0);
    assert.match(second.output(), /ถูกใช้งานอยู่|already uses the data directory/);

    const login = await fetch(`http://127.0.0.1:${p1}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo.district', password: 'chumchon-demo' }),
    });
    assert.equal(login.status, 200);
    await stop(first);

    const again = start(p3);
    await waitHealthy(p3, 90_000);
    assert.doesNotMatch(
      again.output(),
      /org units loaded|migrations applied/,
      'second start reuses the data directory',
    );
    const relogin = await fetch(`http://127.0.0.1:${p3}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo.district', password: 'chumchon-demo' }),
    });
    assert.equal(relogin.status, 200, 'data written by the first start is still there');
    await stop(again);
  },
);
