export type { AuthTables } from './auth.tables.js';
export { authRoutes } from './routes.js';
export { createUserAccount } from './create-user.js';
export { actorForUsername, loadActor, type LoadedSession } from './load-actor.js';
export { LoginLimiter } from './login-limiter.js';
export { hashPassword } from './password.js';
export { CSRF_COOKIE, CSRF_HEADER, hashToken, SESSION_COOKIE } from './session-token.js';
