// Registering or correcting a surveyed household (seed 000 §3.5): the head with their citizen ID,
// the members, the address down to the village (the switcher's district → subdistrict → village),
// the TPMAP flag with the indicators it fails, the vulnerability category and the needs. The full
// ID is typed once; afterwards the form shows it masked and resends it unchanged unless a new one
// is typed. Local checks first; the server's issues land under the same fields (by API path).
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { fundApi } from '../../api/fund.js';
import type { Household, Vulnerability } from '../../api/fund-types.js';
import { th } from '../../i18n/th.js';
import { thFund } from '../../i18n/th-fund.js';
import { Button } from '../../ui/Button.js';
import { Select } from '../../ui/Select.js';
import { TextArea } from '../../ui/TextArea.js';
import { TextField } from '../../ui/TextField.js';
import { useReference } from '../people/reference.js';
import { DateField } from '../savings/DateField.js';
import { today } from '../savings/dates.js';
import { FormError } from '../savings/FormError.js';
import { issueAt, unclaimed } from '../savings/issues.js';
import { LocationPicker } from '../savings/LocationPicker.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';
import { useIdempotencyKey } from '../savings/useIdempotencyKey.js';
import { IndicatorsEditor, MembersEditor } from './HouseholdLists.js';
import { checkDraft, draftFrom, emptyDraft, toInput, type HouseholdDraft } from './household-model.js';
import './fund.css';

// Issues under these paths show beside their fields; any other is listed above the form.
const CLAIMED = [
  'villageId',
  'houseNo',
  'head',
  'phone',
  'members',
  'failedIndicators',
  'vulnerability',
  'needsTh',
  'surveyedOn',
];

interface Props {
  fundId: string;
  household: Household | null;
  onSaved: (h: Household) => void;
  onCancel?: () => void;
}

