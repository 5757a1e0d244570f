// The two repeating parts of a household survey: its members, and the TPMAP basic-needs
// indicators it fails. Errors come keyed by the API's paths ("members.0.firstName").
import { TPMAP_DIMENSIONS, type TpmapDimension } from '../../api/fund-types.js';
import { th } from '../../i18n/th.js';
import { thFund } from '../../i18n/th-fund.js';
import { Button } from '../../ui/Button.js';
import { Select } from '../../ui/Select.js';
import { FieldMessage, TextField } from '../../ui/TextField.js';
import { emptyIndicator, emptyMember, type IndicatorDraft, type MemberDraft } from './household-model.js';

type ErrorAt = (path: string) => string | undefined;

export function MembersEditor(props: {
  members: MemberDraft[];
  titles: string[];
  onChange: (m: MemberDraft[]) => void;
  errorAt: ErrorAt;
}) {
  const t = thFund.household;
  const { members, onChange, errorAt } = props;
  const set = (i: number, patch: Partial<MemberDraft>) =>
    onChange(members.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <div data-testid="members-editor">
      {members.length === 0 && <p className="muted">{t.noMembers}</p>}
      {members.map((m, i) => (
        <fieldset key={i} className="fund-row" data-testid="member-row">
          <legend className="field__label">{t.memberNo(i + 1)}</legend>
          <div className="form-grid form-grid--name">
            <Select
              label={t.title_}
              value={m.title}
              onChange={(v) => set(i, { title: v })}
              placeholder={th.common.notSelected}
              options={props.titles.map((x) => ({ value: x, label: x }))}
            />
            <TextField
              label={t.firstName}
              value={m.firstName}
              onChange={(v) => set(i, { firstName: v })}
              error={errorAt(`members.${i}.firstName`)}
              requiredMark
              maxLength={100}
              data-testid={`member-${i}-first`}
            />
            <TextField
              label={t.lastName}
              value={m.lastName}
              onChange={(v) => set(i, { lastName: v })}
              error={errorAt(`members.${i}.lastName`)}
              requiredMark
              maxLength={100}
              data-testid={`member-${i}-last`}
            />
          </div>
          <div className="form-grid">
            <TextField
              label={t.relation}
              value={m.relation}
              onChange={(v) => set(i, { relation: v })}
              error={errorAt(`members.${i}.relation`)}
              requiredMark
              maxLength={60}
              data-testid={`member-${i}-relation`}
            />
            <TextField
              label={t.birthYear}
              value={m.birthYearBe}
              onChange={(v) => set(i, { birthYearBe: v })}
              error={errorAt(`members.${i}.birthYearBe`)}
              inputMode="numeric"
              maxLength={4}
              className="field--short"
              data-testid={`member-${i}-year`}
            />
          </div>
          <Button small variant="ghost" onClick={() => onChange(members.filter((_, j) => j !== i))}>
            {t.removeMember}
          </Button>
        </fieldset>
      ))}
      <FieldMessage error={errorAt('members')} />
      <Button small onClick={() => onChange([...members, emptyMember()])} data-testid="add-member">
        {t.addMember}
      </Button>
    </div>
  );
}

export function IndicatorsEditor(props: {
  indicators: IndicatorDraft[];
  onChange: (i: IndicatorDraft[]) => void;
  errorAt: ErrorAt;
}) {
  const t = thFund.household;
  const { indicators, onChange, errorAt } = props;
  const set = (i: number, patch: Partial<IndicatorDraft>) =>
    onChange(indicators.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const groupError = errorAt('failedIndicators');
  return (
    <fieldset className="fund-row" data-testid="indicators-editor">
      <legend className="field__label">{t.indicators}</legend>
      {indicators.map((ind, i) => (
        <div key={i} className="form-grid fund-indicator" data-testid="indicator-row">
          <Select
            label={t.dimension}
            value={ind.dimension}
            onChange={(v) => set(i, { dimension: v as TpmapDimension | '' })}
            placeholder={th.common.choose}
            options={TPMAP_DIMENSIONS.map((d) => ({ value: d, label: t.dimensions[d]! }))}
            error={errorAt(`failedIndicators.${i}.dimension`)}
            requiredMark
            data-testid={`indicator-${i}-dimension`}
          />
          <TextField
            label={t.indicator}
            value={ind.indicatorTh}
            onChange={(v) => set(i, { indicatorTh: v })}
            error={errorAt(`failedIndicators.${i}.indicatorTh`)}
            requiredMark
            maxLength={300}
            data-testid={`indicator-${i}-text`}
          />
          <Button small variant="ghost" onClick={() => onChange(indicators.filter((_, j) => j !== i))}>
            {t.removeIndicator}
          </Button>
        </div>
      ))}
      {/* The group's own message: aria-invalid on the add button lets focus land here. */}
      <FieldMessage error={groupError} />
      <Button
        small
        onClick={() => onChange([...indicators, emptyIndicator()])}
        aria-invalid={groupError ? true : undefined}
        data-testid="add-indicator"
      >
        {t.addIndicator}
      </Button>
    </fieldset>
  );
}
