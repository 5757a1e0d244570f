// Enrol a member: who they are (Thai ID checked as typed), when they joined, their monthly pledge
// from the amounts the rules allow, and their beneficiaries. The entry fee is posted by the server,
// so the request carries an idempotency key kept across retries.
import { useState, type FormEvent } from 'react';
import { savingsApi } from '../../../api/savings.js';
import type { Group, Member } from '../../../api/savings-types.js';
import { th } from '../../../i18n/th.js';
import { Button } from '../../../ui/Button.js';
import { Select } from '../../../ui/Select.js';
import { TextField } from '../../../ui/TextField.js';
import { useReference } from '../../people/reference.js';
import { DateField } from '../DateField.js';
import { FormError } from '../FormError.js';
import { today } from '../dates.js';
import { issueAt, unclaimed } from '../issues.js';
import { useFormSubmission } from '../useFormSubmission.js';
import { useIdempotencyKey } from '../useIdempotencyKey.js';
import { BeneficiaryRows } from './BeneficiaryRows.js';
import {
  emptyJoin,
  FIELDS,
  pledgeOptions,
  thaiIdMessage,
  toJoinRequest,
  type JoinValues,
} from './join-member-model.js';

interface Props {
  group: Group;
  onJoined: (m: Member) => void;
  onCancel: () => void;
}

export function JoinMemberForm({ group, onJoined, onCancel }: Props) {
  const t = th.savings.members;
  const f = th.people.form;
  const { data: reference } = useReference();
  const idem = useIdempotencyKey();
  const [values, setValues] = useState<JoinValues>(() => emptyJoin(today()));
  const [idTouched, setIdTouched] = useState(false);
  const { form, tried, busy, message, serverIssues, setServerIssues, submit: run } = useFormSubmission();

  const set = (patch: Partial<JoinValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    const keys = Object.keys(patch);
    setServerIssues((all) => all.filter((i) => !keys.includes(i.path.split('.')[0] ?? '')));
  };
  const all = [...(tried ? toJoinRequest(values).issues : []), ...serverIssues];
  const issue = (path: string) => issueAt(all, path);
  const other = unclaimed(serverIssues, FIELDS);

  function submit(e: FormEvent) {
    e.preventDefault();
    const { input } = toJoinRequest(values);
    void run(Boolean(input), async () => {
      const member = await savingsApi.joinMember(group.id, input!, idem.key());
      idem.reset();
      onJoined(member);
    });
  }

  return (
    <form ref={form} className="person-form inline-form" onSubmit={submit} noValidate data-testid="join-form">
      <h3 className="card__title">{t.addTitle}</h3>
      <FormError message={message} other={other} testId="join-form-error" />
      <fieldset className="form-section" disabled={busy}>
        <legend>{t.sectionPerson}</legend>
        <TextField
          id="join-thaiId"
          label={f.thaiId}
          hint={f.thaiIdHint}
          value={values.thaiId}
          onChange={(thaiId) => set({ thaiId })}
          onBlur={() => setIdTouched(true)}
          error={issue('thaiId') ?? thaiIdMessage(values.thaiId, idTouched)}
          inputMode="numeric"
          autoComplete="off"
          maxLength={17}
          className="field--id"
          requiredMark
        />
        <div className="form-grid form-grid--name">
          <Select
            id="join-title"
            label={f.title}
            value={values.title}
            onChange={(title) => set({ title })}
            placeholder={th.common.choose}
            options={(reference?.titles ?? []).map((x) => ({ value: x, label: x }))}
            error={issue('title')}
            requiredMark
          />
          <TextField
            label={f.firstName}
            value={values.firstName}
            onChange={(firstName) => set({ firstName })}
            error={issue('firstName')}
            autoComplete="off"
            maxLength={100}
            requiredMark
          />
          <TextField
            label={f.lastName}
            value={values.lastName}
            onChange={(lastName) => set({ lastName })}
            error={issue('lastName')}
            autoComplete="off"
            maxLength={100}
            requiredMark
          />
        </div>
        <div className="form-grid form-grid--3">
          <DateField
            label={t.joinedOn}
            value={values.joinedOn}
            onChange={(joinedOn) => set({ joinedOn })}
            error={issue('joinedOn')}
            requiredMark
          />
          <Select
            id="join-pledge"
            label={t.monthlyPledge}
            value={values.monthlyPledge}
            onChange={(monthlyPledge) => set({ monthlyPledge })}
            placeholder={th.common.choose}
            options={pledgeOptions(group.rules)}
            error={issue('monthlyPledge')}
            requiredMark
          />
          <TextField
            label={f.phone}
            value={values.phone}
            onChange={(phone) => set({ phone })}
            error={issue('phone')}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            maxLength={30}
          />
        </div>
      </fieldset>
      <fieldset className="form-stack" disabled={busy}>
        <BeneficiaryRows
          rows={values.beneficiaries}
          onChange={(beneficiaries) => set({ beneficiaries })}
          issues={all}
        />
      </fieldset>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel={th.common.saving} data-testid="join-save">
          {t.join}
        </Button>
        <Button onClick={onCancel}>{th.common.cancel}</Button>
      </div>
    </form>
  );
}
