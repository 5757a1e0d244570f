// Announcing: after close, each category's winner is whoever has the most votes. A tie at the top is
// never broken silently: the organiser names the winner(s) among the tied and records why, or the
// announcement is refused. Winners receive certificates (เกียรติบัตร) issued in the same transaction.
import { AppError, validationError, type FieldIssue } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { issueCertificates } from '../certificates/index.js';
import { idempotentWrite } from '../ledger/index.js';
import { readableElection, requireManager, requireStatus } from './election-access.js';
import { computeResults } from './get-results.js';
import { findElection, lockElection } from './votes.repository.js';
import type { TAnnounceInput, TAnnounceResult } from './votes.schemas.js';

export async function announceElection(
  ctx: UseCaseContext,
  id: string,
  input: TAnnounceInput,
  idempotencyKey?: string,
): Promise<TAnnounceResult> {
  return idempotentWrite(
    ctx,
    { idempotencyKey, operation: 'election.announce', request: { id, input } },
    async (trx) => {
      await readableElection(trx, ctx.actor, id);
      await lockElection(trx, id, 'update');
      const e = (await findElection(trx, id))!;
      requireManager(ctx.actor, e);
      requireStatus(
        e,
        ['closed'],
        e.status === 'announced' ? 'ประกาศผลการลงคะแนนนี้ไปแล้ว' : 'ประกาศผลได้หลังปิดการลงคะแนนแล้วเท่านั้น',
      );
      const results = await computeResults(trx, ctx.clock, e);
      const issues: FieldIssue[] = [];
      const decisions = new Map(input.decisions.map((d) => [d.categoryId, d]));
      input.decisions.forEach((d, i) => {
        const c = results.categories.find((x) => x.id === d.categoryId);
        if (!c)
          issues.push({ path: `decisions.${i}.categoryId`, messageTh: 'ไม่พบด้านนี้', messageEn: 'No such category' });
        else if (!c.tied) {
          issues.push({
            path: `decisions.${i}.categoryId`,
            messageTh: `${c.nameTh} ไม่มีคะแนนสูงสุดเท่ากัน ผู้ได้คะแนนสูงสุดได้รับการคัดเลือก`,
            messageEn: 'No tie in this category',
          });
        } else if (d.winnerPersonIds.some((p) => !c.leaderIds.includes(p))) {
          issues.push({
            path: `decisions.${i}.winnerPersonIds`,
            messageTh: 'เลือกได้เฉพาะผู้ที่ได้คะแนนสูงสุดเท่ากัน',
            messageEn: 'Winners must be among those tied at the top',
          });
        }
      });
      if (issues.length) throw validationError(issues);
      const unresolved = results.categories.filter((c) => c.tied && !decisions.has(c.id));
      if (unresolved.length) {
        throw new AppError({
          code: 'tie_unresolved',
          kind: 'conflict',
          messageTh: `คะแนนสูงสุดเท่ากันใน${unresolved.map((c) => c.nameTh).join(', ')} กรุณาบันทึกผลการตัดสินก่อนประกาศผล`,
          messageEn: 'Tied categories need a recorded decision',
        });
      }

      const winners = results.categories.flatMap((c) => {
        const ids = c.tied ? [...new Set(decisions.get(c.id)!.winnerPersonIds)] : c.leaderIds;
        return ids.map((personId) => ({ category: c, row: c.rows.find((r) => r.candidate.personId === personId)! }));
      });
      if (winners.length) {
        await trx
          .insertInto('election_winner')
          .values(
            winners.map((w) => ({
              election_id: id,
              category_id: w.category.id,
              person_id: w.row.candidate.personId,
              votes: w.row.votes,
            })),
          )
          .execute();
      }
      for (const d of decisions.values()) {
        await trx
          .updateTable('election_category')
          .set({ decision_note: d.note })
          .where('election_id', '=', id)
          .where('id', '=', d.categoryId)
          .execute();
      }
      const now = ctx.clock.now();
      await trx
        .updateTable('election')
        .set({ status: 'announced', announced_at: now, updated_at: now })
        .where('id', '=', id)
        .execute();
      const certificates = winners.length
        ? await issueCertificates(ctx, trx, {
            source: { kind: 'vote', id },
            issuerUnitId: e.org_unit_id,
            eventTitle: e.title,
            signer: input.signer,
            issuedOn: input.issuedOn,
            recipients: winners.map((w) => ({
              key: `${w.category.code}:${w.row.candidate.personId}`,
              recipientName: w.row.candidate.fullName,
              personId: w.row.candidate.personId,
              honour: `${input.honourPrefix}${w.category.nameTh}`,
            })),
          })
        : [];
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: 'election.announce',
        entityType: 'election',
        entityId: id,
        orgUnitId: e.org_unit_id,
        after: {
          winners: winners.map((w) => ({
            category: w.category.code,
            personId: w.row.candidate.personId,
            votes: w.row.votes,
          })),
          decisions: input.decisions,
        },
        requestId: ctx.requestId,
      });
      return { results: await computeResults(trx, ctx.clock, (await findElection(trx, id))!), certificates };
    },
  );
}
