// Casting: one ballot per chosen category, all or none. The participation row (who voted where) and
// the ballot row (what was chosen, with no voter) are written in the same transaction, so a vote is
// never lost or counted twice; the participation primary key makes a second ballot in a category
// impossible even when two submissions race. The choice itself is written nowhere else: not in the
// audit log, and not through idempotentWrite, whose stored request hash and response would tie it
// to a logged-in voter.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Clock } from '../../kernel/dates.js';
import { AppError, validationError, type FieldIssue } from '../../kernel/errors.js';
import { recordAudit } from '../audit/index.js';
import { windowState } from './election-window.js';
import {
  findElection,
  isOnRoll,
  loadCategories,
  loadShortlists,
  lockElection,
  votedCategoryIds,
  type ElectionRow,
} from './votes.repository.js';
import type { TCastInput } from './votes.schemas.js';

export interface CastContext {
  clock: Clock;
  requestId: string;
  /** The logged-in account casting, or null for a ballot code. */
  actorUserId: string | null;
}

const PARTICIPATION_PK = 'election_participation_pkey';

const alreadyVoted = (names: string[]) =>
  new AppError({
    code: 'already_voted',
    kind: 'conflict',
    messageTh: names.length
      ? `ท่านลงคะแนน${names.map((n) => ` “${n}”`).join('')} ไปแล้ว ลงคะแนนซ้ำไม่ได้`
      : 'ท่านลงคะแนนในด้านนี้ไปแล้ว ลงคะแนนซ้ำไม่ได้',
    messageEn: 'Already voted in this category',
  });

/** Whether `err` is PostgreSQL's unique violation on the participation key (a racing second ballot). */
export function isDuplicateParticipation(err: unknown): boolean {
  const e = err as { code?: unknown; constraint?: unknown } | null;
  return !!e && e.code === '23505' && e.constraint === PARTICIPATION_PK;
}

function requireOpenWindow(e: ElectionRow, clock: Clock): void {
  if (e.status !== 'open') {
    throw new AppError({
      code: 'election_not_open',
      kind: 'conflict',
      messageTh: e.status === 'draft' ? 'การลงคะแนนนี้ยังไม่เปิด' : 'การลงคะแนนนี้ปิดแล้ว',
      messageEn: `The election is ${e.status}`,
    });
  }
  const state = windowState(e, clock);
  if (state === 'before') {
    throw new AppError({
      code: 'voting_not_started',
      kind: 'conflict',
      messageTh: 'ยังไม่ถึงเวลาลงคะแนน',
      messageEn: 'Voting has not started yet',
    });
  }
  if (state === 'after') {
    throw new AppError({
      code: 'voting_ended',
      kind: 'conflict',
      messageTh: 'หมดเวลาลงคะแนนแล้ว',
      messageEn: 'The voting window is over',
    });
  }
}

/** Who may be chosen in a category: the shortlist, or anyone on the roll. */
async function candidateCheck(
  trx: Transaction<DB>,
  e: ElectionRow,
  input: TCastInput,
): Promise<(categoryId: string, personId: string) => boolean> {
  if (e.candidates_mode === 'shortlist') {
    const listed = new Set((await loadShortlists(trx, e.id)).map((s) => `${s.category_id}:${s.person_id}`));
    return (categoryId, personId) => listed.has(`${categoryId}:${personId}`);
  }
  const onRoll = await isOnRoll(
    trx,
    e.id,
    input.choices.map((c) => c.candidatePersonId),
  );
  return (_categoryId, personId) => onRoll.has(personId);
}

/** Validates and records the voter's choices inside `trx`; throws, writing nothing, on any refusal. */
export async function castChoices(
  trx: Transaction<DB>,
  ctx: CastContext,
  electionId: string,
  voterPersonId: string,
  input: TCastInput,
): Promise<void> {
  await lockElection(trx, electionId, 'share');
  const e = (await findElection(trx, electionId))!;
  requireOpenWindow(e, ctx.clock);
  const categories = await loadCategories(trx, electionId);
  const byId = new Map(categories.map((c) => [c.id, c]));
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  input.choices.forEach((ch, i) => {
    if (!byId.has(ch.categoryId)) {
      issues.push({
        path: `choices.${i}.categoryId`,
        messageTh: 'ไม่พบด้านนี้ในการลงคะแนน',
        messageEn: 'No such category',
      });
    } else if (seen.has(ch.categoryId)) {
      issues.push({
        path: `choices.${i}.categoryId`,
        messageTh: 'เลือกได้ด้านละ 1 คน',
        messageEn: 'One choice per category',
      });
    }
    seen.add(ch.categoryId);
    if (!e.allow_self_vote && ch.candidatePersonId === voterPersonId) {
      issues.push({
        path: `choices.${i}.candidatePersonId`,
        messageTh: 'ไม่สามารถลงคะแนนให้ตนเองได้',
        messageEn: 'Voting for yourself is not allowed',
      });
    }
  });
  const isCandidate = await candidateCheck(trx, e, input);
  input.choices.forEach((ch, i) => {
    if (byId.has(ch.categoryId) && !isCandidate(ch.categoryId, ch.candidatePersonId)) {
      issues.push({
        path: `choices.${i}.candidatePersonId`,
        messageTh: 'ผู้ที่เลือกไม่อยู่ในรายชื่อผู้ที่เลือกได้ในด้านนี้',
        messageEn: 'Not a candidate in this category',
      });
    }
  });
  if (issues.length) throw validationError(issues, 'ballot_invalid');

  // Checked first for a message naming the categories; the primary key still decides a race.
  const done = await votedCategoryIds(trx, electionId, voterPersonId);
  const again = input.choices.filter((c) => done.has(c.categoryId)).map((c) => byId.get(c.categoryId)!.name_th);
  if (again.length) throw alreadyVoted(again);

  await trx
    .insertInto('election_participation')
    .values(
      input.choices.map((c) => ({ election_id: electionId, category_id: c.categoryId, person_id: voterPersonId })),
    )
    .execute();
  await trx
    .insertInto('ballot')
    .values(
      input.choices.map((c) => ({
        election_id: electionId,
        category_id: c.categoryId,
        candidate_person_id: c.candidatePersonId,
      })),
    )
    .execute();
  // Who voted in which categories may be recorded; what they chose may not.
  await recordAudit(trx, {
    actorUserId: ctx.actorUserId,
    action: 'election.vote',
    entityType: 'election',
    entityId: electionId,
    orgUnitId: e.org_unit_id,
    after: {
      personId: voterPersonId,
      via: ctx.actorUserId ? 'login' : 'code',
      categories: input.choices.map((c) => byId.get(c.categoryId)!.code).sort(),
    },
    requestId: ctx.requestId,
  });
}

/** Runs a cast in its own transaction, turning a lost race on the participation key into a 409. */
export async function castInTransaction(db: Kysely<DB>, run: (trx: Transaction<DB>) => Promise<void>) {
  try {
    await db.transaction().execute(run);
  } catch (err) {
    if (isDuplicateParticipation(err)) throw alreadyVoted([]);
    throw err;
  }
}
