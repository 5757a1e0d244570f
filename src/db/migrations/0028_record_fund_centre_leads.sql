-- Seed 004 picks level-3 savings groups that lead a community fund management centre
-- (ศูนย์จัดการกองทุนชุมชน) first. Nothing recorded that fact, so it becomes a fact of the group with
-- its history, like the development level: the latest row on or before a date is what holds then
-- (a group may stop leading a centre, so "leads" is recorded both ways).
CREATE TABLE group_fund_centre (
  group_id uuid NOT NULL REFERENCES savings_group (id),
  effective_on date NOT NULL,
  leads boolean NOT NULL,
  centre_name_th text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES user_account (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, effective_on),
  CHECK (NOT leads OR length(trim(centre_name_th)) > 0)
);
