// A rule change is a new version from a date on; earlier versions stay as they were, so past
// postings are always judged by the rules in force on their date.
import { AppError, validationError } from '../../kernel/errors.js';
import { civilDate, compareDates, formatThaiDate } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { requireGroup } from '../ledger/index.js';
import { getGroupIn } from './get-group.js';
import { checkRules, type TGroupRules } from './rules.js';
import type { TGroup } from './savings.schemas.js';

export async function setGroupRules(
  ctx: UseCaseContext,
  groupId: string,
  input: { effectiveFrom: string; rules: TGroupRules },
): Promise<TGroup> {
  const group = await requireGroup(ctx, groupId, 'savings:manage');
  const from = civilDate(input.effectiveFrom);
  const issues = checkRules(input.rules);
  if (issues.length) throw validationError(issues);
  return ctx.db.transaction().execute(async (trx) => {
    const book = await trx
      .selectFrom('ledger_book')
      .select('closed_through')
      .where('group_id', '=', group.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (book.closed_through && compareDates(from, civilDate(book.closed_through)) <= 0) {
      throw validationError([
        {
          path: 'effectiveFrom',
          messageTh: `วันที่มีผลต้องอยู่หลังงวดที่ปิดแล้ว (ปิดถึง ${formatThaiDate(civilDate(book.closed_through))})`,
          messageEn: 'effectiveFrom falls in a closed period',
        },
      ]);
    }
    const clash = await trx
      .selectFrom('group_rule_set')
      .select('effective_from')
      .where('group_id', '=', group.id)
      .where('effective_from', '=', from)
      .executeTakeFirst();
    if (clash) {
      throw new AppError({
        code: 'rules_version_exists',
        kind: 'conflict',
        messageTh: `มีระเบียบที่มีผลวันที่ ${formatThaiDate(from)} อยู่แล้ว`,
        messageEn: 'A rule set with that effective date exists',
      });
    }
    await trx
      .insertInto('group_rule_set')
      .values({
        group_id: group.id,
        effective_from: from,
        rules: JSON.stringify(input.rules),
        recorded_by: ctx.actor.userId,
      })
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'savings_group.rules',
      entityType: 'savings_group',
      entityId: group.id,
      orgUnitId: group.orgUnitId,
      after: { effectiveFrom: from, rules: input.rules },
      requestId: ctx.requestId,
    });
    return getGroupIn(trx, group.id, from);
  });
}
