// The fund's figures for the province and the provincial head (seed 000 §3.7–3.8, §9): the
// project's KPIs, savings by office, the books reconciled against the slips and receipts, and the
// households helped by district and kind of help. Counts and money only, no personal data, so every
// fund reader may see it.
import { sql } from 'kysely';
import { todayInBangkok } from '../../kernel/dates.js';
import { satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { areaName } from '../org/index.js';
import { HELP_KINDS } from './assistance.schemas.js';
import { payoutRows, proposalItemRows, proposalRows } from './assistance.repository.js';
import { FUND_ACCOUNTS } from './chart.js';
import { requireFundRead } from './fund-access.js';
import { accountBalances, findFund, participantRows } from './fund.repository.js';
import { participantsOf } from './list-participants.js';
import type { TFundReport } from './report.schemas.js';

/** The office a participant reports under: a district, or the province office for its work groups. */
function officeOf(
  unitPath: string,
  districts: Map<string, { id: string; nameTh: string }>,
  provinceOffice: { id: string; nameTh: string },
) {
  const ids = unitPath.split('/').filter(Boolean);
  for (const id of ids) {
    const d = districts.get(id);
    if (d) return d;
  }
  return provinceOffice;
}

export async function fundReport(ctx: UseCaseContext, fundId: string): Promise<TFundReport> {
  const fund = await findFund(ctx.db, fundId);
  requireFundRead(ctx.actor, fund);
  const db = ctx.db;
  const districtRows = await db
    .selectFrom('org_unit')
    .select(['id', 'name_th'])
    .where('parent_id', '=', fund.org_unit_id)
    .where('kind', '=', 'district')
    .where('has_office', '=', true)
    .orderBy('id')
    .execute();
  const districts = new Map(districtRows.map((d) => [d.id, { id: d.id, nameTh: areaName('district', d.name_th) }]));
  const provinceOffice = { id: fund.org_unit_id, nameTh: `สำนักงานพัฒนาชุมชน${areaName('province', fund.org_name_th)}` };
  const [rows, participants, balances, standing, proposals, payouts, surveyed, followUps] = await Promise.all([
    participantRows(db, fund.id),
    // Every participant counts here, whoever asks: the report is aggregates only.
    participantsOf(db, 'all', fund),
    accountBalances(db, fund.id),
    sql<{ counted: string | null; deposits: string | null; payouts: string | null }>`
      SELECT
        (SELECT sum(n.amount) FROM fund_count n JOIN fund_collection c USING (fund_id, collection_no)
          WHERE n.fund_id = ${fund.id} AND NOT EXISTS (SELECT 1 FROM fund_journal_entry r
            WHERE r.fund_id = c.fund_id AND r.reverses_entry_no = c.entry_no)) AS counted,
        (SELECT sum(d.amount) FROM fund_deposit d WHERE d.fund_id = ${fund.id} AND NOT EXISTS (
            SELECT 1 FROM fund_journal_entry r WHERE r.fund_id = d.fund_id AND r.reverses_entry_no = d.entry_no)) AS deposits,
        (SELECT sum(o.amount) FROM fund_payout o WHERE o.fund_id = ${fund.id} AND NOT EXISTS (
            SELECT 1 FROM fund_journal_entry r WHERE r.fund_id = o.fund_id AND r.reverses_entry_no = o.entry_no)) AS payouts
    `.execute(db),
    proposalRows(db, fund.id),
    payoutRows(db, fund.id),
    db
      .selectFrom('fund_household')
      .select(['district_id', (eb) => eb.fn.countAll<string>().as('n')])
      .where('fund_id', '=', fund.id)
      .groupBy('district_id')
      .execute(),
    db
      .selectFrom('fund_follow_up')
      .select(['outcome', (eb) => eb.fn.countAll<string>().as('n')])
      .where('fund_id', '=', fund.id)
      .groupBy('outcome')
      .execute(),
  ]);

  const unitPath = new Map(rows.map((r) => [r.participant_no, r.unit_path]));
  const byUnit = new Map<
    string,
    { id: string; nameTh: string; participants: number; keepingPledge: number; saved: number }
  >();
  const offices = [provinceOffice, ...districts.values()];
  for (const o of offices) byUnit.set(o.id, { ...o, participants: 0, keepingPledge: 0, saved: 0 });
  for (const p of participants) {
    const o = officeOf(unitPath.get(p.participantNo)!, districts, provinceOffice);
    const u = byUnit.get(o.id)!;
    u.participants++;
    u.saved += p.saved;
    if (p.keepsPledge) u.keepingPledge++;
  }

  const items = await proposalItemRows(
    db,
    proposals.map((p) => p.id),
  );
  const helped = new Map<string, Set<string>>();
  const paidByDistrict = new Map<string, number>();
  const byKind = new Map(HELP_KINDS.map((k) => [k, { households: new Set<string>(), paid: 0 }]));
  for (const o of payouts) {
    if (o.reversed_by !== null) continue;
    (helped.get(o.district_id) ?? helped.set(o.district_id, new Set()).get(o.district_id)!).add(o.household_id);
    paidByDistrict.set(o.district_id, (paidByDistrict.get(o.district_id) ?? 0) + Number(o.amount));
    const k = byKind.get(o.help_kind)!;
    k.households.add(o.household_id);
    k.paid += Number(o.amount);
  }
  const surveyedBy = new Map(surveyed.map((s) => [s.district_id, Number(s.n)]));
  const householdsByDistrict = [...districts.values()].map((d) => ({
    ...d,
    surveyed: surveyedBy.get(d.id) ?? 0,
    proposed: new Set(items.filter((i) => i.district_id === d.id).map((i) => i.household_id)).size,
    helped: helped.get(d.id)?.size ?? 0,
    paid: satang(paidByDistrict.get(d.id) ?? 0),
  }));

  const balance = (code: string) => balances.get(code) ?? 0;
  const s = standing.rows[0]!;
  const counted = Number(s.counted ?? 0);
  const deposits = Number(s.deposits ?? 0);
  const paidOut = Number(s.payouts ?? 0);
  const savings = -balance(FUND_ACCOUNTS.savings.code);
  const cash = balance(FUND_ACCOUNTS.cashOnHand.code);
  const bank = balance(FUND_ACCOUNTS.bank.code);
  const assistance = balance(FUND_ACCOUNTS.assistance.code);

  const officesTakingPart = [...byUnit.values()].filter((u) => u.participants > 0).length;
  const districtsProposing = new Set(proposals.map((p) => p.district_id)).size;
  const householdsHelped = [...helped.values()].reduce((n, set) => n + set.size, 0);
  const districtsHelped = [...helped.values()].filter((set) => set.size > 0).length;
  const kpi = (code: string, labelTh: string, unitTh: string, target: number | null, actual: number) => ({
    code,
    labelTh,
    unitTh,
    target,
    actual,
    met: target === null ? null : actual >= target,
  });
  const outcome = (o: string) => Number(followUps.find((f) => f.outcome === o)?.n ?? 0);
  return {
    fund: {
      id: fund.id,
      nameTh: fund.name_th,
      orgUnit: provinceOffice,
      startsOn: fund.starts_on,
      endsOn: fund.ends_on,
      pledgePerDay: satang(Number(fund.pledge_per_day)),
    },
    asOf: todayInBangkok(ctx.clock),
    kpis: [
      kpi('participants', 'ผู้เข้าร่วมโครงการ ระดับจังหวัดและระดับอำเภอ', 'คน', fund.target_participants, participants.length),
      kpi('offices', 'หน่วยงานที่มีผู้เข้าร่วม (สำนักงานจังหวัดและอำเภอ)', 'แห่ง', offices.length, officesTakingPart),
      kpi(
        'keeping_pledge',
        'ผู้เข้าร่วมที่ออมไม่น้อยกว่าวันละที่ตั้งใจไว้',
        'คน',
        null,
        participants.filter((p) => p.keepsPledge).length,
      ),
      kpi('districts_proposing', 'อำเภอที่เสนอโครงการขอรับความช่วยเหลือ', 'อำเภอ', districts.size, districtsProposing),
      kpi('districts_helped', 'อำเภอที่มีครัวเรือนเป้าหมายได้รับความช่วยเหลือ', 'อำเภอ', districts.size, districtsHelped),
      kpi('households_helped', 'ครัวเรือนเป้าหมายที่ได้รับความช่วยเหลือ', 'ครัวเรือน', null, householdsHelped),
    ],
    byUnit: [...byUnit.values()].map((u) => ({ ...u, saved: satang(u.saved) })),
    reconciliation: {
      counted: satang(counted),
      savings: satang(savings),
      cashOnHand: satang(cash),
      deposits: satang(deposits),
      payouts: satang(paidOut),
      bank: satang(bank),
      assistancePaid: satang(assistance),
      reconciled: bank === deposits - paidOut && savings === counted && savings === cash + bank + assistance,
    },
    households: {
      byDistrict: householdsByDistrict,
      byKind: [...byKind].map(([kind, k]) => ({ kind, households: k.households.size, paid: satang(k.paid) })),
      followUps: { improved: outcome('improved'), unchanged: outcome('unchanged'), worse: outcome('worse') },
    },
  };
}
