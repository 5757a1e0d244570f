import type { UseCaseContext } from '../../server/context.js';
import { getResults } from './get-results.js';
import { resultsXlsx } from './results-xlsx.js';

/** The results workbook; the same visibility rule as the JSON results. */
export async function exportResults(ctx: UseCaseContext, id: string): Promise<Uint8Array> {
  return resultsXlsx(await getResults(ctx, id));
}
