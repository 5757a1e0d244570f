import { civilDate, compareDates, type CivilDate } from '../../kernel/dates.js';

/** Overdue is a reading, not a state: the due day has passed (Bangkok) and the step is not done. */
export function isOverdue(step: { dueOn: string; status: string }, today: CivilDate): boolean {
  return step.status !== 'done' && compareDates(civilDate(step.dueOn), today) < 0;
}
