import { sql } from 'kysely';
import { civilDate, compareDates, todayInBangkok } from '../../kernel/dates.js';
import { AppError, validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { canAt } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { groupStandings } from '../savings/index.js';
import { findProgram, provincesUnder, targetedProvinces } from './assessments.repository.js';
import type { TSelectionInput, TSelectionResult } from './assessments.schemas.js';
import { requireProgramRead } from './program-access.js';
import { selectInProvince } from './selection.js';

/**
 * Picks each province's target groups by seed 004's rule (selection.ts) from the levels and
 * fund-centre roles recorded as of `selectedOn`, and keeps the reason each was chosen. A province
 * already selected is left as it is (clear it first to select again); provinces the actor does
 * not manage are not touched.
 */
export async function runSelection(
  ctx: UseCaseContext,
  programId: string,
  input: TSelectionInput,
): Promise<TSelectionResult> {
  const p = await findProgram(ctx.db, programId);
  requireProgramRead(ctx.actor, p);
  const today = todayInBangkok(ctx.clock);
  let on = today;
  if (input.selectedOn !== undefined) {
    try {
      on = civilDate(input.selectedOn);
    } catch {
      throw validationError([{ path: 'selectedOn', messageTh: 'ไม่มีวันที่นี้ในปฏิทิน', messageEn: 'No such day' }]);
    }
    if (compareDates(on, today) > 0) {
      throw validationError([
        { path: 'selectedOn', messageTh: 'วันที่คัดเลือกต้องไม่เป็นวันในอนาคต', messageEn: 'selectedOn is in the future' },
      ]);
    }
  }
  const all = await provincesUnder(ctx.db, p.unit_path);
  const wanted = input.provinceIds ?? all.map((x) => x.id);
  const issues = wanted.flatMap((id, i) =>
    all.some((x) => x.id === id)
      ? []
      : [{ path: `provinceIds[${i}]`, messageTh: `${id} ไม่ใช่จังหวัดในกิจกรรมนี้`, messageEn: 'Not a province here' }],
  );
  if (issues.length > 0) throw validationError(issues);
  const provinces = all.filter((x) => wanted.includes(x.id) && canAt(ctx.actor, 'programs:manage', x.path));
  if (provinces.length === 0) {
    throw new AppError({
      code: 'forbidden',
      kind: 'forbidden',
      messageTh: 'ท่านไม่มีสิทธิ์คัดเลือกกลุ่มเป้าหมายของจังหวัดที่เลือก',
      messageEn: 'You manage none of these provinces',
    });
  }
  return ctx.db.transaction().execute(async (trx) => {
    // Two selections of one program at once would both see a province as not yet selected.
    await sql`SELECT pg_advisory_xact_lock(hashtext(${'assessment_selection:' + p.id}))`.execute(trx);
    const done = await targetedProvinces(trx, p.id);
    const out: TSelectionResult = { selectedOn: on, provinces: [] };
    for (const province of provinces) {
      const quota = p.quotas[province.id] ?? p.default_quota;
      const ref = { id: province.id, nameTh: province.name_th };
      if (done.has(province.id)) {
        out.provinces.push({ province: ref, quota, candidates: 0, leaders: 0, selected: 0, skipped: true });
        continue;
      }
      const candidates = await groupStandings(trx, { underPath: province.path, on, level: p.target_level });
      const chosen = selectInProvince(candidates, p.target_level, quota);
      if (chosen.length > 0) {
        await trx
          .insertInto('assessment_target')
          .values(
            chosen.map((c) => ({
              group_id: c.standing.groupId,
              program_id: p.id,
              province_id: province.id,
              district_id: c.standing.districtId,
              rank: c.rank,
              reason: c.reason,
              reason_th: c.reasonTh,
              selected_on: on,
              selected_by: ctx.actor.userId,
            })),
          )
          .execute();
      }
      const leaders = candidates.filter((c) => c.leadsFundCentre).length;
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: 'assessment_program.select',
        entityType: 'assessment_program',
        entityId: p.id,
        orgUnitId: province.id,
        after: {
          selectedOn: on,
          quota,
          targets: chosen.map((c) => ({ groupId: c.standing.groupId, reason: c.reason })),
        },
        requestId: ctx.requestId,
      });
      out.provinces.push({
        province: ref,
        quota,
        candidates: candidates.length,
        leaders,
        selected: chosen.length,
        skipped: false,
      });
    }
    return out;
  });
}
