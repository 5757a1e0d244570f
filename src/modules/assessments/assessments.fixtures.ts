// Builders for the assessments tests: row counts for "nothing was written", refusals, uploads.
import assert from 'node:assert/strict';
import type { TestApp, TestClient, TestResponse } from '../../testing/test-app.js';

export const ASSESSMENT_TABLES = [
  'assessment_instrument',
  'assessment_program',
  'assessment_program_instrument',
  'assessment_target',
  'assessment_forum',
  'assessment_answer',
  'assessment_evidence',
  'assessment_result',
  'assessment_outcome',
  'assessment_plan',
  'assessment_plan_item',
  'assessment_spending',
  'group_fund_centre',
  'stored_file',
  'audit_log',
] as const;

export function ok(res: TestResponse, status = 200): TestResponse {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res;
}

export async function snapshot(t: TestApp): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ASSESSMENT_TABLES) {
    const { n } = await t.database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(n);
  }
  return out;
}

/** Refused with `status` and a Thai message matching `th` (top level or an issue, on `path` if given); writes nothing. */
export async function refused(
  t: TestApp,
  call: () => Promise<TestResponse>,
  status: number,
  th: RegExp,
  path?: string,
): Promise<TestResponse> {
  const before = await snapshot(t);
  const res = await call();
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  const issues: { path: string; messageTh: string }[] = res.body.error.issues;
  const candidates = path
    ? issues.filter((i) => i.path === path)
    : [{ messageTh: res.body.error.messageTh }, ...issues];
  assert.ok(
    candidates.some((i) => th.test(i.messageTh)),
    `no message matching ${th}${path ? ` on ${path}` : ''}: ${JSON.stringify(res.body.error)}`,
  );
  assert.deepEqual(await snapshot(t), before, 'nothing may be written');
  return res;
}

export function uploadXlsx(c: TestClient, path: string, bytes: Uint8Array, name = 'instrument.xlsx') {
  const form = new FormData();
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
  return c.post(path, form);
}

export const put = (c: TestClient, path: string, body: unknown) => c.request('PUT', path, body);
export const del = (c: TestClient, path: string, body?: unknown) => c.request('DELETE', path, body);
