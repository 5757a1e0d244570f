import assert from 'node:assert/strict';
import { test } from 'node:test';
import { civilDate } from '../../kernel/dates.js';
import { isOverdue } from './plan-status.js';

test('a step is overdue from the day after its due date until it is done', () => {
  const due = { dueOn: '2025-01-15', status: 'in_progress' };
  assert.equal(isOverdue(due, civilDate('2025-01-15')), false);
  assert.equal(isOverdue(due, civilDate('2025-01-16')), true);
  assert.equal(isOverdue({ ...due, status: 'not_started' }, civilDate('2025-02-01')), true);
  assert.equal(isOverdue({ ...due, status: 'done' }, civilDate('2025-02-01')), false);
});
