// Seed 004, step 3: "จังหวัดและอำเภอร่วมกันพิจารณาคัดเลือกกลุ่มออมทรัพย์เพื่อการผลิต ตามเงื่อนไข
// 1) ระดับ 3 และเป็นแกนนำในการจัดตั้งศูนย์จัดการกองทุนชุมชน หากไม่มี ให้คัดเลือกจาก 2) ระดับ 3 อื่น ๆ".
// Within a province: every eligible fund-centre leader first, then other groups at the level, up
// to the province's quota. Within each tier the seed gives no order, so the rule here is stated
// and deterministic: more active members first (a larger forum of the group's own members), then
// the Thai name, then the id.
import type { GroupStanding } from '../savings/index.js';
import type { TargetReason } from './assessments.tables.js';

export interface Selected {
  standing: GroupStanding;
  rank: number;
  reason: TargetReason;
  reasonTh: string;
}

const collator = new Intl.Collator('th');

function byTier(a: GroupStanding, b: GroupStanding): number {
  return b.activeMembers - a.activeMembers || collator.compare(a.nameTh, b.nameTh) || (a.groupId < b.groupId ? -1 : 1);
}

/** One province's targets from its groups at `level` (already filtered), within `quota`. */
export function selectInProvince(candidates: readonly GroupStanding[], level: number, quota: number): Selected[] {
  const leaders = candidates.filter((c) => c.leadsFundCentre).sort(byTier);
  const others = candidates.filter((c) => !c.leadsFundCentre).sort(byTier);
  const out: Selected[] = [];
  for (const standing of leaders.slice(0, quota)) {
    out.push({
      standing,
      rank: out.length + 1,
      reason: 'fund_centre_leader',
      reasonTh: `ระดับ ${level} และเป็นแกนนำศูนย์จัดการกองทุนชุมชน (${standing.centreNameTh}) — เงื่อนไขที่ 1`,
    });
  }
  const room = quota - out.length;
  for (const standing of others.slice(0, Math.max(0, room))) {
    out.push({
      standing,
      rank: out.length + 1,
      reason: 'level',
      reasonTh:
        `ระดับ ${level} อื่น ๆ — เงื่อนไขที่ 2: จังหวัดมีกลุ่มระดับ ${level} ที่เป็นแกนนำศูนย์จัดการกองทุนชุมชน ` +
        `${leaders.length} กลุ่ม ไม่ครบโควตา ${quota} กลุ่ม จึงเลือกจากกลุ่มที่มีสมาชิกมากกว่าก่อน (${standing.activeMembers} คน)`,
    });
  }
  return out;
}
