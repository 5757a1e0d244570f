// Rows to the call DTO the UI works from: the call, its categories with rubrics, the committee,
// the winners once they may be seen, and what the viewer may do.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Clock } from '../../kernel/dates.js';
import { canAt, type Actor } from '../access/index.js';
import { areaName } from '../org/index.js';
import { memberOf, organiserManages } from './award-access.js';
import {
  categoriesOf,
  findUnits,
  fullName,
  nominationsOf,
  nomineesOf,
  rubricsOf,
  winnersOf,
  type CallRow,
  type CriterionRowDb,
  type MemberRow,
  type NomineeRow,
} from './awards.repository.js';
import type { TCall, TMember, TRubric } from './awards.schemas.js';
import type { TieBreakRule } from './awards.tables.js';
import { effectiveStatus } from './call-state.js';
import type { DossierForm } from './dossier-form.js';
import { fromTenths } from './points.js';

type Q = Kysely<DB> | Transaction<DB>;

export const unitRef = (u: { id: string; kind: string; name_th: string }) => ({
  id: u.id,
  nameTh: areaName(u.kind, u.name_th),
});

export const AGGREGATION_TH = {
  mean: 'ค่าเฉลี่ยของคะแนนรวมจากกรรมการทุกคนที่ส่งใบให้คะแนน ไม่นับกรรมการที่มีส่วนได้เสียกับผลงานนั้น',
  trimmed_mean:
    'เมื่อมีกรรมการที่นับคะแนนได้ตั้งแต่ 5 คนขึ้นไป ตัดคะแนนรวมสูงสุด 1 คนและต่ำสุด 1 คนออกแล้วหาค่าเฉลี่ย ถ้าน้อยกว่า 5 คนใช้ค่าเฉลี่ย ไม่นับกรรมการที่มีส่วนได้เสียกับผลงานนั้น',
} as const;

export const tieBreakLabel = (r: TieBreakRule) =>
  r.kind === 'criterion' ? `คะแนนเฉลี่ยข้อ ${r.code} สูงกว่า` : 'ส่งแบบเสนอผลงานก่อน';

export function memberDto(m: MemberRow): TMember {
  return {
    id: m.id,
    person: { id: m.person_id, fullName: fullName(m), positionTh: m.position_th },
    role: m.role,
    titleTh: m.title_th,
    scores: m.scores,
    hasAccount: m.user_id !== null && m.user_active === true,
  };
}

export function criterionDto(c: CriterionRowDb) {
  return {
    code: c.code,
    parentCode: c.parent_code,
    labelTh: c.label_th,
    maxPoints: fromTenths(c.max_tenths),
    statedPoints: c.stated_tenths === null ? null : fromTenths(c.stated_tenths),
    isLeaf: c.is_leaf,
  };
}

export function nomineeDtos(rows: readonly NomineeRow[]) {
  return rows.map((r) => ({
    role: r.role,
    person: { id: r.person_id, fullName: fullName(r), positionTh: r.position_th },
    networks: r.networks ?? [],
  }));
}

/** The winners, in category and place order. */
export async function winnerDtos(db: Q, call: CallRow) {
  const [winners, categories, nominations] = await Promise.all([
    winnersOf(db, call.id),
    categoriesOf(db, call.id),
    nominationsOf(db, call.id),
  ]);
  const nominees = await nomineesOf(
    db,
    winners.map((w) => w.nomination_id),
  );
  const order = new Map(categories.map((c) => [c.id, c.sort_order]));
  return winners
    .sort((a, b) => order.get(a.category_id)! - order.get(b.category_id)! || a.place - b.place)
    .map((w) => {
      const n = nominations.find((x) => x.id === w.nomination_id)!;
      const k = categories.find((c) => c.id === w.category_id)!;
      return {
        categoryCode: k.code,
        categoryNameTh: k.name_th,
        place: w.place,
        nominationId: n.id,
        unit: unitRef({ id: n.org_unit_id, kind: n.unit_kind, name_th: n.unit_name_th }),
        entryName: n.entry_name,
        nominees: nomineeDtos(nominees.filter((e) => e.nomination_id === n.id)).map(({ role, person }) => ({
          role,
          person,
        })),
      };
    });
}

/** Offices under the organiser in which the actor may nominate. */
async function nominatingUnits(db: Q, actor: Actor, call: CallRow) {
  if (organiserManages(actor, call)) return [];
  const ids = actor.grants
    .filter((g) => g.groupId === null && g.orgPath !== call.organiser_path && g.orgPath.startsWith(call.organiser_path))
    .filter((g) => canAt(actor, 'programs:respond', g.orgPath))
    .map((g) => g.orgUnitId);
  const units = await findUnits(db, [...new Set(ids)]);
  return units.filter((u) => u.has_office && u.kind === 'district').map(unitRef);
}

export async function toCall(
  db: Q,
  ctx: { actor: Actor; clock: Clock },
  call: CallRow,
  members: MemberRow[],
): Promise<TCall> {
  const categories = await categoriesOf(db, call.id);
  const { rubrics, criteria } = await rubricsOf(
    db,
    categories.map((c) => c.id),
  );
  const status = effectiveStatus(call, ctx.clock);
  const member = memberOf(ctx.actor, members);
  const showWinners = status === 'announced' || (status === 'decided' && (member || organiserManages(ctx.actor, call)));
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: call.id,
    organiserUnit: unitRef({ id: call.organiser_unit_id, kind: call.organiser_kind, name_th: call.organiser_name_th }),
    projectId: call.project_id,
    title: call.title,
    description: call.description,
    namesDeadline: call.names_deadline,
    dossierDeadline: call.dossier_deadline,
    aggregation: call.aggregation,
    aggregationRuleTh: AGGREGATION_TH[call.aggregation],
    spreadThreshold: fromTenths(call.spread_threshold_tenths),
    tieBreaks: call.tie_breaks.map((r) => ({
      kind: r.kind,
      code: r.kind === 'criterion' ? r.code : null,
      labelTh: tieBreakLabel(r),
    })),
    status,
    openedAt: iso(call.opened_at),
    scoringStartedAt: iso(call.scoring_started_at),
    closedAt: iso(call.closed_at),
    closeForcedReason: call.close_forced_reason,
    decidedOn: call.decided_on,
    announcedAt: iso(call.announced_at),
    categories: categories.map((c) => {
      const rubric = rubrics.find((r) => r.category_id === c.id);
      const dto: TRubric | null = rubric
        ? {
            statedTotal: fromTenths(rubric.stated_total_tenths),
            criteria: criteria.filter((x) => x.category_id === c.id).map(criterionDto),
          }
        : null;
      return {
        id: c.id,
        code: c.code,
        kind: c.kind,
        nameTh: c.name_th,
        honourTh: c.honour_th,
        quotaPerUnit: c.quota_per_unit,
        winners: c.winners,
        staffPositions: c.staff_positions,
        partnerNetworks: c.partner_networks,
        cleanRecord: c.clean_record,
        form: c.form as DossierForm,
        rubric: dto,
      };
    }),
    committee: members.map(memberDto),
    winners: showWinners ? await winnerDtos(db, call) : null,
    viewer: {
      organiser: organiserManages(ctx.actor, call),
      member: member ? { id: member.id, role: member.role, scores: member.scores } : null,
      nominatingUnits: status === 'draft' ? [] : await nominatingUnits(db, ctx.actor, call),
    },
  };
}
