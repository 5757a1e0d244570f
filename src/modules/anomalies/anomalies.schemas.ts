import { z } from '@hono/zod-openapi';

export const ZAnomaly = z
  .object({
    groupId: z.string(),
    groupNameTh: z.string(),
    rule: z.string(),
    ruleNameTh: z.string(),
    subject: z.string(),
    messageTh: z.string(),
    messageEn: z.string(),
    resolution: z.object({ note: z.string(), resolvedBy: z.string(), resolvedAt: z.string() }).nullable(),
  })
  .openapi('Anomaly');
export type TAnomaly = z.infer<typeof ZAnomaly>;

export const ZAnomalyList = z.object({ items: z.array(ZAnomaly) }).openapi('AnomalyList');

export const ZAreaAnomaliesQuery = z.object({
  orgUnitId: z.string().min(1).max(40),
  open: z.enum(['1', '0']).optional().openapi({ description: '1 = only flags not yet resolved' }),
});

export const ZResolveAnomalyRequest = z
  .object({
    rule: z.string().min(1).max(60),
    subject: z.string().min(1).max(200),
    note: z.string().trim().min(5, 'กรุณาบันทึกผลการตรวจสอบอย่างน้อย 5 ตัวอักษร').max(2000),
  })
  .strict()
  .openapi('ResolveAnomalyRequest');
