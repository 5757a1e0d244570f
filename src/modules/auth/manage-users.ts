// Account administration within the administrator's own subtree: who may log in, with which roles
// where. An administrator can only grant roles over units they manage, and only HQ grants hq_admin.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, notFound, validationError, type FieldIssue } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { canAt, inScope, isRole, requireRecordAccess, ROLES, type Actor, type Role } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import type { TUserSummary } from './auth.schemas.js';
import { createUserAccount } from './create-user.js';

type Q = Kysely<DB> | Transaction<DB>;
type RoleGrant = { role: string; orgUnitId: string; groupId?: string | null | undefined };
type CheckedGrant = { role: Role; orgUnitId: string; groupId: string | null };

async function checkGrants(db: Q, actor: Actor, grants: RoleGrant[]): Promise<CheckedGrant[]> {
  const issues: FieldIssue[] = [];
  const units = new Map(
    (
      await db
        .selectFrom('org_unit')
        .select(['id', 'path'])
        .where(
          'id',
          'in',
          grants.map((g) => g.orgUnitId),
        )
        .execute()
    ).map((u) => [u.id, u.path]),
  );
  const groupIds = grants.flatMap((g) => (g.groupId ? [g.groupId] : []));
  const groupUnits = new Map(
    groupIds.length === 0
      ? []
      : (await db.selectFrom('savings_group').select(['id', 'org_unit_id']).where('id', 'in', groupIds).execute()).map(
          (g) => [g.id, g.org_unit_id],
        ),
  );
  const checked: CheckedGrant[] = [];
  grants.forEach((g, i) => {
    const path = units.get(g.orgUnitId);
    if (!isRole(g.role))
      issues.push({ path: `roles.${i}.role`, messageTh: 'ไม่รู้จักบทบาทนี้', messageEn: `Unknown role ${g.role}` });
    else if (!path)
      issues.push({ path: `roles.${i}.orgUnitId`, messageTh: 'ไม่พบหน่วยงานที่ระบุ', messageEn: 'Unknown org unit' });
    else if ((g.role === 'group_officer') !== Boolean(g.groupId))
      issues.push({
        path: `roles.${i}.groupId`,
        messageTh: 'บทบาทเจ้าหน้าที่กลุ่มออมทรัพย์ต้องระบุกลุ่ม และบทบาทอื่นต้องไม่ระบุกลุ่ม',
        messageEn: 'group_officer needs a savings group; other roles take none',
      });
    else if (g.groupId && groupUnits.get(g.groupId) !== g.orgUnitId)
      issues.push({
        path: `roles.${i}.groupId`,
        messageTh: 'ไม่พบกลุ่มออมทรัพย์นี้ในหน่วยงานที่ระบุ',
        messageEn: 'No such savings group in that org unit',
      });
    else if (
      !canAt(actor, 'users:manage', path) ||
      (g.role === 'hq_admin' && !actor.grants.some((x) => x.role === 'hq_admin'))
    ) {
      issues.push({
        path: `roles.${i}.orgUnitId`,
        messageTh: 'ท่านไม่มีสิทธิ์มอบบทบาทนี้ในหน่วยงานนี้',
        messageEn: 'You may not grant this role there',
      });
    } else checked.push({ role: g.role, orgUnitId: g.orgUnitId, groupId: g.groupId ?? null });
  });
  if (issues.length) throw validationError(issues);
  return checked;
}

type RoleRow = {
  role: string;
  orgUnitId: string;
  orgUnitNameTh: string;
  groupId: string | null;
  groupNameTh: string | null;
};

function userSelect(db: Q) {
  return db
    .selectFrom('user_account as u')
    .innerJoin('person as p', 'p.id', 'u.person_id')
    .innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
    .select([
      'u.id',
      'u.username',
      'u.is_active',
      'p.id as person_id',
      'p.title',
      'p.first_name',
      'p.last_name',
      'o.id as org_unit_id',
      'o.name_th as org_unit_name_th',
      'o.path',
      (eb) =>
        eb
          .selectFrom('role_assignment as r')
          .innerJoin('org_unit as ro', 'ro.id', 'r.org_unit_id')
          .leftJoin('savings_group as sg', 'sg.id', 'r.group_id')
          .select(
            sql<
              RoleRow[]
            >`coalesce(json_agg(json_build_object('role', r.role, 'orgUnitId', r.org_unit_id, 'orgUnitNameTh', ro.name_th, 'groupId', r.group_id, 'groupNameTh', sg.name_th) ORDER BY ro.path, r.role), '[]')`.as(
              'roles',
            ),
          )
          .whereRef('r.user_id', '=', 'u.id')
          .as('roles'),
    ]);
}

