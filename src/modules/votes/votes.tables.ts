import type { ColumnType, Generated } from 'kysely';

type Moment = ColumnType<Date, Date, Date>;
type NullableMoment = ColumnType<Date | null, Date | null | undefined, Date | null>;

export type ElectionStatus = 'draft' | 'open' | 'closed' | 'announced';
export type CandidatesMode = 'all_eligible' | 'shortlist';

export interface ElectionTable {
  id: Generated<string>;
  org_unit_id: string;
  title: string;
  description: string;
  opens_at: Moment;
  closes_at: Moment;
  live_results: boolean;
  candidates_mode: CandidatesMode;
  allow_self_vote: boolean;
  status: ColumnType<ElectionStatus, ElectionStatus | undefined, ElectionStatus>;
  opened_at: NullableMoment;
  closed_at: NullableMoment;
  announced_at: NullableMoment;
  created_by: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: Moment;
}

export interface ElectionCategoryTable {
  id: Generated<string>;
  election_id: string;
  code: string;
  name_th: string;
  description: string;
  sort: number;
  decision_note: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ElectionCandidateTable {
  election_id: string;
  category_id: string;
  person_id: string;
}

export interface ElectionVoterTable {
  election_id: string;
  person_id: string;
  ballot_code: string;
}

export interface ElectionParticipationTable {
  election_id: string;
  category_id: string;
  person_id: string;
}

/** What was voted: no voter, no time, no sequence (see the migration and ADR 0004). */
export interface BallotTable {
  id: Generated<string>;
  election_id: string;
  category_id: string;
  candidate_person_id: string;
}

export interface ElectionWinnerTable {
  election_id: string;
  category_id: string;
  person_id: string;
  votes: number;
}

export interface VotesTables {
  election: ElectionTable;
  election_category: ElectionCategoryTable;
  election_candidate: ElectionCandidateTable;
  election_voter: ElectionVoterTable;
  election_participation: ElectionParticipationTable;
  ballot: BallotTable;
  election_winner: ElectionWinnerTable;
}
