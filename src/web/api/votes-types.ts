// Shapes of the votes API (src/modules/votes/votes.schemas.ts), as the UI reads them.
export type ElectionStatus = 'draft' | 'open' | 'closed' | 'announced';
export type CandidatesMode = 'all_eligible' | 'shortlist';

export interface Candidate {
  personId: string;
  fullName: string;
  officeTh: string;
  positionTh: string | null;
}

export interface CategoryInput {
  code: string;
  nameTh: string;
  description?: string;
  candidatePersonIds: string[];
}

export interface ElectionInput {
  orgUnitId: string;
  title: string;
  description: string;
  opensOn: string;
  closesOn: string;
  liveResults: boolean;
  candidatesMode: CandidatesMode;
  allowSelfVote: boolean;
  categories: CategoryInput[];
}

export interface Election {
  id: string;
  organiser: { id: string; nameTh: string };
  title: string;
  description: string;
  opensOn: string;
  closesOn: string;
  opensAt: string;
  closesAt: string;
  liveResults: boolean;
  candidatesMode: CandidatesMode;
  allowSelfVote: boolean;
  status: ElectionStatus;
  acceptingVotes: boolean;
  rollSize: number | null;
  resultsVisible: boolean;
  categories: {
    id: string;
    code: string;
    nameTh: string;
    description: string;
    sort: number;
    shortlist: Candidate[];
    voted: number;
    turnout: number | null;
  }[];
  canManage: boolean;
  openedAt: string | null;
  closedAt: string | null;
  announcedAt: string | null;
}

export interface ElectionSummary {
  id: string;
  organiser: { id: string; nameTh: string };
  title: string;
  opensOn: string;
  closesOn: string;
  status: ElectionStatus;
  rollSize: number | null;
  categoryCount: number;
}

export interface Ballot {
  election: {
    id: string;
    title: string;
    description: string;
    organiserTh: string;
    opensOn: string;
    closesOn: string;
    status: ElectionStatus;
    acceptingVotes: boolean;
    allowSelfVote: boolean;
  };
  voter: { fullName: string };
  candidates: Candidate[];
  categories: {
    id: string;
    code: string;
    nameTh: string;
    description: string;
    candidatePersonIds: string[];
    voted: boolean;
  }[];
}

export interface Choice {
  categoryId: string;
  candidatePersonId: string;
}

export interface MyBallot {
  electionId: string;
  title: string;
  organiserTh: string;
  closesOn: string;
  acceptingVotes: boolean;
  categories: number;
  voted: number;
}

export interface ResultRow {
  candidate: Candidate;
  votes: number;
  rank: number;
}

export interface Results {
  electionId: string;
  title: string;
  organiserTh: string;
  status: ElectionStatus;
  final: boolean;
  asOf: string;
  rollSize: number;
  categories: {
    id: string;
    code: string;
    nameTh: string;
    ballots: number;
    voted: number;
    turnout: number;
    rows: ResultRow[];
    leaderIds: string[];
    tied: boolean;
    winnerIds: string[];
    decisionNote: string | null;
  }[];
}

export interface VoterSlip {
  personId: string;
  fullName: string;
  officeTh: string;
  positionTh: string | null;
  ballotCode: string;
  link: string;
}

export interface AnnounceInput {
  issuedOn: string;
  signer: { name: string; position: string };
  honourPrefix?: string;
  decisions: { categoryId: string; winnerPersonIds: string[]; note: string }[];
}