function toUserSummary(r: Awaited<ReturnType<ReturnType<typeof userSelect>['executeTakeFirstOrThrow']>>): TUserSummary {
  return {
    id: r.id,
    username: r.username,
    isActive: r.is_active,
    personId: r.person_id,
    fullName: `${r.title}${r.first_name} ${r.last_name}`,
    orgUnitId: r.org_unit_id,
    orgUnitNameTh: r.org_unit_name_th,
    roles: (r.roles ?? []).map((g) => ({ ...g, roleNameTh: isRole(g.role) ? ROLES[g.role].nameTh : g.role })),
  };
}

export async function listUsers(ctx: UseCaseContext): Promise<TUserSummary[]> {
  const rows = await userSelect(ctx.db)
    .where((eb) => inScope(eb, eb.ref('o.path'), ctx.actor, 'users:manage'))
    .orderBy('o.path')
    .orderBy('u.username')
    .limit(1000)
    .execute();
  return rows.map(toUserSummary);
}

export async function createUser(
  ctx: UseCaseContext,
  input: { personId: string; username: string; password: string; roles: RoleGrant[] },
): Promise<TUserSummary> {
  return ctx.db.transaction().execute(async (trx) => {
    const person = await trx
      .selectFrom('person as p')
      .innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
      .select(['p.id', 'o.path'])
      .where('p.id', '=', input.personId)
      .executeTakeFirst();
    if (!person) throw validationError([{ path: 'personId', messageTh: 'ไม่พบบุคคลที่ระบุ', messageEn: 'Unknown person' }]);
    requireRecordAccess(ctx.actor, 'users:manage', person.path);
    if (await trx.selectFrom('user_account').select('id').where('person_id', '=', person.id).executeTakeFirst()) {
      throw new AppError({
        code: 'person_has_account',
        kind: 'conflict',
        messageTh: 'บุคคลนี้มีบัญชีผู้ใช้อยู่แล้ว',
        messageEn: 'This person already has an account',
      });
    }
    const roles = await checkGrants(trx, ctx.actor, input.roles);
    const id = await createUserAccount(trx, {
      personId: person.id,
      username: input.username,
      password: input.password,
      roles,
      mustChangePassword: true,
      actorUserId: ctx.actor.userId,
      requestId: ctx.requestId,
    });
    return toUserSummary(await userSelect(trx).where('u.id', '=', id).executeTakeFirstOrThrow());
  });
}

export async function updateUser(
  ctx: UseCaseContext,
  id: string,
  patch: { isActive?: boolean | undefined; roles?: RoleGrant[] | undefined },
): Promise<TUserSummary> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await userSelect(trx).where('u.id', '=', id).executeTakeFirst();
    if (!before) throw notFound();
    requireRecordAccess(ctx.actor, 'users:manage', before.path);
    if (id === ctx.actor.userId) {
      throw new AppError({
        code: 'cannot_change_self',
        kind: 'forbidden',
        messageTh: 'ไม่สามารถแก้ไขสิทธิ์หรือระงับบัญชีของตนเองได้',
        messageEn: 'You cannot change your own account here',
      });
    }
    if (patch.roles) {
      // Every existing grant being replaced must also be within the administrator's reach.
      await checkGrants(trx, ctx.actor, before.roles ?? []);
      const roles = await checkGrants(trx, ctx.actor, patch.roles);
      await trx.deleteFrom('role_assignment').where('user_id', '=', id).execute();
      await trx
        .insertInto('role_assignment')
        .values(roles.map((r) => ({ user_id: id, role: r.role, org_unit_id: r.orgUnitId, group_id: r.groupId })))
        .execute();
    }
    if (patch.isActive !== undefined) {
      await trx.updateTable('user_account').set({ is_active: patch.isActive }).where('id', '=', id).execute();
      if (!patch.isActive) await trx.deleteFrom('user_session').where('user_id', '=', id).execute();
    }
    const after = await userSelect(trx).where('u.id', '=', id).executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'user_account.update',
      entityType: 'user_account',
      entityId: id,
      orgUnitId: after.org_unit_id,
      before: { isActive: before.is_active, roles: before.roles },
      after: { isActive: after.is_active, roles: after.roles },
      requestId: ctx.requestId,
    });
    return toUserSummary(after);
  });
}
