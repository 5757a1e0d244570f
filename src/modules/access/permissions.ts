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
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const SAVINGS_ALL = ['savings:read', 'savings:post', 'savings:approve', 'savings:manage'] as const;
const PROGRAMS_ALL = ['programs:read', 'programs:manage', 'programs:respond'] as const;

export const ROLES = {
  hq_admin: { nameTh: 'ผู้ดูแลระบบส่วนกลาง', permissions: [...PERMISSIONS] },
  province_admin: { nameTh: 'ผู้ดูแลระบบจังหวัด', permissions: [...PERMISSIONS] },
  province_staff: {
    nameTh: 'เจ้าหน้าที่สำนักงานพัฒนาชุมชนจังหวัด',
    permissions: ['org:read', 'people:read', 'people:write', 'people:import', 'savings:read', ...PROGRAMS_ALL],
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
