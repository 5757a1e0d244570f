// The treasurer prints a member's passbook QR: a fresh random link (the previous one stops
// working); only its hash is stored, and the audit says who issued it, never the link.
import { randomBytes } from 'node:crypto';
import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { qrDataUrl } from '../../server/qr.js';
import { recordAudit } from '../audit/index.js';
import { hashToken } from '../auth/index.js';
import { requireGroup } from '../ledger/index.js';

export async function issuePassbookLink(
  ctx: UseCaseContext,
  groupId: string,
  memberNo: number,
  origin: string,
): Promise<{ url: string; qrDataUrl: string; issuedAt: string }> {
  const group = await requireGroup(ctx, groupId, 'savings:post');
  const member = await ctx.db
    .selectFrom('group_member')
    .select('member_no')
    .where('group_id', '=', group.id)
    .where('member_no', '=', memberNo)
    .executeTakeFirst();
  if (!member) throw notFound();
  const token = randomBytes(24).toString('base64url');
  const issuedAt = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('member_passbook_link')
      .values({
        group_id: group.id,
        member_no: memberNo,
        token_hash: hashToken(token),
        issued_by: ctx.actor.userId,
        issued_at: issuedAt,
      })
      .onConflict((oc) =>
        oc.columns(['group_id', 'member_no']).doUpdateSet({
          token_hash: hashToken(token),
          issued_by: ctx.actor.userId,
          issued_at: issuedAt,
        }),
      )
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'passbook.issue',
      entityType: 'group_member',
      entityId: `${group.id}:${memberNo}`,
      orgUnitId: group.orgUnitId,
      after: { memberNo },
      requestId: ctx.requestId,
    });
  });
  const url = `${origin}/passbook/${token}`;
  return { url, qrDataUrl: await qrDataUrl(url), issuedAt: issuedAt.toISOString() };
}
