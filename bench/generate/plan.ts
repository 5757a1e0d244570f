// A deterministic national plan: which districts get how many groups, how many members each group
// has, and every member's savings and loan. Totals are split with the exact largest-remainder
// allocate(), so at any scale they equal round(target × scale) — not merely close to it.
import { allocate, satang, type Satang } from '../../src/kernel/money.js';
import { seededRandom } from '../../src/kernel/random.js';
import { SEED_001 } from './targets.js';

export interface District {
  id: string;
  subdistricts: string[];
}

export interface PlannedMember {
  pledged: Satang;
  special: Satang;
  monthlyPledge: Satang;
  loan: Satang; // 0 = not a borrower
}

export interface PlannedGroup {
  districtId: string;
  subdistrictId: string;
  members: PlannedMember[];
}

export interface Plan {
  scale: number;
  groups: PlannedGroup[];
  totals: { groups: number; members: number; savings: number; borrowers: number; lent: number };
}

const PLEDGES = [5000, 10000, 10000, 20000, 30000, 50000, 100000].map(satang);
/** Percent of accumulated savings held as special savings (the rest is pledged savings). */
const SPECIAL_PERCENT = 15;

/** Random positive weights with a long tail, so a few groups/members are much larger than most. */
const weights = (n: number, random: () => number, spread: number) =>
  Array.from({ length: n }, () => Math.max(1, Math.round(1000 * Math.exp(spread * (random() - 0.5) * 2))));

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
  const memberSavings = allocate(savings, weights(nMembers, random, 1.2));
  // Borrowers: every k-th member shuffled by a random offset keeps the count exact and spread out.
  const isBorrower = new Uint8Array(nMembers);
  for (let i = 0; i < nBorrowers; i++) isBorrower[Math.floor((i * nMembers) / nBorrowers)] = 1;
  const loans = allocate(lent, weights(nBorrowers, random, 0.9));

  const groups: PlannedGroup[] = [];
  let g = 0;
  let m = 0;
  let b = 0;
  districts.forEach((d, di) => {
    for (let k = 0; k < perDistrict[di]!; k++, g++) {
      const size = 5 + extra[g]!;
      const members: PlannedMember[] = [];
      for (let j = 0; j < size; j++, m++) {
        const total = memberSavings[m]!;
        const special = satang(Math.floor((total * SPECIAL_PERCENT) / 100)); // integer satang, exact below 2^53
        members.push({
          pledged: satang(total - special),
          special,
          monthlyPledge: PLEDGES[Math.floor(random() * PLEDGES.length)]!,
          loan: isBorrower[m] ? loans[b++]! : satang(0),
        });
      }
      groups.push({
        districtId: d.id,
        subdistrictId: d.subdistricts[Math.floor(random() * d.subdistricts.length)] ?? d.id,
        members,
      });
    }
  });
  return {
    scale,
    groups,
    totals: { groups: nGroups, members: nMembers, savings, borrowers: nBorrowers, lent },
  };
}
