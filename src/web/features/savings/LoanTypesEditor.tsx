// The loan types a group's rules allow, one card each: rate, method, term, limits, guarantors.
import { th } from '../../i18n/th.js';
import { Button } from '../../ui/Button.js';
import { Select } from '../../ui/Select.js';
import { TextField } from '../../ui/TextField.js';
import { newLoanType, type LoanTypeValues } from './group-form-model.js';
import { MoneyField } from './MoneyField.js';

interface Props {
  values: LoanTypeValues[];
  onChange: (next: LoanTypeValues[]) => void;
  issue: (path: string) => string | undefined;
  /** A problem with the list as a whole (e.g. a duplicate type). */
  listError?: string | undefined;
}

export function LoanTypesEditor({ values, onChange, issue, listError }: Props) {
  const t = th.savings.register;
  const update = (i: number, patch: Partial<LoanTypeValues>) =>
    onChange(values.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <fieldset className="form-section">
      <legend>{t.sectionLoanTypes}</legend>
      <ol className="loan-types">
        {values.map((l, i) => {
          const at = (k: string) => issue(`rules.loanTypes.${i}.${k}`);
          return (
            <li key={l.code} className="loan-type">
              <fieldset className="loan-type__fields">
                <legend className="role-row__legend">{t.loanTypeNo(i + 1)}</legend>
                <TextField
                  label={t.loanTypeName}
                  value={l.nameTh}
                  onChange={(nameTh) => update(i, { nameTh })}
                  error={at('nameTh')}
                  requiredMark
                  maxLength={100}
                />
                <div className="form-grid form-grid--3">
                  <TextField
                    label={t.loanRate}
                    hint={t.percentHint}
                    value={l.ratePercent}
                    onChange={(ratePercent) => update(i, { ratePercent })}
                    error={at('annualRateBp')}
                    inputMode="decimal"
                  />
                  <Select
                    label={t.loanMethod}
                    value={l.method}
                    onChange={(m) => update(i, { method: m as LoanTypeValues['method'] })}
                    options={(['declining', 'flat'] as const).map((m) => ({ value: m, label: t.loanMethods[m] }))}
                  />
                  <TextField
                    label={t.loanMaxTerm}
                    value={l.maxTermMonths}
                    onChange={(maxTermMonths) => update(i, { maxTermMonths })}
                    error={at('maxTermMonths')}
                    inputMode="numeric"
                  />
                  <TextField
                    label={t.loanMultiple}
                    hint={t.loanMultipleHint}
                    value={l.savingsMultiple}
                    onChange={(savingsMultiple) => update(i, { savingsMultiple })}
                    error={at('savingsMultiple')}
                    inputMode="numeric"
                  />
                  <MoneyField
                    label={t.loanCap}
                    hint={t.loanCapHint}
                    value={l.absoluteCap}
                    onChange={(absoluteCap) => update(i, { absoluteCap })}
                    error={at('absoluteCap')}
                  />
                  <TextField
                    label={t.loanGuarantors}
                    value={l.guarantorsRequired}
                    onChange={(guarantorsRequired) => update(i, { guarantorsRequired })}
                    error={at('guarantorsRequired')}
                    inputMode="numeric"
                  />
                  <MoneyField
                    label={t.loanPenalty}
                    value={l.penalty}
                    onChange={(penalty) => update(i, { penalty })}
                    error={at('penaltyPerLateInstallment')}
                  />
                </div>
              </fieldset>
              <Button small variant="ghost" onClick={() => onChange(values.filter((_, j) => j !== i))}>
                {t.removeLoanType(i + 1)}
              </Button>
            </li>
          );
        })}
      </ol>
      {listError && <p className="field__error">{listError}</p>}
      <Button small onClick={() => onChange([...values, newLoanType()])}>
        + {t.addLoanType}
      </Button>
    </fieldset>
  );
}
