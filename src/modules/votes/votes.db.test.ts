// Seed 003: all 60 staff of the ระยอง office vote 9–15 May 2567 for role models in five virtues
// through QR slips; the province tallies and announces. By the injected clock: refusals write nothing,
// the tally equals the ballots, and after close no ballot row can be tied to a voter, neither by the
// schema nor by the rows' transaction ids or physical order.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { PNG } from 'pngjs';
import { closePdfRenderer } from '../../server/pdf.js';
import { decodeQrPng } from '../../testing/decode-qr.js';
import { countRows, startTestApp, type TestApp, type TestClient, type TestResponse } from '../../testing/test-app.js';
import { isDuplicateParticipation } from './cast-ballot.js';
import {
  ELIGIBLE,
  movableClock,
  ok,
  rayongOffice,
  roleModelElection,
  VIRTUES,
  type RayongOffice,
} from './votes.test-support.js';

const ORIGIN = 'http://localhost'; // what app.request() sees as the request's own origin
const TABLES = [
  'ballot',
  'election_participation',
  'election_voter',
  'election_winner',
  'certificate',
  'audit_log',
  'request_idempotency',
] as const;

interface Voter {
  personId: string;
  ballotCode: string;
  link: string;
}

describe('votes: seed 003 role models in ระยอง', () => {
  const clock = movableClock('2024-05-01T03:00:00Z'); // 10:00 on 1 May, before the window
  let t: TestApp;
  let office: RayongOffice;
  let province: TestClient;
  let electionId: string;
  let categories: { id: string; code: string; nameTh: string }[];
  let voters: Voter[];
  // The test's own record of every accepted ballot, in casting order: [categoryId, candidateId].
  const cast: [string, string][] = [];
  // The test's expected tally: categoryId → candidateId → votes.
  const expected = new Map<string, Map<string, number>>();

  const snapshot = async () =>
    Object.fromEntries(await Promise.all(TABLES.map(async (n) => [n, await countRows(t, n)])));
  /** A refused request: the status and Thai message, and not one row written anywhere. */
  async function refused(send: () => Promise<TestResponse>, status: number, code: string) {
    const before = await snapshot();
    const res = await send();
    assert.equal(res.status, status, JSON.stringify(res.body));
    assert.equal(res.body.error.code, code);
    assert.match(res.body.error.messageTh, /[\u0E00-\u0E7F]/);
    assert.deepEqual(await snapshot(), before);
    return res.body.error;
  }
  const record = (categoryId: string, candidateId: string) => {
    cast.push([categoryId, candidateId]);
    const m = expected.get(categoryId) ?? new Map<string, number>();
    m.set(candidateId, (m.get(candidateId) ?? 0) + 1);
    expected.set(categoryId, m);
  };
  const byCode = (v: Voter, choices: { categoryId: string; candidatePersonId: string }[]) =>
    t.client().post(`/api/v1/ballots/${v.ballotCode}`, { choices });
  /** Moves the clock; sessions last 12 hours, so the organiser logs in again. */
  async function at(iso: string) {
    clock.set(iso);
    province = await t.as('demo.rayong');
  }
  // People with logins vote logged in; the rest by slip. Voter i (in roll order) skips category k
  // when (i + k) mod 7 = 0, so i mod 7 says which categories a slip voter still has open.
  const loginUsers = new Map<string, string>(); // personId → username
  const slipVoter = (pred: (i: number) => boolean, skip = 0): Voter => {
    const found = voters.filter((v, i) => !loginUsers.has(v.personId) && pred(i));
    return found[skip]!;
  };

  before(async () => {
    t = await startTestApp({ clock });
    office = await rayongOffice(t);
    province = office.province;
  });
  after(async () => {
    await closePdfRenderer();
    await t.close();
  });

  test('a draft election with the five virtues and the window 9–15 May 2567 in Bangkok time', async () => {
    const e = ok(await province.post('/api/v1/elections', roleModelElection()), 201).body;
    electionId = e.id;
    categories = e.categories;
    assert.deepEqual(
      e.categories.map((c: { nameTh: string }) => c.nameTh),
      ['ด้านพอเพียง', 'ด้านวินัย', 'ด้านสุจริต', 'ด้านจิตอาสา', 'ด้านกตัญญู'],
    );
    assert.equal(e.status, 'draft');
    assert.equal(e.opensAt, '2024-05-08T17:00:00.000Z'); // 9 May 00:00 +07
    assert.equal(e.closesAt, '2024-05-15T16:59:59.999Z'); // the end of 15 May +07
    assert.deepEqual([e.opensOn, e.closesOn], ['2024-05-09', '2024-05-15']);
    assert.equal(e.organiser.nameTh, 'สำนักงานพัฒนาชุมชนจังหวัดระยอง');
    assert.equal(e.rollSize, null);

    const staff = await t.as('demo.rayong.proposer'); // province_staff: may read, may manage programs
    assert.equal(ok(await staff.get(`/api/v1/elections/${electionId}`)).body.id, electionId);
    const lampang = await t.as('demo.province');
    assert.equal((await lampang.get(`/api/v1/elections/${electionId}`)).status, 404);
    await refused(() => lampang.post(`/api/v1/elections/${electionId}/open`), 404, 'not_found');
    await refused(
      () => province.post(`/api/v1/elections/${electionId}/my-ballot`, { choices: [] }),
      422,
      'validation_failed',
    );
    await refused(
      () =>
        province.post(`/api/v1/elections/${electionId}/my-ballot`, {
          choices: [{ categoryId: categories[0]!.id, candidatePersonId: office.staffIds[0] }],
        }),
      409,
      'election_not_open',
    );
    for (const u of ['demo.rayong', 'demo.rayong.proposer']) {
      loginUsers.set(ok(await (await t.as(u)).get('/api/v1/auth/me')).body.person.id as string, u);
    }
    const bad = await province.post('/api/v1/elections', {
      ...roleModelElection({ closesOn: '2024-05-08' }),
      categories: [VIRTUES[0], VIRTUES[0]],
    });
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.body.error.issues.map((i: { path: string }) => i.path).sort(), [
      'categories.1.code',
      'closesOn',
    ]);
  });

  test('opening fixes the roll to the 60 staff of the province office and its districts, each with a code', async () => {
    const e = ok(await province.post(`/api/v1/elections/${electionId}/open`)).body;
    assert.equal(e.status, 'open');
    assert.equal(e.rollSize, ELIGIBLE);
    assert.equal(e.acceptingVotes, false); // 1 May: not yet
    const roll = await t.database.db
      .selectFrom('election_voter')
      .select(['person_id', 'ballot_code'])
      .where('election_id', '=', electionId)
      .execute();
    assert.deepEqual(roll.map((r) => r.person_id).sort(), office.staffIds);
    for (const id of office.nonStaffIds) assert.ok(!roll.some((r) => r.person_id === id));
    assert.equal(new Set(roll.map((r) => r.ballot_code)).size, ELIGIBLE);
    for (const r of roll) assert.match(r.ballot_code, /^[0-9A-HJKMNP-TV-Z]{10}$/);

    voters = ok(await province.get(`/api/v1/elections/${electionId}/voters`)).body.items;
    assert.equal(voters.length, ELIGIBLE);
    for (const v of voters) assert.equal(v.link, `${ORIGIN}/v/${v.ballotCode}`);

    await refused(() => province.post(`/api/v1/elections/${electionId}/open`), 409, 'election_wrong_status');
    // The organiser is not editable, even in a draft.
    await refused(
      () => province.request('PUT', `/api/v1/elections/${electionId}`, roleModelElection()),
      422,
      'validation_failed',
    );
    const update: Record<string, unknown> = roleModelElection();
    delete update.orgUnitId;
    await refused(
      () => province.request('PUT', `/api/v1/elections/${electionId}`, update),
      409,
      'election_wrong_status',
    );
    // Before 9 May 00:00 in Bangkok nobody can vote.
    await at('2024-05-08T16:59:59Z');
    await refused(
      () => byCode(voters[0]!, [{ categoryId: categories[0]!.id, candidatePersonId: voters[1]!.personId }]),
      409,
      'voting_not_started',
    );
  });

  test('the slip’s QR code decodes to exactly <origin>/v/<code>, also behind PUBLIC_URL', async () => {
    const v = voters[7]!;
    const res = await province.getRaw(`/api/v1/elections/${electionId}/voters/${v.personId}/qr.png`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/png');
    const decoded = decodeQrPng(Buffer.from(await res.arrayBuffer()));
    assert.equal(decoded, `${ORIGIN}/v/${v.ballotCode}`);
    // The decoded link's code opens this voter's ballot.
    const code = new URL(decoded!).pathname.split('/').pop()!;
    assert.equal(ok(await t.client().get(`/api/v1/ballots/${code}`)).body.voter.fullName.length > 0, true);

    process.env.PUBLIC_URL = 'https://chumchon.example.go.th/';
    try {
      const behind = await province.getRaw(`/api/v1/elections/${electionId}/voters/${v.personId}/qr.png`);
      assert.equal(
        decodeQrPng(Buffer.from(await behind.arrayBuffer())),
        `https://chumchon.example.go.th/v/${v.ballotCode}`,
      );
    } finally {
      delete process.env.PUBLIC_URL;
    }
    const outsider = office.nonStaffIds[0]!;
    assert.equal((await province.getRaw(`/api/v1/elections/${electionId}/voters/${outsider}/qr.png`)).status, 404);
  });

  test('the ballot by code needs no login and shows names, offices and positions, never Thai IDs', async () => {
    await at('2024-05-09T02:00:00Z'); // 09:00 on 9 May
    const v = voters[0]!;
    const res = ok(await t.client().get(`/api/v1/ballots/${v.ballotCode}`));
    const b = res.body;
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(b.election.acceptingVotes, true);
    assert.deepEqual(
      b.categories.map((c: { code: string; voted: boolean }) => [c.code, c.voted]),
      VIRTUES.map((x) => [x.code, false]),
    );
    // Everyone on the roll but the voter: no self-votes in this election.
    assert.equal(b.candidates.length, ELIGIBLE - 1);
    assert.ok(!b.candidates.some((c: { personId: string }) => c.personId === v.personId));
    assert.deepEqual(Object.keys(b.candidates[0]).sort(), ['fullName', 'officeTh', 'personId', 'positionTh']);
    assert.ok(b.candidates.some((c: { officeTh: string }) => c.officeTh === 'สำนักงานพัฒนาชุมชนอำเภอแกลง'));
    const text = JSON.stringify(b);
    for (const id of office.thaiIds) assert.ok(!text.includes(id), 'a Thai ID reached the ballot');
    // Codes are read as Crockford's decoding does: lower case and a hyphen are fine.
    const typed = `${v.ballotCode.slice(0, 5)}-${v.ballotCode.slice(5)}`.toLowerCase();
    assert.equal(ok(await t.client().get(`/api/v1/ballots/${typed}`)).body.voter.fullName, b.voter.fullName);
    assert.equal((await t.client().get('/api/v1/ballots/0000000000')).status, 404);
  });

  test('60 staff vote by slip or logged in; the tally comes out as the test planned it', async () => {
    const pool = voters.map((v) => v.personId).sort();
    // In category k, of every ten voters four choose pool[5k], three pool[5k + 1], and one each the
    // next three (the next one instead of oneself); a voter skips category k when (i + k) mod 7 = 0,
    // so turnout differs between categories.
    const share = [0, 0, 0, 0, 1, 1, 1, 2, 3, 4];
    const plan = (i: number, personId: string) =>
      categories.flatMap((c, k) => {
        if ((i + k) % 7 === 0) return [];
        let j = (5 * k + share[i % 10]!) % pool.length;
        if (pool[j] === personId) j = (j + 1) % pool.length;
        return [{ categoryId: c.id, candidatePersonId: pool[j]! }];
      });
    for (const [i, v] of voters.entries()) {
      const choices = plan(i, v.personId);
      if (loginUsers.has(v.personId)) {
        const c = await t.as(loginUsers.get(v.personId)!);
        ok(await c.post(`/api/v1/elections/${electionId}/my-ballot`, { choices }));
      } else if (i % 2) {
        // Half vote all at once, the other half in two sittings.
        ok(await byCode(v, choices));
      } else {
        const first = ok(await byCode(v, choices.slice(0, 2))).body;
        assert.deepEqual(
          first.categories.filter((c: { voted: boolean }) => c.voted).map((c: { id: string }) => c.id),
          choices.slice(0, 2).map((c) => c.categoryId),
        );
        if (choices.length > 2) ok(await byCode(v, choices.slice(2)));
      }
      for (const ch of choices) record(ch.categoryId, ch.candidatePersonId);
    }
    const e = ok(await province.get(`/api/v1/elections/${electionId}`)).body;
    for (const c of e.categories) {
      const n = [...(expected.get(c.id)?.values() ?? [])].reduce((a, b) => a + b, 0);
      assert.equal(c.voted, n);
      assert.equal(c.turnout, n / ELIGIBLE);
    }
    assert.equal(await countRows(t, 'ballot'), cast.length);
    assert.equal(await countRows(t, 'election_participation'), cast.length);
    const myBallots = ok(await (await t.as('demo.rayong')).get('/api/v1/my-ballots')).body.items;
    assert.deepEqual(
      myBallots.map((m: { electionId: string }) => m.electionId),
      [electionId],
    );
  });

  test('a second ballot in a category is refused, whether by slip, by login or mixed with a new category', async () => {
    const v = slipVoter((i) => i % 7 === 1); // voted in all five
    const ballot = ok(await t.client().get(`/api/v1/ballots/${v.ballotCode}`)).body;
    const done = ballot.categories.filter((c: { voted: boolean }) => c.voted);
    assert.equal(done.length, 5);
    const someone = ballot.candidates[0].personId;
    const err = await refused(
      () => byCode(v, [{ categoryId: done[0].id, candidatePersonId: someone }]),
      409,
      'already_voted',
    );
    assert.match(err.messageTh, new RegExp(done[0].nameTh));
    // A voter who skipped category 0: a new category together with a done one is refused whole,
    // and the new one is not recorded either.
    const v0 = slipVoter((i) => i % 7 === 0);
    const b0 = ok(await t.client().get(`/api/v1/ballots/${v0.ballotCode}`)).body;
    assert.equal(b0.categories[0].voted, false);
    await refused(
      () =>
        byCode(v0, [
          { categoryId: categories[0]!.id, candidatePersonId: voters[2]!.personId },
          { categoryId: categories[1]!.id, candidatePersonId: voters[2]!.personId },
        ]),
      409,
      'already_voted',
    );
    assert.equal(ok(await t.client().get(`/api/v1/ballots/${v0.ballotCode}`)).body.categories[0].voted, false);
    // demo.rayong voted logged in; their slip is the same place on the roll.
    const me = ok(await (await t.as('demo.rayong')).get('/api/v1/auth/me')).body.person.id;
    const slip = voters.find((x) => x.personId === me)!;
    const mine = ok(await t.client().get(`/api/v1/ballots/${slip.ballotCode}`)).body;
    const votedByLogin = mine.categories.find((c: { voted: boolean }) => c.voted);
    await refused(
      () => byCode(slip, [{ categoryId: votedByLogin.id, candidatePersonId: voters[2]!.personId }]),
      409,
      'already_voted',
    );
    const login = await t.as('demo.rayong');
    await refused(
      () =>
        login.post(`/api/v1/elections/${electionId}/my-ballot`, {
          choices: [{ categoryId: votedByLogin.id, candidatePersonId: voters[2]!.personId }],
        }),
      409,
      'already_voted',
    );
  });

  test('two submissions racing for one category: exactly one ballot; the primary key holds under them', async () => {
    const v0 = slipVoter((i) => i % 7 === 0); // the one above: category 0 still open
    const choice = [{ categoryId: categories[0]!.id, candidatePersonId: voters[3]!.personId }];
    const before = await countRows(t, 'ballot');
    const results = await Promise.all([byCode(v0, choice), byCode(v0, choice)]);
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 409]);
    assert.equal(await countRows(t, 'ballot'), before + 1);
    record(categories[0]!.id, voters[3]!.personId);
    // The database itself refuses a second participation row, whatever the code above it does, and
    // the cast maps exactly that error (as each driver reports it) to the 409 above.
    await assert.rejects(
      t.database.db
        .insertInto('election_participation')
        .values({ election_id: electionId, category_id: categories[0]!.id, person_id: v0.personId })
        .execute(),
      (err: { code?: string }) => err.code === '23505' && isDuplicateParticipation(err),
    );
  });

  test('a voter outside the eligible set is refused: another province’s staff, logged in', async () => {
    const lampang = await t.as('demo.staff'); // ลำปาง's strategy work group director
    const choices = [{ categoryId: categories[2]!.id, candidatePersonId: voters[5]!.personId }];
    const err = await refused(() => lampang.get(`/api/v1/elections/${electionId}/my-ballot`), 403, 'not_on_roll');
    assert.equal(err.messageTh, 'ท่านไม่อยู่ในบัญชีรายชื่อผู้มีสิทธิ์ลงคะแนนของการลงคะแนนนี้');
    await refused(() => lampang.post(`/api/v1/elections/${electionId}/my-ballot`, { choices }), 403, 'not_on_roll');
    assert.deepEqual(ok(await lampang.get('/api/v1/my-ballots')).body.items, []);
    // An unknown code is no way in either.
    await refused(() => t.client().post('/api/v1/ballots/ZZZZZZZZZZ', { choices }), 404, 'ballot_not_found');
  });

  test('choices outside the rules are refused: not a candidate, oneself, another election’s category, twice', async () => {
    const v = slipVoter((i) => i % 7 === 6); // skipped category 1
    const cat = categories[1]!.id;
    const b = ok(await t.client().get(`/api/v1/ballots/${v.ballotCode}`)).body;
    assert.equal(b.categories[1].voted, false);
    const lampangStaff = (
      await t.database.db.selectFrom('person').select('id').where('org_unit_id', '=', '52-wg1').execute()
    )[0]!.id;
    for (const candidate of [office.nonStaffIds[0]!, lampangStaff]) {
      const err = await refused(
        () => byCode(v, [{ categoryId: cat, candidatePersonId: candidate }]),
        422,
        'ballot_invalid',
      );
      assert.equal(err.issues[0].path, 'choices.0.candidatePersonId');
    }
    await refused(() => byCode(v, [{ categoryId: cat, candidatePersonId: v.personId }]), 422, 'ballot_invalid');
    await refused(
      () => byCode(v, [{ categoryId: '00000000-0000-4000-8000-000000000000', candidatePersonId: voters[2]!.personId }]),
      422,
      'ballot_invalid',
    );
    await refused(
      () =>
        byCode(v, [
          { categoryId: cat, candidatePersonId: voters[2]!.personId },
          { categoryId: cat, candidatePersonId: voters[4]!.personId },
        ]),
      422,
      'ballot_invalid',
    );
  });

  test('results stay sealed while voting is open; turnout does not', async () => {
    await refused(() => province.get(`/api/v1/elections/${electionId}/results`), 403, 'results_sealed');
    assert.equal((await province.getRaw(`/api/v1/elections/${electionId}/results.xlsx`)).status, 403);
    const e = ok(await province.get(`/api/v1/elections/${electionId}`)).body;
    assert.equal(e.resultsVisible, false);
    assert.ok(e.categories.every((c: { voted: number }) => c.voted > 0));
  });

  test('the window ends at 23:59:59.999 on 15 May in Bangkok; closing waits for it', async () => {
    const v = slipVoter((i) => i % 7 === 6);
    const choice = [{ categoryId: categories[1]!.id, candidatePersonId: voters[2]!.personId }];
    await at('2024-05-15T16:59:59Z'); // 23:59:59 on 15 May
    await refused(() => province.post(`/api/v1/elections/${electionId}/close`), 409, 'window_not_over');
    ok(await byCode(v, choice));
    record(choice[0]!.categoryId, choice[0]!.candidatePersonId);
    await at('2024-05-15T17:00:00Z'); // 00:00 on 16 May
    const late = slipVoter((i) => i % 7 === 6, 1); // another who skipped category 1
    await refused(
      () => byCode(late, [{ categoryId: categories[1]!.id, candidatePersonId: voters[2]!.personId }]),
      409,
      'voting_ended',
    );
  });

  test('close re-seals: no ballot shares a transaction id with a participation row, nor lies in casting order', async () => {
    const db = t.database.db;
    const linked = async () =>
      Number(
        (
          await sql<{ n: string }>`SELECT count(*)::text AS n FROM ballot b WHERE b.election_id = ${electionId}
            AND EXISTS (SELECT 1 FROM election_participation p WHERE p.xmin = b.xmin)`.execute(db)
        ).rows[0]!.n,
      );
    const physical = async () =>
      (
        await sql<{ id: string; category_id: string; candidate_person_id: string }>`
          SELECT id, category_id, candidate_person_id FROM ballot WHERE election_id = ${electionId} ORDER BY ctid`.execute(
          db,
        )
      ).rows;
    // While open, what the ADR warns about is real: each ballot shares its casting transaction's id
    // with a participation row. (This is what close must undo.) The rows also lie roughly in casting
    // order: exactly so on PGlite's one connection; a pool of connections may fill pages unevenly.
    assert.equal(await linked(), cast.length);
    const open = await physical();
    if (t.database.kind === 'pglite') {
      assert.deepEqual(
        open.map((r) => [r.category_id, r.candidate_person_id]),
        cast,
      );
    }

    const e = ok(await province.post(`/api/v1/elections/${electionId}/close`)).body;
    assert.equal(e.status, 'closed');
    assert.equal(e.resultsVisible, true);

    assert.equal(await linked(), 0);
    const sealed = await physical();
    assert.equal(sealed.length, cast.length);
    const xmins = await sql<{
      x: string;
    }>`SELECT DISTINCT xmin::text AS x FROM ballot WHERE election_id = ${electionId}`.execute(db);
    assert.equal(xmins.rows.length, 1, 'all ballots written by the one sealing statement');
    const oldIds = new Set(open.map((r) => r.id));
    assert.ok(
      sealed.every((r) => !oldIds.has(r.id)),
      'ballot ids are new',
    );
    assert.notDeepEqual(
      sealed.map((r) => [r.category_id, r.candidate_person_id]),
      cast,
    );
    // The same multiset of choices, only shuffled.
    const key = (r: [string, string]) => r.join(':');
    assert.deepEqual(sealed.map((r) => key([r.category_id, r.candidate_person_id])).sort(), cast.map(key).sort());
    await refused(
      () =>
        byCode(
          slipVoter((i) => i % 7 === 6, 1),
          [{ categoryId: categories[1]!.id, candidatePersonId: voters[2]!.personId }],
        ),
      409,
      'election_not_open',
    );
  });

  test('no query can link a ballot to a voter: the schema has no path from ballot to the roll', async () => {
    const db = t.database.db;
    const columns = await sql<{
      column_name: string;
      data_type: string;
      column_default: string | null;
      is_identity: string;
    }>`
      SELECT column_name, data_type, column_default, is_identity FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'ballot' ORDER BY column_name`.execute(db);
    assert.deepEqual(
      columns.rows.map((c) => [c.column_name, c.data_type]),
      [
        ['candidate_person_id', 'uuid'],
        ['category_id', 'uuid'],
        ['election_id', 'uuid'],
        ['id', 'uuid'],
      ],
    );
    for (const c of columns.rows) {
      assert.equal(c.is_identity, 'NO');
      assert.ok(
        !/nextval|now|clock|timestamp/i.test(c.column_default ?? ''),
        `${c.column_name} default ${c.column_default}`,
      );
    }
    // Foreign keys out of ballot: election, its category, and the candidate — never a voter.
    const fks = await sql<{ conname: string; target: string; cols: string }>`
      SELECT c.conname, c.confrelid::regclass::text AS target,
        (SELECT string_agg(a.attname, ',' ORDER BY a.attname) FROM pg_attribute a
          WHERE a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)) AS cols
      FROM pg_constraint c WHERE c.conrelid = 'ballot'::regclass AND c.contype = 'f' ORDER BY target, cols`.execute(db);
    assert.deepEqual(
      fks.rows.map((r) => [r.target, r.cols]),
      [
        ['election', 'election_id'],
        ['election_category', 'category_id,election_id'],
        ['person', 'candidate_person_id'],
      ],
    );
    // Nothing points at ballot, and ballot has no trigger that could copy rows elsewhere.
    const inbound = await sql<{ n: string }>`
      SELECT count(*)::text AS n FROM pg_constraint WHERE confrelid = 'ballot'::regclass`.execute(db);
    assert.equal(inbound.rows[0]!.n, '0');
    const triggers = await sql<{ n: string }>`
      SELECT count(*)::text AS n FROM pg_trigger WHERE tgrelid = 'ballot'::regclass AND NOT tgisinternal`.execute(db);
    assert.equal(triggers.rows[0]!.n, '0');
    // Neither the roll nor participation has any column that could name a ballot.
    const rollCols = await sql<{ table_name: string; column_name: string }>`
      SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()
      AND table_name IN ('election_voter', 'election_participation') ORDER BY table_name, column_name`.execute(db);
    assert.deepEqual(
      rollCols.rows.map((r) => `${r.table_name}.${r.column_name}`),
      [
        'election_participation.category_id',
        'election_participation.election_id',
        'election_participation.person_id',
        'election_voter.ballot_code',
        'election_voter.election_id',
        'election_voter.person_id',
      ],
    );
    // The audit log records who voted in which categories, never a choice.
    const audits = await db
      .selectFrom('audit_log')
      .select(['after'])
      .where('action', '=', 'election.vote')
      .where('entity_id', '=', electionId)
      .execute();
    assert.equal(audits.length > 0, true);
    const candidates = new Set(cast.map(([, c]) => c));
    for (const a of audits) {
      const after = a.after as { personId: string; categories: string[] };
      assert.deepEqual(Object.keys(after).sort(), ['categories', 'personId', 'via']);
      assert.ok(after.categories.every((code) => VIRTUES.some((v) => v.code === code)));
      for (const c of candidates) if (c !== after.personId) assert.ok(!JSON.stringify(after).includes(c));
    }
  });

  test('the tally equals the ballots and the planned table; turnout is participation over the roll', async () => {
    const r = ok(await province.get(`/api/v1/elections/${electionId}/results`)).body;
    assert.equal(r.final, true);
    assert.equal(r.rollSize, ELIGIBLE);
    let total = 0;
    for (const c of r.categories) {
      const want = expected.get(c.id)!;
      const got = new Map(
        c.rows.map((x: { candidate: { personId: string }; votes: number }) => [x.candidate.personId, x.votes]),
      );
      assert.deepEqual(got, want, c.nameTh);
      const ballots = [...want.values()].reduce((a, b) => a + b, 0);
      assert.equal(c.ballots, ballots);
      assert.equal(c.voted, ballots);
      assert.equal(c.turnout, ballots / ELIGIBLE);
      const top = Math.max(...want.values());
      assert.deepEqual(
        [...c.leaderIds].sort(),
        [...want]
          .filter(([, n]) => n === top)
          .map(([p]) => p)
          .sort(),
      );
      assert.equal(c.tied, c.leaderIds.length > 1);
      // Ranks 1, 1, 3…: one more than the number of candidates with more votes.
      for (const row of c.rows) {
        assert.equal(row.rank, 1 + c.rows.filter((o: { votes: number }) => o.votes > row.votes).length);
      }
      total += ballots;
    }
    assert.equal(total, await countRows(t, 'ballot'));

    const res = await province.getRaw(`/api/v1/elections/${electionId}/results.xlsx`);
    assert.equal(res.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.getWorksheet('ผลการลงคะแนน')!;
    const fromSheet = new Map<string, number>();
    sheet.eachRow((row, n) => {
      if (n <= 4 || row.getCell(3).value === 'รวม') return;
      const k = `${String(row.getCell(1).value)}|${String(row.getCell(3).value)}`;
      fromSheet.set(k, Number(row.getCell(6).value));
    });
    const fromJson = new Map<string, number>(
      r.categories.flatMap((c: { nameTh: string; rows: { candidate: { fullName: string }; votes: number }[] }) =>
        c.rows.map((x) => [`${c.nameTh}|${x.candidate.fullName}`, x.votes]),
      ),
    );
    assert.deepEqual(fromSheet, fromJson);
    const turnout = wb.getWorksheet('ผู้มาใช้สิทธิ์')!;
    for (const [i, c] of r.categories.entries()) {
      const row = turnout.getRow(i + 2);
      assert.deepEqual(
        [1, 2, 3, 4].map((n) => row.getCell(n).value),
        [c.nameTh, ELIGIBLE, c.voted, c.turnout],
      );
    }
  });

  test('announcing: the most votes win, each winner gets a certificate, and it happens once', async () => {
    const r = ok(await province.get(`/api/v1/elections/${electionId}/results`)).body;
    const tied = r.categories.filter((c: { tied: boolean }) => c.tied);
    const body = {
      issuedOn: '2024-05-20',
      signer: { name: 'นางกมลวรรณ ศรีงาม (สาธิต)', position: 'พัฒนาการจังหวัดระยอง' },
      decisions: tied.map((c: { id: string; leaderIds: string[] }) => ({
        categoryId: c.id,
        winnerPersonIds: [c.leaderIds[0]],
        note: 'คณะกรรมการมีมติเลือกผู้ที่มีอายุราชการมากกว่า',
      })),
    };
    const done = ok(await province.post(`/api/v1/elections/${electionId}/announce`, body)).body;
    assert.equal(done.results.status, 'announced');
    const winners = done.results.categories.flatMap((c: { nameTh: string; winnerIds: string[] }) =>
      c.winnerIds.map((p) => ({ personId: p, honour: `บุคคลต้นแบบ${c.nameTh}` })),
    );
    for (const c of done.results.categories) {
      const want = c.tied ? [c.leaderIds[0]] : c.leaderIds;
      assert.deepEqual(c.winnerIds, want, c.nameTh);
    }
    assert.deepEqual(
      done.certificates.map((x: { personId: string; honour: string }) => ({ personId: x.personId, honour: x.honour })),
      winners,
    );
    for (const cert of done.certificates) {
      assert.equal(cert.sourceKind, 'vote');
      assert.equal(cert.sourceId, electionId);
      assert.equal(cert.issuerNameTh, 'สำนักงานพัฒนาชุมชนจังหวัดระยอง');
      assert.match(cert.code, /^[0-9A-HJKMNP-TV-Z]{12}$/);
    }
    await refused(() => province.post(`/api/v1/elections/${electionId}/announce`, body), 409, 'election_wrong_status');
  });

  test('a shortlist with live results: the tally shows while open, and a tie waits for a recorded decision', async () => {
    await at('2024-05-16T03:00:00Z'); // 10:00 on 16 May
    const [a, b, c] = voters.filter((v) => !loginUsers.has(v.personId));
    const lampangStaff = (
      await t.database.db.selectFrom('person').select('id').where('org_unit_id', '=', '52-wg1').execute()
    )[0]!.id;
    const def = (ids: string[]) =>
      roleModelElection({
        title: 'คัดเลือกจิตอาสาดีเด่น (ทดสอบรายชื่อผู้สมัคร)',
        opensOn: '2024-05-16',
        closesOn: '2024-05-17',
        liveResults: true,
        candidatesMode: 'shortlist',
        allowSelfVote: true,
        categories: [{ code: 'volunteer', nameTh: 'ด้านจิตอาสา', candidatePersonIds: ids }],
      });
    const outside = await province.post('/api/v1/elections', def([a!.personId, lampangStaff]));
    assert.equal(outside.status, 422);
    assert.equal(outside.body.error.issues[0].path, 'categories.0.candidatePersonIds.1');
    const id = ok(await province.post('/api/v1/elections', def([a!.personId, b!.personId, c!.personId])), 201).body.id;
    const opened = ok(await province.post(`/api/v1/elections/${id}/open`)).body;
    const cat = opened.categories[0].id;
    assert.equal(opened.categories[0].shortlist.length, 3);
    const codes = new Map<string, string>(
      ok(await province.get(`/api/v1/elections/${id}/voters`)).body.items.map((v: Voter) => [v.personId, v.ballotCode]),
    );
    const vote = (voter: string, candidate: string) =>
      t
        .client()
        .post(`/api/v1/ballots/${codes.get(voter)}`, { choices: [{ categoryId: cat, candidatePersonId: candidate }] });
    const live0 = ok(await province.get(`/api/v1/elections/${id}/results`)).body;
    assert.equal(live0.final, false);
    assert.deepEqual(
      live0.categories[0].rows.map((r: { votes: number }) => r.votes),
      [0, 0, 0],
    );
    const ballot = ok(await t.client().get(`/api/v1/ballots/${codes.get(a!.personId)}`)).body;
    assert.deepEqual([...ballot.categories[0].candidatePersonIds].sort(), [a, b, c].map((v) => v!.personId).sort());
    ok(await vote(a!.personId, a!.personId)); // self-votes allowed in this election
    ok(await vote(voters[40]!.personId, a!.personId));
    ok(await vote(b!.personId, b!.personId));
    ok(await vote(voters[41]!.personId, b!.personId));
    ok(await vote(c!.personId, b!.personId === c!.personId ? a!.personId : c!.personId));
    await refused(() => vote(voters[42]!.personId, voters[43]!.personId), 422, 'ballot_invalid');
    const live = ok(await province.get(`/api/v1/elections/${id}/results`)).body.categories[0];
    assert.deepEqual(
      live.rows.map((r: { candidate: { personId: string }; votes: number; rank: number }) => [r.votes, r.rank]),
      [
        [2, 1],
        [2, 1],
        [1, 3],
      ],
    );
    assert.equal(live.tied, true);
    assert.deepEqual([...live.leaderIds].sort(), [a!.personId, b!.personId].sort());

    await at('2024-05-18T01:00:00Z');
    ok(await province.post(`/api/v1/elections/${id}/close`));
    const announce = (decisions: unknown[]) =>
      province.post(`/api/v1/elections/${id}/announce`, {
        issuedOn: '2024-05-20',
        signer: { name: 'นางกมลวรรณ ศรีงาม (สาธิต)', position: 'พัฒนาการจังหวัดระยอง' },
        honourPrefix: 'จิตอาสาดีเด่น',
        decisions,
      });
    const err = await refused(() => announce([]), 409, 'tie_unresolved');
    assert.match(err.messageTh, /ด้านจิตอาสา/);
    const note = 'ที่ประชุมคณะกรรมการ ๑๗ พ.ค. ๖๗ มีมติเลือกผู้มีผลงานจิตอาสาต่อเนื่องมากกว่า';
    await refused(
      () => announce([{ categoryId: cat, winnerPersonIds: [c!.personId], note }]),
      422,
      'validation_failed',
    );
    const done = ok(await announce([{ categoryId: cat, winnerPersonIds: [b!.personId], note }])).body;
    const final = done.results.categories[0];
    assert.deepEqual(final.winnerIds, [b!.personId]);
    assert.equal(final.decisionNote, note);
    assert.deepEqual(
      done.certificates.map((x: { personId: string; honour: string }) => [x.personId, x.honour]),
      [[b!.personId, 'จิตอาสาดีเด่นด้านจิตอาสา']],
    );
  });

  test(
    'printable slips: every voter’s name, link and a QR code a phone can read, eight to a page',
    { timeout: 120_000 },
    async () => {
      const res = await province.getRaw(`/api/v1/elections/${electionId}/slips.pdf`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'application/pdf');
      mkdirSync('test-artifacts', { recursive: true });
      const file = 'test-artifacts/vote-slips.pdf';
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      assert.equal((text.match(/บัตรลงคะแนนของ/g) ?? []).length, ELIGIBLE);
      for (const v of voters) assert.ok(text.includes(v.link), v.link);
      assert.match(execFileSync('pdfinfo', [file], { encoding: 'utf8' }), /Pages:\s+8\n/);
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '110',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        file,
        'test-artifacts/vote-slips',
      ]);
      // A camera frames one slip: cut the first (top left) out of the page and read its code. The
      // slips print in roll order, as /voters lists them.
      const page = PNG.sync.read(readFileSync('test-artifacts/vote-slips.png'));
      const slip = new PNG({ width: Math.floor(page.width / 2), height: Math.floor(page.height / 4) });
      PNG.bitblt(page, slip, 0, 0, slip.width, slip.height, 0, 0);
      assert.equal(decodeQrPng(PNG.sync.write(slip)), voters[0]!.link);
    },
  );

  test('guessing codes is slowed: after 20 unknown codes from one address, even a real one waits', async () => {
    const real = `/api/v1/ballots/${voters[0]!.ballotCode}`;
    let status = 404;
    let tries = 0;
    while (status === 404 && tries < 25) {
      status = (await t.client().get(`/api/v1/ballots/${'X'.repeat(9)}${tries % 10}`)).status;
      tries++;
    }
    assert.equal(status, 429);
    assert.equal(tries, 21);
    assert.equal((await t.client().get(real)).status, 429);
    await at('2024-05-18T01:16:00Z'); // 16 minutes later the failures have aged out
    assert.equal((await t.client().get(real)).status, 200);
  });
});
