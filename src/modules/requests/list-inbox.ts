// A unit's "reports to send": requests addressed to offices where the actor responds, excluding
// those its own side issued. Due dates count from today in Asia/Bangkok by the injected clock.
import { answeredVia } from './get-request.js';
import { todayInBangkok, type CivilDate } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import { inScope } from '../access/index.js';
import { inboxRows } from './requests.repository.js';
import type { TInboxItem } from './requests.schemas.js';
import { awaitingUnit, dueInDays, isLocked, matrixStatus, REMINDER_DAYS } from './timeliness.js';

export async function listInbox(ctx: UseCaseContext, orgUnitId: string | undefined) {
  const today = todayInBangkok(ctx.clock);
  let q = inboxRows(ctx.db)
    .where((eb) => inScope(eb, eb.ref('u.path'), ctx.actor, 'programs:respond'))
    .where((eb) => eb.not(inScope(eb, eb.ref('i.path'), ctx.actor, 'programs:manage')));
  if (orgUnitId) q = q.where('s.org_unit_id', '=', orgUnitId);
  const rows = await q.execute();
  const items: TInboxItem[] = rows.map((s) => {
    const due = dueInDays(today, s.deadline as CivilDate);
    const waiting = awaitingUnit(s.status) && s.request_status === 'sent';
    return {
      submissionId: s.id,
      requestId: s.request_id,
      title: s.title,
      issuingUnit: { id: s.issuer_id, nameTh: s.issuer_name_th },
      unit: { id: s.org_unit_id, nameTh: s.unit_name_th },
      deadline: s.deadline,
      sentOn: s.sent_on,
      requestStatus: s.request_status === 'closed' ? 'closed' : 'sent',
      status: s.status,
      matrixStatus: matrixStatus(s),
      dueInDays: due,
      overdue: waiting && due < 0,
      reminder: waiting && due >= 0 && due <= REMINDER_DAYS,
      locked: isLocked(s, s, today),
      answeredVia: answeredVia(s),
    };
  });
  return { today, items };
}
