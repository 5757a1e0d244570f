// Fault test: slow and oversized clients. A client that sends half its headers and stalls, or
// starts a body and stalls, is cut off by the server's limits (here shortened) while everyone else
// is still served; a body over the size limit is refused with 413 in Thai before it is parsed.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { serve, type ServerType } from '@hono/node-server';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { serverOptions } from './limits.js';

let t: TestApp;
let server: ServerType;
let port: number;

before(async () => {
  t = await startTestApp({ demo: false });
  server = serve({
    fetch: t.app.fetch,
    port: 0,
    hostname: '127.0.0.1',
    serverOptions: serverOptions({
      headersTimeoutMs: 600,
      requestTimeoutMs: 1200,
      keepAliveTimeoutMs: 500,
      checkMs: 100,
    }),
  });
  await new Promise<void>((r) => server.once('listening', () => r()));
  port = (server.address() as AddressInfo).port;
});
after(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await t.close();
});

/** Opens a socket, writes `partial`, stalls; resolves with what the server sent when it hung up. */
function stall(partial: string): Promise<{ reply: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let reply = '';
    const s = connect(port, '127.0.0.1', () => s.write(partial));
    s.on('data', (d) => (reply += d.toString()));
    s.on('close', () => resolve({ reply, ms: Date.now() - started }));
    s.on('error', () => {});
    setTimeout(() => {
      s.destroy();
      reject(new Error('the server kept a stalled connection open for 10 s'));
    }, 10_000);
  });
}

test('stalled headers and stalled bodies are cut off; others are served meanwhile', async () => {
  const headers = stall('GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
  const body = stall(
    'POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"user',
  );
  const ok = await fetch(`http://127.0.0.1:${port}/api/health`);
  assert.equal(ok.status, 200, 'served while two clients stall');
  const [h, b] = await Promise.all([headers, body]);
  assert.match(h.reply, /^HTTP\/1\.1 408/);
  assert.match(b.reply, /^HTTP\/1\.1 408|^$/);
  assert.ok(h.ms < 5_000 && b.ms < 5_000, `cut off after ${h.ms} / ${b.ms} ms`);
  assert.equal((await fetch(`http://127.0.0.1:${port}/api/health`)).status, 200);
});

test('a body over the limit is refused with 413 in Thai before parsing, and the server carries on', async () => {
  const big = JSON.stringify({ username: 'x', password: 'y'.repeat(3 * 1024 * 1024) });
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: big,
  });
  assert.equal(res.status, 413);
  const json = (await res.json()) as { error: { messageTh: string } };
  assert.match(json.error.messageTh, /ใหญ่เกิน/);
  assert.equal((await fetch(`http://127.0.0.1:${port}/api/health`)).status, 200);
});
