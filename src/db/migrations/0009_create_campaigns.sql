-- Savings campaigns (seed 001: recruit members; each member adds 50 baht to their pledged savings or
-- deposits at least 50 baht of special savings, December–February). Progress is computed from the
-- journal, never entered by hand.
CREATE TABLE savings_campaign (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_unit_id text NOT NULL REFERENCES org_unit (id),
  name_th text NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL CHECK (ends_on >= starts_on),
  min_amount bigint NOT NULL CHECK (min_amount > 0),
  target_new_members integer NOT NULL CHECK (target_new_members >= 0),
  target_members_adding integer NOT NULL CHECK (target_members_adding >= 0),
  created_by uuid REFERENCES user_account (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX savings_campaign_org_unit ON savings_campaign (org_unit_id);
