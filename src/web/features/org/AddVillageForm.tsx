import { useRef, useState, type FormEvent } from 'react';
import { api, ApiError, errorMessageTh } from '../../api/client.js';
import type { OrgUnit } from '../../api/types.js';
import { th } from '../../i18n/th.js';
import { Alert, useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { firstInvalid, splitIssues, type FieldErrors } from '../../ui/form.js';
import { TextField } from '../../ui/TextField.js';

const FIELDS = ['villageNo', 'nameTh'] as const;

/** Adds a village (หมู่บ้าน) under a subdistrict. */
export function AddVillageForm({
  subdistrictId,
  suggestedNo,
  onAdded,
}: {
  subdistrictId: string;
  suggestedNo: number;
  onAdded: (u: OrgUnit) => void;
}) {
  const toast = useToast();
  const [villageNo, setVillageNo] = useState(String(suggestedNo));
  const [nameTh, setNameTh] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const show = (errs: FieldErrors) => {
    setErrors(errs);
    const first = firstInvalid(errs, FIELDS);
    (first === 'villageNo' ? noRef : first === 'nameTh' ? nameRef : null)?.current?.focus();
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    const no = Number(villageNo.trim());
    const local: FieldErrors = {};
    if (!/^\d{1,2}$/.test(villageNo.trim()) || no < 1 || no > 99) local.villageNo = th.org.villageNoInvalid;
    if (!nameTh.trim()) local.nameTh = th.org.villageNameRequired;
    if (Object.keys(local).length) return show(local);
    setBusy(true);
    try {
      const unit = await api.createVillage(subdistrictId, no, nameTh.trim());
      toast(th.org.villageAdded(unit.nameTh));
      setNameTh('');
      setErrors({});
      onAdded(unit);
    } catch (err) {
      setMessage(errorMessageTh(err));
      if (err instanceof ApiError) show(splitIssues(err.issues, FIELDS).byField);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="card add-village"
      onSubmit={submit}
      noValidate
      data-testid="add-village-form"
      aria-labelledby="add-village-title"
    >
      <h2 id="add-village-title" className="card__title">
        {th.org.addVillage}
      </h2>
      {message && <Alert tone="error">{message}</Alert>}
      <div className="form-grid form-grid--village">
        <TextField
          id="village-no"
          label={th.org.villageNoLabel}
          value={villageNo}
          onChange={setVillageNo}
          error={errors.villageNo}
          inputRef={noRef}
          inputMode="numeric"
          maxLength={2}
          requiredMark
          className="field--short"
        />
        <TextField
          id="village-name"
          label={th.org.villageNameLabel}
          value={nameTh}
          onChange={setNameTh}
          error={errors.nameTh}
          inputRef={nameRef}
          maxLength={200}
          requiredMark
        />
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel={th.common.saving}>
          {th.org.addVillage}
        </Button>
      </div>
    </form>
  );
}
