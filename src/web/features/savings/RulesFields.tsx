// The money rules of a group's ระเบียบ: monthly pledge, entry fee, meeting day, special-savings rate
// and how dividends are counted.
import { th } from '../../i18n/th.js';
import { Select } from '../../ui/Select.js';
import { TextField } from '../../ui/TextField.js';
import type { GroupValues } from './group-form-model.js';
import { splitAmounts } from './group-form-model.js';
import { MoneyField } from './MoneyField.js';
import { baht, parseAmount } from './money.js';

interface Props {
  values: GroupValues;
  set: (patch: Partial<GroupValues>) => void;
  issue: (path: string) => string | undefined;
}

export function RulesFields({ values: v, set, issue }: Props) {
  const t = th.savings.register;
  const amounts = splitAmounts(v.pledgeAmounts).map(parseAmount);
  return (
    <fieldset className="form-section">
      <legend>{t.sectionRules}</legend>
      <fieldset className="choice-row">
        <legend className="field__label">{t.pledgeMode}</legend>
        {(['amounts', 'shares'] as const).map((mode) => (
          <label key={mode} className="checkbox">
            <input
              type="radio"
              name="pledge-mode"
              value={mode}
              checked={v.pledgeMode === mode}
              onChange={() => set({ pledgeMode: mode })}
            />
            <span>{t.pledgeModes[mode]}</span>
          </label>
        ))}
      </fieldset>
      {v.pledgeMode === 'amounts' ? (
        <div className="field field--sub">
          <TextField
            id="group-pledge-amounts"
            label={t.pledgeAmounts}
            hint={t.pledgeAmountsHint}
            value={v.pledgeAmounts}
            onChange={(pledgeAmounts) => set({ pledgeAmounts })}
            error={issue('rules.pledge')}
            inputMode="decimal"
            autoComplete="off"
            requiredMark
          />
          {amounts.length > 0 && (
            <ul className="tags" aria-label={t.pledgeAmountsPreview}>
              {amounts.map((a, i) => (
                <li key={i} className={a.ok ? 'tag' : 'tag tag--error'}>
                  {a.ok ? baht(a.value) : a.error}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <div className="form-grid form-grid--3 field--sub">
          <MoneyField
            id="group-share-value"
            label={t.shareValue}
            value={v.shareValue}
            onChange={(shareValue) => set({ shareValue })}
            error={issue('rules.pledge.shareValue')}
            requiredMark
          />
          <TextField
            label={t.minShares}
            value={v.minShares}
            onChange={(minShares) => set({ minShares })}
            error={issue('rules.pledge.minShares')}
            inputMode="numeric"
          />
          <TextField
            label={t.maxShares}
            value={v.maxShares}
            onChange={(maxShares) => set({ maxShares })}
            error={issue('rules.pledge.maxShares')}
            inputMode="numeric"
          />
        </div>
      )}
      <div className="form-grid form-grid--3">
        <MoneyField
          id="group-entry-fee"
          label={t.entryFee}
          value={v.entryFee}
          onChange={(entryFee) => set({ entryFee })}
          error={issue('rules.entryFee')}
        />
        <TextField
          id="group-meeting-day"
          label={t.meetingDay}
          hint={t.meetingDayHint}
          value={v.meetingDay}
          onChange={(meetingDay) => set({ meetingDay })}
          error={issue('rules.meetingDay')}
          inputMode="numeric"
          requiredMark
        />
        <TextField
          id="group-special-rate"
          label={t.specialRate}
          hint={t.percentHint}
          value={v.specialRate}
          onChange={(specialRate) => set({ specialRate })}
          error={issue('rules.specialSavingsAnnualRateBp')}
          inputMode="decimal"
        />
      </div>
      <Select
        label={t.dividendMethod}
        value={v.dividendMethod}
        onChange={(d) => set({ dividendMethod: d as GroupValues['dividendMethod'] })}
        options={(['share_months', 'year_end_balance'] as const).map((m) => ({
          value: m,
          label: t.dividendMethods[m],
        }))}
        error={issue('rules.dividendMethod')}
      />
    </fieldset>
  );
}
