import { z } from '@hono/zod-openapi';
import { ZCivilDate, ZPositiveSatang, ZSatang } from '../ledger/index.js';

export const ZCreateCampaignRequest = z
  .object({
    orgUnitId: z.string().trim().min(1).max(40),
    nameTh: z.string().trim().min(1).max(200),
    startsOn: ZCivilDate,
    endsOn: ZCivilDate,
    minAmount: ZPositiveSatang.openapi({ description: 'e.g. 5000 = add 50 baht' }),
    targetNewMembers: z.int().min(0),
    targetMembersAdding: z.int().min(0),
  })
  .strict()
  .openapi('CreateCampaignRequest');
export type TCreateCampaignRequest = z.infer<typeof ZCreateCampaignRequest>;

export const ZCampaign = z
  .object({
    id: z.string(),
    orgUnitId: z.string(),
    orgUnitNameTh: z.string(),
    nameTh: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    minAmount: ZSatang,
    targetNewMembers: z.number(),
    targetMembersAdding: z.number(),
  })
  .openapi('Campaign');
export type TCampaign = z.infer<typeof ZCampaign>;

export const ZCampaignFigures = z.object({
  groups: z.number(),
  newMembers: z.number(),
  membersAdding: z.number().openapi({ description: 'Members who added ≥ minAmount by either route' }),
  membersAddingPledge: z.number(),
  membersAddingSpecial: z.number(),
  specialDeposited: ZSatang,
});
export type TCampaignFigures = z.infer<typeof ZCampaignFigures>;

export const ZCampaignProgress = z
  .object({
    campaign: ZCampaign,
    orgUnitId: z.string(),
    totals: ZCampaignFigures,
    children: z.array(z.object({ id: z.string(), nameTh: z.string(), figures: ZCampaignFigures })),
  })
  .openapi('CampaignProgress');
export type TCampaignProgress = z.infer<typeof ZCampaignProgress>;
