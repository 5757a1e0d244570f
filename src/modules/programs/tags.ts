// Programs a project can be filed under. A fixed catalogue: the department sets these nationally
// (DOMAIN.md: โครงการพัฒนาชุมชนใสสะอาด and its five dimensions), so they change with a release.
export const PROGRAM_TAGS = [
  { code: 'saisaad-1', nameTh: 'ใสสะอาด มิติที่ ๑ บทบาทผู้บริหารของหน่วยงานในการเสริมสร้างความโปร่งใส' },
  { code: 'saisaad-2', nameTh: 'ใสสะอาด มิติที่ ๒ สำนักงานสะดวก' },
  { code: 'saisaad-3', nameTh: 'ใสสะอาด มิติที่ ๓ การมีส่วนร่วมของภาคีเครือข่าย' },
  { code: 'saisaad-4', nameTh: 'ใสสะอาด มิติที่ ๔ การเสริมสร้างองค์กรคุณธรรม' },
  { code: 'saisaad-5', nameTh: 'ใสสะอาด มิติที่ ๕ นวัตกรรมในการสร้างความโปร่งใส' },
] as const;

export const PROGRAM_TAG_CODES = PROGRAM_TAGS.map((t) => t.code) as [
  (typeof PROGRAM_TAGS)[number]['code'],
  ...(typeof PROGRAM_TAGS)[number]['code'][],
];
