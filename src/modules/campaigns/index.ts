export type { CampaignsTables } from './campaigns.tables.js';
export { campaignsRoutes } from './routes.js';
