// A deterministic national plan of the YEAR-END (30 Sep 2026) position: which districts get how many
// groups, how many members each group has, each member's savings and monthly pledge, and which
// members borrow what during the year (the loan "role"). The year's activity (year.ts) is simulated
// from this and each member's opening balances derived backwards, so the year-end figures equal
// round(target × scale) exactly — not merely within 1 %.
// Per-member data lives in typed arrays (≈ 40 bytes a member) so the national plan stays small, and
// money is split in two levels (over groups, then within each group) with the exact largest-remainder
// allocate() so no array of millions of BigInts is ever built.
import { allocate, satang, type Satang } from '../../src/kernel/money.js';
import { seededRandom } from '../../src/kernel/random.js';
import { SEED_001 } from './targets.js';

export interface District {
  id: string;
  subdistricts: string[];
}

export interface PlannedGroup {
  districtId: string;
  subdistrictId: string;
  /** Index of the group's first member in the member arrays; members are contiguous. */
  firstMember: number;
  size: number;
}

/** What a member's loans do during the fiscal year. */
export const ROLE = {
  none: 0,
  /** An opening loan with more than 12 installments left: still owed at year end. */
  carry: 1,
  /** An opening loan paid off during the year, then a new loan disbursed the month after. */
  renew: 2,
  /** No opening loan; a new loan disbursed during the year. */
  fresh: 3,
  /** An opening loan paid off during the year, nothing new. */
  paidOff: 4,
} as const;

export interface PlannedMembers {
  /** Year-end pledged + special savings, satang. */
  savings: Float64Array;
  monthlyPledge: Float64Array;
  role: Uint8Array;
  /** Principal of the member's first loan (opening, or the new one for `fresh`), satang; 0 = none. */
  loan: Float64Array;
  /** Principal of the second loan (`renew` only), satang. */
  loan2: Float64Array;
}

export interface Plan {
  scale: number;
  groups: PlannedGroup[];
  members: PlannedMembers;
  /** Year-end figures, exact: borrowers = members owing principal, lent = principal disbursed all time. */
  totals: { groups: number; members: number; savings: number; borrowers: number; lent: number };
}

const PLEDGES = [5000, 10000, 10000, 20000, 30000, 50000, 100000];
/** Percent of accumulated savings held as special savings (the rest is pledged savings). */
export const SPECIAL_PERCENT = 15;
/** Year-end borrowers by role, and members whose only loan is paid off during the year. */
const SHARE = { renew: 0.15, fresh: 0.25, paidOff: 0.2 };

/** A random positive weight with a long tail, so a few groups/members are much larger than most. */
const weight = (random: () => number, spread: number) =>
  Math.max(1, Math.round(1000 * Math.exp(spread * (random() - 0.5) * 2)));
const weights = (n: number, random: () => number, spread: number) =>
  Array.from({ length: n }, () => weight(random, spread));

/** Splits `total` over groups by the sums of their members' weights, then within each group. */
function allocateTwoLevel(total: Satang, groups: readonly PlannedGroup[], w: Int32Array, into: Float64Array): void {
  const sums = groups.map((g) => w.subarray(g.firstMember, g.firstMember + g.size).reduce((a, x) => a + x, 0));
  const perGroup = allocate(total, sums);
  groups.forEach((g, i) => {
    if (perGroup[i] === 0) return;
    const parts = allocate(perGroup[i]!, Array.from(w.subarray(g.firstMember, g.firstMember + g.size)));
    into.set(parts, g.firstMember);
  });
}

