import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestApp, type TestApp } from '../testing/test-app.js';

let t: TestApp;
before(async () => {
  t = await startTestApp({ demo: false });
});
after(() => t.close());

const ACCESS = /^(public|authenticated|[a-z]+:[a-z]+)$/;

test('every served API route declares its access rule in OpenAPI', async () => {
  const doc = (await t.client().get('/api/openapi.json')).body;
  const declared = new Map<string, string>();
  for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, { 'x-access'?: string }>>)) {
    for (const [method, op] of Object.entries(ops)) {
      declared.set(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, op['x-access'] ?? '');
    }
  }
  const served = t.app.routes
    .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/') && r.path !== '/api/openapi.json')
    .map((r) => `${r.method} ${r.path}`);
  assert.ok(served.length >= 10, `found ${served.length} routes`);
  for (const route of served) {
    assert.ok(declared.has(route), `${route} is served but not declared with defineRoute`);
    assert.match(declared.get(route)!, ACCESS, `${route} has an access rule`);
  }
});

test('unknown API paths answer JSON 404, security headers are set', async () => {
  const res = await t.client().get('/api/v1/nothing-here');
  assert.equal(res.status, 404);
  assert.equal(res.body.error.code, 'no_such_route');
  assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
  assert.equal(res.headers.get('x-frame-options'), 'SAMEORIGIN');
});
