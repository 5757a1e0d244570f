import { z } from '@hono/zod-openapi';

export const ORG_UNIT_KINDS = ['department', 'province', 'district', 'subdistrict', 'village', 'work_group'] as const;

export const ZOrgUnit = z
  .object({
    id: z.string(),
    kind: z.enum(ORG_UNIT_KINDS),
    parentId: z.string().nullable(),
    path: z.string(),
    nameTh: z.string(),
    nameEn: z.string().nullable(),
    letterPrefix: z.string().nullable(),
    hasOffice: z.boolean(),
    villageNo: z.number().int().nullable(),
    childCount: z.number().int(),
  })
  .openapi('OrgUnit');
export type TOrgUnit = z.infer<typeof ZOrgUnit>;

export const ZOrgUnitDetail = ZOrgUnit.extend({
  ancestors: z.array(z.object({ id: z.string(), kind: z.enum(ORG_UNIT_KINDS), nameTh: z.string() })),
}).openapi('OrgUnitDetail');

export const ZOrgUnitList = z.object({ items: z.array(ZOrgUnit) }).openapi('OrgUnitList');

export const ZOrgUnitQuery = z.object({
  parentId: z.string().max(40).optional(),
  q: z.string().trim().min(1).max(100).optional(),
});

export const ZCreateVillageRequest = z
  .object({
    parentId: z.string().trim().min(1).max(40),
    villageNo: z.number().int().min(1).max(99),
    nameTh: z.string().trim().min(1).max(200),
  })
  .strict()
  .openapi('CreateVillageRequest');
