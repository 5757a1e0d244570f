// The household survey form's values and rules on the client. Errors are keyed by the API's own
// field paths ("head.thaiId", "members.1.firstName", "failedIndicators.0.indicatorTh"), so the
// server's issues land under the same fields as the local ones. The server checks all of it again.
import { fromThaiDigits } from '../../../kernel/thai-digits.js';
import type { Household, HouseholdInput, TpmapDimension, Vulnerability } from '../../api/fund-types.js';
import { thFund } from '../../i18n/th-fund.js';
import { normalizeThaiId, thaiIdProblem } from '../people/thai-id.js';

export interface MemberDraft {
  title: string;
  firstName: string;
  lastName: string;
  relation: string;
  birthYearBe: string;
}

export interface IndicatorDraft {
  dimension: TpmapDimension | '';
  indicatorTh: string;
}

export interface HouseholdDraft {
  villageId: string;
  houseNo: string;
  headTitle: string;
  headFirstName: string;
  headLastName: string;
  /** As typed; '' on an edit means "keep the ID on record" (it is never shown in full). */
  thaiId: string;
  phone: string;
  members: MemberDraft[];
  tpmap: boolean;
  indicators: IndicatorDraft[];
  vulnerability: Vulnerability | '';
  needsTh: string;
  surveyedOn: string;
}

export type DraftErrors = Record<string, string>;

export const emptyMember = (): MemberDraft => ({
  title: '',
  firstName: '',
  lastName: '',
  relation: '',
  birthYearBe: '',
});
export const emptyIndicator = (): IndicatorDraft => ({ dimension: '', indicatorTh: '' });

export function emptyDraft(today: string): HouseholdDraft {
  return {
    villageId: '',
    houseNo: '',
    headTitle: '',
    headFirstName: '',
    headLastName: '',
    thaiId: '',
    phone: '',
    members: [],
    tpmap: false,
    indicators: [],
    vulnerability: '',
    needsTh: '',
    surveyedOn: today,
  };
}

/** An edit starts from the record, with the ID left blank (kept unless a new one is typed). */
export function draftFrom(h: Household): HouseholdDraft {
  return {
    villageId: h.village.id,
    houseNo: h.houseNo,
    headTitle: h.head.title,
    headFirstName: h.head.firstName,
    headLastName: h.head.lastName,
    thaiId: '',
    phone: h.phone ?? '',
    members: h.memberList.map((m) => ({
      title: m.title,
      firstName: m.firstName,
      lastName: m.lastName,
      relation: m.relation,
      birthYearBe: m.birthYearBe === null ? '' : String(m.birthYearBe),
    })),
    tpmap: h.tpmap,
    indicators: h.failedIndicators.map((i) => ({
      dimension: i.dimension as TpmapDimension,
      indicatorTh: i.indicatorTh,
    })),
    vulnerability: h.vulnerability ?? '',
    needsTh: h.needsTh,
    surveyedOn: h.surveyedOn,
  };
}

const blank = (s: string) => !s.trim();

function idError(text: string): string | undefined {
  switch (thaiIdProblem(text)) {
    case 'digits':
      return thFund.household.idDigits;
    case 'length':
      return thFund.household.idLength;
    case 'checksum':
      return thFund.household.idChecksum;
    default:
      return undefined;
  }
}

/** Local checks; `keepsId` when editing a record whose ID is kept as it is. */
export function checkDraft(d: HouseholdDraft, opts: { keepsId: boolean }): DraftErrors {
  const t = thFund.household;
  const e: DraftErrors = {};
  if (!d.villageId) e.villageId = t.choose(t.village);
  if (blank(d.houseNo)) e.houseNo = t.required(t.houseNo);
  if (!d.headTitle) e['head.title'] = t.choose(t.title_);
  if (blank(d.headFirstName)) e['head.firstName'] = t.required(t.firstName);
  if (blank(d.headLastName)) e['head.lastName'] = t.required(t.lastName);
  if (!(opts.keepsId && blank(d.thaiId))) {
    const bad = blank(d.thaiId) ? t.required(t.thaiId) : idError(d.thaiId);
    if (bad) e['head.thaiId'] = bad;
  }
  d.members.forEach((m, i) => {
    if (blank(m.firstName)) e[`members.${i}.firstName`] = t.required(t.firstName);
    if (blank(m.lastName)) e[`members.${i}.lastName`] = t.required(t.lastName);
    if (blank(m.relation)) e[`members.${i}.relation`] = t.required(t.relation);
    if (!blank(m.birthYearBe) && parseYear(m.birthYearBe) === null) e[`members.${i}.birthYearBe`] = t.yearInvalid;
  });
  if (d.tpmap) {
    const filled = d.indicators.filter((i) => i.dimension || !blank(i.indicatorTh));
    if (filled.length === 0) e.failedIndicators = t.needIndicator;
    d.indicators.forEach((ind, i) => {
      if (!ind.dimension && !blank(ind.indicatorTh)) e[`failedIndicators.${i}.dimension`] = t.choose(t.dimension);
      if (ind.dimension && blank(ind.indicatorTh)) e[`failedIndicators.${i}.indicatorTh`] = t.required(t.indicator);
    });
  }
  if (!d.tpmap && !d.vulnerability) e.vulnerability = t.needTarget;
  if (blank(d.needsTh)) e.needsTh = t.required(t.needs);
  if (!d.surveyedOn) e.surveyedOn = t.required(t.surveyedOn);
  return e;
}

function parseYear(text: string): number | null {
  const s = fromThaiDigits(text).trim();
  if (!/^\d{4}$/.test(s)) return null;
  const y = Number(s);
  return y >= 2400 && y <= 2700 ? y : null;
}

/** The API body; `savedThaiId` is the record's ID, resent when the form kept it. */
export function toInput(d: HouseholdDraft, savedThaiId?: string): HouseholdInput {
  const typed = normalizeThaiId(d.thaiId);
  return {
    villageId: d.villageId,
    houseNo: d.houseNo.trim(),
    head: {
      title: d.headTitle,
      firstName: d.headFirstName.trim(),
      lastName: d.headLastName.trim(),
      thaiId: typed || savedThaiId || '',
    },
    phone: d.phone.trim() || null,
    members: d.members.map((m) => ({
      title: m.title,
      firstName: m.firstName.trim(),
      lastName: m.lastName.trim(),
      relation: m.relation.trim(),
      birthYearBe: parseYear(m.birthYearBe),
    })),
    tpmap: d.tpmap,
    // A household that does not fail TPMAP names no indicators; half-empty rows are dropped.
    failedIndicators: d.tpmap
      ? d.indicators
          .filter((i) => i.dimension && i.indicatorTh.trim())
          .map((i) => ({ dimension: i.dimension as TpmapDimension, indicatorTh: i.indicatorTh.trim() }))
      : [],
    vulnerability: d.vulnerability || null,
    needsTh: d.needsTh.trim(),
    surveyedOn: d.surveyedOn,
  };
}
