// The loader's stand-in for the triggers it switches off: every maintained figure of the chunk's
// groups recomputed from their journal (the same checks `npm run cli -- verify` runs).
import { checkBalances } from '../../src/modules/integrity/index.js';
import type { BulkSession } from './copy.js';

/** Throws naming the checks that found disagreements. */
export async function verifyGroups(session: BulkSession, groupIds: readonly string[]): Promise<void> {
  const found = await checkBalances((text, params) => session.query(text, params), groupIds);
  if (found.length)
    throw new Error(
      `generated books disagree with the journal (${found.map((d) => `${d.check}: ${d.rows}`).join(', ')})`,
    );
}
