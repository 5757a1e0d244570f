// Assembles the one HTTP application: API under /api/v1, OpenAPI at /api/openapi.json, the built
// UI everywhere else.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { z } from '@hono/zod-openapi';
import { AppError } from '../kernel/errors.js';
import { assessmentsRoutes } from '../modules/assessments/index.js';
import { anomalyRoutes } from '../modules/anomalies/index.js';
import { passbookRoutes } from '../modules/passbook/index.js';
import { auditRoutes } from '../modules/audit/index.js';
import { awardsRoutes } from '../modules/awards/index.js';
import { campaignsRoutes } from '../modules/campaigns/index.js';
import { certificatesRoutes } from '../modules/certificates/index.js';
import { fundRoutes } from '../modules/fund/index.js';
import { programsRoutes } from '../modules/programs/index.js';
import {
  authRoutes,
  CSRF_HEADER,
  hashToken,
  loadActor,
  SESSION_COOKIE,
  type LoadedSession,
} from '../modules/auth/index.js';
import { orgRoutes } from '../modules/org/index.js';
import { peopleRoutes } from '../modules/people/index.js';
import { ledgerRoutes } from '../modules/ledger/index.js';
import { lettersRoutes } from '../modules/letters/index.js';
import { loansRoutes } from '../modules/loans/index.js';
import { meetingsRoutes } from '../modules/meetings/index.js';
import { membershipRoutes } from '../modules/membership/index.js';
import { reportsRoutes } from '../modules/reports/index.js';
import { requestsRoutes } from '../modules/requests/index.js';
import { savingsRoutes } from '../modules/savings/index.js';
import { votesRoutes } from '../modules/votes/index.js';
import { yearEndRoutes } from '../modules/year-end/index.js';
import type { AppDeps, AppEnv } from './context.js';
import { errorResponse, toAppError, unexpectedError, zodIssuesToFields } from './errors.js';
import { AppCaches } from './read-cache.js';
import { defineRoute } from './route.js';
import { validationError } from '../kernel/errors.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const csrfRejected = () =>
  new AppError({
    code: 'csrf_rejected',
    kind: 'forbidden',
    messageTh: 'คำขอไม่ผ่านการตรวจสอบความปลอดภัย กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง',
    messageEn: 'CSRF check failed',
  });

const tooLarge = () =>
  new AppError({
    code: 'body_too_large',
    kind: 'too_large',
    messageTh: 'ข้อมูลหรือไฟล์มีขนาดใหญ่เกินกำหนด',
    messageEn: 'Request body too large',
  });

const healthRoute = defineRoute('public', {
  method: 'get',
  path: '/api/health',
  tags: ['system'],
  summary: 'Liveness and the database backend in use',
  responses: {
    200: {
      description: 'Healthy',
      content: {
        'application/json': { schema: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
  },
});

export function createApp(deps: AppDeps) {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(zodIssuesToFields(result.error.issues));
    },
  });

  // Uploads get their own, larger limit on their route; everything else is small JSON.
  api.use('*', async (c, next) => {
    const isUpload = (c.req.header('content-type') ?? '').startsWith('multipart/form-data');
    const maxSize = isUpload ? deps.config.maxUploadBytes : deps.config.maxJsonBytes;
    return bodyLimit({
      maxSize,
      onError: () => {
        throw tooLarge();
      },
    })(c, next);
  });

  // Every request resolves its session; under load that lookup is most of a cached read's cost.
  const caches = new AppCaches();
  const sessions = caches.create<LoadedSession>(10_000, 10_000);
  const resolveSession = async (token: string): Promise<LoadedSession | null> => {
    const now = deps.clock.now().getTime();
    const key = hashToken(token);
    const hit = sessions.get(key, now);
    if (hit && hit.expiresAt > now) return hit;
    const generation = caches.generation;
    const loaded = await loadActor(deps.db, token, deps.clock.now());
    if (loaded) sessions.set(key, loaded, now, generation, loaded.expiresAt);
    return loaded;
  };

  api.use('*', async (c, next) => {
    c.set('caches', caches);
    if (!UNSAFE.has(c.req.method)) return next();
    // Any write may change what a cached read shows (figures, grants, a session ended): drop them
    // all once it is done, whatever its outcome.
    try {
      await next();
    } finally {
      caches.clear();
    }
  });

  api.use('*', async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const loaded = token ? await resolveSession(token) : null;
    c.set('actor', loaded?.actor ?? null);
    c.set('session', loaded ? { tokenHash: loaded.tokenHash, csrfToken: loaded.csrfToken } : null);
    // Cookie-authenticated writes must echo the CSRF token only this session's pages can read.
    if (loaded && UNSAFE.has(c.req.method) && c.req.header(CSRF_HEADER) !== loaded.csrfToken) {
      throw csrfRejected();
    }
    await next();
  });

  api.route('/', authRoutes);
  api.route('/', orgRoutes);
  api.route('/', peopleRoutes);
  api.route('/', auditRoutes);
  api.route('/', anomalyRoutes);
  api.route('/', passbookRoutes);
  api.route('/', savingsRoutes);
  api.route('/', ledgerRoutes);
  api.route('/', loansRoutes);
  api.route('/', meetingsRoutes);
  api.route('/', membershipRoutes);
  api.route('/', yearEndRoutes);
  api.route('/', reportsRoutes);
  api.route('/', campaignsRoutes);
  api.route('/', requestsRoutes);
  api.route('/', programsRoutes);
  api.route('/', lettersRoutes);
  api.route('/', awardsRoutes);
  api.route('/', votesRoutes);
  api.route('/', assessmentsRoutes);
  api.route('/', fundRoutes);
  api.route('/', certificatesRoutes);

  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(zodIssuesToFields(result.error.issues));
    },
  });
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('requestId', c.req.header('x-request-id') ?? randomUUID());
    c.set('actor', null);
    c.set('session', null);
    await next();
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        fontSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'same-origin',
    }),
  );
  app.onError((err, c) => {
    const appError = toAppError(err);
    return appError ? errorResponse(c, appError) : unexpectedError(c, err);
  });
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? errorResponse(
          c,
          new AppError({
            code: 'no_such_route',
            kind: 'not_found',
            messageTh: 'ไม่พบบริการนี้',
            messageEn: 'No such API route',
          }),
        )
      : c.text('Not found', 404),
  );

  app.openapi(healthRoute, (c) => c.json({ status: 'ok' as const, database: deps.dbKind }, 200));
  app.route('/api/v1', api);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Chumchon API', version: '1', description: 'ชุมชน — Community Development Department platform' },
  });

  if (deps.config.webDir && existsSync(join(deps.config.webDir, 'index.html'))) {
    const webDir = deps.config.webDir;
    app.use('/*', serveStatic({ root: webDir }));
    // Client-side routes: any other non-API GET gets the app shell (read per request, so a rebuilt
    // UI is picked up without a restart).
    app.get('*', (c) =>
      c.req.path.startsWith('/api/') ? c.notFound() : c.html(readFileSync(join(webDir, 'index.html'), 'utf8')),
    );
  }
  return app;
}

export type App = ReturnType<typeof createApp>;
