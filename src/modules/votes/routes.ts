import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { ballotRoutes } from './ballot-routes.js';
import { electionRoutes } from './election-routes.js';

export const votesRoutes = new OpenAPIHono<AppEnv>().route('/', electionRoutes).route('/', ballotRoutes);
