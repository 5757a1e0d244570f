import { z } from '@hono/zod-openapi';

export const ZLoginRequest = z
  .object({
    username: z.string().trim().toLowerCase().min(1).max(64),
    password: z.string().min(1).max(200),
  })
  .strict()
  .openapi('LoginRequest');

export const ZChangePasswordRequest = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: z.string().max(200),
  })
  .strict()
  .openapi('ChangePasswordRequest');

export const ZMe = z
  .object({
    id: z.string(),
    username: z.string(),
    mustChangePassword: z.boolean(),
    person: z.object({
      id: z.string(),
      title: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      positionNameTh: z.string().nullable(),
      orgUnitId: z.string(),
      orgUnitNameTh: z.string(),
    }),
    roles: z.array(
      z.object({ role: z.string(), roleNameTh: z.string(), orgUnitId: z.string(), orgUnitNameTh: z.string() }),
    ),
    permissions: z.array(z.string()),
  })
  .openapi('Me');
export type TMe = z.infer<typeof ZMe>;

export const ZLoginResponse = z.object({ user: ZMe }).openapi('LoginResponse');
