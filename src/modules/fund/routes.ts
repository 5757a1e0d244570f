import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { assistanceRoutes } from './assistance-routes.js';
import { fundBookRoutes } from './fund-routes.js';
import { householdRoutes } from './household-routes.js';
import { reportRoutes } from './report-routes.js';

export const fundRoutes = new OpenAPIHono<AppEnv>()
  .route('/', fundBookRoutes)
  .route('/', householdRoutes)
  .route('/', assistanceRoutes)
  .route('/', reportRoutes);
