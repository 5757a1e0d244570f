// The group registration form's values (text as typed) and their conversion to the request. Client
// checks give quick feedback; the server checks everything again and its issues use the same paths.
import type { FieldIssue } from '../../api/types.js';
import type { AllocationPool, GroupRules, LoanType, RegisterGroupInput } from '../../api/savings-types.js';
import { th } from '../../i18n/th.js';
import { baht, parseAmount, parsePercent, parseWhole, percentText } from './money.js';

export const POOLS: AllocationPool[] = [
  'dividend',
  'interest_refund',
  'reserve',
  'welfare',
  'public_benefit',
  'committee_pay',
  'development',
];

export interface LoanTypeValues {
  code: string;
  nameTh: string;
  ratePercent: string;
  method: 'flat' | 'declining';
  maxTermMonths: string;
  savingsMultiple: string;
  absoluteCap: string;
  guarantorsRequired: string;
  penalty: string;
}

export interface GroupValues {
  nameTh: string;
  orgUnitId: string;
  foundedOn: string;
  level: string;
  pledgeMode: 'amounts' | 'shares';
  pledgeAmounts: string;
  shareValue: string;
  minShares: string;
  maxShares: string;
  entryFee: string;
  meetingDay: string;
  specialRate: string;
  dividendMethod: GroupRules['dividendMethod'];
  loanTypes: LoanTypeValues[];
  allocation: Record<AllocationPool, string>;
}

let nextCode = 1;
export function newLoanType(nameTh = ''): LoanTypeValues {
  return {
    code: `type${nextCode++}`,
    nameTh,
    ratePercent: '12',
    method: 'declining',
    maxTermMonths: '12',
    savingsMultiple: '0',
    absoluteCap: '',
    guarantorsRequired: '1',
    penalty: '',
  };
}

/** A common starting point: what most groups' rules look like, to be edited. */
export function defaultValues(orgUnitId: string): GroupValues {
  const t = th.savings.register;
  return {
    nameTh: '',
    orgUnitId,
    foundedOn: '',
    level: '1',
    pledgeMode: 'amounts',
    pledgeAmounts: '50 100 200 300 500 1000',
    shareValue: '10',
    minShares: '1',
    maxShares: '100',
    entryFee: '20',
    meetingDay: '5',
    specialRate: '3',
    dividendMethod: 'share_months',
    loanTypes: [
      { ...newLoanType(t.defaultLoanGeneral), savingsMultiple: '5', maxTermMonths: '24', penalty: '50' },
      { ...newLoanType(t.defaultLoanEmergency), method: 'flat', guarantorsRequired: '0', savingsMultiple: '3' },
    ],
    allocation: {
      dividend: '60',
      interest_refund: '10',
      reserve: '10',
      welfare: '10',
      public_benefit: '5',
      committee_pay: '5',
      development: '0',
    },
  };
}

/** "50 100, 1,000" → the typed amounts (whitespace or ", " separate them; "1,000" stays one amount). */
export const splitAmounts = (text: string): string[] => text.split(/,\s+|\s+/).filter(Boolean);

/** Sum of the allocation in basis points, or null while any figure is not a valid percentage. */
export function allocationTotal(a: Record<AllocationPool, string>): number | null {
  let total = 0;
  for (const pool of POOLS) {
    const p = a[pool].trim() ? parsePercent(a[pool]) : { ok: true as const, value: 0 };
    if (!p.ok) return null;
    total += p.value;
  }
  return total;
}

