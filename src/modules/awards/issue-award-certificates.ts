import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import type { TCertificate } from '../certificates/index.js';
import { requireReleaser } from './award-access.js';
import { committeeOf, findCall } from './awards.repository.js';
import type { TAnnounceInput } from './awards.schemas.js';
import { effectiveStatus, wrongStatus } from './call-state.js';
import { issueWinnerCertificates } from './award-certificates.js';

/** Issues (again, idempotently) the winners' certificates of an announced call. */
export async function issueAwardCertificates(
  ctx: UseCaseContext,
  callId: string,
  input: TAnnounceInput,
): Promise<{ items: TCertificate[] }> {
  return ctx.db.transaction().execute(async (trx) => {
    const call = await findCall(trx, callId, { forShare: true });
    if (!call) throw notFound();
    const members = await committeeOf(trx, callId);
    requireReleaser(ctx.actor, call, members);
    const status = effectiveStatus(call, ctx.clock);
    if (status !== 'announced') throw wrongStatus(status, 'ออกเกียรติบัตรได้หลังประกาศผลแล้ว');
    return { items: await issueWinnerCertificates(ctx, trx, call, members, input) };
  });
}
