// How the year's profit is divided (per cent per pool), with the running total: the rules must add up
// to exactly 100 %, which the server also insists on.
import { th } from '../../i18n/th.js';
import { allocationTotal, POOLS, type GroupValues } from './group-form-model.js';
import { percentText } from './money.js';
import type { FieldIssue } from '../../api/types.js';
import { issueAt } from './issues.js';

interface Props {
  values: GroupValues['allocation'];
  onChange: (next: GroupValues['allocation']) => void;
  issues: FieldIssue[];
}

export function AllocationEditor({ values, onChange, issues }: Props) {
  const t = th.savings.register;
  const total = allocationTotal(values);
  // The sum message (client or server); a server message about one list index also lands here.
  const totalError = issues.find((i) => i.path === 'rules.allocation' || /^rules\.allocation\.\d/.test(i.path));
  const ok = total === 10000;
  return (
    <fieldset className="form-section" aria-describedby="allocation-total">
      <legend>{t.sectionAllocation}</legend>
      <p className="field__hint">{t.allocationHint}</p>
      <div className="allocation">
        {POOLS.map((pool) => {
          const error = issueAt(issues, `rules.allocation.${pool}`);
          return (
            <div key={pool} className={['allocation__row', error ? 'field--error' : ''].join(' ')}>
              <label htmlFor={`alloc-${pool}`}>{t.pools[pool]}</label>
              <span className="allocation__input">
                <input
                  id={`alloc-${pool}`}
                  className="input"
                  inputMode="decimal"
                  autoComplete="off"
                  value={values[pool]}
                  onChange={(e) => onChange({ ...values, [pool]: e.target.value })}
                  aria-invalid={error ? true : undefined}
                  data-testid={`alloc-${pool}`}
                />
                <span aria-hidden="true">%</span>
              </span>
              {error && <p className="field__error allocation__error">{error}</p>}
            </div>
          );
        })}
        <p
          id="allocation-total"
          className={['allocation__total', ok ? 'allocation__total--ok' : 'allocation__total--bad'].join(' ')}
          aria-live="polite"
          data-testid="allocation-total"
        >
          <span>{t.allocationTotal}</span>
          <strong>{total === null ? th.common.none : `${percentText(total)} %`}</strong>
          <span>
            {total === null ? t.allocationInvalid : ok ? t.allocationOk : t.allocationOff(percentText(total))}
          </span>
        </p>
        {totalError && !ok && <p className="field__error">{totalError.messageTh}</p>}
      </div>
    </fieldset>
  );
}
