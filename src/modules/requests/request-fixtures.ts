// Builders shared by the requests tests (API and browser): seed 001's district report as a form,
// a clock the test moves, and logins for district offices the demo seed has no user for.
import assert from 'node:assert/strict';
import type { Clock } from '../../kernel/dates.js';
import { expectStatus } from '../../testing/savings-fixtures.js';
import type { TestApp, TestClient } from '../../testing/test-app.js';

export const LAMPANG_DISTRICTS = Array.from({ length: 13 }, (_, i) => `52${String(i + 1).padStart(2, '0')}`);

/** Seed 001's "แบบรายงานการส่งเสริมการออม", with one field of each type the matrix sums or lists. */
export const SAVINGS_FORM = [
  { key: 'new_members', type: 'number', labelTh: 'สมาชิกใหม่ (คน)', required: true, sumInMatrix: true },
  { key: 'added_savings', type: 'money', labelTh: 'เงินสัจจะสะสมที่เพิ่มขึ้น', required: true, sumInMatrix: true },
  { key: 'avg_per_member', type: 'number', scale: 2, labelTh: 'เงินออมเฉลี่ยต่อคน (บาท)', sumInMatrix: true },
  { key: 'summary', type: 'text', multiline: true, labelTh: 'สรุปผลการดำเนินงาน', required: true },
  { key: 'event_date', type: 'date', labelTh: 'วันที่จัดกิจกรรม' },
  {
    key: 'channels',
    type: 'choice',
    multiple: true,
    labelTh: 'ช่องทางประชาสัมพันธ์',
    options: [
      { value: 'meeting', labelTh: 'ประชุมประจำเดือน' },
      { value: 'radio', labelTh: 'หอกระจายข่าว' },
    ],
  },
  { key: 'coordinator', type: 'person', labelTh: 'ผู้ประสานงาน' },
  { key: 'photos', type: 'photo', labelTh: 'ภาพกิจกรรม', maxBytes: 100_000, maxFiles: 3 },
  { key: 'evidence', type: 'file', labelTh: 'หลักฐาน', accept: ['pdf'], maxBytes: 100_000 },
  {
    key: 'groups',
    type: 'table',
    labelTh: 'กลุ่มที่เข้าร่วม',
    minRows: 1,
    maxRows: 20,
    columns: [
      { key: 'name', type: 'text', labelTh: 'ชื่อกลุ่ม', required: true },
      { key: 'members', type: 'number', labelTh: 'สมาชิก (คน)' },
      { key: 'deposit', type: 'money', labelTh: 'เงินฝาก', sumInMatrix: true },
    ],
  },
] as const;

/** A clock the test sets; the app reads it on every request. */
export function movableClock(iso: string): Clock & { set(iso: string): void } {
  let ms = Date.parse(iso);
  return {
    now: () => new Date(ms),
    set: (next: string) => {
      ms = Date.parse(next);
    },
  };
}

export async function createRequest(
  province: TestClient,
  over: Record<string, unknown> = {},
): Promise<{ id: string; submissions: Map<string, string> }> {
  const res = await province.post('/api/v1/report-requests', {
    orgUnitId: '52',
    title: 'รายงานผลการส่งเสริมการออม มหกรรมการออม ๕๐ ปี',
    instructions: 'รายงานผลการรณรงค์ระหว่างเดือนธันวาคม – กุมภาพันธ์',
    fields: SAVINGS_FORM,
    deadline: '2024-03-15',
    addressedUnitIds: LAMPANG_DISTRICTS,
    send: true,
    ...over,
  });
  expectStatus(res, 201);
  const matrix = await province.get(`/api/v1/report-requests/${res.body.id}/matrix`);
  expectStatus(matrix, 200);
  const submissions = new Map<string, string>(
    matrix.body.rows.map((r: { unit: { id: string }; submissionId: string }) => [r.unit.id, r.submissionId]),
  );
  return { id: res.body.id, submissions };
}

export const DISTRICT_PASSWORD = 'a-longer-district-pass-2';

/**
 * A district_staff login at `unitId`, created by the province admin, password already changed;
 * returns the username (log in with DISTRICT_PASSWORD).
 */
export async function districtUser(t: TestApp, unitId: string): Promise<string> {
  const province = await t.as('demo.province');
  const person = await province.post('/api/v1/people', {
    title: 'นาง',
    firstName: 'พัฒนากร',
    lastName: `อำเภอ${unitId}`,
    orgUnitId: unitId,
    positionCode: 'cd_worker',
  });
  expectStatus(person, 201);
  const username = `staff.${unitId}`;
  expectStatus(
    await province.post('/api/v1/users', {
      personId: person.body.id,
      username,
      password: 'temporary-pass-1',
      roles: [{ role: 'district_staff', orgUnitId: unitId }],
    }),
    201,
  );
  const c = t.client();
  expectStatus(await c.post('/api/v1/auth/login', { username, password: 'temporary-pass-1' }), 200);
  const changed = await c.post('/api/v1/auth/password', {
    currentPassword: 'temporary-pass-1',
    newPassword: DISTRICT_PASSWORD,
  });
  assert.ok(changed.status === 200 || changed.status === 204, JSON.stringify(changed.body));
  return username;
}

/** Logs in again (sessions expire when the test moves the clock by days). */
export async function login(t: TestApp, username: string): Promise<TestClient> {
  if (username.startsWith('demo.')) return t.as(username);
  const c = t.client();
  expectStatus(await c.post('/api/v1/auth/login', { username, password: DISTRICT_PASSWORD }), 200);
  return c;
}

/** A person record in a unit, for person fields. */
export async function personIn(c: TestClient, orgUnitId: string, lastName: string): Promise<string> {
  const res = await c.post('/api/v1/people', { title: 'นาย', firstName: 'ผู้ประสาน', lastName, orgUnitId });
  expectStatus(res, 201);
  return res.body.id;
}

/** Bytes that sniff as a JPEG (the files module reads the signature, not the name). */
export const jpegBytes = (size: number) => {
  const b = new Uint8Array(size);
  b.set([0xff, 0xd8, 0xff, 0xe0]);
  return b;
};

export function upload(c: TestClient, submissionId: string, field: string, bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.set('field', field);
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
  return c.post(`/api/v1/report-submissions/${submissionId}/files`, form);
}

/** A complete, valid set of answers. */
export function answers(newMembers: number, addedSatang: number, deposit: number, coordinator?: string) {
  return {
    new_members: newMembers,
    added_savings: addedSatang,
    avg_per_member: '12.50',
    summary: 'รณรงค์ผ่านที่ประชุมประจำเดือนของกลุ่ม',
    event_date: '2024-03-06',
    channels: ['meeting', 'radio'],
    ...(coordinator ? { coordinator } : {}),
    groups: [{ name: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านทดสอบ', members: 40, deposit }],
  };
}

export async function tableCount(t: TestApp, table: string): Promise<number> {
  const { n } = await t.database.db
    .selectFrom(table as 'report_request')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}
