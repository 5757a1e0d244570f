import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '../../kernel/errors.js';
import { satang } from '../../kernel/money.js';
import { checkLoanLimit, type LoanLimitInput } from './loan-limits.js';

// Savings 5,000.00 baht, up to 5× savings (25,000.00) including 10,000.00 still owed,
// at most 20,000.00 per loan and 24 months.
const input = (over: Partial<LoanLimitInput> = {}): LoanLimitInput => ({
  principal: satang(1_500_000),
  borrowerSavings: satang(500_000),
  existingOutstanding: satang(1_000_000),
  rule: { maxTermMonths: 24, savingsMultiple: 5, absoluteCap: satang(2_000_000) },
  termMonths: 24,
  ...over,
});

const refuses = (over: Partial<LoanLimitInput>, code: string, messageTh?: string) =>
  assert.throws(
    () => checkLoanLimit(input(over)),
    (e: unknown) =>
      e instanceof AppError &&
      e.kind === 'validation' &&
      e.code === code &&
      (messageTh === undefined || e.messageTh === messageTh),
  );

describe('checkLoanLimit', () => {
  test('exactly at every limit is allowed', () => {
    assert.doesNotThrow(() => checkLoanLimit(input()));
  });

  test('the savings multiple counts loans still owed', () => {
    refuses(
      { principal: satang(1_500_001) },
      'loan_over_savings_multiple',
      'วงเงินกู้เกินสิทธิ์: กู้ได้ไม่เกิน 5 เท่าของเงินสัจจะสะสม (ไม่เกิน 25,000.00 บาท รวมยอดกู้คงค้าง)',
    );
    refuses({ existingOutstanding: satang(1_000_001) }, 'loan_over_savings_multiple');
  });

  test('the absolute cap applies to the new loan alone', () => {
    const noMultiple = { rule: { maxTermMonths: 24, savingsMultiple: 0, absoluteCap: satang(2_000_000) } };
    assert.doesNotThrow(() => checkLoanLimit(input({ ...noMultiple, principal: satang(2_000_000) })));
    refuses(
      { ...noMultiple, principal: satang(2_000_001) },
      'loan_over_absolute_cap',
      'วงเงินกู้เกินเพดาน: กู้ได้ไม่เกิน 20,000.00 บาทต่อสัญญา',
    );
  });

  test('zero means no limit for the multiple and the cap', () => {
    const rule = { maxTermMonths: 24, savingsMultiple: 0, absoluteCap: satang(0) };
    assert.doesNotThrow(() => checkLoanLimit(input({ rule, principal: satang(100_000_000) })));
  });

  test('term and rule checks', () => {
    refuses({ termMonths: 25 }, 'loan_term_too_long', 'ระยะเวลากู้เกินกำหนด: ผ่อนชำระได้ไม่เกิน 24 งวด (เดือน)');
    refuses({ rule: { maxTermMonths: 24, savingsMultiple: 2.5, absoluteCap: satang(0) } }, 'loan_rule_invalid');
  });
});
