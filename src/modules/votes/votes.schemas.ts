import { z } from '@hono/zod-openapi';
import { ZCertificate } from '../certificates/index.js';
import { ZCivilDate } from '../ledger/index.js';

export const ELECTION_STATUSES = ['draft', 'open', 'closed', 'announced'] as const;
export const CANDIDATES_MODES = ['all_eligible', 'shortlist'] as const;

const ZCategoryInput = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[a-z0-9_]{1,40}$/)
      .openapi({ description: 'Stable key: a–z, 0–9, _', example: 'sufficiency' }),
    nameTh: z.string().trim().min(1).max(200).openapi({ example: 'ด้านพอเพียง' }),
    description: z.string().trim().max(1000).default(''),
    candidatePersonIds: z
      .array(z.string().uuid())
      .max(500)
      .default([])
      .openapi({ description: "The shortlist (candidatesMode 'shortlist'); empty otherwise" }),
  })
  .strict();

const electionFields = {
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(2000).default(''),
  opensOn: ZCivilDate.openapi({ description: 'First day of voting; opens at 00:00 Bangkok time' }),
  closesOn: ZCivilDate.openapi({ description: 'Last day of voting; closes at the end of that day, Bangkok time' }),
  liveResults: z.boolean().default(false).openapi({ description: 'Tally readable while voting is open' }),
  candidatesMode: z.enum(CANDIDATES_MODES).default('all_eligible'),
  allowSelfVote: z.boolean().default(false),
  categories: z.array(ZCategoryInput).min(1).max(20),
};

export const ZElectionInput = z
  .object({ orgUnitId: z.string().min(1).max(40).openapi({ description: 'The organising office' }), ...electionFields })
  .strict()
  .openapi('ElectionInput');
export type TElectionInput = z.infer<typeof ZElectionInput>;

export const ZElectionUpdate = z.object(electionFields).strict().openapi('ElectionUpdate');
export type TElectionUpdate = z.infer<typeof ZElectionUpdate>;

/** A person as a ballot shows them: never a Thai ID. */
export const ZCandidate = z
  .object({
    personId: z.string(),
    fullName: z.string(),
    officeTh: z.string(),
    positionTh: z.string().nullable(),
  })
  .openapi('Candidate');
export type TCandidate = z.infer<typeof ZCandidate>;

export const ZUnitRef = z.object({ id: z.string(), nameTh: z.string() });

const ZCategory = z.object({
  id: z.string(),
  code: z.string(),
  nameTh: z.string(),
  description: z.string(),
  sort: z.number(),
  shortlist: z.array(ZCandidate).openapi({ description: "Shortlisted candidates ('shortlist' mode)" }),
  voted: z.number().openapi({ description: 'Voters who have voted in this category' }),
  turnout: z.number().nullable().openapi({ description: 'voted / roll size, 0–1; null before the roll exists' }),
});

export const ZElection = z
  .object({
    id: z.string(),
    organiser: ZUnitRef,
    title: z.string(),
    description: z.string(),
    opensOn: z.string(),
    closesOn: z.string(),
    opensAt: z.string(),
    closesAt: z.string(),
    liveResults: z.boolean(),
    candidatesMode: z.enum(CANDIDATES_MODES),
    allowSelfVote: z.boolean(),
    status: z.enum(ELECTION_STATUSES),
    acceptingVotes: z.boolean().openapi({ description: 'Open, and the server clock is inside the window' }),
    rollSize: z.number().nullable().openapi({ description: 'Voters on the roll; null while a draft' }),
    resultsVisible: z.boolean(),
    categories: z.array(ZCategory),
    canManage: z.boolean(),
    openedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    announcedAt: z.string().nullable(),
  })
  .openapi('Election');
export type TElection = z.infer<typeof ZElection>;

export const ZElectionSummary = z
  .object({
    id: z.string(),
    organiser: ZUnitRef,
    title: z.string(),
    opensOn: z.string(),
    closesOn: z.string(),
    status: z.enum(ELECTION_STATUSES),
    rollSize: z.number().nullable(),
    categoryCount: z.number(),
  })
  .openapi('ElectionSummary');
export type TElectionSummary = z.infer<typeof ZElectionSummary>;

