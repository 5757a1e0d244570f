// The anomaly rules for a group's audit committee and the district: each is one set-based query
// over the books of the given groups ($1), returning the flag's subject (what it is about, stable
// across reads so a resolution stays attached) and the facts its explanation is built from.
// Thresholds are the department's usual practice, named here so the explanations can state them.
import { formatThaiDate, type CivilDate } from '../../kernel/dates.js';
import { formatBaht, satang } from '../../kernel/money.js';

export const BACKDATE_DAYS = 30;
export const REVERSALS_PER_MONTH = 3;
export const DORMANT_DAYS = 180;

/** Bangkok's date of a recorded_at (UTC+7 all year). */
const BANGKOK_DAY = (col: string) => `((${col} AT TIME ZONE 'UTC') + interval '7 hours')::date`;
const NAME = (p: string) => `nullif(trim(coalesce(${p}.first_name, '') || ' ' || coalesce(${p}.last_name, '')), '')`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Facts = Record<string, any>;

export interface AnomalyRule {
  code: string;
  nameTh: string;
  sql: string;
  explain(f: Facts): { th: string; en: string };
}

const baht = (v: number | string) => formatBaht(satang(Number(v)));
const day = (v: string) => formatThaiDate(v as CivilDate);

export const RULES: readonly AnomalyRule[] = [
  {
    code: 'committee_own_loan',
    nameTh: 'กรรมการหรือผู้อนุมัติได้ประโยชน์จากเงินกู้ที่อนุมัติ',
    sql: `
      SELECT l.group_id::text, l.loan_no::text AS subject,
        json_build_object('loanNo', l.loan_no, 'memberNo', l.member_no, 'principal', l.principal,
          'borrower', m.title || m.first_name || ' ' || m.last_name, 'decidedOn', to_char(l.decided_on, 'YYYY-MM-DD'),
          'seat', s.committee, 'seatRole', s.role, 'decider', ${NAME('dp')},
          'self', dp.thai_id IS NOT NULL AND dp.thai_id = m.thai_id,
          'relative', dp.thai_id IS DISTINCT FROM m.thai_id AND dp.last_name = m.last_name) AS facts
      FROM loan l
      JOIN group_member m ON m.group_id = l.group_id AND m.member_no = l.member_no
      LEFT JOIN user_account du ON du.id = l.decided_by
      LEFT JOIN person dp ON dp.id = du.person_id
      LEFT JOIN LATERAL (
        SELECT committee, role FROM committee_seat s
        WHERE s.group_id = l.group_id AND s.member_no = l.member_no AND s.committee IN ('loan', 'executive')
          AND l.decided_on BETWEEN s.term_start AND s.term_end
        ORDER BY (s.committee = 'loan') DESC LIMIT 1) s ON true
      WHERE l.group_id = ANY($1::uuid[]) AND l.status IN ('approved', 'disbursed', 'written_off')
        AND l.decided_on IS NOT NULL
        AND (s.committee IS NOT NULL OR dp.thai_id = m.thai_id OR dp.last_name = m.last_name)`,
    explain: (f) => {
      const why = [
        f.seat && `ผู้กู้เป็น${f.seat === 'loan' ? 'กรรมการเงินกู้' : 'กรรมการบริหาร'}ในวันที่อนุมัติ`,
        f.self && `ผู้อนุมัติ (${f.decider}) คือผู้กู้เอง`,
        f.relative && `ผู้อนุมัติ (${f.decider}) นามสกุลเดียวกับผู้กู้ อาจเป็นญาติ`,
      ].filter(Boolean);
      const whyEn = [
        f.seat && `the borrower sat on the ${f.seat} committee when it was approved`,
        f.self && 'the approver is the borrower',
        f.relative && 'the approver shares the borrower’s surname (possibly a relative)',
      ].filter(Boolean);
      return {
        th: `เงินกู้สัญญาที่ ${f.loanNo} ของ${f.borrower} (สมาชิกเลขที่ ${f.memberNo}) ${baht(f.principal)} บาท อนุมัติวันที่ ${day(f.decidedOn)}: ${why.join('; ')}`,
        en: `Loan ${f.loanNo} to member ${f.memberNo} approved on ${f.decidedOn}: ${whyEn.join('; ')}`,
      };
    },
  },
  {
    code: 'loan_over_limit',
    nameTh: 'เงินกู้เกินวงเงินตามระเบียบกลุ่ม',
    // Savings and other loans as of the application, or of the books' first day for a loan brought
    // in with the opening balances (applied before the books begin).
    sql: `
      WITH l AS (
        SELECT l.*, m.title || m.first_name || ' ' || m.last_name AS borrower,
          greatest(l.applied_on, (SELECT min(posted_on) FROM journal_entry e WHERE e.group_id = l.group_id)) AS asof,
          (SELECT x FROM group_rule_set r, jsonb_array_elements(r.rules -> 'loanTypes') x
            WHERE r.group_id = l.group_id AND r.effective_from <= l.applied_on AND x ->> 'code' = l.loan_type
            ORDER BY r.effective_from DESC LIMIT 1) AS lt
        FROM loan l JOIN group_member m ON m.group_id = l.group_id AND m.member_no = l.member_no
        WHERE l.group_id = ANY($1::uuid[]) AND l.status IN ('approved', 'disbursed', 'written_off')),
      s AS (
        SELECT l.*, coalesce((lt ->> 'absoluteCap')::bigint, 0) AS cap, coalesce((lt ->> 'savingsMultiple')::int, 0) AS multiple,
          coalesce((SELECT -sum(j.amount) FROM journal_line j JOIN journal_entry e USING (group_id, entry_no)
                     WHERE j.group_id = l.group_id AND j.member_no = l.member_no AND j.account_code = '3101'
                       AND e.posted_on <= l.asof), 0) AS savings,
          coalesce((SELECT sum(j.amount) FROM journal_line j JOIN journal_entry e USING (group_id, entry_no)
                     WHERE j.group_id = l.group_id AND j.member_no = l.member_no AND j.account_code = '1201'
                       AND j.loan_no <> l.loan_no AND e.posted_on <= l.asof), 0) AS owed
        FROM l WHERE lt IS NOT NULL)
      SELECT group_id::text, loan_no::text AS subject,
        json_build_object('loanNo', loan_no, 'memberNo', member_no, 'borrower', borrower, 'principal', principal,
          'cap', cap, 'multiple', multiple, 'savings', savings, 'owed', owed,
          'asof', to_char(asof, 'YYYY-MM-DD')) AS facts
      FROM s
      WHERE (cap > 0 AND principal > cap) OR (multiple > 0 AND principal + owed > savings * multiple)`,
    explain: (f) => {
      const overCap = Number(f.cap) > 0 && Number(f.principal) > Number(f.cap);
      const limit = Number(f.savings) * Number(f.multiple);
      return {
        th: overCap
          ? `เงินกู้สัญญาที่ ${f.loanNo} ของ${f.borrower} ${baht(f.principal)} บาท เกินเพดาน ${baht(f.cap)} บาทต่อสัญญา`
          : `เงินกู้สัญญาที่ ${f.loanNo} ของ${f.borrower} ${baht(f.principal)} บาท รวมยอดกู้อื่น ${baht(f.owed)} บาท เกิน ${f.multiple} เท่าของเงินสัจจะ ${baht(f.savings)} บาท (วงเงิน ${baht(limit)} บาท ณ วันที่ ${day(f.asof)})`,
        en: overCap
          ? `Loan ${f.loanNo} of ${f.principal} satang exceeds the cap of ${f.cap}`
          : `Loan ${f.loanNo} plus ${f.owed} owed exceeds ${f.multiple} × savings of ${f.savings} (limit ${limit}) as of ${f.asof}`,
      };
    },
  },
  {
    code: 'loan_while_in_arrears',
    nameTh: 'อนุมัติเงินกู้ให้สมาชิกที่ค้างชำระ',
    // member_arrears keeps the oldest day a member's repayments have been unpaid since; a loan
    // decided after it went to a member already behind, who still is.
    sql: `
      SELECT l.group_id::text, l.loan_no::text AS subject,
        json_build_object('loanNo', l.loan_no, 'memberNo', l.member_no, 'borrower', m.title || m.first_name || ' ' || m.last_name,
          'decidedOn', to_char(l.decided_on, 'YYYY-MM-DD'), 'unpaidSince', to_char(a.unpaid_since, 'YYYY-MM-DD')) AS facts
      FROM loan l
      JOIN member_arrears a ON a.group_id = l.group_id AND a.member_no = l.member_no
      JOIN group_member m ON m.group_id = l.group_id AND m.member_no = l.member_no
      WHERE l.group_id = ANY($1::uuid[]) AND l.status IN ('approved', 'disbursed') AND l.decided_on IS NOT NULL
        AND a.unpaid_since < l.decided_on`,
    explain: (f) => ({
      th: `เงินกู้สัญญาที่ ${f.loanNo} อนุมัติให้${f.borrower} (สมาชิกเลขที่ ${f.memberNo}) วันที่ ${day(f.decidedOn)} ขณะค้างชำระเงินกู้อื่นตั้งแต่วันที่ ${day(f.unpaidSince)} และยังค้างอยู่`,
      en: `Loan ${f.loanNo} approved on ${f.decidedOn} to member ${f.memberNo}, in arrears since ${f.unpaidSince} and still`,
    }),
  },
  {
    code: 'backdated_posting',
    nameTh: `บันทึกรายการย้อนหลังเกิน ${BACKDATE_DAYS} วัน`,
    // Opening balances, year-end closes and the entry fees of members entered with their real
    // joining dates are dated in the past by design.
    sql: `
      SELECT e.group_id::text, min(e.entry_no)::text AS subject,
        json_build_object('entries', count(*), 'first', min(e.entry_no), 'postedOn', to_char(e.posted_on, 'YYYY-MM-DD'),
          'recordedOn', to_char(${BANGKOK_DAY('e.recorded_at')}, 'YYYY-MM-DD'),
          'days', ${BANGKOK_DAY('e.recorded_at')} - e.posted_on, 'by', max(${NAME('p')})) AS facts
      FROM journal_entry e
      LEFT JOIN user_account u ON u.id = e.recorded_by LEFT JOIN person p ON p.id = u.person_id
      WHERE e.group_id = ANY($1::uuid[]) AND e.kind NOT IN ('opening', 'year_end', 'member_join')
        AND ${BANGKOK_DAY('e.recorded_at')} - e.posted_on > ${BACKDATE_DAYS}
      GROUP BY e.group_id, e.posted_on, e.recorded_at`,
    explain: (f) => ({
      th: `${f.entries} รายการ (เริ่มที่เลขที่ ${f.first}) ลงวันที่ ${day(f.postedOn)} แต่บันทึกเมื่อวันที่ ${day(f.recordedOn)} ย้อนหลัง ${f.days} วัน${f.by ? ` โดย${f.by}` : ''}`,
      en: `${f.entries} entries from ${f.first} dated ${f.postedOn} were recorded on ${f.recordedOn}, ${f.days} days later`,
    }),
  },
  {
    code: 'many_reversals',
    nameTh: `ผู้ใช้คนเดียวกลับรายการตั้งแต่ ${REVERSALS_PER_MONTH} ครั้งในหนึ่งเดือน`,
    sql: `
      SELECT e.group_id::text, coalesce(e.recorded_by::text, '-') || ':' || to_char(${BANGKOK_DAY('e.recorded_at')}, 'YYYY-MM') AS subject,
        json_build_object('count', count(*), 'month', to_char(${BANGKOK_DAY('e.recorded_at')}, 'YYYY-MM-01'),
          'by', max(${NAME('p')}), 'entries', array_agg(e.reverses_entry_no ORDER BY e.entry_no)) AS facts
      FROM journal_entry e
      LEFT JOIN user_account u ON u.id = e.recorded_by LEFT JOIN person p ON p.id = u.person_id
      WHERE e.group_id = ANY($1::uuid[]) AND e.kind = 'reversal'
      GROUP BY e.group_id, e.recorded_by, to_char(${BANGKOK_DAY('e.recorded_at')}, 'YYYY-MM'), to_char(${BANGKOK_DAY('e.recorded_at')}, 'YYYY-MM-01')
      HAVING count(*) >= ${REVERSALS_PER_MONTH}`,
    explain: (f) => ({
      th: `${f.by ?? 'ผู้ใช้ที่ไม่ระบุชื่อ'} กลับรายการ ${f.count} ครั้งในเดือน${day(f.month).replace(/^1 /, '')} (รายการเลขที่ ${f.entries.join(', ')})`,
      en: `One user reversed ${f.count} entries in ${String(f.month).slice(0, 7)} (${f.entries.join(', ')})`,
    }),
  },
  {
    code: 'negative_cash',
    nameTh: 'ยอดเงินสดติดลบ',
    sql: `
      WITH d AS (
        SELECT l.group_id, e.posted_on, sum(l.amount) AS change
        FROM journal_line l JOIN journal_entry e USING (group_id, entry_no)
        WHERE l.group_id = ANY($1::uuid[]) AND l.account_code = '1101' GROUP BY 1, 2),
      c AS (SELECT *, sum(change) OVER (PARTITION BY group_id ORDER BY posted_on) AS cash FROM d),
      f AS (SELECT *, lag(cash, 1, 0::numeric) OVER (PARTITION BY group_id ORDER BY posted_on) AS before FROM c)
      SELECT group_id::text, to_char(posted_on, 'YYYY-MM-DD') AS subject,
        json_build_object('on', to_char(posted_on, 'YYYY-MM-DD'), 'cash', cash::bigint) AS facts
      FROM f WHERE cash < 0 AND before >= 0`,
    explain: (f) => ({
      th: `เงินสดคงเหลือติดลบ ${baht(-Number(f.cash))} บาท เมื่อสิ้นวันที่ ${day(f.on)} (จ่ายเงินสดเกินกว่าที่มี)`,
      en: `Cash on hand fell below zero (${f.cash} satang) at the end of ${f.on}`,
    }),
  },
  {
    code: 'dormant_reactivated',
    nameTh: `บัญชีที่ไม่เคลื่อนไหวเกิน ${DORMANT_DAYS} วันกลับมีรายการ`,
    sql: `
      WITH days AS (
        SELECT l.group_id, l.member_no, e.posted_on,
          bool_or(l.account_code = '2101' AND l.amount > 0) AS withdrew, bool_or(l.account_code = '1201' AND l.amount > 0) AS borrowed
        FROM journal_line l JOIN journal_entry e USING (group_id, entry_no)
        WHERE l.group_id = ANY($1::uuid[]) AND l.member_no IS NOT NULL AND e.kind <> 'year_end'
        GROUP BY 1, 2, 3),
      g AS (SELECT *, lag(posted_on) OVER (PARTITION BY group_id, member_no ORDER BY posted_on) AS previous FROM days)
      SELECT g.group_id::text, g.member_no || ':' || to_char(g.posted_on, 'YYYY-MM-DD') AS subject,
        json_build_object('memberNo', g.member_no, 'name', m.title || m.first_name || ' ' || m.last_name,
          'previous', to_char(g.previous, 'YYYY-MM-DD'), 'on', to_char(g.posted_on, 'YYYY-MM-DD'),
          'days', g.posted_on - g.previous, 'withdrew', g.withdrew, 'borrowed', g.borrowed) AS facts
      FROM g JOIN group_member m ON m.group_id = g.group_id AND m.member_no = g.member_no
      WHERE g.posted_on - g.previous >= ${DORMANT_DAYS}`,
    explain: (f) => ({
      th: `บัญชีของ${f.name} (สมาชิกเลขที่ ${f.memberNo}) ไม่มีรายการ ${f.days} วัน (ตั้งแต่วันที่ ${day(f.previous)}) แล้วมีรายการวันที่ ${day(f.on)}${f.withdrew ? ' โดยถอนเงินฝากสัจจะพิเศษ' : ''}${f.borrowed ? ' โดยรับเงินกู้' : ''}`,
      en: `Member ${f.memberNo}'s account had no entries for ${f.days} days (since ${f.previous}), then one on ${f.on}${f.withdrew ? ' (a withdrawal)' : ''}${f.borrowed ? ' (a loan)' : ''}`,
    }),
  },
];
