import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors, conflictError, idempotencyHeader } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { addCommitteeSeat } from './add-committee-seat.js';
import { getGroup } from './get-group.js';
import { getMember } from './get-member.js';
import { joinMember } from './join-member.js';
import { listGroups } from './list-groups.js';
import { listMembers } from './list-members.js';
import { registerGroup } from './register-group.js';
import {
  ZAddSeatRequest,
  ZGroup,
  ZGroupList,
  ZGroupListQuery,
  ZJoinMemberRequest,
  ZMember,
  ZMemberList,
  ZRegisterGroupRequest,
  ZSetFundCentreRequest,
  ZSetLevelRequest,
  ZSetRulesRequest,
} from './savings.schemas.js';
import { setFundCentre } from './set-fund-centre.js';
import { setGroupLevel } from './set-group-level.js';
import { setGroupRules } from './set-group-rules.js';

const groupParam = z.object({ groupId: z.string().uuid() });
const memberParam = groupParam.extend({ memberNo: z.coerce.number().int().positive() });
const tags = ['savings'];

const listRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/groups',
  tags,
  summary: 'Savings groups in scope, optionally under one org unit or matching a name',
  request: { query: ZGroupListQuery },
  responses: { 200: { description: 'Groups', ...jsonContent(ZGroupList) }, ...commonErrors },
});
const registerRoute = defineRoute('savings:manage', {
  method: 'post',
  path: '/groups',
  tags,
  summary: 'Register a savings group with its first rule set and level, and open its books',
  request: { headers: idempotencyHeader, body: { required: true, ...jsonContent(ZRegisterGroupRequest) } },
  responses: { 201: { description: 'Registered', ...jsonContent(ZGroup) }, ...commonErrors, ...conflictError },
});
const getRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/groups/{groupId}',
  tags,
  summary: 'One group with its rules in force, rule versions and level history',
  request: { params: groupParam },
  responses: { 200: { description: 'Group', ...jsonContent(ZGroup) }, ...commonErrors },
});
const rulesRoute = defineRoute('savings:manage', {
  method: 'post',
  path: '/groups/{groupId}/rules',
  tags,
  summary: 'Add a rule-set version effective from a date (allocation must sum to exactly 100 %)',
  request: { params: groupParam, body: { required: true, ...jsonContent(ZSetRulesRequest) } },
  responses: { 201: { description: 'Rules recorded', ...jsonContent(ZGroup) }, ...commonErrors, ...conflictError },
});
const levelRoute = defineRoute('savings:manage', {
  method: 'post',
  path: '/groups/{groupId}/levels',
  tags,
  summary: 'Record the group development level (1–3) from a date',
  request: { params: groupParam, body: { required: true, ...jsonContent(ZSetLevelRequest) } },
  responses: { 201: { description: 'Level recorded', ...jsonContent(ZGroup) }, ...commonErrors, ...conflictError },
});
const fundCentreRoute = defineRoute('savings:manage', {
  method: 'post',
  path: '/groups/{groupId}/fund-centre',
  tags,
  summary: 'Record from a date whether the group leads a community fund management centre (ศูนย์จัดการกองทุนชุมชน)',
  request: { params: groupParam, body: { required: true, ...jsonContent(ZSetFundCentreRequest) } },
  responses: { 201: { description: 'Recorded', ...jsonContent(ZGroup) }, ...commonErrors, ...conflictError },
});
const membersRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/groups/{groupId}/members',
  tags,
  summary: 'All members with balances derived from the ledger',
  request: { params: groupParam },
  responses: { 200: { description: 'Members', ...jsonContent(ZMemberList) }, ...commonErrors },
});
const joinRoute = defineRoute('savings:manage', {
  method: 'post',
  path: '/groups/{groupId}/members',
  tags,
  summary: 'Enrol a member (Thai ID once per group) and post the entry fee',
  request: {
    params: groupParam,
    headers: idempotencyHeader,
    body: { required: true, ...jsonContent(ZJoinMemberRequest) },
  },
  responses: { 201: { description: 'Member', ...jsonContent(ZMember) }, ...commonErrors, ...conflictError },
});
const memberRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/groups/{groupId}/members/{memberNo}',
  tags,
  summary: 'One member with beneficiaries and balances',
  request: { params: memberParam },
  responses: { 200: { description: 'Member', ...jsonContent(ZMember) }, ...commonErrors },
});

const seatRoute = defineRoute('savings:manage', {
  method: 'post',
  path: '/groups/{groupId}/committee-seats',
  tags,
  summary: 'Seat a member on a committee (อำนวยการ, เงินกู้, ตรวจสอบ, ส่งเสริม) for a term',
  request: { params: groupParam, body: { required: true, ...jsonContent(ZAddSeatRequest) } },
  responses: { 201: { description: 'Seated', ...jsonContent(ZGroup) }, ...commonErrors, ...conflictError },
});

export const savingsRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) => c.json(await listGroups(useCaseContext(c), c.req.valid('query')), 200))
  .openapi(registerRoute, async (c) =>
    c.json(await registerGroup(useCaseContext(c), c.req.valid('json'), c.req.valid('header')['idempotency-key']), 201),
  )
  .openapi(getRoute, async (c) => c.json(await getGroup(useCaseContext(c), c.req.valid('param').groupId), 200))
  .openapi(rulesRoute, async (c) =>
    c.json(await setGroupRules(useCaseContext(c), c.req.valid('param').groupId, c.req.valid('json')), 201),
  )
  .openapi(levelRoute, async (c) =>
    c.json(await setGroupLevel(useCaseContext(c), c.req.valid('param').groupId, c.req.valid('json')), 201),
  )
  .openapi(fundCentreRoute, async (c) =>
    c.json(await setFundCentre(useCaseContext(c), c.req.valid('param').groupId, c.req.valid('json')), 201),
  )
  .openapi(seatRoute, async (c) =>
    c.json(await addCommitteeSeat(useCaseContext(c), c.req.valid('param').groupId, c.req.valid('json')), 201),
  )
  .openapi(membersRoute, async (c) => c.json(await listMembers(useCaseContext(c), c.req.valid('param').groupId), 200))
  .openapi(joinRoute, async (c) =>
    c.json(
      await joinMember(
        useCaseContext(c),
        c.req.valid('param').groupId,
        c.req.valid('json'),
        c.req.valid('header')['idempotency-key'],
      ),
      201,
    ),
  )
  .openapi(memberRoute, async (c) => {
    const { groupId, memberNo } = c.req.valid('param');
    return c.json(await getMember(useCaseContext(c), groupId, memberNo), 200);
  });
