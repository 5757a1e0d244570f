// Create or edit one person. Client checks are only for quick feedback; the server validates
// everything and its issues are shown beside the matching fields.
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { api, ApiError, errorMessageTh } from '../../api/client.js';
import type { FieldIssue, Person, Reference } from '../../api/types.js';
import { th } from '../../i18n/th.js';
import { Alert } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { CheckboxGroup } from '../../ui/CheckboxGroup.js';
import { firstInvalid, splitIssues, type FieldErrors } from '../../ui/form.js';
import { Select } from '../../ui/Select.js';
import { TextField } from '../../ui/TextField.js';
import { unitName } from '../org/labels.js';
import { OrgUnitPicker } from './OrgUnitPicker.js';
import { normalizeThaiId, thaiIdProblem } from './thai-id.js';
import {
  changes,
  clientErrors,
  fieldId,
  FIELDS,
  initialValues,
  toInput,
  type Field,
  type Values,
} from './person-form-model.js';

interface PersonFormProps {
  person: Person | null;
  reference: Reference;
  defaultUnitId: string | null;
  readOnly: boolean;
  onSaved: (p: Person, created: boolean) => void;
  onNoChanges: () => void;
  onReload: () => void;
  onCancel: () => void;
}

export function PersonForm({
  person,
  reference,
  defaultUnitId,
  readOnly,
  onSaved,
  onNoChanges,
  onReload,
  onCancel,
}: PersonFormProps) {
  const f = th.people.form;
  const [values, setValues] = useState<Values>(() => initialValues(person, defaultUnitId));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [stale, setStale] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [idTouched, setIdTouched] = useState(false);
  const refs: Partial<Record<Field, RefObject<HTMLInputElement | HTMLSelectElement | null>>> = {
    title: useRef<HTMLSelectElement>(null),
    firstName: useRef<HTMLInputElement>(null),
    lastName: useRef<HTMLInputElement>(null),
    thaiId: useRef<HTMLInputElement>(null),
    positionCode: useRef<HTMLSelectElement>(null),
    orgUnitId: useRef<HTMLSelectElement>(null),
    phone: useRef<HTMLInputElement>(null),
    email: useRef<HTMLInputElement>(null),
  };

  const set =
    <K extends keyof Values>(k: K) =>
    (v: Values[K]) => {
      setValues((s) => ({ ...s, [k]: v }));
      if (errors[k]) setErrors(({ [k]: _, ...rest }) => rest);
    };

  // Focus moves to the first invalid field once the form is enabled again (after the request).
  const [focusField, setFocusField] = useState<Field | null>(null);
  useEffect(() => {
    if (!focusField || busy) return;
    (refs[focusField]?.current ?? document.getElementById(fieldId(focusField)))?.focus();
    setFocusField(null);
  }, [focusField, busy]);

  const showErrors = (errs: FieldErrors) => {
    setErrors(errs);
    setFocusField((firstInvalid(errs, FIELDS) as Field | undefined) ?? null);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    setOther([]);
    setStale(null);
    const local = clientErrors(values);
    if (Object.keys(local).length) {
      setMessage(th.people.fixErrors);
      showErrors(local);
      return;
    }
    setBusy(true);
    try {
      if (person) {
        const diff = changes(toInput(initialValues(person, null), true), toInput(values, true));
        if (!Object.keys(diff).length) {
          setBusy(false);
          onNoChanges();
          return;
        }
        onSaved(await api.updatePerson(person.id, { ...diff, version: person.version }), false);
      } else {
        onSaved(await api.createPerson(toInput(values, false)), true);
      }
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.status === 409 && person) {
        setStale(err.messageTh);
        return;
      }
      setMessage(errorMessageTh(err));
      if (err instanceof ApiError) {
        const split = splitIssues(err.issues, FIELDS);
        setOther(split.other);
        showErrors(split.byField);
      }
    }
  }

  const idProblem = thaiIdProblem(values.thaiId);
  const idWarning =
    (idTouched || normalizeThaiId(values.thaiId).length === 13) && idProblem === 'checksum' && !errors.thaiId
      ? f.thaiIdChecksum
      : undefined;
  const titles =
    person && !reference.titles.includes(person.title) ? [person.title, ...reference.titles] : reference.titles;
  const staff = reference.positions.filter((p) => p.isStaff);
  const community = reference.positions.filter((p) => !p.isStaff);

  return (
    <form className="person-form" onSubmit={submit} noValidate data-testid="person-form" aria-busy={busy || undefined}>
      {stale && (
        <Alert
          tone="warning"
          title={th.people.staleTitle}
          testId="person-stale"
          actions={
            <Button small variant="primary" onClick={onReload}>
              {th.people.reload}
            </Button>
          }
        >
          <p>{stale}</p>
          <p>{th.people.reloadWarning}</p>
        </Alert>
      )}
      {message && (
        <Alert tone="error" testId="person-form-error">
          <p>{message}</p>
          {other.length > 0 && (
            <ul>
              {other.map((i, n) => (
                <li key={n}>{i.messageTh}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <fieldset className="form-section" disabled={readOnly || busy}>
        <legend>{f.sectionName}</legend>
        <div className="form-grid form-grid--name">
          <Select
            id={fieldId('title')}
            label={f.title}
            value={values.title}
            onChange={set('title')}
            error={errors.title}
            selectRef={refs.title as RefObject<HTMLSelectElement>}
            placeholder={th.common.choose}
            options={titles.map((t) => ({ value: t, label: t }))}
            requiredMark
          />
          <TextField
            id={fieldId('firstName')}
            label={f.firstName}
            value={values.firstName}
            onChange={set('firstName')}
            error={errors.firstName}
            inputRef={refs.firstName as RefObject<HTMLInputElement>}
            autoComplete="off"
            requiredMark
            maxLength={100}
          />
          <TextField
            id={fieldId('lastName')}
            label={f.lastName}
            value={values.lastName}
            onChange={set('lastName')}
            error={errors.lastName}
            inputRef={refs.lastName as RefObject<HTMLInputElement>}
            autoComplete="off"
            requiredMark
            maxLength={100}
          />
        </div>
        <TextField
          id={fieldId('thaiId')}
          label={f.thaiId}
          hint={f.thaiIdHint}
          value={values.thaiId}
          onChange={set('thaiId')}
          onBlur={() => setIdTouched(true)}
          error={errors.thaiId}
          warning={idWarning}
          inputRef={refs.thaiId as RefObject<HTMLInputElement>}
          inputMode="numeric"
          autoComplete="off"
          maxLength={17}
          className="field--id"
        />
      </fieldset>

      <fieldset className="form-section" disabled={readOnly || busy}>
        <legend>{f.sectionWork}</legend>
        <Select
          id={fieldId('positionCode')}
          label={f.position}
          value={values.positionCode}
          onChange={set('positionCode')}
          error={errors.positionCode}
          selectRef={refs.positionCode as RefObject<HTMLSelectElement>}
          placeholder={th.common.notSelected}
        >
          {staff.length > 0 && (
            <optgroup label={f.staffGroup}>
              {staff.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.nameTh}
                </option>
              ))}
            </optgroup>
          )}
          {community.length > 0 && (
            <optgroup label={f.networkGroup}>
              {community.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.nameTh}
                </option>
              ))}
            </optgroup>
          )}
        </Select>
        <OrgUnitPicker
          id={fieldId('orgUnitId')}
          value={values.orgUnitId}
          onChange={set('orgUnitId')}
          error={errors.orgUnitId}
          selectRef={refs.orgUnitId as RefObject<HTMLSelectElement>}
          saved={
            person
              ? {
                  id: person.orgUnitId,
                  nameTh: unitName({ id: person.orgUnitId, kind: person.orgUnitKind, nameTh: person.orgUnitNameTh }),
                }
              : null
          }
          disabled={readOnly}
        />
        <CheckboxGroup
          legend={f.networks}
          firstId={fieldId('networks')}
          options={reference.networks.map((n) => ({ value: n.code, label: `${n.nameTh} (${n.abbrTh})` }))}
          values={values.networks}
          onChange={set('networks')}
          error={errors.networks}
          disabled={readOnly}
        />
      </fieldset>

      <fieldset className="form-section" disabled={readOnly || busy}>
        <legend>{f.sectionContact}</legend>
        <div className="form-grid">
          <TextField
            id={fieldId('phone')}
            label={f.phone}
            hint={f.phoneHint}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            value={values.phone}
            onChange={set('phone')}
            error={errors.phone}
            inputRef={refs.phone as RefObject<HTMLInputElement>}
            maxLength={30}
          />
          <TextField
            id={fieldId('email')}
            label={f.email}
            type="email"
            autoComplete="off"
            value={values.email}
            onChange={set('email')}
            error={errors.email}
            inputRef={refs.email as RefObject<HTMLInputElement>}
            maxLength={200}
          />
        </div>
      </fieldset>

      <div className="form-actions">
        {!readOnly && (
          <Button type="submit" variant="primary" busy={busy} busyLabel={th.common.saving} data-testid="person-save">
            {th.common.save}
          </Button>
        )}
        <Button onClick={onCancel}>{readOnly ? th.people.backToList : th.common.cancel}</Button>
      </div>
    </form>
  );
}
