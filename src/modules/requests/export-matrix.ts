import type { UseCaseContext } from '../../server/context.js';
import { chosenPeople, personName } from './get-submission.js';
import { matrixXlsx } from './matrix-xlsx.js';
import { matrixWithSubmissions } from './request-matrix.js';
import { filesOf, personUnits } from './requests.repository.js';

/** The matrix and every submitted report's answers as an Excel workbook (issuing side only). */
export async function exportMatrix(ctx: UseCaseContext, id: string): Promise<{ title: string; xlsx: Uint8Array }> {
  const { matrix, submissions } = await matrixWithSubmissions(ctx, id);
  const reported = submissions.filter((s) => s.first_submitted_at !== null);
  const personIds = reported.flatMap((s) => chosenPeople(matrix.request.fields, s.answers as Record<string, unknown>));
  const people = new Map((await personUnits(ctx.db, [...new Set(personIds)])).map((p) => [p.id, personName(p)]));
  const files = new Map<string, Map<string, string[]>>();
  for (const f of await filesOf(
    ctx.db,
    reported.map((s) => s.id),
  )) {
    const bySubmission = files.get(f.submission_id) ?? new Map<string, string[]>();
    bySubmission.set(f.field_key, [...(bySubmission.get(f.field_key) ?? []), f.file_name]);
    files.set(f.submission_id, bySubmission);
  }
  return { title: matrix.request.title, xlsx: await matrixXlsx({ matrix, submissions, people, files }) };
}
