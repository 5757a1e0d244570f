import { z } from '@hono/zod-openapi';
import { ZCivilDate, ZPositiveSatang, ZSatang } from '../ledger/index.js';

export const ZApplyLoanRequest = z
  .object({
    memberNo: z.int().positive(),
    loanType: z.string().max(20),
    principal: ZPositiveSatang,
    termMonths: z.int().min(1).max(360),
    purpose: z.string().trim().min(1).max(300),
    appliedOn: ZCivilDate,
    guarantors: z.array(z.int().positive()).max(5).default([]),
  })
  .strict()
  .openapi('ApplyLoanRequest');
export type TApplyLoanRequest = z.infer<typeof ZApplyLoanRequest>;

export const ZDecideLoanRequest = z
  .object({
    decision: z.enum(['approve', 'reject']),
    decidedOn: ZCivilDate,
    note: z.string().trim().max(500).default(''),
  })
  .strict()
  .openapi('DecideLoanRequest');

export const ZDisburseLoanRequest = z
  .object({ disbursedOn: ZCivilDate, firstDueOn: ZCivilDate })
  .strict()
  .openapi('DisburseLoanRequest');

export const ZWriteOffLoanRequest = z
  .object({ writtenOffOn: ZCivilDate, decision: z.string().trim().min(5).max(500) })
  .strict()
  .openapi('WriteOffLoanRequest');

const ZInstallment = z.object({ no: z.number(), dueOn: z.string(), principal: ZSatang, interest: ZSatang });

export const ZLoanState = z.object({
  asOf: z.string(),
  principalOutstanding: ZSatang,
  principalDue: ZSatang,
  interestDue: ZSatang,
  penaltyDue: ZSatang,
  overdueAmount: ZSatang,
  daysOverdue: z.number(),
  agingBucket: z.string().nullable(),
  lateInstallments: z.number(),
  totalPayoff: ZSatang,
});

export const ZLoan = z
  .object({
    groupId: z.string(),
    loanNo: z.number(),
    memberNo: z.number(),
    memberName: z.string(),
    loanType: z.string(),
    loanTypeNameTh: z.string(),
    purpose: z.string(),
    principal: ZSatang,
    annualRateBp: z.number(),
    method: z.enum(['flat', 'declining']),
    termMonths: z.number(),
    penaltyPerLateInstallment: ZSatang,
    appliedOn: z.string(),
    enteredBy: z.string().openapi({ description: 'Username of whoever entered the application (cannot decide it)' }),
    status: z.enum(['applied', 'approved', 'rejected', 'disbursed', 'paid_off', 'written_off']),
    decidedOn: z.string().nullable(),
    decisionNote: z.string().nullable(),
    disbursedOn: z.string().nullable(),
    firstDueOn: z.string().nullable(),
    guarantors: z.array(z.object({ memberNo: z.number(), fullName: z.string() })),
    state: ZLoanState.nullable(),
    schedule: z.array(ZInstallment),
    payments: z.array(
      z.object({ entryNo: z.number(), paidOn: z.string(), penalty: ZSatang, interest: ZSatang, principal: ZSatang }),
    ),
  })
  .openapi('Loan');
export type TLoan = z.infer<typeof ZLoan>;

export const ZLoanListQuery = z.object({
  memberNo: z.coerce.number().int().positive().optional(),
  guarantorNo: z.coerce.number().int().positive().optional(),
  asOf: ZCivilDate.optional(),
});
export const ZLoanList = z.object({ items: z.array(ZLoan) }).openapi('LoanList');
