-- KPI actuals computed by the system (issue 5). 'report_submissions': the number of offices that
-- have made their first submission to a report request, counted on read; source_ref holds the
-- report_request id. Such a KPI is quantitative and never has manual actual rows (the use case
-- refuses them). source_ref has no foreign key: a source may name a record of any module.
ALTER TABLE program_kpi DROP CONSTRAINT program_kpi_source_check;
ALTER TABLE program_kpi
  ADD CONSTRAINT program_kpi_source_check CHECK (source IN ('manual', 'report_submissions'));
ALTER TABLE program_kpi
  ADD CONSTRAINT program_kpi_source_ref_check CHECK (
    (source = 'manual') = (source_ref IS NULL) AND (source = 'manual' OR kind = 'quantitative')
  );
