// Builders for the votes tests (API and browser): seed 003's ระยอง office with its 60 staff, and the
// role-model election in the five virtues, all through the HTTP API as the province would.
import assert from 'node:assert/strict';
import { createSeedOffices } from '../../db/seed/demo-programs/offices.js';
import { thaiIdFor } from '../../db/seed/demo-ids.js';
import type { Clock } from '../../kernel/dates.js';
import type { TestApp, TestClient, TestResponse } from '../../testing/test-app.js';
import { RAYONG } from '../../db/seed/demo-programs/vote-003.js';

export const ELIGIBLE = 60;
// The election definition is the demo seeder's: one source for both.
export { RAYONG, roleModelElection, VIRTUES } from '../../db/seed/demo-programs/vote-003.js';

export function ok(res: TestResponse, status = 200): TestResponse {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res;
}

export function movableClock(iso: string): Clock & { set(iso: string): void } {
  let ms = Date.parse(iso);
  return {
    now: () => new Date(ms),
    set: (next: string) => {
      ms = Date.parse(next);
    },
  };
}

const FIRST = ['กมล', 'จันทร์เพ็ญ', 'ชัยวัฒน์', 'ดวงใจ', 'ธนวัฒน์', 'นภา', 'ประภาส', 'พรรณี', 'มานพ', 'วิไล', 'สมพงษ์', 'อัมพร'];
const LAST = ['แก้วประเสริฐ', 'ทองดี', 'บุญเรือง', 'ศรีสวัสดิ์', 'สุขใจ', 'อ่อนศรี', 'พูลผล'];

export interface RayongOffice {
  /** demo.rayong: provincial head (province_admin) — the organiser, and on the roll. */
  province: TestClient;
  /** Every staff person in ระยอง's subtree: the expected roll. */
  staffIds: string[];
  /** People in ระยอง who are not staff (network leaders): never on the roll. */
  nonStaffIds: string[];
  /** Thai IDs given to the people created here, which no ballot may show. */
  thaiIds: string[];
}

/**
 * Seed 003's office: the demo offices (ระยอง's head and two signers with logins), then staff across
 * the province office, its work groups and its eight districts until 60 are eligible, plus three
 * network leaders who are people in the area but not staff.
 */
export async function rayongOffice(t: TestApp): Promise<RayongOffice> {
  await createSeedOffices(t.database.db);
  const province = await t.as('demo.rayong');
  const districts = await t.database.db
    .selectFrom('org_unit')
    .select('id')
    .where('parent_id', '=', RAYONG)
    .where('kind', '=', 'district')
    .orderBy('id')
    .execute();
  assert.equal(districts.length, 8);
  const units = [RAYONG, `${RAYONG}-wg1`, `${RAYONG}-wg2`, `${RAYONG}-wg4`, ...districts.map((d) => d.id)];
  const existing = await staffOf(t);
  const thaiIds: string[] = [];
  const add = async (i: number, orgUnitId: string, positionCode: string) => {
    const thaiId = thaiIdFor(90_000 + i);
    thaiIds.push(thaiId);
    return ok(
      await province.post('/api/v1/people', {
        title: i % 2 ? 'นาง' : 'นาย',
        firstName: FIRST[i % FIRST.length]!,
        lastName: LAST[(i + Math.floor(i / FIRST.length)) % LAST.length]!, // distinct pairs for i < 84
        thaiId,
        positionCode,
        orgUnitId,
      }),
      201,
    ).body.id as string;
  };
  const positions = ['cd_worker', 'cd_specialist', 'admin_officer', 'cd_volunteer'];
  for (let i = 0; existing.length + i < ELIGIBLE; i++) {
    const unit = units[i % units.length]!;
    const head = unit.length === 4 && i < units.length; // each district's first is its พัฒนาการอำเภอ
    await add(i, unit, head ? 'district_head' : positions[i % positions.length]!);
  }
  const nonStaffIds = [];
  for (let i = 0; i < 3; i++) nonStaffIds.push(await add(100 + i, districts[i]!.id, 'network_leader'));
  const staffIds = await staffOf(t);
  assert.equal(staffIds.length, ELIGIBLE);
  return { province, staffIds, nonStaffIds, thaiIds };
}

/** Staff persons in ระยอง's subtree, found independently of the votes module's own query. */
async function staffOf(t: TestApp): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('person as p')
    .innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
    .innerJoin('position as pos', 'pos.code', 'p.position_code')
    .select('p.id')
    .where('pos.is_staff', '=', true)
    .where((eb) => eb.or([eb('o.id', '=', RAYONG), eb('o.parent_id', '=', RAYONG)]))
    .execute();
  return rows.map((r) => r.id).sort();
}
