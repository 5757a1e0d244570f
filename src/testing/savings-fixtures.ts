// Builders for savings-group tests, all through the HTTP API as a user would.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { SAMPLE_RULES } from '../db/seed/savings-sample.js';
import { thaiIdFor } from '../db/seed/demo-ids.js';
import type { TestClient, TestResponse } from './test-app.js';

export { SAMPLE_RULES };

export const key = () => `test-${randomUUID()}`;

export function expectStatus(res: TestResponse, status: number): void {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
}

/** POST with a fresh idempotency key (or the one given). */
export function write(c: TestClient, path: string, body: unknown, idempotencyKey = key()) {
  return c.post(path, body, { 'idempotency-key': idempotencyKey });
}

export async function registerGroup(
  c: TestClient,
  over: Partial<{ nameTh: string; orgUnitId: string; foundedOn: string; rules: unknown; level: number }> = {},
): Promise<string> {
  const res = await c.post('/api/v1/groups', {
    nameTh: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านทดสอบ',
    orgUnitId: '520101',
    foundedOn: '2025-01-01',
    level: 2,
    rules: SAMPLE_RULES,
    ...over,
  });
  expectStatus(res, 201);
  return res.body.id as string;
}

/** Enrols n members numbered from 1, each pledging `pledge` satang a month. */
export async function joinMembers(
  c: TestClient,
  groupId: string,
  n: number,
  opts: { joinedOn?: string; pledge?: number; idSeed?: number } = {},
): Promise<void> {
  for (let i = 1; i <= n; i++) {
    const res = await write(c, `/api/v1/groups/${groupId}/members`, {
      thaiId: thaiIdFor((opts.idSeed ?? 5000) + i),
      title: i % 2 ? 'นาง' : 'นาย',
      firstName: `สมาชิก${i}`,
      lastName: 'ทดสอบ',
      joinedOn: opts.joinedOn ?? '2025-01-05',
      monthlyPledge: opts.pledge ?? 10000,
    });
    expectStatus(res, 201);
  }
}
