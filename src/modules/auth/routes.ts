import { OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Context } from 'hono';
import type { AppEnv } from '../../server/context.js';
import { ZErrorResponse } from '../../server/errors.js';
import { defineRoute, jsonContent, unauthenticated, useCaseContext } from '../../server/route.js';
import {
  ZChangePasswordRequest,
  ZCreateUserRequest,
  ZLoginRequest,
  ZLoginResponse,
  ZMe,
  ZUpdateUserRequest,
  ZUserList,
  ZUserSummary,
} from './auth.schemas.js';
import { createUser, listUsers, updateUser } from './manage-users.js';
import { commonErrors, conflictError } from '../../server/openapi-common.js';
import { z } from '@hono/zod-openapi';
import { changePassword } from './change-password.js';
import { getMe } from './get-me.js';
import { loadActor } from './load-actor.js';
import { login } from './login.js';
import { logout } from './logout.js';
import { CSRF_COOKIE, SESSION_COOKIE } from './session-token.js';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const errors = {
  401: { description: 'Not logged in or wrong credentials', ...json(ZErrorResponse) },
  422: { description: 'Invalid input', ...json(ZErrorResponse) },
};

const loginRoute = defineRoute('public', {
  method: 'post',
  path: '/auth/login',
  tags: ['auth'],
  summary: 'Log in with username and password; sets the session and CSRF cookies',
  request: { body: { required: true, ...json(ZLoginRequest) } },
  responses: {
    200: { description: 'Logged in', ...json(ZLoginResponse) },
    ...errors,
    429: { description: 'Too many failed attempts', ...json(ZErrorResponse) },
  },
});
const logoutRoute = defineRoute('authenticated', {
  method: 'post',
  path: '/auth/logout',
  tags: ['auth'],
  summary: 'End this session',
  responses: { 204: { description: 'Logged out' }, ...errors },
});
const meRoute = defineRoute('authenticated', {
  method: 'get',
  path: '/auth/me',
  tags: ['auth'],
  summary: 'The logged-in user, their roles and permissions',
  responses: { 200: { description: 'Current user', ...json(ZMe) }, ...errors },
});
const passwordRoute = defineRoute('authenticated', {
  method: 'post',
  path: '/auth/password',
  tags: ['auth'],
  summary: "Change one's own password (ends other sessions)",
  request: { body: { required: true, ...json(ZChangePasswordRequest) } },
  responses: { 204: { description: 'Changed' }, ...errors },
});

/** The peer address when served by Node; in-process test requests have none. */
const listUsersRoute = defineRoute('users:manage', {
  method: 'get',
  path: '/users',
  tags: ['users'],
  summary: 'Login accounts of people within the caller’s scope',
  responses: { 200: { description: 'Accounts', ...jsonContent(ZUserList) }, ...commonErrors },
});
const createUserRoute = defineRoute('users:manage', {
  method: 'post',
  path: '/users',
  tags: ['users'],
  summary: 'Give a person a login with roles over org units (must change password at first login)',
  request: { body: { required: true, ...jsonContent(ZCreateUserRequest) } },
  responses: { 201: { description: 'Created', ...jsonContent(ZUserSummary) }, ...commonErrors, ...conflictError },
});
const updateUserRoute = defineRoute('users:manage', {
  method: 'patch',
  path: '/users/{id}',
  tags: ['users'],
  summary: 'Replace roles or (de)activate an account',
  request: {
    params: z.object({ id: z.string().uuid() }),
    body: { required: true, ...jsonContent(ZUpdateUserRequest) },
  },
  responses: { 200: { description: 'Updated', ...jsonContent(ZUserSummary) }, ...commonErrors },
});

function clientAddress(c: Context<AppEnv>): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}

function setSessionCookies(c: Context<AppEnv>, token: string, csrf: string, expires: Date) {
  const secure = c.get('deps').config.secureCookies || new URL(c.req.url).protocol === 'https:';
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, secure, sameSite: 'Lax', path: '/', expires });
  // Readable by the UI, which echoes it in X-CSRF-Token (double submit, checked against the session).
  setCookie(c, CSRF_COOKIE, csrf, { httpOnly: false, secure, sameSite: 'Lax', path: '/', expires });
}

export const authRoutes = new OpenAPIHono<AppEnv>()
  .openapi(loginRoute, async (c) => {
    const { db, clock, config, loginLimiter } = c.get('deps');
    const body = c.req.valid('json');
    const result = await login({
      db,
      clock,
      limiter: loginLimiter,
      username: body.username,
      password: body.password,
      address: clientAddress(c),
      sessionHours: config.sessionHours,
      requestId: c.get('requestId'),
    });
    setSessionCookies(c, result.token, result.csrfToken, result.expiresAt);
    const loaded = await loadActor(db, result.token, clock.now());
    if (!loaded) throw unauthenticated();
    return c.json({ user: await getMe(db, loaded.actor) }, 200);
  })
  .openapi(logoutRoute, async (c) => {
    const session = c.get('session');
    const actor = c.get('actor');
    if (session && actor) {
      await logout({
        db: c.get('deps').db,
        userId: actor.userId,
        tokenHash: session.tokenHash,
        requestId: c.get('requestId'),
      });
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    deleteCookie(c, CSRF_COOKIE, { path: '/' });
    return c.body(null, 204);
  })
  .openapi(meRoute, async (c) => {
    const actor = c.get('actor');
    if (!actor) throw unauthenticated();
    return c.json(await getMe(c.get('deps').db, actor), 200);
  })
  .openapi(passwordRoute, async (c) => {
    const actor = c.get('actor');
    const session = c.get('session');
    if (!actor || !session) throw unauthenticated();
    const body = c.req.valid('json');
    const { db, clock } = c.get('deps');
    await changePassword({
      db,
      clock,
      userId: actor.userId,
      tokenHash: session.tokenHash,
      currentPassword: body.currentPassword,
      newPassword: body.newPassword,
      requestId: c.get('requestId'),
    });
    return c.body(null, 204);
  })
  .openapi(listUsersRoute, async (c) => c.json({ items: await listUsers(useCaseContext(c)) }, 200))
  .openapi(createUserRoute, async (c) => c.json(await createUser(useCaseContext(c), c.req.valid('json')), 201))
  .openapi(updateUserRoute, async (c) =>
    c.json(await updateUser(useCaseContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