export function planNation(districts: readonly District[], scale: number, seed: number): Plan {
  if (!(scale > 0 && scale <= 1)) throw new Error('scale must be in (0, 1]');
  const random = seededRandom(seed);
  const nGroups = Math.max(1, Math.round(SEED_001.groups * scale));
  const nMembers = Math.max(nGroups * 5, Math.round(SEED_001.members * scale));
  const nBorrowers = Math.round(SEED_001.borrowers * scale);
  const savings = satang(Math.round(SEED_001.savings * scale));
  const lent = satang(Math.round(SEED_001.lent * scale));

  const perDistrict = allocate(satang(nGroups), weights(districts.length, random, 0.4));
  // Every group gets at least 5 members; the rest follow the weights.
  const extra = allocate(satang(nMembers - nGroups * 5), weights(nGroups, random, 0.8));
  const groups: PlannedGroup[] = [];
  let m = 0;
  districts.forEach((d, di) => {
    for (let k = 0; k < perDistrict[di]!; k++) {
      const size = 5 + extra[groups.length]!;
      groups.push({
        districtId: d.id,
        subdistrictId: d.subdistricts[Math.floor(random() * d.subdistricts.length)] ?? d.id,
        firstMember: m,
        size,
      });
      m += size;
    }
  });

  const members: PlannedMembers = {
    savings: new Float64Array(nMembers),
    monthlyPledge: new Float64Array(nMembers),
    role: new Uint8Array(nMembers),
    loan: new Float64Array(nMembers),
    loan2: new Float64Array(nMembers),
  };
  const w = new Int32Array(nMembers);
  for (let i = 0; i < nMembers; i++) w[i] = weight(random, 1.2);
  allocateTwoLevel(savings, groups, w, members.savings);
  for (let i = 0; i < nMembers; i++) {
    // A pledge the member can have kept all year without the year's pledges exceeding half of what
    // they hold at year end: the groups are years old, most savings predate this year.
    const pledged = members.savings[i]! - Math.floor((members.savings[i]! * SPECIAL_PERCENT) / 100);
    const wanted = PLEDGES[Math.floor(random() * PLEDGES.length)]!;
    const cap = Math.floor(pledged / 24 / 100) * 100;
    members.monthlyPledge[i] = Math.max(100, Math.min(wanted, PLEDGES.findLast((p) => p <= cap) ?? cap));
  }

  // Loan roles: exact counts, spread evenly over the members, shuffled among themselves.
  const nRenew = Math.round(nBorrowers * SHARE.renew);
  const nFresh = Math.round(nBorrowers * SHARE.fresh);
  const nPaidOff = Math.round(nBorrowers * SHARE.paidOff);
  const nCarry = nBorrowers - nRenew - nFresh;
  const roles = new Uint8Array(nBorrowers + nPaidOff);
  roles.fill(ROLE.carry, 0, nCarry);
  roles.fill(ROLE.renew, nCarry, nCarry + nRenew);
  roles.fill(ROLE.fresh, nCarry + nRenew, nBorrowers);
  roles.fill(ROLE.paidOff, nBorrowers);
  for (let i = roles.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [roles[i], roles[j]] = [roles[j]!, roles[i]!];
  }
  roles.forEach((r, i) => (members.role[Math.floor((i * nMembers) / roles.length)] = r));

  // Every loan disbursed by year end (opening ones included) shares `lent`, by weight.
  const lw = new Int32Array(nMembers);
  const lw2 = new Int32Array(nMembers);
  for (let i = 0; i < nMembers; i++) {
    if (members.role[i] !== ROLE.none) lw[i] = weight(random, 0.9);
    if (members.role[i] === ROLE.renew) lw2[i] = weight(random, 0.9);
  }
  const both = new Int32Array(nMembers * 2);
  const twoGroups = groups.map((g) => ({ ...g, firstMember: g.firstMember * 2, size: g.size * 2 }));
  // Interleave first and second loans so each group's two-level split covers both at once.
  for (let i = 0; i < nMembers; i++) [both[2 * i], both[2 * i + 1]] = [lw[i]!, lw2[i]!];
  const principals = new Float64Array(nMembers * 2);
  allocateTwoLevel(lent, twoGroups, both, principals);
  for (let i = 0; i < nMembers; i++) [members.loan[i], members.loan2[i]] = [principals[2 * i]!, principals[2 * i + 1]!];

  return {
    scale,
    groups,
    members,
    totals: { groups: nGroups, members: nMembers, savings, borrowers: nBorrowers, lent },
  };
}
