import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { instrumentRoutes } from './instrument-routes.js';

export const assessmentsRoutes = new OpenAPIHono<AppEnv>().route('/', instrumentRoutes);
