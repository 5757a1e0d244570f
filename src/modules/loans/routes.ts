import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/context.js';
import { commonErrors, conflictError, idempotencyHeader } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { applyLoan } from './apply-loan.js';
import { decideLoan } from './decide-loan.js';
import { disburseLoan } from './disburse-loan.js';
import { writeOffLoan } from './write-off-loan.js';
import { getLoan } from './get-loan.js';
import { listLoans } from './list-loans.js';
import {
  ZApplyLoanRequest,
  ZDecideLoanRequest,
  ZDisburseLoanRequest,
  ZLoan,
  ZLoanList,
  ZLoanListQuery,
  ZWriteOffLoanRequest,
} from './loans.schemas.js';
import { ZCivilDate } from '../ledger/index.js';

const groupParam = z.object({ groupId: z.string().uuid() });
const loanParam = groupParam.extend({ loanNo: z.coerce.number().int().positive() });
const tags = ['loans'];
const written = { 201: { description: 'Loan', ...jsonContent(ZLoan) }, ...commonErrors, ...conflictError };

const listRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/groups/{groupId}/loans',
  tags,
  summary: "A group's loans with state and arrears as of a date; by borrower or by guarantor",
  request: { params: groupParam, query: ZLoanListQuery },
  responses: { 200: { description: 'Loans', ...jsonContent(ZLoanList) }, ...commonErrors },
});
const getRoute = defineRoute('savings:read', {
  method: 'get',
  path: '/groups/{groupId}/loans/{loanNo}',
  tags,
  summary: 'One loan: schedule, repayments and where it stands',
  request: { params: loanParam, query: z.object({ asOf: ZCivilDate.optional() }) },
  responses: { 200: { description: 'Loan', ...jsonContent(ZLoan) }, ...commonErrors },
});
const applyRoute = defineRoute('savings:post', {
  method: 'post',
  path: '/groups/{groupId}/loans',
  tags,
  summary: 'Enter a loan application (checked against the rules: limits, term, guarantors)',
  request: {
    params: groupParam,
    headers: idempotencyHeader,
    body: { required: true, ...jsonContent(ZApplyLoanRequest) },
  },
  responses: written,
});
const decideRoute = defineRoute('savings:approve', {
  method: 'post',
  path: '/groups/{groupId}/loans/{loanNo}/decision',
  tags,
  summary: 'Approve or reject (never by whoever entered the application)',
  request: {
    params: loanParam,
    headers: idempotencyHeader,
    body: { required: true, ...jsonContent(ZDecideLoanRequest) },
  },
  responses: written,
});
const disburseRoute = defineRoute('savings:post', {
  method: 'post',
  path: '/groups/{groupId}/loans/{loanNo}/disbursement',
  tags,
  summary: 'Pay out an approved loan and fix its first due date',
  request: {
    params: loanParam,
    headers: idempotencyHeader,
    body: { required: true, ...jsonContent(ZDisburseLoanRequest) },
  },
  responses: written,
});

const writeOffRoute = defineRoute('savings:approve', {
  method: 'post',
  path: '/groups/{groupId}/loans/{loanNo}/write-off',
  tags,
  summary: "Write off the outstanding principal by the committee's decision",
  request: {
    params: loanParam,
    headers: idempotencyHeader,
    body: { required: true, ...jsonContent(ZWriteOffLoanRequest) },
  },
  responses: written,
});

export const loansRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) =>
    c.json(await listLoans(useCaseContext(c), c.req.valid('param').groupId, c.req.valid('query')), 200),
  )
  .openapi(getRoute, async (c) => {
    const { groupId, loanNo } = c.req.valid('param');
    return c.json(await getLoan(useCaseContext(c), groupId, loanNo, c.req.valid('query').asOf), 200);
  })
  .openapi(applyRoute, async (c) =>
    c.json(
      await applyLoan(
        useCaseContext(c),
        c.req.valid('param').groupId,
        c.req.valid('json'),
        c.req.valid('header')['idempotency-key'],
      ),
      201,
    ),
  )
  .openapi(decideRoute, async (c) =>
    c.json(
      await decideLoan(
        useCaseContext(c),
        { ...c.req.valid('param'), ...c.req.valid('json') },
        c.req.valid('header')['idempotency-key'],
      ),
      201,
    ),
  )
  .openapi(disburseRoute, async (c) =>
    c.json(
      await disburseLoan(
        useCaseContext(c),
        { ...c.req.valid('param'), ...c.req.valid('json') },
        c.req.valid('header')['idempotency-key'],
      ),
      201,
    ),
  )
  .openapi(writeOffRoute, async (c) =>
    c.json(
      await writeOffLoan(
        useCaseContext(c),
        { ...c.req.valid('param'), ...c.req.valid('json') },
        c.req.valid('header')['idempotency-key'],
      ),
      201,
    ),
  );
