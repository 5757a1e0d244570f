-- Elections with secret ballots (seed 003: the Rayong office's staff choose role models in five
-- virtues through a QR code; the province tallies and announces). The roll of who may vote and who
-- has voted is kept apart from what was voted: `ballot` has no reference to a voter, no timestamp
-- and no sequence, so no query can join a ballot to a person (docs/adr/0004-secret-ballots.md).
CREATE TABLE election (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The organising office (a province or a district); its staff subtree is the electorate.
  org_unit_id text NOT NULL REFERENCES org_unit (id),
  title text NOT NULL COLLATE thai CHECK (length(title) BETWEEN 1 AND 300),
  description text NOT NULL DEFAULT '',
  -- The voting window as moments: "9–15 May" is 9 May 00:00 to the end of 15 May in Bangkok.
  opens_at timestamptz NOT NULL,
  closes_at timestamptz NOT NULL,
  -- Whether the tally may be read while voting is open; otherwise only after close.
  live_results boolean NOT NULL DEFAULT false,
  -- 'all_eligible': anyone on the roll may be chosen; 'shortlist': only election_candidate rows.
  candidates_mode text NOT NULL CHECK (candidates_mode IN ('all_eligible', 'shortlist')),
  allow_self_vote boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed', 'announced')),
  opened_at timestamptz,
  closed_at timestamptz,
  announced_at timestamptz,
  created_by uuid REFERENCES user_account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (closes_at > opens_at),
  CHECK ((status = 'draft') = (opened_at IS NULL)),
  CHECK ((status IN ('closed', 'announced')) = (closed_at IS NOT NULL)),
  CHECK ((status = 'announced') = (announced_at IS NOT NULL))
);
CREATE INDEX election_org_unit ON election (org_unit_id);

CREATE TABLE election_category (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  election_id uuid NOT NULL REFERENCES election (id) ON DELETE CASCADE,
  code text NOT NULL CHECK (code ~ '^[a-z0-9_]{1,40}$'),
  name_th text NOT NULL CHECK (length(name_th) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '',
  sort integer NOT NULL,
  -- How the organiser settled a tie at the top, recorded when the results are announced.
  decision_note text,
  UNIQUE (election_id, code),
  -- Target of the composite keys below: a row can only point at a category of its own election.
  UNIQUE (election_id, id)
);

-- The shortlist of a category (candidates_mode 'shortlist').
CREATE TABLE election_candidate (
  election_id uuid NOT NULL,
  category_id uuid NOT NULL,
  person_id uuid NOT NULL REFERENCES person (id),
  PRIMARY KEY (election_id, category_id, person_id),
  FOREIGN KEY (election_id, category_id) REFERENCES election_category (election_id, id) ON DELETE CASCADE
);

-- The roll, fixed when the election opens: each voter's one-time code for the QR slip.
CREATE TABLE election_voter (
  election_id uuid NOT NULL REFERENCES election (id),
  person_id uuid NOT NULL REFERENCES person (id),
  -- Crockford base32 from a cryptographic source (50 bits): not guessable, easy to type.
  ballot_code text NOT NULL UNIQUE CHECK (ballot_code ~ '^[0-9A-HJKMNP-TV-Z]{10}$'),
  PRIMARY KEY (election_id, person_id)
);
CREATE INDEX election_voter_person ON election_voter (person_id);

-- Who has voted in which category. The primary key is the database's guarantee of one ballot per
-- voter per category; nothing here says what was chosen.
CREATE TABLE election_participation (
  election_id uuid NOT NULL,
  category_id uuid NOT NULL,
  person_id uuid NOT NULL,
  PRIMARY KEY (election_id, category_id, person_id),
  FOREIGN KEY (election_id, person_id) REFERENCES election_voter (election_id, person_id),
  FOREIGN KEY (election_id, category_id) REFERENCES election_category (election_id, id)
);

-- What was voted. Deliberately no voter, no time, no serial: the id is random, and at close every
-- ballot of the election is rewritten in random order by one statement (so rows no longer share a
-- transaction id with their participation row, nor sit in casting order).
CREATE TABLE ballot (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  election_id uuid NOT NULL REFERENCES election (id),
  category_id uuid NOT NULL,
  candidate_person_id uuid NOT NULL REFERENCES person (id),
  FOREIGN KEY (election_id, category_id) REFERENCES election_category (election_id, id)
);
CREATE INDEX ballot_tally ON ballot (election_id, category_id, candidate_person_id);

-- Winners as announced: the most votes, or the organiser's recorded decision among those tied.
CREATE TABLE election_winner (
  election_id uuid NOT NULL,
  category_id uuid NOT NULL,
  person_id uuid NOT NULL REFERENCES person (id),
  votes integer NOT NULL CHECK (votes > 0),
  PRIMARY KEY (election_id, category_id, person_id),
  FOREIGN KEY (election_id, category_id) REFERENCES election_category (election_id, id)
);
