import type { UseCaseContext } from '../../server/context.js';
import { getInstrument } from './get-instrument.js';
import { instrumentToXlsx } from './instrument-xlsx.js';
import { toInstrumentInput } from './instruments.repository.js';

export async function exportInstrument(
  ctx: UseCaseContext,
  id: string,
): Promise<{ fileName: string; xlsx: Uint8Array }> {
  const i = await getInstrument(ctx, id);
  return { fileName: `${i.code}-v${i.version}.xlsx`, xlsx: await instrumentToXlsx(toInstrumentInput(i), i.version) };
}