export const ZBallot = z
  .object({
    election: z.object({
      id: z.string(),
      title: z.string(),
      description: z.string(),
      organiserTh: z.string(),
      opensOn: z.string(),
      closesOn: z.string(),
      status: z.enum(ELECTION_STATUSES),
      acceptingVotes: z.boolean(),
      allowSelfVote: z.boolean(),
    }),
    voter: z.object({ fullName: z.string() }),
    candidates: z.array(ZCandidate).openapi({ description: 'Everyone who may be chosen in some category' }),
    categories: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        nameTh: z.string(),
        description: z.string(),
        candidatePersonIds: z.array(z.string()).openapi({ description: 'Who may be chosen here, for this voter' }),
        voted: z.boolean().openapi({ description: 'This voter has already voted in this category' }),
      }),
    ),
  })
  .openapi('Ballot');
export type TBallot = z.infer<typeof ZBallot>;

export const ZCastInput = z
  .object({
    choices: z
      .array(z.object({ categoryId: z.string().uuid(), candidatePersonId: z.string().uuid() }).strict())
      .min(1)
      .max(20)
      .openapi({ description: 'One choice per category; all are recorded or none' }),
  })
  .strict()
  .openapi('CastBallot');
export type TCastInput = z.infer<typeof ZCastInput>;

export const ZMyBallot = z
  .object({
    electionId: z.string(),
    title: z.string(),
    organiserTh: z.string(),
    closesOn: z.string(),
    acceptingVotes: z.boolean(),
    categories: z.number(),
    voted: z.number(),
  })
  .openapi('MyBallot');
export type TMyBallot = z.infer<typeof ZMyBallot>;

export const ZResults = z
  .object({
    electionId: z.string(),
    title: z.string(),
    organiserTh: z.string(),
    status: z.enum(ELECTION_STATUSES),
    final: z.boolean().openapi({ description: 'Voting has closed; the figures will not change' }),
    asOf: z.string(),
    rollSize: z.number(),
    categories: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        nameTh: z.string(),
        ballots: z.number().openapi({ description: 'Ballots counted in this category' }),
        voted: z.number().openapi({ description: 'Voters who voted in this category (equals ballots)' }),
        turnout: z.number().openapi({ description: 'voted / roll size, 0–1' }),
        rows: z.array(z.object({ candidate: ZCandidate, votes: z.number(), rank: z.number() })),
        leaderIds: z.array(z.string()).openapi({ description: 'Candidates with the most votes (several if tied)' }),
        tied: z.boolean(),
        winnerIds: z.array(z.string()).openapi({ description: 'As announced; empty before' }),
        decisionNote: z.string().nullable(),
      }),
    ),
  })
  .openapi('ElectionResults');
export type TResults = z.infer<typeof ZResults>;

export const ZVoterSlip = z
  .object({
    personId: z.string(),
    fullName: z.string(),
    officeTh: z.string(),
    positionTh: z.string().nullable(),
    ballotCode: z.string(),
    link: z.string(),
  })
  .openapi('VoterSlip');
export type TVoterSlip = z.infer<typeof ZVoterSlip>;

export const ZAnnounceInput = z
  .object({
    issuedOn: ZCivilDate.openapi({ description: 'Date printed on the certificates' }),
    signer: z.object({ name: z.string().trim().min(1).max(200), position: z.string().trim().min(1).max(300) }).strict(),
    honourPrefix: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .default('บุคคลต้นแบบ')
      .openapi({ description: "Printed before the category's name: 'บุคคลต้นแบบ' + 'ด้านจิตอาสา'" }),
    decisions: z
      .array(
        z
          .object({
            categoryId: z.string().uuid(),
            winnerPersonIds: z.array(z.string().uuid()).min(1).max(50),
            note: z.string().trim().min(1).max(1000),
          })
          .strict(),
      )
      .max(20)
      .default([])
      .openapi({ description: 'For each category tied at the top: who wins among the tied, and why' }),
  })
  .strict()
  .openapi('AnnounceElection');
export type TAnnounceInput = z.infer<typeof ZAnnounceInput>;

export const ZAnnounceResult = z
  .object({ results: ZResults, certificates: z.array(ZCertificate) })
  .openapi('AnnouncedElection');
export type TAnnounceResult = z.infer<typeof ZAnnounceResult>;
