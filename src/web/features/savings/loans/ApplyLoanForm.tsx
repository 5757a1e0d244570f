// Enter a loan application; the server checks it against the rules (limit on savings, cap, term,
// guarantors) and its Thai messages appear beside the fields they concern.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, errorMessageTh } from '../../../api/client.js';
import { savingsApi } from '../../../api/savings.js';
import type { Group, Loan, MemberSummary } from '../../../api/savings-types.js';
import type { FieldIssue } from '../../../api/types.js';
import { th } from '../../../i18n/th.js';
import { Alert } from '../../../ui/Alert.js';
import { Button } from '../../../ui/Button.js';
import { Select } from '../../../ui/Select.js';
import { TextField } from '../../../ui/TextField.js';
import { DateField } from '../DateField.js';
import { today } from '../dates.js';
import { issueAt } from '../issues.js';
import { MoneyField } from '../MoneyField.js';
import { baht, parseAmount, parseWhole } from '../money.js';
import { useIdempotencyKey } from '../useIdempotencyKey.js';

/** Limit errors carry no field path; these codes say which field they are about. */
const CODE_FIELD: Record<string, string> = {
  loan_term_too_long: 'termMonths',
  loan_over_absolute_cap: 'principal',
  loan_over_savings_multiple: 'principal',
};

interface Props {
  group: Group;
  members: MemberSummary[];
  onApplied: (loan: Loan) => void;
  onCancel: () => void;
}

export function ApplyLoanForm({ group, members, onApplied, onCancel }: Props) {
  const t = th.savings.loans;
  const idem = useIdempotencyKey();
  const form = useRef<HTMLFormElement>(null);
  const types = group.rules.loanTypes;
  const [memberNo, setMemberNo] = useState('');
  const [loanType, setLoanType] = useState(types[0]?.code ?? '');
  const [principal, setPrincipal] = useState('');
  const [term, setTerm] = useState('');
  const [purpose, setPurpose] = useState('');
  const [appliedOn, setAppliedOn] = useState(today);
  const [guarantors, setGuarantors] = useState<string[]>([]);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusTick, setFocusTick] = useState(0);

  const type = types.find((x) => x.code === loanType);
  // As many guarantor choices as the loan type requires (at least the ones already chosen).
  useEffect(() => {
    const need = type?.guarantorsRequired ?? 0;
    setGuarantors((g) => (g.length >= need ? g : [...g, ...Array<string>(need - g.length).fill('')]));
  }, [type?.guarantorsRequired]);
  useEffect(() => {
    if (focusTick) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusTick]);

  const active = members.filter((m) => m.status === 'active');
  const memberOptions = active.map((m) => ({ value: String(m.memberNo), label: `${m.memberNo} ${m.fullName}` }));
  const issue = (p: string) => issueAt(issues, p);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const amount = parseAmount(principal);
    const months = parseWhole(term);
    const local: FieldIssue[] = [];
    const fail = (path: string, messageTh: string) => local.push({ path, messageTh, messageEn: '' });
    if (!memberNo) fail('memberNo', th.people.form.chooseRequired);
    if (!type) fail('loanType', th.people.form.chooseRequired);
    if (!amount.ok) fail('principal', amount.error);
    else if (amount.value === 0) fail('principal', th.savings.register.amountRequired);
    if (months === null || months < 1)
      fail('termMonths', th.savings.register.wholeBetween(1, type?.maxTermMonths ?? 360));
    if (!purpose.trim()) fail('purpose', th.people.form.required);
    if (!appliedOn) fail('appliedOn', th.savings.dateRequired);
    setIssues(local);
    setMessage(null);
    if (local.length || !amount.ok || months === null) {
      setMessage(th.people.fixErrors);
      setFocusTick((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const loan = await savingsApi.applyLoan(
        group.id,
        {
          memberNo: Number(memberNo),
          loanType,
          principal: amount.value,
          termMonths: months,
          purpose: purpose.trim(),
          appliedOn,
          guarantors: guarantors.filter(Boolean).map(Number),
        },
        idem.key(),
      );
      idem.reset();
      onApplied(loan);
    } catch (err) {
      setBusy(false);
      setMessage(errorMessageTh(err));
      if (err instanceof ApiError) {
        const field = CODE_FIELD[err.code];
        setIssues(field ? [{ path: field, messageTh: err.messageTh, messageEn: '' }] : err.issues);
      }
      setFocusTick((n) => n + 1);
    }
  }

  const guarantorsError = issues.find((i) => i.path === 'guarantors')?.messageTh;
  const borrower = active.find((m) => String(m.memberNo) === memberNo);
  return (
    <form ref={form} className="person-form inline-form" onSubmit={submit} noValidate data-testid="loan-form">
      <h3 className="card__title">{t.applyTitle}</h3>
      {message && <Alert tone="error">{message}</Alert>}
      <fieldset className="form-section" disabled={busy}>
        <legend>{t.sectionLoan}</legend>
        <div className="form-grid">
          <Select
            label={t.borrower}
            value={memberNo}
            onChange={setMemberNo}
            placeholder={th.common.choose}
            options={memberOptions}
            error={issue('memberNo')}
            hint={borrower && t.borrowerSavings(baht(borrower.balances.pledgedSavings))}
            requiredMark
          />
          <Select
            label={t.loanType}
            value={loanType}
            onChange={setLoanType}
            options={types.map((x) => ({ value: x.code, label: x.nameTh }))}
            error={issue('loanType')}
            requiredMark
          />
          <MoneyField
            label={t.principal}
            value={principal}
            onChange={setPrincipal}
            error={issue('principal')}
            requiredMark
          />
          <TextField
            label={t.termMonths}
            hint={type && t.maxTerm(type.maxTermMonths)}
            value={term}
            onChange={setTerm}
            error={issue('termMonths')}
            inputMode="numeric"
            requiredMark
          />
        </div>
        <TextField
          label={t.purpose}
          value={purpose}
          onChange={setPurpose}
          error={issue('purpose')}
          maxLength={300}
          requiredMark
        />
        <DateField
          label={t.appliedOn}
          value={appliedOn}
          onChange={setAppliedOn}
          error={issue('appliedOn')}
          requiredMark
        />
      </fieldset>
      <fieldset className="form-section" disabled={busy}>
        <legend>{t.guarantors}</legend>
        <p className="field__hint">{type ? t.guarantorsNeeded(type.guarantorsRequired) : ''}</p>
        {guarantors.map((g, i) => (
          <Select
            key={i}
            label={t.guarantorNo(i + 1)}
            value={g}
            onChange={(v) => setGuarantors((all) => all.map((x, j) => (j === i ? v : x)))}
            placeholder={th.common.notSelected}
            options={memberOptions.filter((o) => o.value !== memberNo)}
            error={issue(`guarantors.${i}`)}
          />
        ))}
        {guarantorsError && <p className="field__error">{guarantorsError}</p>}
        <Button small onClick={() => setGuarantors((all) => [...all, ''])} disabled={guarantors.length >= 5}>
          + {t.addGuarantor}
        </Button>
      </fieldset>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel={th.common.saving} data-testid="loan-save">
          {t.apply}
        </Button>
        <Button onClick={onCancel}>{th.common.cancel}</Button>
      </div>
    </form>
  );
}
