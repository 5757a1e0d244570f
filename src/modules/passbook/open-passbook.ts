// The member's read-only passbook page: the QR's link plus the member's own citizen ID (the second
// factor they know) open their balances and last entries, with the chain head the books were
// checked against just now. Wrong IDs are counted per link: five in 15 minutes lock it for a while.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../kernel/errors.js';
import type { Clock } from '../../kernel/dates.js';
import { hashToken, LoginLimiter } from '../auth/index.js';
import { checkGroupChain } from '../integrity/index.js';
import type { TPassbook } from './passbook.schemas.js';

// The login limiter's counting, keyed by the link instead of a username; no per-address cap (members
// of one village share a phone or a connection). Its clock is the one of the request being served.
let clockNow: Clock = { now: () => new Date() };
const limiter = new LoginLimiter(
  { now: () => clockNow.now() },
  { perAccount: 5, perAddress: Number.POSITIVE_INFINITY, windowMs: 15 * 60_000 },
);
const ANY = 'passbook';

const noSuchPassbook = () =>
  new AppError({
    code: 'no_such_passbook',
    kind: 'not_found',
    messageTh: 'ไม่พบสมุดบัญชีนี้ QR อาจถูกยกเลิกหรือออกใหม่แล้ว กรุณาติดต่อเหรัญญิกกลุ่ม',
    messageEn: 'No passbook has this link (it may have been replaced)',
  });

export async function openPassbook(
  deps: { db: Kysely<DB>; clock: Clock },
  token: string,
  thaiId: string,
): Promise<TPassbook> {
  const key = hashToken(token);
  clockNow = deps.clock;
  const now = deps.clock.now();
  if (limiter.isBlocked(key, ANY))
    throw new AppError({
      code: 'passbook_locked',
      kind: 'rate_limited',
      messageTh: 'กรอกเลขประจำตัวประชาชนผิดหลายครั้ง กรุณารอ 15 นาทีแล้วลองใหม่',
      messageEn: 'Too many wrong IDs for this passbook; wait 15 minutes',
    });
  const m = await deps.db
    .selectFrom('member_passbook_link as k')
    .innerJoin('group_member as m', (j) =>
      j.onRef('m.group_id', '=', 'k.group_id').onRef('m.member_no', '=', 'k.member_no'),
    )
    .innerJoin('savings_group as g', 'g.id', 'k.group_id')
    .select(['k.group_id', 'k.member_no', 'm.thai_id', 'm.title', 'm.first_name', 'm.last_name', 'g.name_th'])
    .where('k.token_hash', '=', key)
    .executeTakeFirst();
  if (!m) throw noSuchPassbook();
  if (!m.thai_id || m.thai_id !== thaiId) {
    limiter.recordFailure(key, ANY);
    throw new AppError({
      code: 'passbook_check_failed',
      kind: 'forbidden',
      messageTh: 'เลขประจำตัวประชาชนไม่ตรงกับเจ้าของสมุดบัญชีนี้',
      messageEn: 'The citizen ID does not match this passbook',
    });
  }
  limiter.recordSuccess(key, ANY);
  const balance = await deps.db
    .selectFrom('member_balance')
    .select(['pledged', 'special', 'outstanding'])
    .where('group_id', '=', m.group_id)
    .where('member_no', '=', m.member_no)
    .executeTakeFirst();
  const entries = await deps.db
    .selectFrom('journal_line as l')
    .innerJoin('journal_entry as e', (j) =>
      j.onRef('e.group_id', '=', 'l.group_id').onRef('e.entry_no', '=', 'l.entry_no'),
    )
    .select((eb) => [
      'e.entry_no',
      'e.posted_on',
      'e.memo',
      eb.fn
        .sum<string>(
          eb
            .case()
            .when('l.account_code', '=', '3101')
            .then(eb.neg(eb.ref('l.amount')))
            .else(0)
            .end(),
        )
        .as('pledged'),
      eb.fn
        .sum<string>(
          eb
            .case()
            .when('l.account_code', '=', '2101')
            .then(eb.neg(eb.ref('l.amount')))
            .else(0)
            .end(),
        )
        .as('special'),
      eb.fn
        .sum<string>(
          eb
            .case()
            .when('l.account_code', '=', '1201')
            .then(eb.neg(eb.ref('l.amount')))
            .else(0)
            .end(),
        )
        .as('loan'),
    ])
    .where('l.group_id', '=', m.group_id)
    .where('l.member_no', '=', m.member_no)
    .groupBy(['e.entry_no', 'e.posted_on', 'e.memo'])
    .orderBy('e.entry_no', 'desc')
    .limit(10)
    .execute();
  const chain = await checkGroupChain(deps.db, m.group_id);
  return {
    groupNameTh: m.name_th,
    memberNo: m.member_no,
    fullName: `${m.title}${m.first_name} ${m.last_name}`,
    balances: {
      pledgedSavings: Number(balance?.pledged ?? 0),
      specialSavings: Number(balance?.special ?? 0),
      loansOutstanding: Number(balance?.outstanding ?? 0),
    },
    lastEntries: entries.map((e) => ({
      entryNo: Number(e.entry_no),
      postedOn: String(e.posted_on).slice(0, 10),
      memo: e.memo,
      pledged: Number(e.pledged),
      special: Number(e.special),
      loanPrincipal: Number(e.loan),
    })),
    chain: { ...chain, checkedAt: now.toISOString() },
  };
}
