// The permission vocabulary and what each role grants. A role is always held over an org unit's
// subtree (role_assignment.org_unit_id), so a permission is only ever "X within these units".
export const PERMISSIONS = [
  'org:read',
  'org:write',
  'people:read',
  'people:write',
  'people:import',
  'users:manage',
  'audit:read',
  // Savings groups: read books and reports; record transactions; approve (loans, as the committee's
  // checker); manage (register groups and members, rules, period and year-end closes).
  'savings:read',
  'savings:post',
  'savings:approve',
  'savings:manage',
  // Programs (projects, plans, letters, report requests): read within scope; manage = create, edit,
  // send and track (a province with its districts, or a district's own); respond = a unit's inbox,
  // answering report requests sent to it.
  'programs:read',
  'programs:manage',
  'programs:respond',
  // Staff savings fund (seed 000): read the fund and its figures within scope; manage = the
  // province's fund officers (participants, counts, deposits, plans, payouts, and every district's
  // households); survey = a district registers its own households and proposes help for them.
  'fund:read',
  'fund:manage',
  'fund:survey',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const SAVINGS_ALL = ['savings:read', 'savings:post', 'savings:approve', 'savings:manage'] as const;
const PROGRAMS_ALL = ['programs:read', 'programs:manage', 'programs:respond'] as const;
// Households' personal data is for the owning district and the province's fund officers only
// (seed 000), so administrators do not get it by holding "everything": a province grants the
// fund_officer role to the people who run the fund.
const HOUSEHOLD_DATA: readonly Permission[] = ['fund:manage', 'fund:survey'];
const ADMIN = PERMISSIONS.filter((p) => !HOUSEHOLD_DATA.includes(p));

export const ROLES = {
  hq_admin: { nameTh: 'ผู้ดูแลระบบส่วนกลาง', permissions: ADMIN },
  province_admin: { nameTh: 'ผู้ดูแลระบบจังหวัด', permissions: ADMIN },
  province_staff: {
    nameTh: 'เจ้าหน้าที่สำนักงานพัฒนาชุมชนจังหวัด',
    permissions: [
      'org:read',
      'people:read',
      'people:write',
      'people:import',
      'savings:read',
      ...PROGRAMS_ALL,
      'fund:read',
    ],
  },
  // The staff fund's officers (seed 000): granted over the province office that runs the fund.
  fund_officer: {
    nameTh: 'เจ้าหน้าที่กองทุนออมวันละบาท',
    permissions: ['org:read', 'people:read', 'fund:read', 'fund:manage'],
  },
  district_head: {
    nameTh: 'พัฒนาการอำเภอ',
    permissions: [
      'org:read',
      'org:write',
      'people:read',
      'people:write',
      'people:import',
      'audit:read',
      ...SAVINGS_ALL,
      ...PROGRAMS_ALL,
      'fund:read',
      'fund:survey',
    ],
  },
  district_staff: {
    nameTh: 'เจ้าหน้าที่สำนักงานพัฒนาชุมชนอำเภอ',
    permissions: [
      'org:read',
      'org:write',
      'people:read',
      'people:write',
      ...SAVINGS_ALL,
      'programs:read',
      'programs:respond',
      'fund:read',
      'fund:survey',
    ],
  },
  // A treasurer or committee member: held over one savings group (role_assignment.group_id).
  group_officer: { nameTh: 'เจ้าหน้าที่กลุ่มออมทรัพย์เพื่อการผลิต', permissions: ['org:read', ...SAVINGS_ALL] },
  // Granted per committee / per vote by the awards and votes modules; no standing permissions.
  committee_judge: { nameTh: 'กรรมการพิจารณา', permissions: [] },
  voter: { nameTh: 'ผู้มีสิทธิ์ลงคะแนน', permissions: [] },
} as const satisfies Record<string, { nameTh: string; permissions: readonly Permission[] }>;

export type Role = keyof typeof ROLES;
export const ROLE_NAMES = Object.keys(ROLES) as Role[];

export function isRole(value: string): value is Role {
  return Object.hasOwn(ROLES, value);
}
