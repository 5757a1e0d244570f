import { notFound, validationError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { readStoredFile, storeFile, type StoredFile, type StoredFileMeta } from '../files/index.js';
import { payoutRows } from './assistance.repository.js';
import { canReadHousehold, requireFundManage, requireFundRead } from './fund-access.js';
import { findFund, lockFund } from './fund.repository.js';

const MAX_FILES = 10;
const MAX_BYTES = 10 * 1024 * 1024;

/** A receipt (image or PDF) or a photo of the help given, stored with its link in one transaction. */
export async function attachPayoutFile(
  ctx: UseCaseContext,
  fundId: string,
  payoutNo: number,
  input: { kind: 'receipt' | 'photo'; fileName: string; bytes: Uint8Array },
): Promise<StoredFileMeta> {
  return ctx.db.transaction().execute(async (trx) => {
    const fund = await lockFund(trx, fundId);
    requireFundManage(ctx.actor, fund);
    const payout = await trx
      .selectFrom('fund_payout')
      .select('payout_no')
      .where('fund_id', '=', fund.id)
      .where('payout_no', '=', payoutNo)
      .executeTakeFirst();
    if (!payout) throw notFound();
    const { n } = await trx
      .selectFrom('fund_payout_file')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('fund_id', '=', fund.id)
      .where('payout_no', '=', payoutNo)
      .executeTakeFirstOrThrow();
    if (Number(n) >= MAX_FILES) {
      throw validationError([
        { path: 'file', messageTh: `แนบไฟล์ได้ไม่เกิน ${MAX_FILES} ไฟล์ต่อรายการจ่าย`, messageEn: 'Too many files' },
      ]);
    }
    const stored = await storeFile(trx, {
      bytes: input.bytes,
      fileName: input.fileName,
      orgUnitId: fund.org_unit_id,
      createdBy: ctx.actor.userId,
      accept: input.kind === 'photo' ? ['image'] : ['image', 'pdf'],
      maxBytes: MAX_BYTES,
      field: 'file',
    });
    await trx
      .insertInto('fund_payout_file')
      .values({ fund_id: fund.id, payout_no: payoutNo, file_id: stored.id, kind: input.kind })
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'fund_payout.attach_file',
      entityType: 'staff_fund',
      entityId: `${fund.id}:payout:${payoutNo}`,
      orgUnitId: fund.org_unit_id,
      after: { kind: input.kind, fileId: stored.id, fileName: stored.fileName, sha256: stored.sha256 },
      requestId: ctx.requestId,
    });
    return stored;
  });
}

/** Whoever may read the payout's household may see its receipts and photos. */
export async function readPayoutFile(
  ctx: UseCaseContext,
  fundId: string,
  payoutNo: number,
  fileId: string,
): Promise<StoredFile> {
  const fund = await findFund(ctx.db, fundId);
  requireFundRead(ctx.actor, fund);
  const payout = (await payoutRows(ctx.db, fund.id, [payoutNo]))[0];
  if (!payout || !canReadHousehold(ctx.actor, { district_path: payout.district_path })) throw notFound();
  const link = await ctx.db
    .selectFrom('fund_payout_file')
    .select('file_id')
    .where('fund_id', '=', fund.id)
    .where('payout_no', '=', payoutNo)
    .where('file_id', '=', fileId)
    .executeTakeFirst();
  const file = link && (await readStoredFile(ctx.db, link.file_id));
  if (!file) throw notFound();
  return file;
}
