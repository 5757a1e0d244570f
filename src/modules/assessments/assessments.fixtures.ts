// Builders for the assessments tests: row counts for "nothing was written", refusals, uploads.
import assert from 'node:assert/strict';
import { parseBaht } from '../../kernel/money.js';
import { readWorkbookSheets } from '../../server/spreadsheet.js';
import type { TestApp, TestClient, TestResponse } from '../../testing/test-app.js';
import type { TRollup, TRollupFigures } from './assessments.schemas.js';
import { FIGURE_COLUMNS, ROLLUP_SHEETS } from './rollup-xlsx.js';

export const ASSESSMENT_TABLES = [
  'assessment_instrument',
  'assessment_program',
  'assessment_program_instrument',
  'assessment_target',
  'assessment_forum',
  'assessment_answer',
  'assessment_evidence',
  'assessment_result',
  'assessment_outcome',
  'assessment_plan',
  'assessment_plan_item',
  'assessment_spending',
  'group_fund_centre',
  'stored_file',
  'audit_log',
] as const;

export function ok(res: TestResponse, status = 200): TestResponse {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res;
}

export async function snapshot(t: TestApp): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ASSESSMENT_TABLES) {
    const { n } = await t.database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(n);
  }
  return out;
}

/** Refused with `status` and a Thai message matching `th` (top level or an issue, on `path` if given); writes nothing. */
export async function refused(
  t: TestApp,
  call: () => Promise<TestResponse>,
  status: number,
  th: RegExp,
  path?: string,
): Promise<TestResponse> {
  const before = await snapshot(t);
  const res = await call();
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  const issues: { path: string; messageTh: string }[] = res.body.error.issues;
  const candidates = path
    ? issues.filter((i) => i.path === path)
    : [{ messageTh: res.body.error.messageTh }, ...issues];
  assert.ok(
    candidates.some((i) => th.test(i.messageTh)),
    `no message matching ${th}${path ? ` on ${path}` : ''}: ${JSON.stringify(res.body.error)}`,
  );
  assert.deepEqual(await snapshot(t), before, 'nothing may be written');
  return res;
}

export function uploadXlsx(c: TestClient, path: string, bytes: Uint8Array, name = 'instrument.xlsx') {
  const form = new FormData();
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
  return c.post(path, form);
}

export const put = (c: TestClient, path: string, body: unknown) => c.request('PUT', path, body);
export const del = (c: TestClient, path: string, body?: unknown) => c.request('DELETE', path, body);

/**
 * A roll-up workbook read back (through the import reader, as text) into the JSON roll-up's shape,
 * so a test can compare the two whole: money from baht text to satang and shares from per cent to
 * basis points exactly (no floating point), counts as numbers.
 */
export async function rollupFromWorkbook(bytes: Uint8Array) {
  const sheets = await readWorkbookSheets(bytes, 'rollup.xlsx');
  const bp = (text: string) => {
    const [whole, frac = ''] = text.split('.');
    return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  };
  const value = (c: (typeof FIGURE_COLUMNS)[number], text: string) =>
    c.format === undefined ? Number(text) : c.key === 'planPercentBp' ? bp(text) : Number(parseBaht(text));
  const figures = (cells: string[]) =>
    Object.fromEntries(FIGURE_COLUMNS.map((c, i) => [c.key, value(c, cells[i]!)])) as TRollupFigures;
  const summary = sheets.get(ROLLUP_SHEETS.summary)!;
  const after = (label: string) => summary.slice(summary.findIndex((r) => r.cells[0] === label) + 1);
  const ind = after('ตัวชี้วัดกิจกรรม').map((r) => r.cells[1]!);
  const totals = after('รายการ');
  const kindSheet = Object.entries(ROLLUP_SHEETS.children).find(([, name]) => sheets.has(name))!;
  const rows = sheets.get(kindSheet[1])!.slice(2);
  const total = rows.pop()!;
  assert.equal(total.cells[1], 'รวม');
  return {
    planIndicator: {
      targets: Number(ind[0]),
      withPlan: Number(ind[1]),
      percentBp: bp(ind[2]!),
      targetBp: bp(ind[3]!),
      met: ind[4] === 'บรรลุเป้าหมาย',
    },
    totals: figures(totals.slice(0, FIGURE_COLUMNS.length).map((r) => r.cells[1]!)),
    childKind: kindSheet[0],
    children: rows.map((r) => ({ id: r.cells[0]!, nameTh: r.cells[1]!, figures: figures(r.cells.slice(2)) })),
    childrenTotal: figures(total.cells.slice(2)),
    levels: sheets
      .get(ROLLUP_SHEETS.levels)!
      .slice(1)
      .map((r) => ({
        instrument: r.cells[0]!,
        level: r.cells[1] === '' ? null : Number(r.cells[1]),
        levelTh: r.cells[2]!,
        groups: Number(r.cells[3]),
      })),
    mostFailed: sheets
      .get(ROLLUP_SHEETS.mostFailed)!
      .slice(1)
      .map((r) => ({
        instrumentTitleTh: r.cells[1]!,
        indicatorCode: r.cells[2]!,
        textTh: r.cells[3]!,
        failed: Number(r.cells[4]),
        assessed: Number(r.cells[5]),
      })),
  };
}

/** The JSON roll-up in the shape rollupFromWorkbook gives. */
export function rollupAsWorkbookShape(r: TRollup) {
  return {
    planIndicator: r.planIndicator,
    totals: r.totals,
    childKind: r.children[0]?.kind,
    children: r.children.map((c) => ({ id: c.id, nameTh: c.nameTh, figures: c.figures })),
    childrenTotal: r.totals,
    levels: r.levels.flatMap((l) => l.distribution.map((d) => ({ instrument: l.instrument.titleTh, ...d }))),
    mostFailed: r.mostFailed.map(({ instrumentId: _id, ...m }) => m),
  };
}
