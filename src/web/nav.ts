// Navigation by module. Add an entry when a module's pages exist; entries whose permission the
// user lacks are hidden.
import type { Me, Permission } from './api/types.js';
import { th } from './i18n/th.js';
import { thAssessments } from './i18n/th-assessments.js';
import { thAwards } from './i18n/th-awards.js';
import { thFund } from './i18n/th-fund.js';
import { thLetters } from './i18n/th-letters.js';
import { thRequests } from './i18n/th-requests.js';
import { thPrograms } from './i18n/th-programs.js';
import { thVotes } from './i18n/th-votes.js';

export interface NavItem {
  to: string;
  label: string;
  /** Shown only with this permission. */
  permission?: Permission;
  /** …or to holders of this role, which may grant no permission (committee_judge). */
  role?: string;
  /** Also highlighted on sub-paths (e.g. /people/123). */
  prefix?: boolean;
}

export const NAV: NavItem[] = [
  { to: '/', label: th.nav.home },
  { to: '/people', label: th.nav.people, permission: 'people:read', prefix: true },
  { to: '/groups', label: th.nav.groups, permission: 'savings:read', prefix: true },
  { to: '/projects', label: thPrograms.nav, permission: 'programs:read', prefix: true },
  { to: '/requests', label: thRequests.nav, permission: 'programs:read', prefix: true },
  { to: '/letters', label: thLetters.nav, permission: 'programs:read', prefix: true },
  { to: '/assessments', label: thAssessments.nav, permission: 'programs:read', prefix: true },
  { to: '/awards', label: thAwards.nav, permission: 'programs:read', role: 'committee_judge', prefix: true },
  // Every office's staff are on their organiser's roll, so a voter needs the way to their ballot.
  { to: '/votes', label: thVotes.nav, permission: 'programs:read', prefix: true },
  { to: '/fund', label: thFund.nav, permission: 'fund:read', prefix: true },
  { to: '/org', label: th.nav.org, permission: 'org:read', prefix: true },
  { to: '/users', label: th.nav.users, permission: 'users:manage' },
  { to: '/password', label: th.nav.password },
];

export function navVisible(item: NavItem, can: (p: Permission) => boolean, me: Me): boolean {
  if (!item.permission) return true;
  return can(item.permission) || (item.role !== undefined && me.roles.some((r) => r.role === item.role));
}

export function isActive(item: NavItem, path: string): boolean {
  return item.prefix ? path === item.to || path.startsWith(`${item.to}/`) : path === item.to;
}
