import type { UseCaseContext } from '../../server/context.js';
import { rollup } from './rollup.js';
import { rollupXlsx } from './rollup-xlsx.js';

/** The roll-up the viewer reads (same scope, same figures) as a workbook. */
export async function exportRollup(
  ctx: UseCaseContext,
  programId: string,
  query: { orgUnitId?: string },
): Promise<{ fileName: string; xlsx: Uint8Array }> {
  const r = await rollup(ctx, programId, query);
  return { fileName: `สรุปผลการประเมิน SSG ${r.unit.nameTh} ${r.asOf}.xlsx`, xlsx: await rollupXlsx(r) };
}
