export { reportsRoutes } from './routes.js';
export { rollup } from './rollup.js';
export { dashboard } from './dashboard.js';
