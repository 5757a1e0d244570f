// ตัวชี้วัด: quantitative ones carry a target and its unit (คน, อำเภอ); qualitative ones are text.
import type { FieldIssue } from '../../api/types.js';
import { thPrograms } from '../../i18n/th-programs.js';
import { Button } from '../../ui/Button.js';
import { FieldMessage, TextField } from '../../ui/TextField.js';
import { issueAt } from '../savings/issues.js';
import type { IndicatorDraft } from './project-form-model.js';

interface Props {
  items: IndicatorDraft[];
  onChange: (items: IndicatorDraft[]) => void;
  issues: FieldIssue[];
}

export function IndicatorsEditor({ items, onChange, issues }: Props) {
  const t = thPrograms.form;
  const set = (i: number, patch: Partial<IndicatorDraft>) =>
    onChange(items.map((k, j) => (j === i ? { ...k, ...patch } : k)));
  const add = (kind: IndicatorDraft['kind']) => onChange([...items, { kind, textTh: '', target: '', unit: '' }]);
  return (
    <fieldset className="pg-fieldset" data-testid="indicators-editor">
      <legend className="field__label">{t.indicators}</legend>
      <FieldMessage error={issues.find((i) => i.path === 'indicators')?.messageTh} />
      {items.map((k, i) => (
        <div key={i} className="pg-indicator" data-testid={`indicator-${k.kind}`}>
          <TextField
            label={`${t.indicatorText}${k.kind === 'quantitative' ? t.quantitative : t.qualitative}`}
            value={k.textTh}
            onChange={(v) => set(i, { textTh: v })}
            error={issueAt(issues, `indicators.${i}.textTh`)}
            data-testid="indicator-text"
          />
          {k.kind === 'quantitative' && (
            <div className="pg-indicator__target">
              <TextField
                label={t.target}
                value={k.target}
                inputMode="decimal"
                onChange={(v) => set(i, { target: v })}
                error={issueAt(issues, `indicators.${i}.target`)}
                data-testid="indicator-target"
              />
              <TextField
                label={t.unitLabel}
                value={k.unit}
                onChange={(v) => set(i, { unit: v })}
                error={issueAt(issues, `indicators.${i}.unit`)}
                data-testid="indicator-unit"
              />
            </div>
          )}
          <Button small variant="ghost" onClick={() => onChange(items.filter((_, j) => j !== i))}>
            {t.remove}
          </Button>
        </div>
      ))}
      <div className="form-actions">
        <Button small onClick={() => add('quantitative')}>
          {t.addIndicator(t.quantitative)}
        </Button>
        <Button small onClick={() => add('qualitative')}>
          {t.addIndicator(t.qualitative)}
        </Button>
      </div>
    </fieldset>
  );
}
