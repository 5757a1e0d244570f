import { civilDate } from '../../kernel/dates.js';
import { validationError, type FieldIssue } from '../../kernel/errors.js';
import { formatBaht, neg, satang, sum } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { FUND_ACCOUNTS } from './chart.js';
import { fundWrite } from './fund-write.js';
import { fullName, nextNo, participantRows, peopleByIds } from './fund.repository.js';
import type { TCollection, TCollectionInput } from './fund.schemas.js';
import { collectionDto } from './get-collections.js';

/**
 * A collection event (seed 000 §3.4 ๒): the piggy banks come back to the office and each is
 * counted before two named witnesses — people on record, different from each other and from the
 * saver — then booked as one journal entry: the cash awaiting deposit against each participant's
 * savings. Refused as a whole, with every problem named, if any count breaks a rule.
 */
export async function recordCollection(
  ctx: UseCaseContext,
  fundId: string,
  input: TCollectionInput,
  idempotencyKey: string | undefined,
): Promise<TCollection> {
  return fundWrite(ctx, { fundId, idempotencyKey, operation: 'fund_collection.record', request: input }, async (tx) => {
    const { trx, fund } = tx;
    const issues: FieldIssue[] = [];
    const push = (path: string, messageTh: string, messageEn: string) => issues.push({ path, messageTh, messageEn });
    const collectedOn = civilDate(input.collectedOn);
    const participants = new Map((await participantRows(trx, fund.id)).map((p) => [p.participant_no, p]));
    const witnesses = new Map(
      (
        await peopleByIds(
          trx,
          input.counts.flatMap((c) => c.witnessPersonIds),
        )
      ).map((p) => [p.id, p]),
    );
    if (input.counts.length === 0) push('counts', 'กรุณาบันทึกการนับกระปุกออมสินอย่างน้อยหนึ่งใบ', 'No counts');
    const seen = new Set<number>();
    input.counts.forEach((c, i) => {
      const p = participants.get(c.participantNo);
      if (!p) {
        push(`counts.${i}.participantNo`, `ไม่พบผู้เข้าร่วมโครงการเลขที่ ${c.participantNo}`, 'Unknown participant');
        return;
      }
      const who = fullName(p);
      if (seen.has(c.participantNo)) {
        push(`counts.${i}.participantNo`, `${who}: บันทึกการนับซ้ำในครั้งเดียวกัน`, 'Counted twice in one event');
      }
      seen.add(c.participantNo);
      const ids = c.witnessPersonIds;
      const path = `counts.${i}.witnessPersonIds`;
      if (ids.length !== 2) {
        push(path, `${who}: การนับกระปุกออมสินต้องมีพยานสองคน (ระบุไว้ ${ids.length} คน)`, 'Exactly two witnesses');
      } else if (ids[0] === ids[1]) {
        push(path, `${who}: พยานทั้งสองคนต้องเป็นคนละคนกัน`, 'The two witnesses must be different people');
      }
      if (ids.includes(p.person_id)) {
        push(path, `${who}: เจ้าของกระปุกออมสินเป็นพยานการนับของตนเองไม่ได้`, 'A saver cannot witness their own count');
      }
      ids.forEach((id, k) => {
        const w = witnesses.get(id);
        if (!w || !w.path.startsWith(fund.org_path)) {
          push(`${path}.${k}`, `${who}: ไม่พบพยานคนที่ ${k + 1} ในทะเบียนบุคคลของจังหวัด`, 'Unknown witness');
        }
      });
    });
    const total = sum(input.counts.map((c) => satang(c.amount)));
    if (input.counts.length > 0 && total === 0) {
      push('counts', 'กระปุกออมสินทุกใบว่าง ไม่มีเงินให้บันทึกบัญชี', 'Every bank is empty: nothing to book');
    }
    if (issues.length) throw validationError(issues);

    const collectionNo = await nextNo(trx, 'fund_collection', fund.id);
    const [entryNo] = await tx.post(
      [
        {
          postedOn: collectedOn,
          kind: 'collection',
          memo: `นับกระปุกออมสิน ครั้งที่ ${collectionNo} รวม ${formatBaht(total)} บาท`,
          lines: [
            { account: FUND_ACCOUNTS.cashOnHand, amount: total },
            ...input.counts
              .filter((c) => c.amount > 0)
              .map((c) => ({
                account: FUND_ACCOUNTS.savings,
                amount: neg(satang(c.amount)),
                participantNo: c.participantNo,
              })),
          ],
        },
      ],
      'collectedOn',
    );
    await trx
      .insertInto('fund_collection')
      .values({
        fund_id: fund.id,
        collection_no: collectionNo,
        collected_on: collectedOn,
        place: input.place,
        note: input.note,
        entry_no: entryNo!,
        recorded_by: ctx.actor.userId,
        recorded_at: ctx.clock.now(),
      })
      .execute();
    await trx
      .insertInto('fund_count')
      .values(
        input.counts.map((c) => ({
          fund_id: fund.id,
          collection_no: collectionNo,
          participant_no: c.participantNo,
          participant_person_id: participants.get(c.participantNo)!.person_id,
          amount: c.amount,
          witness1_person_id: c.witnessPersonIds[0]!,
          witness2_person_id: c.witnessPersonIds[1]!,
        })),
      )
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'fund_collection.record',
      entityType: 'staff_fund',
      entityId: `${fund.id}:collection:${collectionNo}`,
      orgUnitId: fund.org_unit_id,
      after: { collectionNo, entryNo, collectedOn, total, counts: input.counts.length },
      requestId: ctx.requestId,
    });
    return collectionDto(trx, fund.id, collectionNo);
  });
}
