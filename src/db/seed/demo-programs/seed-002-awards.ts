// Seed 002's selection as an award call, after seed-002.ts has the project and its circular: the call
// under that project with the corrected rubric (10 + 50 + 40), the nine-member committee of ๓.๑,
// six districts naming their pair by 14 February 2568 and five of them submitting an endorsed
// dossier by 30 April, and seven of the nine judges handing in their sheets in early May.
//
// The demo clock: everything is written on the seed's own dates. Read today, the dossier deadline
// is long past, so the call stands where the committee left it: in scoring, with the chair
// (demo.chachoengsao) and one judge (demo.chachoengsao.judge) still to score, so a visitor can open a
// score sheet and hand it in, and the chair can then close scoring and see the ranking. It stays in
// scoring until someone closes it: the module never closes a call by the clock.
import type { Kysely } from 'kysely';
import type { DB } from '../../schema.js';
import type { DemoLogin } from '../demo.js';
import type { DemoApi, DemoUser } from './api.js';
import { call002, COMMITTEE_002, RUBRIC_002 } from './awards-002.js';
import { demoPhotoPng } from './demo-image.js';
import { DemoPeople } from './demo-people.js';
import { DOSSIERS_002, scores002, type Dossier002 } from './seed-002-dossiers.js';
import { SEED_002_TITLE } from './seed-002.js';

const PROVINCE = '24';
/** Seats (0-based, in COMMITTEE_002 order) left unscored for the visitor: the chair and the judge. */
const VISITOR_SEATS = [0, 5];
const JUDGE_SEAT = 5;

interface Cast {
  organiser: string;
  seats: { username: string; personId: string }[];
  heads: Map<string, string>;
  pairs: Map<string, { staff: string; partner: string }>;
  logins: DemoLogin[];
}

export async function seed002Awards(api: DemoApi, db: Kysely<DB>): Promise<DemoLogin[]> {
  const c = await cast(db);
  const organiser = await api.as(c.organiser);
  api.at('2025-01-15', '11:00');
  const projects: { id: string; titleTh: string }[] = (await organiser.get('/projects')).items;
  const project = projects.find((x) => x.titleTh === SEED_002_TITLE)!;
  const call = await organiser.post('/award-calls', call002({ projectId: project.id }));
  await organiser.put(`/award-calls/${call.id}/categories/pair/rubric`, RUBRIC_002);
  for (const [i, seat] of COMMITTEE_002.entries()) {
    await organiser.post(`/award-calls/${call.id}/committee`, {
      personId: c.seats[i]!.personId,
      role: seat.role,
      titleTh: seat.title,
    });
  }
  await organiser.post(`/award-calls/${call.id}/open`);

  const nominations = new Map<string, string>();
  for (const [i, d] of DOSSIERS_002.entries()) {
    api.at('2025-02-10', `${String(9 + i).padStart(2, '0')}:00`);
    const head = await api.as(c.heads.get(d.district)!);
    const pair = c.pairs.get(d.district)!;
    const n = await head.post(`/award-calls/${call.id}/nominations`, {
      categoryCode: 'pair',
      orgUnitId: d.district,
      nominees: [
        { personId: pair.staff, role: 'staff' },
        { personId: pair.partner, role: 'partner' },
      ],
    });
    nominations.set(d.district, n.id);
  }

  for (const [i, d] of DOSSIERS_002.entries()) {
    api.at(`2025-04-${String(21 + i).padStart(2, '0')}`, '14:00');
    await fileDossier(await api.as(c.heads.get(d.district)!), nominations.get(d.district)!, d, i);
  }

  api.at('2025-05-02', '09:00');
  await organiser.post(`/award-calls/${call.id}/start-scoring`);
  for (const [seat, judge] of c.seats.entries()) {
    if (VISITOR_SEATS.includes(seat)) continue;
    const user = await api.as(judge.username);
    for (const [k, d] of DOSSIERS_002.entries()) {
      if (!d.submitted || (COMMITTEE_002[seat]!.unit === 'bangpakong' && d.district === '2404')) continue;
      api.at(`2025-05-${String(5 + seat).padStart(2, '0')}`, `${String(9 + k).padStart(2, '0')}:30`);
      const path = `/award-nominations/${nominations.get(d.district)}/my-sheet`;
      await user.put(path, { scores: scores002(d, seat) });
      await user.post(`${path}/submit`);
    }
  }
  return c.logins;
}

/** People and accounts: three more directors, three network presidents, the districts' pairs. */
async function cast(db: Kysely<DB>): Promise<Cast> {
  return db.transaction().execute(async (trx) => {
    const p = new DemoPeople(trx, 41_000, 0);
    const c: Cast = {
      organiser: 'demo.chachoengsao.proposer',
      seats: [],
      heads: new Map(),
      pairs: new Map(),
      logins: p.logins,
    };
    for (const [i, seat] of COMMITTEE_002.entries()) {
      const existing = { 0: 'demo.chachoengsao', 1: 'demo.chachoengsao.endorser', 8: c.organiser }[i];
      if (existing) {
        c.seats.push({ username: existing, personId: await p.personOf(existing) });
        continue;
      }
      // The directors sit in their work groups; the presidents are network leaders, the ผู้นำ อช.
      // one living in ตำบลบางปะกง, so the module conflicts them on บางปะกง's dossier by itself.
      const director = seat.position === 'work_group_director';
      const orgUnitId = director ? `${PROVINCE}-wg${i}` : seat.unit === 'bangpakong' ? '240401' : PROVINCE;
      const personId = await p.person({ orgUnitId, positionCode: seat.position, networks: seat.networks ?? [] });
      const username = i === JUDGE_SEAT ? 'demo.chachoengsao.judge' : `demo.chachoengsao.committee${i + 1}`;
      await p.login(
        personId,
        username,
        director ? 'province_staff' : 'committee_judge',
        PROVINCE,
        `กรรมการคัดเลือก — ${seat.title} (สาธิต)`,
        i === JUDGE_SEAT,
      );
      c.seats.push({ username, personId });
    }
    for (const d of DOSSIERS_002) {
      const head = await p.person({ orgUnitId: d.district, positionCode: 'district_head' });
      const username = `demo.chachoengsao.${d.district}`;
      await p.login(head, username, 'district_head', d.district, 'พัฒนาการอำเภอ (สาธิต)', d.district === '2401');
      c.heads.set(d.district, username);
      c.pairs.set(d.district, {
        staff: await p.person({ orgUnitId: d.district, positionCode: d.staffPosition }),
        partner: await p.person({ orgUnitId: d.partnerUnit, positionCode: 'network_leader', networks: [d.network] }),
      });
    }
    return c;
  });
}

/** The district office fills in แบบเสนอผลงาน, attaches its photo, the head endorses, and it is sent. */
async function fileDossier(head: DemoUser, id: string, d: Dossier002, i: number) {
  await head.put(`/award-nominations/${id}/answers`, { answers: d.answers });
  if (!d.submitted) return; // named in February, never finished: not judged
  await head.upload(
    `/award-nominations/${id}/files`,
    { field: 'work_evidence' },
    { name: `ภาพกิจกรรม ${d.answers.work_name} (สาธิต).png`, bytes: demoPhotoPng(40 + i * 55) },
  );
  await head.post(`/award-nominations/${id}/endorse`);
  await head.post(`/award-nominations/${id}/submit`);
}
