// The new-program form's values as typed and their conversion to the API's input. Money is typed in
// baht and sent in satang, the plan target in per cent and sent in basis points, the fiscal year
// chosen by its Buddhist-era name. Client checks use the server's issue paths, so a message lands
// under the same field whoever found the problem; the server checks everything again.
import type { ProgramInput } from '../../api/assessments-types.js';
import type { FieldIssue } from '../../api/types.js';
import { thAssessments } from '../../i18n/th-assessments.js';
import { fiscalYear, fiscalYearBounds, civilDate } from '../../../kernel/dates.js';
import { parseDateInput } from '../savings/dates.js';
import { parseAmount, parsePercent, parseWhole } from '../savings/money.js';

export interface QuotaRow {
  uid: number;
  provinceId: string;
  quota: string;
}

export interface ProgramValues {
  orgUnitId: string;
  titleTh: string;
  /** พ.ศ., e.g. "2569". */
  fiscalYear: string;
  targetLevel: string;
  defaultQuota: string;
  quotas: QuotaRow[];
  /** Baht as typed ("3,000"). */
  supportPerGroup: string;
  reportDays: string;
  /** Per cent as typed ("60"). */
  planTarget: string;
  /** The date as typed (Buddhist era); blank means none. */
  resultsDueOn: string;
  instrumentIds: string[];
}

let nextUid = 1;
export const newQuotaRow = (): QuotaRow => ({ uid: nextUid++, provinceId: '', quota: '' });

/** Seed 004's figures as the starting point: level 3, 10 per province, 3,000 baht, 7 days, 60 %. */
export function defaultProgramValues(orgUnitId: string, today: string): ProgramValues {
  return {
    orgUnitId,
    titleTh: '',
    fiscalYear: String(fiscalYear(civilDate(today))),
    targetLevel: '3',
    defaultQuota: '10',
    quotas: [],
    supportPerGroup: '3,000',
    reportDays: '7',
    planTarget: '60',
    resultsDueOn: '',
    instrumentIds: [],
  };
}

/** The fiscal years offered: last year's (a program entered late) to two years ahead. */
export function fiscalYearChoices(today: string): { value: string; start: string; end: string }[] {
  const current = fiscalYear(civilDate(today));
  return [current - 1, current, current + 1, current + 2].map((y) => ({ value: String(y), ...fiscalYearBounds(y) }));
}

/** The program as the API takes it, or the problems found (keyed by the API's paths). */
export function toProgramInput(v: ProgramValues): { input: ProgramInput | null; issues: FieldIssue[] } {
  const m = thAssessments.create.errors;
  const issues: FieldIssue[] = [];
  const fail = (path: string, messageTh: string) => issues.push({ path, messageTh, messageEn: '' });
  const whole = (path: string, text: string, min: number, max: number): number => {
    const n = parseWhole(text);
    if (n === null || n < min || n > max) fail(path, m.wholeBetween(min, max));
    return n ?? 0;
  };

  if (!v.orgUnitId) fail('orgUnitId', m.orgUnit);
  const titleTh = v.titleTh.trim();
  if (!titleTh) fail('titleTh', m.title);
  else if (titleTh.length > 500) fail('titleTh', m.titleTooLong);
  const year = whole('fiscalYear', v.fiscalYear, 2500, 2700);
  const targetLevel = whole('targetLevel', v.targetLevel, 1, 3);
  const defaultQuota = whole('defaultQuota', v.defaultQuota, 0, 1000);

  const quotas: Record<string, number> = {};
  v.quotas.forEach((row, i) => {
    if (!row.provinceId && !row.quota.trim()) return; // a blank row added and left
    if (!row.provinceId) return fail(`quotas[${i}]`, m.quotaProvince);
    const path = `quotas.${row.provinceId}`;
    if (row.provinceId in quotas) return fail(`quotas[${i}]`, m.quotaTwice);
    quotas[row.provinceId] = whole(path, row.quota, 0, 1000);
  });

  let supportPerGroup = 0;
  if (!v.supportPerGroup.trim()) fail('supportPerGroup', m.support);
  else {
    const p = parseAmount(v.supportPerGroup);
    if (p.ok) supportPerGroup = p.value;
    else fail('supportPerGroup', p.error);
  }
  const reportDays = whole('reportDays', v.reportDays, 0, 366);
  const pct = parsePercent(v.planTarget);
  if (!pct.ok) fail('planTargetBp', pct.error);

  let resultsDueOn: string | null = null;
  if (v.resultsDueOn.trim()) {
    const d = parseDateInput(v.resultsDueOn);
    if (d.ok) resultsDueOn = d.value;
    else fail('resultsDueOn', d.error);
  }
  if (v.instrumentIds.length === 0) fail('instrumentIds', m.instruments);
  else if (v.instrumentIds.length > 5) fail('instrumentIds', m.tooManyInstruments);

  if (issues.length > 0) return { input: null, issues };
  return {
    input: {
      orgUnitId: v.orgUnitId,
      titleTh,
      fiscalYear: year,
      instrumentIds: v.instrumentIds,
      targetLevel,
      defaultQuota,
      quotas,
      supportPerGroup,
      reportDays,
      planTargetBp: pct.ok ? pct.value : 0,
      resultsDueOn,
    },
    issues,
  };
}

/**
 * The first message for a field of the form. Server and client paths differ in shape
 * ("instrumentIds.0" from the schema, "instrumentIds[0]" from a rule), so both are read.
 */
export function issueFor(issues: readonly FieldIssue[], field: string): string | undefined {
  return issues.find((i) => i.path === field || i.path.startsWith(`${field}.`) || i.path.startsWith(`${field}[`))
    ?.messageTh;
}

/**
 * The message for one exception row: about the row itself ("quotas[1]": no province, a province
 * twice) or about its province ("quotas.56"), which belongs to the first row naming it.
 */
export function quotaRowIssue(
  issues: readonly FieldIssue[],
  rows: readonly QuotaRow[],
  index: number,
): string | undefined {
  const own = issues.find((i) => i.path === `quotas[${index}]`)?.messageTh;
  if (own) return own;
  const id = rows[index]?.provinceId;
  if (!id || rows.findIndex((r) => r.provinceId === id) !== index) return undefined;
  return issues.find((i) => i.path === `quotas.${id}`)?.messageTh;
}

export const PROGRAM_FIELDS = [
  'orgUnitId',
  'titleTh',
  'fiscalYear',
  'targetLevel',
  'defaultQuota',
  'quotas',
  'supportPerGroup',
  'reportDays',
  'planTargetBp',
  'resultsDueOn',
  'instrumentIds',
] as const;
