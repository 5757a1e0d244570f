import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareRatio, formatRatio, formatTenths, toTenths } from './points.js';
import { aggregate, rankDossiers, type DossierInput, type RankConfig, type SheetInput } from './ranking.js';

const CODES = ['1', '2', '2.1', '2.2', '3'];

/** A submitted sheet from points per leaf: [1, 2.1, 2.2, 3] in whole or half points. */
function sheet(judgeId: string, [c1, c21, c22, c3]: number[], over: Partial<SheetInput> = {}): SheetInput {
  const t = (v: number) => toTenths(v)!;
  return {
    judgeId,
    conflicted: false,
    submitted: true,
    points: { '1': t(c1!), '2.1': t(c21!), '2.2': t(c22!), '3': t(c3!) },
    ...over,
  };
}

function dossier(id: string, sheets: SheetInput[], submittedAt = '2025-04-20T03:00:00Z'): DossierInput {
  return { id, orderKey: id, submittedAt: new Date(submittedAt), sheets };
}

const config = (over: Partial<RankConfig> = {}): RankConfig => ({
  aggregation: 'mean',
  spreadThresholdTenths: 200,
  tieBreaks: [{ kind: 'criterion', code: '3' }, { kind: 'criterion', code: '2' }, { kind: 'earlier_submission' }],
  criterionCodes: CODES,
  ...over,
});

const shown = (r: ReturnType<typeof rankDossiers>) =>
  r.map((e) => `${e.rank}. ${e.id} ${e.aggregate ? formatRatio(e.aggregate.value) : '-'}`);

describe('points and exact ratios', () => {
  test('tenths in, tenths out; more than one decimal refused', () => {
    assert.equal(toTenths(7.5), 75);
    assert.equal(toTenths('10'), 100);
    assert.equal(toTenths(0.25), null);
    assert.equal(toTenths(-1), null);
    assert.equal(formatTenths(1100), '110');
    assert.equal(formatTenths(75), '7.5');
  });

  test('display rounds half up at 2 decimals; comparison is exact', () => {
    assert.equal(formatRatio({ num: 7300, den: 8 }), '91.25');
    assert.equal(formatRatio({ num: 1, den: 20 }), '0.01'); // 0.005 → 0.01
    assert.equal(formatRatio({ num: 2555, den: 3 }), '85.17');
    assert.equal(compareRatio({ num: 2555, den: 3 }, { num: 5110, den: 6 }), 0);
    // 85.1666… and 85.17 print alike but are not equal.
    assert.equal(compareRatio({ num: 2555, den: 3 }, { num: 8517, den: 10 }), -1);
  });
});

describe('aggregation', () => {
  test('mean of the judge totals, exact', () => {
    const a = aggregate([851, 852, 852], 'mean')!;
    assert.deepEqual(a, { value: { num: 2555, den: 3 }, counted: 3, dropped: 0 });
  });

  test('trimmed mean drops one highest and one lowest total from 5 judges on, plain mean below', () => {
    assert.deepEqual(aggregate([700, 800, 850, 900, 990], 'trimmed_mean'), {
      value: { num: 2550, den: 3 },
      counted: 3,
      dropped: 2,
    });
    // Equal extremes: only one of each is dropped.
    assert.deepEqual(aggregate([900, 900, 800, 800, 850], 'trimmed_mean')!.value, { num: 2550, den: 3 });
    assert.deepEqual(aggregate([700, 800, 900, 990], 'trimmed_mean'), {
      value: { num: 3390, den: 4 },
      counted: 4,
      dropped: 0,
    });
    assert.equal(aggregate([], 'mean'), null);
  });

  test('the spread flag is raised only above the threshold', () => {
    const d = dossier('A', [sheet('j1', [10, 10, 10, 40]), sheet('j2', [5, 5, 5, 34])]); // 70 vs 49: spread 21
    assert.equal(rankDossiers([d], config({ spreadThresholdTenths: 200 }))[0]!.spreadFlag, true);
    assert.equal(rankDossiers([d], config({ spreadThresholdTenths: 210 }))[0]!.spreadFlag, false);
    assert.equal(rankDossiers([d], config())[0]!.spreadTenths, 210);
  });

  test("a conflicted judge's sheet and an unsubmitted sheet are left out of everything", () => {
    const d = dossier('A', [
      sheet('j1', [10, 10, 10, 30]),
      sheet('j2', [8, 8, 8, 30]),
      sheet('j3', [0, 0, 0, 0], { conflicted: true }),
      sheet('j4', [10, 10, 10, 40], { submitted: false }),
    ]);
    const [r] = rankDossiers([d], config());
    assert.equal(formatRatio(r!.aggregate!.value), '57.00');
    assert.deepEqual(
      r!.totals.map((t) => t.judgeId),
      ['j1', 'j2'],
    );
    assert.deepEqual(r!.excludedJudges, [
      { judgeId: 'j3', why: 'conflicted' },
      { judgeId: 'j4', why: 'not_submitted' },
    ]);
    assert.equal(r!.spreadTenths, 60);
    assert.equal(formatRatio(r!.criterionAggregates['2']!.value), '18.00');
  });
});

