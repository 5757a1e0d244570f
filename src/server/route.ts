// Every API route is declared through defineRoute, which makes its access rule part of the route
// itself: enforced by middleware, published in OpenAPI as `x-access`, and checked by a test that
// fails if any served route lacks one.
import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../kernel/errors.js';
import { hasPermission, type Permission } from '../modules/access/index.js';
import type { AppEnv } from './context.js';

/** 'public': anyone; 'authenticated': any logged-in user; a permission: held somewhere in scope. */
export type Access = 'public' | 'authenticated' | Permission;

export const unauthenticated = () =>
  new AppError({
    code: 'unauthenticated',
    kind: 'unauthenticated',
    messageTh: 'กรุณาเข้าสู่ระบบ',
    messageEn: 'Please log in',
  });

function accessMiddleware(access: Access) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (access !== 'public') {
      const actor = c.get('actor');
      if (!actor) throw unauthenticated();
      // The per-record org-scope check happens in the use case; this is the coarse gate.
      if (access !== 'authenticated' && actor.mustChangePassword) {
        throw new AppError({
          code: 'password_change_required',
          kind: 'forbidden',
          messageTh: 'กรุณาเปลี่ยนรหัสผ่านก่อนเริ่มใช้งาน',
          messageEn: 'Change your password first',
        });
      }
      if (access !== 'authenticated' && !hasPermission(actor, access)) {
        throw new AppError({
          code: 'forbidden',
          kind: 'forbidden',
          messageTh: 'ท่านไม่มีสิทธิ์ใช้งานส่วนนี้',
          messageEn: `Missing permission ${access}`,
        });
      }
    }
    await next();
  });
}

export function defineRoute<const R extends Omit<RouteConfig, 'middleware'>>(
  access: Access,
  config: R & { middleware?: RouteConfig['middleware'] },
) {
  const extra = config.middleware ? (Array.isArray(config.middleware) ? config.middleware : [config.middleware]) : [];
  return createRoute({
    ...config,
    middleware: [accessMiddleware(access), ...extra] as const,
    'x-access': access,
  });
}

/** The use-case context of an authenticated request (the access middleware has already run). */
export function useCaseContext(c: import('hono').Context<AppEnv>): import('./context.js').UseCaseContext {
  const actor = c.get('actor');
  if (!actor) throw unauthenticated();
  const { db, clock } = c.get('deps');
  return { db, clock, actor, requestId: c.get('requestId') };
}

/** `{ content: { 'application/json': { schema } } }`, the shape OpenAPI wants for JSON bodies. */
export const jsonContent = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
