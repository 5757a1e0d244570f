export type { CampaignsTables } from './campaigns.tables.js';
export { campaignsRoutes } from './routes.js';
export { maintainCampaignsMany, recordCampaignJoins } from './maintain-campaigns.js';
export { ZCampaign, ZCampaignFigures, type TCampaign, type TCampaignFigures } from './campaigns.schemas.js';
export { campaignSelect, toCampaign } from './get-campaign.js';
export { scanCampaign, type ScannedGroup } from './scan-campaign.js';
