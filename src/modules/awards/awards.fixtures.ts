// Builders for the awards tests on seed 002 (ฉะเชิงเทรา, ๑ พัฒนากร ๑ เครือข่ายการพัฒนา): people and
// accounts in ฉะเชิงเทรา (the demo seed has none there), a clock the test moves, uploads and row counts. Names are made up; units and rules are the letter's.
import assert from 'node:assert/strict';
import type { Clock } from '../../kernel/dates.js';
import { DEMO_PASSWORD } from '../../db/seed/demo.js';
import { createUserAccount } from '../auth/index.js';
import type { TestApp, TestClient, TestResponse } from '../../testing/test-app.js';

// The call, form, rubrics and committee seats are the demo seeder's: one source for both.
export {
  call002,
  CHACHOENGSAO,
  COMMITTEE_002,
  DISTRICTS_002,
  FORM_002,
  PRINTED_RUBRIC_002,
  RUBRIC_002,
} from '../../db/seed/demo-programs/awards-002.js';

export function ok(res: TestResponse, status = 200): TestResponse {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res;
}

/** A clock the test sets; the app reads it on every request. */
export function movableClock(iso: string): Clock & { set(iso: string): void } {
  let ms = Date.parse(iso);
  return { now: () => new Date(ms), set: (next: string) => void (ms = Date.parse(next)) };
}

/** A complete dossier. */
export function answers002(workName: string, discipline = 'never') {
  return {
    years_in_post: 6,
    discipline,
    b221: 'ปฏิบัติงานตามระเบียบอย่างเคร่งครัด ไม่รับของกำนัลจากผู้มาติดต่อ',
    b222: 'แจ้งหน่วยงานที่เกี่ยวข้องเมื่อพบการใช้จ่ายเงินกองทุนไม่ถูกต้อง',
    b223: 'ร่วมตรวจสอบการใช้งบประมาณของกลุ่มอาชีพในตำบล',
    b224: 'ลงพื้นที่นอกเวลาราชการเพื่อช่วยเหลือครัวเรือนเปราะบาง',
    work_name: workName,
    steps: 'ประชุมวางแผนร่วมกับเครือข่าย ลงพื้นที่ สรุปผล',
    period: 'มกราคม – เมษายน ๒๕๖๘',
    results: 'ครัวเรือนเป้าหมายมีรายได้เพิ่มขึ้น',
    use: 'ขยายผลไปยังตำบลใกล้เคียง',
  };
}

/** Bytes that sniff as a JPEG. */
export const jpegBytes = (size: number) => {
  const b = new Uint8Array(size);
  b.set([0xff, 0xd8, 0xff, 0xe0]);
  return b;
};

export function upload(c: TestClient, nominationId: string, field: string, bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.set('field', field);
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
  return c.post(`/api/v1/award-nominations/${nominationId}/files`, form);
}

export const put = (c: TestClient, path: string, body: unknown) => c.request('PUT', path, body);

/** A person created through the people API by `admin`; returns its id. */
export async function person(
  admin: TestClient,
  p: {
    title?: string;
    firstName: string;
    lastName: string;
    orgUnitId: string;
    positionCode: string;
    networks?: string[];
  },
): Promise<string> {
  const res = ok(await admin.post('/api/v1/people', { title: 'นาย', networks: [], ...p }), 201);
  return res.body.id as string;
}

/** An account (password DEMO_PASSWORD, no change required) for a person, with one role. */
export async function account(t: TestApp, personId: string, username: string, role: string, orgUnitId: string) {
  await t.database.db.transaction().execute((trx) =>
    createUserAccount(trx, {
      personId,
      username,
      password: DEMO_PASSWORD,
      roles: [{ role: role as 'committee_judge', orgUnitId }],
      actorUserId: null,
      requestId: 'awards-test',
    }),
  );
}

/** The first subdistrict of a district: where a network partner lives. */
export async function subdistrictOf(t: TestApp, districtId: string): Promise<string> {
  const row = await t.database.db
    .selectFrom('org_unit')
    .select('id')
    .where('parent_id', '=', districtId)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export const AWARD_TABLES = [
  'award_call',
  'award_category',
  'award_rubric',
  'award_criterion',
  'award_committee_member',
  'award_nomination',
  'award_nominee',
  'award_nomination_file',
  'award_conflict',
  'award_sheet',
  'award_score',
  'award_winner',
  'stored_file',
  'audit_log',
] as const;

/** Row counts of every awards table, stored files and the audit log, for "nothing was written". */
export async function snapshot(t: TestApp): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of AWARD_TABLES) {
    const { n } = await t.database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(n);
  }
  return out;
}

/** The call is refused with `status` and a Thai message matching `th` (top level or an issue), and writes nothing. */
export async function refused(
  t: TestApp,
  call: () => Promise<TestResponse>,
  status: number,
  th: RegExp,
): Promise<TestResponse> {
  const before = await snapshot(t);
  const res = await call();
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  const messages = [res.body.error.messageTh, ...res.body.error.issues.map((i: { messageTh: string }) => i.messageTh)];
  assert.ok(
    messages.some((m: string) => th.test(m)),
    `no message matching ${th}: ${JSON.stringify(messages)}`,
  );
  assert.deepEqual(await snapshot(t), before, 'nothing may be written');
  return res;
}
