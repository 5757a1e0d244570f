import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checkRubric, rubricNodes, type CriterionRow } from './rubric.js';

const row = (code: string, max: number, stated: number | null = null): CriterionRow => ({
  code,
  labelTh: `ข้อ ${code}`,
  maxTenths: max * 10,
  statedTenths: stated === null ? null : stated * 10,
});

/** Seed 002's score table as printed: 10 + (5 × 10, two annotated 15) + 50, "รวม ๑๐๐". */
const PRINTED_002 = [
  row('1', 10, 10),
  row('2', 50, 50),
  row('2.1', 10),
  row('2.2', 10),
  row('2.3', 10),
  row('2.4', 10, 15),
  row('2.5', 10, 15),
  row('3', 50, 50),
];

const messages = (total: number, rows: CriterionRow[]) =>
  Object.fromEntries(checkRubric(total * 10, rows).map((i) => [i.path, i.messageTh]));

describe('rubric check', () => {
  test("seed 002's printed table is refused: the top level is 110 of 100 and two items say 15 against 10", () => {
    assert.deepEqual(messages(100, PRINTED_002), {
      'criteria[5].statedPoints': 'ข้อ 2.4 ระบุ (15 คะแนน) แต่คะแนนเต็มในตาราง 10',
      'criteria[6].statedPoints': 'ข้อ 2.5 ระบุ (15 คะแนน) แต่คะแนนเต็มในตาราง 10',
      statedTotal: 'เกณฑ์ระดับบนสุดรวม 110 คะแนน ไม่เท่ากับคะแนนเต็ม 100 คะแนน',
    });
  });

  test('the corrected 10 + 50 (5 × 10) + 40 = 100 is accepted, as a tree', () => {
    const fixed = [...PRINTED_002.slice(0, 5), row('2.4', 10), row('2.5', 10), row('3', 40, 40)];
    assert.deepEqual(checkRubric(1000, fixed), []);
    const nodes = rubricNodes(fixed);
    assert.deepEqual(
      nodes.map((n) => [n.code, n.parentCode, n.isLeaf]),
      [
        ['1', null, true],
        ['2', null, false],
        ['2.1', '2', true],
        ['2.2', '2', true],
        ['2.3', '2', true],
        ['2.4', '2', true],
        ['2.5', '2', true],
        ['3', null, true],
      ],
    );
  });

  test('sub-items that do not add up name the parent and both numbers', () => {
    assert.deepEqual(messages(100, [row('1', 60), row('1.1', 10), row('1.2', 40), row('2', 40)]), {
      'criteria[0].maxPoints': 'ข้อ 1 มีข้อย่อยรวม 50 คะแนน ไม่เท่ากับคะแนนเต็มของข้อ 60 คะแนน',
    });
  });

  test('codes: Thai digits accepted, duplicates, bad shapes and missing parents refused', () => {
    assert.deepEqual(checkRubric(100, [row('๑', 5), row('๑.๑', 5), row('2', 5)]), []);
    assert.deepEqual(messages(10, [row('1', 10), row('1', 10), row('ก', 1), row('4.1', 1)]), {
      'criteria[1].code': 'รหัสข้อ 1 ซ้ำกัน',
      'criteria[2].code': 'รหัสข้อ "ก" ต้องเป็นตัวเลขคั่นด้วยจุด เช่น 2 หรือ 2.1',
      'criteria[3].code': 'ข้อ 4.1 ไม่มีข้อ 4 เป็นข้อหลักในตาราง',
    });
    assert.deepEqual(messages(0, []), { criteria: 'เกณฑ์ต้องมีอย่างน้อย 1 ข้อ' });
  });

  test('half points are shown with one decimal', () => {
    assert.deepEqual(
      checkRubric(100, [
        { code: '1', labelTh: 'ก', maxTenths: 75, statedTenths: null },
        { code: '2', labelTh: 'ข', maxTenths: 20, statedTenths: 25 },
      ]).map((i) => i.messageTh),
      ['ข้อ 2 ระบุ (2.5 คะแนน) แต่คะแนนเต็มในตาราง 2', 'เกณฑ์ระดับบนสุดรวม 9.5 คะแนน ไม่เท่ากับคะแนนเต็ม 10 คะแนน'],
    );
  });
});

// Trees built so that every parent is the sum of its children.
type Tree = { max: number; stated: boolean; children: Tree[] };
const leafArb: fc.Arbitrary<Tree> = fc.record({
  max: fc.integer({ min: 1, max: 500 }),
  stated: fc.boolean(),
  children: fc.constant([] as Tree[]),
});
const treeArb = (depth: number): fc.Arbitrary<Tree> =>
  depth === 0
    ? leafArb
    : fc.oneof(
        leafArb,
        fc
          .record({ stated: fc.boolean(), children: fc.array(treeArb(depth - 1), { minLength: 1, maxLength: 4 }) })
          .map(({ stated, children }) => ({ stated, children, max: children.reduce((s, c) => s + c.max, 0) })),
      );

function flatten(trees: Tree[], prefix = ''): { row: CriterionRow; leaf: boolean }[] {
  return trees.flatMap((t, i) => {
    const code = `${prefix}${i + 1}`;
    return [
      {
        row: { code, labelTh: code, maxTenths: t.max, statedTenths: t.stated ? t.max : null },
        leaf: !t.children.length,
      },
      ...flatten(t.children, `${code}.`),
    ];
  });
}

describe('rubric check: properties', () => {
  const rubricArb = fc.array(treeArb(3), { minLength: 1, maxLength: 5 });

  test('any tree built to sum is accepted', () => {
    fc.assert(
      fc.property(rubricArb, (trees) => {
        const rows = flatten(trees).map((r) => r.row);
        assert.deepEqual(
          checkRubric(
            trees.reduce((s, t) => s + t.max, 0),
            rows,
          ),
          [],
        );
      }),
    );
  });

  test("changing any one leaf's points is refused, naming that leaf's parent (or the total)", () => {
    fc.assert(
      fc.property(rubricArb, fc.nat(), fc.integer({ min: 1, max: 100 }), fc.boolean(), (trees, pick, by, up) => {
        const rows = flatten(trees);
        const total = trees.reduce((s, t) => s + t.max, 0);
        const leaves = rows.filter((r) => r.leaf);
        const target = leaves[pick % leaves.length]!.row;
        const delta = up || target.maxTenths - by < 1 ? by : -by;
        const perturbed = rows.map(({ row: r }) =>
          r === target
            ? {
                ...r,
                maxTenths: r.maxTenths + delta,
                statedTenths: r.statedTenths === null ? null : r.maxTenths + delta,
              }
            : r,
        );
        const issues = checkRubric(total, perturbed);
        assert.equal(issues.length, 1, JSON.stringify(issues));
        const parent = target.code.includes('.') ? target.code.slice(0, target.code.lastIndexOf('.')) : null;
        if (parent === null) {
          assert.equal(issues[0]!.path, 'statedTotal');
          assert.match(issues[0]!.messageTh, /^เกณฑ์ระดับบนสุดรวม /);
        } else {
          const parentIndex = perturbed.findIndex((r) => r.code === parent);
          assert.equal(issues[0]!.path, `criteria[${parentIndex}].maxPoints`);
          assert.ok(issues[0]!.messageTh.startsWith(`ข้อ ${parent} มีข้อย่อยรวม `), issues[0]!.messageTh);
        }
      }),
    );
  });
});
