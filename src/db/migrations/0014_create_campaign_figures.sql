-- Maintained campaign progress (campaigns/maintain-campaigns.ts), written in the same transaction
-- as the postings and member joins that change it, so progress and the dashboards read one row per
-- group instead of scanning the journal over the campaign window.
--
-- Each member's standing in a campaign: whether they count as adding (by pledge on one meeting
-- day, by special savings in total) and the special savings they deposited in the window. A
-- posting recomputes the standing of the members it touches from their journal lines in the
-- window, so a reversal undoes exactly what it reverses. Only members with something to count
-- have a row.
CREATE TABLE campaign_member (
  group_id uuid NOT NULL,
  campaign_id uuid NOT NULL REFERENCES savings_campaign (id),
  member_no integer NOT NULL,
  by_pledge boolean NOT NULL,
  by_special boolean NOT NULL,
  special bigint NOT NULL,
  PRIMARY KEY (group_id, campaign_id, member_no),
  FOREIGN KEY (group_id, member_no) REFERENCES group_member (group_id, member_no)
);

-- The sum of a group's campaign_member rows, plus the members who joined in the window.
CREATE TABLE campaign_group_figure (
  group_id uuid NOT NULL REFERENCES savings_group (id),
  campaign_id uuid NOT NULL REFERENCES savings_campaign (id),
  new_members integer NOT NULL DEFAULT 0,
  adding integer NOT NULL DEFAULT 0,
  adding_pledge integer NOT NULL DEFAULT 0,
  adding_special integer NOT NULL DEFAULT 0,
  special bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (group_id, campaign_id)
);
CREATE INDEX campaign_group_figure_campaign ON campaign_group_figure (campaign_id);
