// The join-member form's values and their conversion to the request, with the same issue paths the
// server uses so both kinds of message land beside the same fields.
import type { GroupRules, JoinMemberInput } from '../../../api/savings-types.js';
import type { FieldIssue } from '../../../api/types.js';
import { th } from '../../../i18n/th.js';
import { normalizeThaiId, thaiIdProblem } from '../../people/thai-id.js';
import { baht, parsePercent } from '../money.js';

export interface BeneficiaryValues {
  key: number;
  fullName: string;
  relation: string;
  share: string;
}

export interface JoinValues {
  thaiId: string;
  title: string;
  firstName: string;
  lastName: string;
  phone: string;
  joinedOn: string;
  monthlyPledge: string;
  beneficiaries: BeneficiaryValues[];
}

export const FIELDS = [
  'thaiId',
  'title',
  'firstName',
  'lastName',
  'phone',
  'joinedOn',
  'monthlyPledge',
  'beneficiaries',
] as const;

export const emptyJoin = (joinedOn: string): JoinValues => ({
  thaiId: '',
  title: '',
  firstName: '',
  lastName: '',
  phone: '',
  joinedOn,
  monthlyPledge: '',
  beneficiaries: [],
});

/** The monthly pledges the rules allow, as select options (value = satang). */
export function pledgeOptions(rules: GroupRules): { value: string; label: string }[] {
  const p = rules.pledge;
  if (p.mode === 'amounts') return p.amounts.map((a) => ({ value: String(a), label: th.savings.bahtN(baht(a)) }));
  const out = [];
  for (let n = p.minShares; n <= p.maxShares && out.length < 300; n++) {
    out.push({ value: String(n * p.shareValue), label: th.savings.members.sharesOption(n, baht(n * p.shareValue)) });
  }
  return out;
}

/** Sum of the beneficiaries' shares in basis points, or null while one is not a valid percentage. */
export function sharesTotal(rows: BeneficiaryValues[]): number | null {
  let total = 0;
  for (const r of rows) {
    const p = parsePercent(r.share);
    if (!p.ok) return null;
    total += p.value;
  }
  return total;
}

/** A Thai ID problem worth showing now: format problems at once, a wrong check digit once 13 digits are in. */
export function thaiIdMessage(text: string, touched: boolean): string | undefined {
  const f = th.people.form;
  const problem = thaiIdProblem(text);
  if (problem === 'digits') return f.thaiIdDigits;
  if (problem === 'length') return touched ? f.thaiIdLength : undefined;
  if (problem === 'checksum') return f.thaiIdChecksum;
  return undefined;
}

export function toJoinRequest(v: JoinValues): { input: JoinMemberInput | null; issues: FieldIssue[] } {
  const f = th.people.form;
  const issues: FieldIssue[] = [];
  const fail = (path: string, messageTh: string) => issues.push({ path, messageTh, messageEn: '' });
  if (!v.thaiId.trim()) fail('thaiId', f.required);
  else {
    const idMessage = thaiIdMessage(v.thaiId, true);
    if (idMessage) fail('thaiId', idMessage);
  }
  if (!v.title) fail('title', f.chooseRequired);
  if (!v.firstName.trim()) fail('firstName', f.required);
  if (!v.lastName.trim()) fail('lastName', f.required);
  if (!v.joinedOn) fail('joinedOn', th.savings.dateRequired);
  if (!v.monthlyPledge) fail('monthlyPledge', f.chooseRequired);
  const shares = v.beneficiaries.map((b, i) => {
    if (!b.fullName.trim()) fail(`beneficiaries.${i}.fullName`, f.required);
    if (!b.relation.trim()) fail(`beneficiaries.${i}.relation`, f.required);
    const p = parsePercent(b.share);
    if (!p.ok || p.value === 0) fail(`beneficiaries.${i}.shareBp`, p.ok ? th.savings.money.percentInvalid : p.error);
    return p.ok ? p.value : 0;
  });
  const total = sharesTotal(v.beneficiaries);
  if (v.beneficiaries.length && total !== null && total !== 10000) {
    fail('beneficiaries', th.savings.members.sharesNot100);
  }
  if (issues.length) return { input: null, issues };
  return {
    issues,
    input: {
      thaiId: normalizeThaiId(v.thaiId),
      title: v.title,
      firstName: v.firstName.trim(),
      lastName: v.lastName.trim(),
      phone: v.phone.trim() || null,
      joinedOn: v.joinedOn,
      monthlyPledge: Number(v.monthlyPledge),
      beneficiaries: v.beneficiaries.map((b, i) => ({
        fullName: b.fullName.trim(),
        relation: b.relation.trim(),
        shareBp: shares[i] ?? 0,
      })),
    },
  };
}
