import { z } from '@hono/zod-openapi';
import { ORG_UNIT_KINDS } from '../org/index.js';

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
      orgUnitKind: z.enum(ORG_UNIT_KINDS),
    }),
    roles: z.array(
      z.object({
        role: z.string(),
        roleNameTh: z.string(),
        orgUnitId: z.string(),
        orgUnitNameTh: z.string(),
        orgUnitKind: z.enum(ORG_UNIT_KINDS),
      }),
    ),
    permissions: z.array(z.string()),
  })
  .openapi('Me');
export type TMe = z.infer<typeof ZMe>;

export const ZLoginResponse = z.object({ user: ZMe }).openapi('LoginResponse');

const ZRoleGrant = z.object({
  role: z.string().max(40),
  orgUnitId: z.string().trim().min(1).max(40),
  // Required for group_officer (a treasurer or committee member of one savings group), else absent.
  groupId: z.string().uuid().nullable().optional(),
});

export const ZCreateUserRequest = z
  .object({
    personId: z.string().uuid(),
    username: z.string().trim().toLowerCase().min(1).max(64),
    password: z.string().max(200),
    roles: z.array(ZRoleGrant).min(1).max(10),
  })
  .strict()
  .openapi('CreateUserRequest');

export const ZUpdateUserRequest = z
  .object({ isActive: z.boolean().optional(), roles: z.array(ZRoleGrant).min(1).max(10).optional() })
  .strict()
  .openapi('UpdateUserRequest');

export const ZUserSummary = z
  .object({
    id: z.string(),
    username: z.string(),
    isActive: z.boolean(),
    personId: z.string(),
    fullName: z.string(),
    orgUnitId: z.string(),
    orgUnitNameTh: z.string(),
    roles: z.array(
      z.object({
        role: z.string(),
        roleNameTh: z.string(),
        orgUnitId: z.string(),
        orgUnitNameTh: z.string(),
        groupId: z.string().nullable(),
        groupNameTh: z.string().nullable(),
      }),
    ),
  })
  .openapi('UserSummary');
export type TUserSummary = z.infer<typeof ZUserSummary>;

export const ZUserList = z.object({ items: z.array(ZUserSummary) }).openapi('UserList');