export function HouseholdForm({ fundId, household, onSaved, onCancel }: Props) {
  const t = thFund.household;
  const titles = useReference().data?.titles ?? [];
  const idem = useIdempotencyKey();
  const { form, tried, busy, message, serverIssues, setServerIssues, submit } = useFormSubmission();
  const [d, setD] = useState<HouseholdDraft>(() => (household ? draftFrom(household) : emptyDraft(today())));
  const [changeId, setChangeId] = useState(!household);
  const [changeVillage, setChangeVillage] = useState(!household);
  const local = tried ? checkDraft(d, { keepsId: !changeId }) : {};
  const errorAt = (path: string) =>
    local[path] ?? serverIssues.find((i) => i.path === path)?.messageTh ?? groupIssue(path);
  // Issues on a whole list ("members") or its rows' other fields show under the list.
  const groupIssue = (path: string) =>
    path === 'members' || path === 'failedIndicators' ? issueAt(serverIssues, path) : undefined;
  const set =
    <K extends keyof HouseholdDraft>(k: K) =>
    (v: HouseholdDraft[K]) =>
      setD((s) => ({ ...s, [k]: v }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ready = Object.keys(checkDraft(d, { keepsId: !changeId })).length === 0;
    void submit(ready, async () => {
      setServerIssues([]);
      const body = toInput(d, changeId ? undefined : household?.headThaiId);
      try {
        const saved = household
          ? await fundApi.updateHousehold(household.id, { ...body, version: household.version })
          : await fundApi.registerHousehold(fundId, body, idem.key());
        idem.reset();
        onSaved(saved);
      } catch (err) {
        if (err instanceof ApiError && err.code === 'idempotency_key_reused') idem.reset();
        throw err;
      }
    });
  }

  const vulnerabilities: Vulnerability[] = ['vulnerable', 'poor', 'disadvantaged'];
  return (
    <form ref={form} className="form-stack fund-form" onSubmit={onSubmit} noValidate data-testid="household-form">
      <FormError
        message={message && tried ? message : null}
        other={unclaimed(serverIssues, CLAIMED)}
        testId="household-error"
      />
      <fieldset className="form-section" disabled={busy}>
        <legend>{t.sectionHead}</legend>
        <div className="form-grid form-grid--name">
          <Select
            label={t.title_}
            value={d.headTitle}
            onChange={set('headTitle')}
            placeholder={th.common.choose}
            options={titles.map((x) => ({ value: x, label: x }))}
            error={errorAt('head.title')}
            requiredMark
            data-testid="head-title"
          />
          <TextField
            label={t.firstName}
            value={d.headFirstName}
            onChange={set('headFirstName')}
            error={errorAt('head.firstName')}
            requiredMark
            maxLength={100}
            autoComplete="off"
            data-testid="head-first"
          />
          <TextField
            label={t.lastName}
            value={d.headLastName}
            onChange={set('headLastName')}
            error={errorAt('head.lastName')}
            requiredMark
            maxLength={100}
            autoComplete="off"
            data-testid="head-last"
          />
        </div>
        {changeId ? (
          <TextField
            label={t.thaiId}
            hint={t.thaiIdHint}
            value={d.thaiId}
            onChange={set('thaiId')}
            error={errorAt('head.thaiId')}
            requiredMark
            inputMode="numeric"
            autoComplete="off"
            maxLength={17}
            className="field--id"
            data-testid="head-thai-id"
          />
        ) : (
          <div className="field field--id">
            <p className="field__label">{t.thaiId}</p>
            <p data-testid="head-thai-id-saved">{t.thaiIdSaved(household!.headThaiIdMasked)}</p>
            <Button small onClick={() => setChangeId(true)} data-testid="change-thai-id">
              {t.thaiIdChange}
            </Button>
          </div>
        )}
        <TextField
          label={t.phone}
          value={d.phone}
          onChange={set('phone')}
          error={errorAt('phone')}
          type="tel"
          inputMode="tel"
          maxLength={40}
          autoComplete="off"
        />
      </fieldset>

      <fieldset className="form-section" disabled={busy}>
        <legend>{t.sectionAddress}</legend>
        {changeVillage ? (
          <LocationPicker
            id="household-village"
            onChange={set('villageId')}
            error={errorAt('villageId')}
            villageRequired
            label={t.village}
            data-testid="household-village"
          />
        ) : (
          <div className="field">
            <p className="field__label">{t.village}</p>
            <p>
              {t.villageSaved(
                thFund.households.address_('', household!.village.villageNo, household!.village.nameTh).trim(),
              )}
            </p>
            <Button small onClick={() => setChangeVillage(true)}>
              {t.villageChange}
            </Button>
          </div>
        )}
        <div className="form-grid">
          <TextField
            label={t.houseNo}
            value={d.houseNo}
            onChange={set('houseNo')}
            error={errorAt('houseNo')}
            requiredMark
            maxLength={40}
            className="field--short"
            data-testid="house-no"
          />
          <DateField
            label={t.surveyedOn}
            value={d.surveyedOn}
            onChange={set('surveyedOn')}
            error={errorAt('surveyedOn')}
            requiredMark
            data-testid="surveyed-on"
          />
        </div>
      </fieldset>

      <fieldset className="form-section" disabled={busy}>
        <legend>{t.sectionMembers}</legend>
        <MembersEditor members={d.members} titles={titles} onChange={set('members')} errorAt={errorAt} />
      </fieldset>

      <fieldset className="form-section" disabled={busy}>
        <legend>{t.sectionTarget}</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={d.tpmap}
            onChange={(e) => set('tpmap')(e.target.checked)}
            data-testid="household-tpmap"
          />
          <span>{t.tpmap}</span>
        </label>
        {d.tpmap && <IndicatorsEditor indicators={d.indicators} onChange={set('indicators')} errorAt={errorAt} />}
        <Select
          label={t.vulnerability}
          value={d.vulnerability}
          onChange={(v) => set('vulnerability')(v as Vulnerability | '')}
          placeholder={t.vulnerabilityNone}
          options={vulnerabilities.map((v) => ({ value: v, label: thFund.households.vulnerability[v] }))}
          error={errorAt('vulnerability')}
          data-testid="household-vulnerability"
        />
        <TextArea
          label={t.needs}
          value={d.needsTh}
          onChange={set('needsTh')}
          error={errorAt('needsTh')}
          requiredMark
          rows={3}
          testId="household-needs"
        />
      </fieldset>

      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel={t.saving} data-testid="save-household">
          {t.save}
        </Button>
        {onCancel && (
          <Button onClick={onCancel} disabled={busy}>
            {t.cancel}
          </Button>
        )}
      </div>
    </form>
  );
}
