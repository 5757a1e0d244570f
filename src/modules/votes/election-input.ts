// Checks an election definition against the data: the organiser is an office the actor manages, the
// window is a real range, category codes are unique, and a shortlist names people of the
// organiser's area. Each problem gets its own Thai message; all are reported at once.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { civilDate, compareDates } from '../../kernel/dates.js';
import { validationError, type FieldIssue } from '../../kernel/errors.js';
import type { Actor } from '../access/index.js';
import { requireUnitAccess } from '../access/index.js';
import { findUnit } from '../org/index.js';
import { peopleInSubtree } from './votes.repository.js';
import type { TElectionUpdate } from './votes.schemas.js';

const issue = (path: string, messageTh: string, messageEn: string): FieldIssue => ({ path, messageTh, messageEn });

/** The organising office: a province or district office within the actor's programs:manage scope. */
export async function organiserUnit(trx: Transaction<DB>, actor: Actor, orgUnitId: string) {
  const unit = await findUnit(trx, orgUnitId);
  if (!unit) throw validationError([issue('orgUnitId', 'ไม่พบหน่วยงานนี้', 'No such org unit')]);
  requireUnitAccess(actor, 'programs:manage', unit.path);
  if (!((unit.kind === 'province' || unit.kind === 'district') && unit.has_office)) {
    throw validationError([
      issue(
        'orgUnitId',
        'ผู้จัดการลงคะแนนต้องเป็นสำนักงานพัฒนาชุมชนจังหวัดหรืออำเภอ',
        'Organiser must be a province or district office',
      ),
    ]);
  }
  return unit;
}

export async function checkElectionInput(trx: Transaction<DB>, orgPath: string, input: TElectionUpdate): Promise<void> {
  const issues: FieldIssue[] = [];
  let datesOk = true;
  for (const key of ['opensOn', 'closesOn'] as const) {
    try {
      civilDate(input[key]);
    } catch {
      datesOk = false;
      issues.push(issue(key, 'ไม่มีวันที่นี้ในปฏิทิน', 'No such calendar day'));
    }
  }
  if (datesOk && compareDates(civilDate(input.closesOn), civilDate(input.opensOn)) < 0) {
    issues.push(issue('closesOn', 'วันสิ้นสุดต้องไม่ก่อนวันเริ่มลงคะแนน', 'The last day is before the first'));
  }
  const seen = new Set<string>();
  input.categories.forEach((c, i) => {
    if (seen.has(c.code)) issues.push(issue(`categories.${i}.code`, 'รหัสด้านซ้ำกัน', 'Duplicate category code'));
    seen.add(c.code);
    if (input.candidatesMode === 'shortlist' && c.candidatePersonIds.length === 0) {
      issues.push(issue(`categories.${i}.candidatePersonIds`, 'กรุณาระบุผู้สมัครอย่างน้อย 1 คน', 'Shortlist is empty'));
    }
    if (input.candidatesMode === 'all_eligible' && c.candidatePersonIds.length > 0) {
      issues.push(
        issue(
          `categories.${i}.candidatePersonIds`,
          'เลือกได้ทุกคนที่มีสิทธิ์ลงคะแนน ไม่ต้องระบุรายชื่อผู้สมัคร',
          'A shortlist is only for shortlist mode',
        ),
      );
    }
    if (new Set(c.candidatePersonIds).size !== c.candidatePersonIds.length) {
      issues.push(issue(`categories.${i}.candidatePersonIds`, 'มีรายชื่อผู้สมัครซ้ำกัน', 'Duplicate candidate'));
    }
  });
  const named = input.categories.flatMap((c) => c.candidatePersonIds);
  const inArea = await peopleInSubtree(trx, named, orgPath);
  input.categories.forEach((c, i) =>
    c.candidatePersonIds.forEach((p, j) => {
      if (!inArea.has(p)) {
        issues.push(
          issue(
            `categories.${i}.candidatePersonIds.${j}`,
            'ผู้สมัครต้องเป็นบุคคลในสังกัดของหน่วยงานผู้จัด',
            "Candidate is not a person in the organiser's area",
          ),
        );
      }
    }),
  );
  if (issues.length) throw validationError(issues);
}

/** Writes the categories and shortlists of a draft (replacing any earlier ones). */
export async function writeCategories(trx: Transaction<DB>, electionId: string, input: TElectionUpdate): Promise<void> {
  await trx.deleteFrom('election_category').where('election_id', '=', electionId).execute();
  const rows = await trx
    .insertInto('election_category')
    .values(
      input.categories.map((c, i) => ({
        election_id: electionId,
        code: c.code,
        name_th: c.nameTh,
        description: c.description,
        sort: i + 1,
      })),
    )
    .returning(['id', 'code'])
    .execute();
  const idOf = new Map(rows.map((r) => [r.code, r.id]));
  const candidates = input.categories.flatMap((c) =>
    c.candidatePersonIds.map((p) => ({ election_id: electionId, category_id: idOf.get(c.code)!, person_id: p })),
  );
  if (candidates.length) await trx.insertInto('election_candidate').values(candidates).execute();
}
