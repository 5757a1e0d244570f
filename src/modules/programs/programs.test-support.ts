// Builders for the programs API tests, all through the HTTP API as a user would.
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../../db/seed/demo.js';
import type { TestApp, TestClient, TestResponse } from '../../testing/test-app.js';

export function ok(res: TestResponse, status = 200): TestResponse {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res;
}

export async function userIdOf(c: TestClient): Promise<string> {
  return ok(await c.get('/api/v1/auth/me')).body.id as string;
}

/** A new person with a province_staff login at the demo province, logged in with a changed password. */
export async function createSigner(
  t: TestApp,
  admin: TestClient,
  o: { username: string; firstName: string; lastName: string; orgUnitId: string; positionCode: string },
): Promise<{ client: TestClient; id: string; fullName: string }> {
  const person = ok(
    await admin.post('/api/v1/people', {
      title: 'นาง',
      firstName: o.firstName,
      lastName: o.lastName,
      orgUnitId: o.orgUnitId,
      positionCode: o.positionCode,
    }),
    201,
  ).body;
  ok(
    await admin.post('/api/v1/users', {
      personId: person.id,
      username: o.username,
      password: 'temporary-pass-1',
      roles: [{ role: 'province_staff', orgUnitId: '52' }],
    }),
    201,
  );
  const c = t.client();
  ok(await c.post('/api/v1/auth/login', { username: o.username, password: 'temporary-pass-1' }));
  ok(await c.post('/api/v1/auth/password', { currentPassword: 'temporary-pass-1', newPassword: DEMO_PASSWORD }), 204);
  const client = await t.as(o.username);
  return { client, id: await userIdOf(client), fullName: `นาง${o.firstName} ${o.lastName}` };
}

type ProgramsTable =
  | 'project'
  | 'project_signoff_step'
  | 'project_signoff_event'
  | 'project_register'
  | 'project_plan'
  | 'plan_step'
  | 'program_kpi'
  | 'program_kpi_actual'
  | 'audit_log';

export async function countRows(t: TestApp, table: ProgramsTable): Promise<number> {
  const { n } = await t.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Row counts of every programs table plus the audit log, for "nothing was written" checks. */
export async function snapshot(t: TestApp): Promise<Record<ProgramsTable, number>> {
  const tables: ProgramsTable[] = [
    'project',
    'project_signoff_step',
    'project_signoff_event',
    'project_register',
    'project_plan',
    'plan_step',
    'program_kpi',
    'program_kpi_actual',
    'audit_log',
  ];
  const counts = await Promise.all(tables.map((table) => countRows(t, table)));
  return Object.fromEntries(tables.map((table, i) => [table, counts[i]])) as Record<ProgramsTable, number>;
}

export type Chain = { role: string; signerUserId: string; positionLine: string }[];

/** The seed-000 project (ออมวันละบาท) as a form would send it, with the given chain. */
export function sampleProject(chain: Chain, over: Record<string, unknown> = {}) {
  return {
    orgUnitId: '52-wg2',
    titleTh: 'ออมวันละบาท สร้างโอกาสที่ยั่งยืน',
    rationale:
      'เพื่อให้การขับเคลื่อนการดำเนินงานโครงการพัฒนาชุมชนใสสะอาด มิติที่ ๔ การเสริมสร้างองค์กรคุณธรรม เป็นไปด้วยความเรียบร้อยและเกิดความต่อเนื่อง',
    objectives: ['เพื่อดำเนินการขับเคลื่อนโครงการพัฒนาชุมชนใสสะอาดให้เกิดความต่อเนื่อง', 'เพื่อส่งเสริมวินัยการออมให้กับข้าราชการในสังกัด'],
    methods: ['เสนอโครงการ', 'ชี้แจงโครงการให้ข้าราชการในสังกัดได้รับทราบ', 'สรุปผลการดำเนินงาน'],
    startsOn: '2026-01-15',
    endsOn: '2026-09-30',
    targetGroup: 'พัฒนาการจังหวัด ผู้อำนวยการกลุ่มงาน พัฒนาการอำเภอ ๑๓ อำเภอ และเจ้าหน้าที่ทุกคน',
    location: 'สำนักงานพัฒนาชุมชนจังหวัดลำปาง และ ๑๓ อำเภอ',
    budgetSatang: null,
    expectedResults: ['ข้าราชการในสังกัดมีวินัยในการออม'],
    indicators: [
      { kind: 'quantitative', textTh: 'ผู้เข้าร่วมโครงการระดับจังหวัดและอำเภอ', target: 91, unit: 'คน' },
      { kind: 'qualitative', textTh: 'ข้าราชการมีวินัยในการออม ยึดมั่นและรับผิดชอบในหน้าที่' },
    ],
    tags: ['saisaad-4'],
    chain,
    ...over,
  };
}

/**
 * A report request from the demo province to its 13 districts, sent, with the submission id of each
 * district. A one-field form: the minimum of the requests module's fixtures (request-fixtures.ts),
 * copied because a module's tests may not reach into another module's files.
 */
export async function sentReportRequest(
  province: TestClient,
  title = 'รายงานผลการส่งเสริมการออม มหกรรมการออม ๕๐ ปี',
): Promise<{ id: string; submissions: Map<string, string> }> {
  const res = ok(
    await province.post('/api/v1/report-requests', {
      orgUnitId: '52',
      title,
      instructions: 'รายงานจำนวนสมาชิกใหม่',
      fields: [{ key: 'new_members', type: 'number', labelTh: 'สมาชิกใหม่ (คน)', required: true }],
      deadline: '2025-05-30',
      addressedUnitIds: LAMPANG_DISTRICTS,
      send: true,
    }),
    201,
  );
  const matrix = ok(await province.get(`/api/v1/report-requests/${res.body.id}/matrix`)).body;
  return {
    id: res.body.id,
    submissions: new Map(
      matrix.rows.map((r: { unit: { id: string }; submissionId: string }) => [r.unit.id, r.submissionId]),
    ),
  };
}

export const LAMPANG_DISTRICTS = Array.from({ length: 13 }, (_, i) => `52${String(i + 1).padStart(2, '0')}`);
