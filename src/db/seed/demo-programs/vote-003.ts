// Seed 003 (ระยอง) as the votes API receives it: the role-model election of มิติที่ ๔ (องค์กรคุณธรรม),
// all staff voting 9–15 May 2567 for a role model in each of the five virtues. One source for the
// demo seeder and the votes tests.

export const RAYONG = '21';

/** The five virtues of seed 003's องค์กรคุณธรรม, in the letter's order. */
export const VIRTUES = [
  { code: 'sufficiency', nameTh: 'ด้านพอเพียง' },
  { code: 'discipline', nameTh: 'ด้านวินัย' },
  { code: 'integrity', nameTh: 'ด้านสุจริต' },
  { code: 'volunteer', nameTh: 'ด้านจิตอาสา' },
  { code: 'gratitude', nameTh: 'ด้านกตัญญู' },
];

/** The seed 003 election: role models in the five virtues, voted 9–15 May 2567. */
export function roleModelElection(over: Record<string, unknown> = {}) {
  return {
    orgUnitId: RAYONG,
    title: 'คัดเลือกบุคคลต้นแบบองค์กรคุณธรรม ๕ ประการ สำนักงานพัฒนาชุมชนจังหวัดระยอง',
    description: 'ลงคะแนนบุคคลต้นแบบ ประจำสำนักงานพัฒนาชุมชน ด้านละ ๑ คน',
    opensOn: '2024-05-09',
    closesOn: '2024-05-15',
    categories: VIRTUES,
    ...over,
  };
}