/** The rules as typed, or the problems found, keyed by the server's paths ('rules.…'). */
export function rulesFromValues(v: GroupValues): { rules: GroupRules; issues: FieldIssue[] } {
  const f = th.savings.register;
  const issues: FieldIssue[] = [];
  const fail = (path: string, messageTh: string) => issues.push({ path, messageTh, messageEn: '' });
  const money = (path: string, text: string, required = false) => {
    const p = parseAmount(text);
    if (!p.ok) fail(path, p.error);
    else if (required && p.value === 0) fail(path, f.amountRequired);
    return p.ok ? p.value : 0;
  };
  const whole = (path: string, text: string, min: number, max: number) => {
    const n = parseWhole(text);
    if (n === null || n < min || n > max) fail(path, f.wholeBetween(min, max));
    return n ?? 0;
  };
  const percent = (path: string, text: string) => {
    const p = text.trim() ? parsePercent(text) : { ok: true as const, value: 0 };
    if (!p.ok) fail(path, p.error);
    return p.ok ? p.value : 0;
  };

  const pledge: GroupRules['pledge'] =
    v.pledgeMode === 'amounts'
      ? {
          mode: 'amounts',
          amounts: splitAmounts(v.pledgeAmounts).map((a, i) => money(`rules.pledge.amounts.${i}`, a, true)),
        }
      : {
          mode: 'shares',
          shareValue: money('rules.pledge.shareValue', v.shareValue, true),
          minShares: whole('rules.pledge.minShares', v.minShares, 1, 100000),
          maxShares: whole('rules.pledge.maxShares', v.maxShares, 1, 100000),
        };
  if (pledge.mode === 'amounts' && pledge.amounts.length === 0) fail('rules.pledge', f.pledgeAmountsRequired);

  const loanTypes: LoanType[] = v.loanTypes.map((l, i) => {
    const at = (k: string) => `rules.loanTypes.${i}.${k}`;
    if (!l.nameTh.trim()) fail(at('nameTh'), th.people.form.required);
    return {
      code: l.code,
      nameTh: l.nameTh.trim(),
      annualRateBp: percent(at('annualRateBp'), l.ratePercent),
      method: l.method,
      maxTermMonths: whole(at('maxTermMonths'), l.maxTermMonths, 1, 360),
      savingsMultiple: whole(at('savingsMultiple'), l.savingsMultiple, 0, 100),
      absoluteCap: money(at('absoluteCap'), l.absoluteCap),
      guarantorsRequired: whole(at('guarantorsRequired'), l.guarantorsRequired, 0, 5),
      penaltyPerLateInstallment: money(at('penaltyPerLateInstallment'), l.penalty),
    };
  });

  const allocation = POOLS.map((pool) => ({
    pool,
    bp: percent(`rules.allocation.${pool}`, v.allocation[pool]),
  })).filter((a) => a.bp > 0);
  const total = allocationTotal(v.allocation);
  if (total !== null && total !== 10000) fail('rules.allocation', f.allocationNot100);

  const rules: GroupRules = {
    pledge,
    entryFee: money('rules.entryFee', v.entryFee),
    meetingDay: whole('rules.meetingDay', v.meetingDay, 1, 31),
    specialSavingsAnnualRateBp: percent('rules.specialSavingsAnnualRateBp', v.specialRate),
    loanTypes,
    allocation,
    dividendMethod: v.dividendMethod,
  };
  return { rules, issues };
}

/** The registration request, or the problems found, keyed by the server's paths. */
export function toRequest(v: GroupValues): { input: RegisterGroupInput | null; issues: FieldIssue[] } {
  const { rules, issues } = rulesFromValues(v);
  const fail = (path: string, messageTh: string) => issues.unshift({ path, messageTh, messageEn: '' });
  if (!v.foundedOn) fail('foundedOn', th.savings.dateRequired);
  if (!v.orgUnitId) fail('orgUnitId', th.savings.register.locationRequired);
  if (!v.nameTh.trim()) fail('nameTh', th.people.form.required);
  if (issues.length) return { input: null, issues };
  return {
    input: { nameTh: v.nameTh.trim(), orgUnitId: v.orgUnitId, foundedOn: v.foundedOn, level: Number(v.level), rules },
    issues,
  };
}

/** A group's rules in force as form values, to edit into a new version. */
export function valuesFromRules(r: GroupRules): GroupValues {
  const pct = (bp: number) => percentText(bp);
  const money = (s: number) => (s ? baht(s) : '');
  const allocation = Object.fromEntries(POOLS.map((p) => [p, ''])) as Record<AllocationPool, string>;
  for (const a of r.allocation) allocation[a.pool] = pct(a.bp);
  return {
    ...defaultValues(''),
    pledgeMode: r.pledge.mode,
    pledgeAmounts: r.pledge.mode === 'amounts' ? r.pledge.amounts.map(baht).join(' ') : '',
    shareValue: r.pledge.mode === 'shares' ? baht(r.pledge.shareValue) : '10',
    minShares: r.pledge.mode === 'shares' ? String(r.pledge.minShares) : '1',
    maxShares: r.pledge.mode === 'shares' ? String(r.pledge.maxShares) : '100',
    entryFee: money(r.entryFee),
    meetingDay: String(r.meetingDay),
    specialRate: pct(r.specialSavingsAnnualRateBp),
    dividendMethod: r.dividendMethod,
    loanTypes: r.loanTypes.map((l) => ({
      code: l.code,
      nameTh: l.nameTh,
      ratePercent: pct(l.annualRateBp),
      method: l.method,
      maxTermMonths: String(l.maxTermMonths),
      savingsMultiple: String(l.savingsMultiple),
      absoluteCap: money(l.absoluteCap),
      guarantorsRequired: String(l.guarantorsRequired),
      penalty: money(l.penaltyPerLateInstallment),
    })),
    allocation,
  };
}
