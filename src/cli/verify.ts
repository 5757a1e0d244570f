// Prints the integrity report: a line per break (Thai, then English), or that everything holds.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { verifyIntegrity } from '../modules/integrity/index.js';

/** Returns the exit code: 0 when every chain and figure holds, 1 otherwise. */
export async function runVerify(db: Kysely<DB>, out: (line: string) => void = console.log): Promise<number> {
  const started = performance.now();
  const report = await verifyIntegrity(db, (done, total) => process.stderr.write(`\rgroups ${done}/${total}`));
  process.stderr.write('\n');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const checked = `${report.groups} groups, ${report.entries} journal entries, ${report.auditRecords} audit records`;
  if (report.breaks.length === 0) {
    out(`ตรวจสอบแล้ว ไม่พบการแก้ไข: ${checked} (${seconds} s)`);
    return 0;
  }
  out(`พบความผิดปกติ ${report.breaks.length} จุด (${checked}, ${seconds} s):`);
  for (const b of report.breaks) out(`- ${b.messageTh}\n  ${b.messageEn}`);
  return 1;
}
