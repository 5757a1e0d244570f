import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { forumRoutes } from './forum-routes.js';
import { instrumentRoutes } from './instrument-routes.js';
import { programRoutes } from './program-routes.js';

export const assessmentsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', instrumentRoutes)
  .route('/', programRoutes)
  .route('/', forumRoutes);
