// Who receives a member's money if they die: name, relation and a share, the shares adding up to 100 %.
import type { FieldIssue } from '../../../api/types.js';
import { th } from '../../../i18n/th.js';
import { Button } from '../../../ui/Button.js';
import { TextField } from '../../../ui/TextField.js';
import { issueAt } from '../issues.js';
import { percentText } from '../money.js';
import { sharesTotal, type BeneficiaryValues } from './join-member-model.js';

interface Props {
  rows: BeneficiaryValues[];
  onChange: (rows: BeneficiaryValues[]) => void;
  issues: FieldIssue[];
}

let nextKey = 1;

export function BeneficiaryRows({ rows, onChange, issues }: Props) {
  const t = th.savings.members;
  const total = sharesTotal(rows);
  const update = (i: number, patch: Partial<BeneficiaryValues>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const sumError = issues.find((i) => i.path === 'beneficiaries')?.messageTh;
  return (
    <fieldset className="form-section">
      <legend>{t.beneficiaries}</legend>
      <p className="field__hint">{t.beneficiariesHint}</p>
      <ol className="role-rows__list">
        {rows.map((r, i) => {
          const at = (k: string) => issueAt(issues, `beneficiaries.${i}.${k}`);
          return (
            <li key={r.key} className="role-row">
              <fieldset className="role-row__fields role-row__fields--3">
                <legend className="role-row__legend">{t.beneficiaryNo(i + 1)}</legend>
                <TextField
                  label={t.beneficiaryName}
                  value={r.fullName}
                  onChange={(fullName) => update(i, { fullName })}
                  error={at('fullName')}
                  maxLength={200}
                  autoComplete="off"
                />
                <TextField
                  label={t.relation}
                  value={r.relation}
                  onChange={(relation) => update(i, { relation })}
                  error={at('relation')}
                  maxLength={50}
                  autoComplete="off"
                />
                <TextField
                  label={t.share}
                  value={r.share}
                  onChange={(share) => update(i, { share })}
                  error={at('shareBp')}
                  inputMode="decimal"
                  autoComplete="off"
                />
              </fieldset>
              <Button small variant="ghost" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                {th.users.form.remove}
              </Button>
            </li>
          );
        })}
      </ol>
      {rows.length > 0 && (
        <p
          className={['allocation__total', total === 10000 ? 'allocation__total--ok' : 'allocation__total--bad'].join(
            ' ',
          )}
          aria-live="polite"
        >
          <span>{t.sharesTotal}</span>
          <strong>{total === null ? th.common.none : `${percentText(total)} %`}</strong>
        </p>
      )}
      {sumError && total !== 10000 && <p className="field__error">{sumError}</p>}
      <Button
        small
        onClick={() =>
          onChange([...rows, { key: nextKey++, fullName: '', relation: '', share: rows.length === 0 ? '100' : '' }])
        }
      >
        + {t.addBeneficiary}
      </Button>
    </fieldset>
  );
}
