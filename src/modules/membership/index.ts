export { membershipRoutes } from './routes.js';
export { leaveMember } from './leave-member.js';
