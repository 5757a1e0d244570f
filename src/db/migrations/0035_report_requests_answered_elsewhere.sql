-- A report request whose answers another page fills in: the staff fund's proposal request is
-- answered by each district's proposal on the fund's page (the fund writes the report in the same
-- transaction). Such a request names that page, and the requests module refuses to let a unit fill
-- in or submit the report directly — which would skip the proposal and leave the fund refusing it
-- as already sent.
ALTER TABLE report_request
  ADD COLUMN answered_via_path text,
  ADD COLUMN answered_via_th text,
  ADD CONSTRAINT report_request_answered_via_both CHECK (
    (answered_via_path IS NULL) = (answered_via_th IS NULL)
    AND (answered_via_path IS NULL OR answered_via_path ~ '^/[A-Za-z0-9/_-]+$')
  );

-- The funds' requests sent before this migration.
UPDATE report_request r
SET answered_via_path = '/fund/' || f.id || '/proposals',
    answered_via_th = 'หน้าข้อเสนอของอำเภอ ในกองทุนออมวันละบาท'
FROM staff_fund f
WHERE f.proposal_request_id = r.id;
