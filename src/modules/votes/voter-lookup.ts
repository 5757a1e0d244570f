// How a voter reaches their ballot: by the one-time code on their slip (no login), or logged in as a
// person on the roll. Both end at (election, person on the roll).
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Clock } from '../../kernel/dates.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { normalizeCrockford } from '../../kernel/random.js';
import type { Actor } from '../access/index.js';
import { BALLOT_CODE_LENGTH } from './open-election.js';
import { findElection, findVoter, findVoterByCode, type ElectionRow } from './votes.repository.js';

/** What a public ballot request needs: no actor, only the database, the clock and the request id. */
export interface PublicContext {
  db: Kysely<DB>;
  clock: Clock;
  requestId: string;
}

export const BALLOT_NOT_FOUND = 'ballot_not_found';

export async function voterByCode(
  db: Kysely<DB> | Transaction<DB>,
  code: string,
): Promise<{ election: ElectionRow; personId: string }> {
  const normal = normalizeCrockford(code);
  const voter = normal?.length === BALLOT_CODE_LENGTH ? await findVoterByCode(db, normal) : undefined;
  if (!voter) {
    throw new AppError({
      code: BALLOT_NOT_FOUND,
      kind: 'not_found',
      messageTh: 'ไม่พบบัตรลงคะแนนนี้ กรุณาตรวจสอบรหัส หรือสแกนคิวอาร์โค้ดอีกครั้ง',
      messageEn: 'No ballot with this code',
    });
  }
  return { election: (await findElection(db, voter.election_id))!, personId: voter.person_id };
}

/** The logged-in actor's own place on an election's roll; 403 when their person is not on it. */
export async function voterByLogin(
  db: Kysely<DB> | Transaction<DB>,
  actor: Actor,
  electionId: string,
): Promise<{ election: ElectionRow; personId: string }> {
  const election = await findElection(db, electionId);
  if (!election) throw notFound();
  if (election.status === 'draft') {
    throw new AppError({
      code: 'election_not_open',
      kind: 'conflict',
      messageTh: 'การลงคะแนนนี้ยังไม่เปิด',
      messageEn: 'The election is not open yet',
    });
  }
  if (!(await findVoter(db, electionId, actor.personId))) {
    throw new AppError({
      code: 'not_on_roll',
      kind: 'forbidden',
      messageTh: 'ท่านไม่อยู่ในบัญชีรายชื่อผู้มีสิทธิ์ลงคะแนนของการลงคะแนนนี้',
      messageEn: 'You are not on the roll of this election',
    });
  }
  return { election, personId: actor.personId };
}
