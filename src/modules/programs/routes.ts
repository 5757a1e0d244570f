import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { planRoutes } from './plan-routes.js';
import { projectRoutes } from './project-routes.js';

export const programsRoutes = new OpenAPIHono<AppEnv>().route('/', projectRoutes).route('/', planRoutes);
