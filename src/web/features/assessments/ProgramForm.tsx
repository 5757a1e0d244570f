// The department's (or a province's) new assessment program: title, fiscal year, the level of the
// groups it targets, quotas per province with exceptions, support per group in baht, the report
// deadline after a forum, the plan indicator's target, the results date and the instruments the
// forums use. Checked here first (Thai messages under the fields, nothing sent), then by the server,
// whose issues land under the same fields.
import { useState } from 'react';
import { api } from '../../api/client.js';
import { assessmentsApi } from '../../api/assessments.js';
import type { InstrumentSummary } from '../../api/assessments-types.js';
import type { OrgUnit } from '../../api/types.js';
import { thAssessments } from '../../i18n/th-assessments.js';
import { navigate } from '../../router.js';
import { useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { CheckboxGroup } from '../../ui/CheckboxGroup.js';
import { Card } from '../../ui/Page.js';
import { Select } from '../../ui/Select.js';
import { TextField } from '../../ui/TextField.js';
import { useLoad } from '../../ui/useLoad.js';
import { unitName } from '../org/labels.js';
import { DateField } from '../savings/DateField.js';
import { parseDateInput, thaiDate, today } from '../savings/dates.js';
import { FormError } from '../savings/FormError.js';
import { MoneyField } from '../savings/MoneyField.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';
import { useIdempotencyKey } from '../savings/useIdempotencyKey.js';
import {
  defaultProgramValues,
  fiscalYearChoices,
  issueFor,
  PROGRAM_FIELDS,
  toProgramInput,
  type ProgramValues,
} from './program-form-model.js';
import { QuotaExceptions } from './QuotaExceptions.js';
import { SampleBadge } from './SampleBadge.js';

const t = thAssessments.create;

/** Provinces a program run by `office` covers: the department's provinces with an office, or the province itself. */
function useProvinces(office: OrgUnit | undefined) {
  return useLoad(
    async (signal) =>
      !office
        ? []
        : office.kind === 'province'
          ? [office]
          : (await api.orgChildren(office.id, signal)).items.filter((u) => u.kind === 'province' && u.hasOffice),
    [office?.id],
  );
}

export function ProgramForm({ offices, instruments }: { offices: OrgUnit[]; instruments: InstrumentSummary[] }) {
  const toast = useToast();
  const idem = useIdempotencyKey();
  const { form, tried, busy, message, serverIssues, setServerIssues, submit } = useFormSubmission();
  const [v, setV] = useState<ProgramValues>(() => defaultProgramValues(offices[0]?.id ?? '', today()));
  const set = <K extends keyof ProgramValues>(k: K, value: ProgramValues[K]) => setV((old) => ({ ...old, [k]: value }));
  const office = offices.find((o) => o.id === v.orgUnitId);
  const provinces = useProvinces(office);

  // Client checks are shown once a save was tried, and follow the typing from then on.
  const issues = [...(tried ? toProgramInput(v).issues : []), ...serverIssues];
  const issue = (field: string) => issueFor(issues, field);
  const save = () => {
    const { input } = toProgramInput(v);
    setServerIssues([]);
    return submit(input !== null, async () => {
      const p = await assessmentsApi.createProgram(input!, idem.key());
      idem.reset();
      toast(t.created);
      navigate(`/assessments/${p.id}`);
    });
  };
  const due = v.resultsDueOn.trim() ? parseDateInput(v.resultsDueOn) : null;
  return (
    <form
      ref={form}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      noValidate
      data-testid="program-form"
    >
      <Card>
        <div className="stack">
          <Select
            label={t.office}
            value={v.orgUnitId}
            onChange={(id) => setV((old) => ({ ...old, orgUnitId: id, quotas: [] }))}
            options={offices.map((o) => ({ value: o.id, label: unitName(o) }))}
            error={issue('orgUnitId')}
            requiredMark
            data-testid="program-office"
          />
          <TextField
            label={t.programTitle}
            hint={t.programTitleHint}
            value={v.titleTh}
            onChange={(x) => set('titleTh', x)}
            error={issue('titleTh')}
            requiredMark
            data-testid="program-title"
          />
          <div className="as-grid">
            <Select
              label={t.fiscalYear}
              value={v.fiscalYear}
              onChange={(x) => set('fiscalYear', x)}
              options={fiscalYearChoices(today()).map((c) => ({
                value: c.value,
                label: t.fiscalYearOption(c.value, thaiDate(c.start), thaiDate(c.end)),
              }))}
              error={issue('fiscalYear')}
              requiredMark
              data-testid="program-fiscal-year"
            />
            <Select
              label={t.targetLevel}
              value={v.targetLevel}
              onChange={(x) => set('targetLevel', x)}
              options={[1, 2, 3].map((n) => ({ value: String(n), label: t.level(n) }))}
              error={issue('targetLevel')}
              data-testid="program-level"
            />
          </div>
        </div>
      </Card>
      <Card title={thAssessments.program.targets}>
        <div className="stack">
          <TextField
            label={t.defaultQuota}
            hint={t.defaultQuotaHint}
            value={v.defaultQuota}
            onChange={(x) => set('defaultQuota', x)}
            inputMode="numeric"
            autoComplete="off"
            error={issue('defaultQuota')}
            requiredMark
            data-testid="program-quota"
          />
          <QuotaExceptions
            rows={v.quotas}
            provinces={provinces.data ?? []}
            issues={issues}
            onChange={(rows) => set('quotas', rows)}
          />
        </div>
      </Card>
      <Card title={t.budgetSection}>
        <div className="as-grid">
          <MoneyField
            label={t.support}
            hint={t.supportHint}
            value={v.supportPerGroup}
            onChange={(x) => set('supportPerGroup', x)}
            error={issue('supportPerGroup')}
            requiredMark
            data-testid="program-support"
          />
          <TextField
            label={t.reportDays}
            value={v.reportDays}
            onChange={(x) => set('reportDays', x)}
            inputMode="numeric"
            autoComplete="off"
            error={issue('reportDays')}
            requiredMark
            data-testid="program-report-days"
          />
          <TextField
            label={t.planTarget}
            hint={t.planTargetHint}
            value={v.planTarget}
            onChange={(x) => set('planTarget', x)}
            inputMode="decimal"
            autoComplete="off"
            error={issue('planTargetBp')}
            requiredMark
            data-testid="program-plan-target"
          />
          <DateField
            label={t.resultsDue}
            value={due?.ok ? due.value : ''}
            // The typed text is what the form keeps: an unreadable date must not pass as "none".
            onChange={() => undefined}
            onTextChange={(x) => set('resultsDueOn', x)}
            error={issue('resultsDueOn')}
            data-testid="program-results-due"
          />
        </div>
      </Card>
      <Card>
        {instruments.length === 0 ? (
          <p className="muted">{t.noInstruments}</p>
        ) : (
          <CheckboxGroup
            legend={t.instruments}
            options={instruments.map((i) => ({
              value: i.id,
              label: (
                <>
                  {i.titleTh} ({i.shapeTh}, {thAssessments.instruments.version(i.version)}){' '}
                  <SampleBadge isSample={i.isSample} />
                </>
              ),
            }))}
            values={v.instrumentIds}
            onChange={(ids) => set('instrumentIds', ids)}
            error={issue('instrumentIds')}
          />
        )}
      </Card>
      <FormError
        message={message}
        other={serverIssues.filter((i) => !PROGRAM_FIELDS.some((f) => issueFor([i], f)))}
        testId="program-error"
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} data-testid="program-save">
          {t.save}
        </Button>
      </div>
    </form>
  );
}