describe('ranking and tie-breaks', () => {
  test('ordered by aggregate, highest first; a dossier nobody scored comes last', () => {
    const r = rankDossiers(
      [
        dossier('A', [sheet('j1', [5, 5, 5, 20])]),
        dossier('B', [sheet('j1', [9, 9, 9, 35])]),
        dossier('C', [sheet('j1', [0, 0, 0, 0], { conflicted: true })]),
      ],
      config(),
    );
    assert.deepEqual(shown(r), ['1. B 62.00', '2. A 35.00', '3. C -']);
    assert.deepEqual(
      r.map((e) => e.separatedBy),
      [null, null, null],
    );
  });

  test('rule 1 (criterion 3) separates equal aggregates', () => {
    const r = rankDossiers(
      [dossier('A', [sheet('j1', [10, 10, 10, 30])]), dossier('B', [sheet('j1', [10, 5, 5, 40])])],
      config(),
    );
    assert.deepEqual(shown(r), ['1. B 60.00', '2. A 60.00']);
    assert.deepEqual(r[1]!.separatedBy, { ruleNo: 1, rule: { kind: 'criterion', code: '3' } });
    assert.equal(r[1]!.tiedWithPrevious, false);
  });

  test('rule 2 (criterion 2) separates when criterion 3 is equal too', () => {
    const r = rankDossiers(
      [dossier('A', [sheet('j1', [10, 5, 5, 30])]), dossier('B', [sheet('j1', [5, 5, 10, 30])])],
      config(),
    );
    assert.deepEqual(shown(r), ['1. B 50.00', '2. A 50.00']);
    assert.deepEqual(r[1]!.separatedBy, { ruleNo: 2, rule: { kind: 'criterion', code: '2' } });
  });

  test('rule 3 (earlier dossier submission) separates identical scores', () => {
    const scores = [10, 5, 5, 30];
    const r = rankDossiers(
      [
        dossier('A', [sheet('j1', scores)], '2025-04-29T09:00:00Z'),
        dossier('B', [sheet('j1', scores)], '2025-04-21T09:00:00Z'),
      ],
      config(),
    );
    assert.deepEqual(shown(r), ['1. B 50.00', '2. A 50.00']);
    assert.deepEqual(r[1]!.separatedBy, { ruleNo: 3, rule: { kind: 'earlier_submission' } });
  });

  test('equal on every rule: the same rank, shown in a stable order', () => {
    const scores = [10, 5, 5, 30];
    const r = rankDossiers(
      [
        dossier('B', [sheet('j1', scores)]),
        dossier('A', [sheet('j1', scores)]),
        dossier('C', [sheet('j1', [1, 1, 1, 1])]),
      ],
      config({ tieBreaks: [{ kind: 'criterion', code: '3' }] }),
    );
    assert.deepEqual(shown(r), ['1. A 50.00', '1. B 50.00', '3. C 4.00']);
    assert.equal(r[1]!.tiedWithPrevious, true);
    assert.equal(r[1]!.separatedBy, null);
  });

  test('trimmed means are compared exactly, and per-criterion aggregates trim on their own', () => {
    const judges = (c3: number[]) => c3.map((v, i) => sheet(`j${i + 1}`, [10, 10, 10, v]));
    // A: 30 + trimmed(20, 25, 30, 35, 40) = 30 + 30 = 60; B: 30 + trimmed(29, 29, 31, 30, 38) = 30 + 30 = 60.
    const r = rankDossiers([dossier('A', judges([20, 25, 30, 35, 40])), dossier('B', judges([29, 29, 31, 30, 38]))], {
      ...config({ aggregation: 'trimmed_mean' }),
      tieBreaks: [{ kind: 'criterion', code: '3' }],
    });
    assert.deepEqual(shown(r), ['1. A 60.00', '1. B 60.00']);
    assert.equal(r[1]!.tiedWithPrevious, true);
    assert.equal(r[0]!.aggregate!.dropped, 2);
  });
});
