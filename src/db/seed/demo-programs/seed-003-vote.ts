// Seed 003's vote (ระยอง, letter of 7 May 2567): every staff member of the province office and its
// eight district offices chooses a role model (บุคคลต้นแบบ) in each of the five virtues, 9–15 May
// 2567, by the QR code on their slip. The office has the letter's 60 staff (กลุ่มเป้าหมาย): the
// head and the two signers offices.ts made, and 57 more (สาธิต) here — work-group directors,
// นักวิชาการ and ธุรการ at the province, and in each district its พัฒนาการอำเภอ with พัฒนากร and an
// อสพ. or ธุรการ. The organiser (demo.rayong) opens voting on 7 May and 24 staff vote in the window,
// one by login and the rest by slip; results are sealed (not live).
//
// The demo clock: read today, the window is long over and nobody can vote any more, so the election
// stands where it did on 16 May 2567: open, 24 of 60 ballots in, the tally sealed. The organiser may
// print the slips, see the turnout, and close voting, which seals the ballots and shows the results;
// demo.rayong.voter, who did not vote, sees a ballot that no longer takes votes.
import type { Kysely } from 'kysely';
import type { DB } from '../../schema.js';
import type { DemoLogin } from '../demo.js';
import type { DemoApi } from './api.js';
import { DemoPeople } from './demo-people.js';
import { COORDINATION, INFORMATION, STRATEGY, wg } from './offices.js';
import { RAYONG, roleModelElection, VIRTUES } from './vote-003.js';

const PROMOTION = 4;
const DISTRICTS = ['2101', '2102', '2103', '2104', '2105', '2106', '2107', '2108'];
// The larger districts (เมืองระยอง, แกลง, ปลวกแดง) have more พัฒนากร.
const EXTRA_WORKERS: Record<string, number> = { '2101': 2, '2103': 1, '2106': 1 };

/** Where the 57 are: [unit, position] in the order they are recorded. */
function staffPlan(): [string, string][] {
  const plan: [string, string][] = [
    [RAYONG, 'admin_officer'],
    [RAYONG, 'admin_officer'],
    [RAYONG, 'cd_specialist'],
  ];
  for (const n of [STRATEGY, INFORMATION, PROMOTION] as const) {
    plan.push(
      [wg(RAYONG, n), 'work_group_director'],
      [wg(RAYONG, n), 'cd_specialist'],
      [wg(RAYONG, n), 'cd_specialist'],
    );
  }
  plan.push([wg(RAYONG, COORDINATION), 'cd_specialist']); // its director and a นักวิชาการ are offices.ts's
  for (const [i, d] of DISTRICTS.entries()) {
    plan.push([d, 'district_head']);
    for (let k = 0; k < 3 + (EXTRA_WORKERS[d] ?? 0); k++) plan.push([d, 'cd_worker']);
    plan.push([d, i % 2 ? 'admin_officer' : 'cd_volunteer']);
  }
  return plan;
}

export const VOTERS_003 = 24;
// The colleagues most often chosen in each virtue, as indices into staffPlan(); a voter's choice
// rotates over them, most often the first, and skips the voter themself.
const FAVOURITES: Record<string, number[]> = {
  sufficiency: [20, 5, 33],
  discipline: [8, 41, 20],
  integrity: [13, 27],
  volunteer: [36, 2, 49],
  gratitude: [24, 44, 8],
};

export async function seed003Vote(api: DemoApi, db: Kysely<DB>): Promise<DemoLogin[]> {
  const { staff, voter, logins } = await db.transaction().execute(async (trx) => {
    const p = new DemoPeople(trx, 45_000, 100);
    const staff: string[] = [];
    for (const [unit, position] of staffPlan()) staff.push(await p.person({ orgUnitId: unit, positionCode: position }));
    // The first พัฒนากร of อำเภอเมืองระยอง (after its head) is the demo's voter.
    const voter = staff[staffPlan().findIndex(([u, pos]) => u === '2101' && pos === 'cd_worker')]!;
    await p.login(voter, 'demo.rayong.voter', 'district_staff', '2101', 'พัฒนากร ผู้มีสิทธิ์ลงคะแนน (สาธิต)');
    return { staff, voter, logins: p.logins };
  });

  const head = await api.as('demo.rayong');
  api.at('2024-05-07', '10:00');
  const election = await head.post('/elections', roleModelElection());
  api.at('2024-05-07', '10:30');
  await head.post(`/elections/${election.id}/open`);
  const roll: { personId: string; ballotCode: string }[] = (await head.get(`/elections/${election.id}/voters`)).items;
  const codeOf = new Map(roll.map((v) => [v.personId, v.ballotCode]));
  const categoryOf = new Map<string, string>(
    election.categories.map((c: { code: string; id: string }) => [c.code, c.id]),
  );

  const proposer = await api.as('demo.rayong.proposer');
  const voters = [proposer.personId, ...staff.filter((id) => id !== voter).slice(0, VOTERS_003 - 1)];
  for (const [j, personId] of voters.entries()) {
    const choices = VIRTUES.flatMap((v, k) => {
      if ((j + k) % 9 === 4) return []; // some leave a virtue blank
      const pool = FAVOURITES[v.code]!.map((i) => staff[i]!).filter((id) => id !== personId);
      const pick = pool[j % 5 < 3 ? 0 : (j % 5) - 2] ?? pool[0]!;
      return [{ categoryId: categoryOf.get(v.code)!, candidatePersonId: pick }];
    });
    api.at(
      `2024-05-${String(9 + (j % 7)).padStart(2, '0')}`,
      `${String(8 + (j % 8)).padStart(2, '0')}:${String((j * 7) % 60).padStart(2, '0')}`,
    );
    if (j === 0) await proposer.post(`/elections/${election.id}/my-ballot`, { choices });
    else await api.anonymous('POST', `/ballots/${codeOf.get(personId)}`, { choices });
  }
  return logins;
}
