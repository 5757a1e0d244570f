import ExcelJS from 'exceljs';
import { formatThaiDate, type CivilDate } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import { scopePaths, type Actor } from '../access/index.js';
import { requireFundRead, requireHouseholdRead } from './fund-access.js';
import { findFund, type FundRow } from './fund.repository.js';
import { findHousehold, householdsIn } from './household.repository.js';
import type { THousehold, THouseholdSummary } from './household.schemas.js';
import { toHousehold, toHouseholdSummary } from './household-view.js';

/** Subtrees whose households the actor may read: where they survey or run the fund. */
export function householdRoots(actor: Actor, fund: FundRow): string[] {
  const roots = [...scopePaths(actor, 'fund:survey'), ...scopePaths(actor, 'fund:manage')];
  // A root above the fund's office reaches only the fund's own area.
  return roots.map((r) => (fund.org_path.startsWith(r) ? fund.org_path : r)).filter((r) => r.startsWith(fund.org_path));
}

export async function getHousehold(ctx: UseCaseContext, id: string): Promise<THousehold> {
  const h = await findHousehold(ctx.db, id);
  requireHouseholdRead(ctx.actor, h);
  return toHousehold(ctx.db, ctx.actor, h!);
}

export async function listHouseholds(
  ctx: UseCaseContext,
  fundId: string,
  districtId?: string,
): Promise<{ items: THouseholdSummary[] }> {
  const fund = await findFund(ctx.db, fundId);
  requireFundRead(ctx.actor, fund);
  const rows = await householdsIn(ctx.db, fund.id, householdRoots(ctx.actor, fund), districtId);
  return { items: rows.map(toHouseholdSummary) };
}

export const VULNERABILITY_TH = { vulnerable: 'เปราะบาง', poor: 'ยากจน', disadvantaged: 'ด้อยโอกาส' } as const;

/** The households the actor may read as a workbook; IDs masked as in every list. */
export async function exportHouseholds(ctx: UseCaseContext, fundId: string): Promise<Uint8Array> {
  const { items } = await listHouseholds(ctx, fundId);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ครัวเรือนเป้าหมาย');
  const head = ws.addRow([
    'ลำดับ',
    'อำเภอ',
    'หมู่บ้าน',
    'บ้านเลขที่',
    'หัวหน้าครัวเรือน',
    'เลขประจำตัวประชาชน',
    'สมาชิก (คน)',
    'ตกเกณฑ์ TPMAP',
    'กลุ่มเปราะบาง',
    'วันที่สำรวจ',
  ]);
  head.font = { bold: true };
  for (const h of items) {
    ws.addRow([
      h.householdNo,
      h.district.nameTh,
      h.village.villageNo ? `หมู่ ${h.village.villageNo} ${h.village.nameTh}` : h.village.nameTh,
      h.houseNo,
      h.headName,
      h.headThaiIdMasked,
      h.members,
      h.tpmap ? 'ใช่' : '',
      h.vulnerability ? VULNERABILITY_TH[h.vulnerability] : '',
      formatThaiDate(h.surveyedOn as CivilDate),
    ]);
  }
  ws.columns.forEach((c) => (c.width = 18));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
