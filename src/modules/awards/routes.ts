import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { callRoutes } from './call-routes.js';
import { judgingRoutes } from './judging-routes.js';
import { nominationRoutes } from './nomination-routes.js';

export const awardsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', callRoutes)
  .route('/', nominationRoutes)
  .route('/', judgingRoutes);
