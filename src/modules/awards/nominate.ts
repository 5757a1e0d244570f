import { sql } from 'kysely';
import { validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { idempotentWrite } from '../ledger/index.js';
import { areaName } from '../org/index.js';
import { requireCallRead, requireFiller } from './award-access.js';
import {
  activeCount,
  categoriesOf,
  committeeOf,
  findCall,
  findNomination,
  findUnits,
  fullName,
} from './awards.repository.js';
import type { TNominateInput, TNomination } from './awards.schemas.js';
import { conflict, effectiveStatus, withinDeadline, wrongStatus } from './call-state.js';
import { loadEligibility, pastDeadline } from './dossier-rules.js';
import { checkNominees } from './eligibility.js';
import { toNomination } from './nomination-view.js';

/**
 * A district office names its nominees (แบบแจ้งรายชื่อ) by the names deadline. Eligibility comes
 * from the person records; the quota per office and category is counted under a lock on that
 * (category, office), so two people pressing "send" at once cannot both get the last place.
 */
export async function nominate(
  ctx: UseCaseContext,
  callId: string,
  input: TNominateInput,
  idempotencyKey?: string,
): Promise<TNomination> {
  return idempotentWrite(
    ctx,
    { idempotencyKey, operation: 'award_nomination.create', request: { callId, input } },
    async (trx) => {
      const call = await findCall(trx, callId, { forShare: true });
      requireCallRead(ctx.actor, call, call ? await committeeOf(trx, callId) : []);
      const status = effectiveStatus(call, ctx.clock);
      if (status !== 'open') throw wrongStatus(status, 'เสนอชื่อได้เฉพาะช่วงเปิดรับการเสนอชื่อ');
      if (!withinDeadline(ctx.clock, call.names_deadline)) throw pastDeadline('names', call.names_deadline);
      const [unit] = await findUnits(trx, [input.orgUnitId]);
      if (
        !unit ||
        unit.kind !== 'district' ||
        !unit.has_office ||
        unit.path === call.organiser_path ||
        !unit.path.startsWith(call.organiser_path)
      ) {
        throw validationError([
          {
            path: 'orgUnitId',
            messageTh: 'ผู้เสนอชื่อต้องเป็นสำนักงานพัฒนาชุมชนอำเภอในสังกัดของผู้จัดการประกวด',
            messageEn: 'The nominating unit must be a district office under the organiser',
          },
        ]);
      }
      requireFiller(ctx.actor, call, unit.path);
      const category = (await categoriesOf(trx, callId)).find((c) => c.code === input.categoryCode);
      if (!category) {
        throw validationError([{ path: 'categoryCode', messageTh: 'ไม่พบประเภทรางวัลนี้', messageEn: 'No such category' }]);
      }
      const personIds = input.nominees.map((n) => n.personId);
      const eligibility = await loadEligibility(trx, category, unit, personIds);
      const issues = checkNominees(eligibility, input.nominees, input.entryName);
      if (issues.length) throw validationError(issues, 'nominee_not_eligible');
      // Serialises nominations of one office in one category for the rest of this transaction.
      await sql`SELECT pg_advisory_xact_lock(hashtext(${`award_quota:${category.id}:${unit.id}`}))`.execute(trx);
      const used = await activeCount(trx, category.id, unit.id);
      if (used >= category.quota_per_unit) {
        throw conflict(
          'quota_reached',
          `${areaName(unit.kind, unit.name_th)}เสนอชื่อประเภท${category.name_th}ครบ ${category.quota_per_unit} รายการแล้ว หากต้องการเปลี่ยนให้ถอนรายการเดิมก่อน`,
          `The office has used its quota of ${category.quota_per_unit} in this category`,
        );
      }
      if (personIds.length) {
        const taken = await trx
          .selectFrom('award_nominee as e')
          .innerJoin('award_nomination as n', 'n.id', 'e.nomination_id')
          .select('e.person_id')
          .where('n.call_id', '=', callId)
          .where('n.status', '<>', 'withdrawn')
          .where('e.person_id', 'in', personIds)
          .execute();
        if (taken.length) {
          const names = taken.map((t) => fullName(eligibility.people.find((p) => p.id === t.person_id)!));
          throw conflict(
            'already_nominated',
            `${names.join(', ')} ถูกเสนอชื่อในการประกวดนี้แล้ว`,
            'Already nominated in this call',
          );
        }
      }
      const now = ctx.clock.now();
      const { id } = await trx
        .insertInto('award_nomination')
        .values({
          call_id: callId,
          category_id: category.id,
          org_unit_id: unit.id,
          entry_name: input.entryName,
          named_by: ctx.actor.userId,
          named_at: now,
          updated_by: ctx.actor.userId,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (input.nominees.length) {
        await trx
          .insertInto('award_nominee')
          .values(
            input.nominees.map((n, i) => ({ nomination_id: id, person_id: n.personId, role: n.role, sort_order: i })),
          )
          .execute();
      }
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: 'award_nomination.create',
        entityType: 'award_nomination',
        entityId: id,
        orgUnitId: unit.id,
        after: { callId, ...input },
        requestId: ctx.requestId,
      });
      return toNomination(trx, ctx, call, (await findNomination(trx, id))!);
    },
  );
}
