// One indicator of a forum's assessment: its text and guidance, what the books say (if they know),
// the forum's answer, whether it passes, and its evidence files.
import { useId } from 'react';
import type { IndicatorView } from '../../api/assessments-types.js';
import { thAssessments } from '../../i18n/th-assessments.js';
import { Select } from '../../ui/Select.js';
import { TextField } from '../../ui/TextField.js';
import type { Draft } from './answer-model.js';
import { EvidenceList } from './EvidenceList.js';
import { passRuleText, valueText } from './labels.js';

const t = thAssessments.answers;

interface Props {
  x: IndicatorView;
  draft: Draft;
  onChange: (d: Draft) => void;
  editable: boolean;
  evidence: {
    onAttach: (file: File) => void;
    onRemove: (fileId: string) => void;
    urlOf: (fileId: string) => string;
    busy: boolean;
  };
}

function Result({ passed }: { passed: boolean | null }) {
  if (passed === null) return <span className="as-result as-badge">{t.unanswered}</span>;
  return <span className={`as-result ${passed ? 'as-pass' : 'as-fail'}`}>{passed ? t.passed : t.failed}</span>;
}

function Control({
  x,
  draft,
  onChange,
  label,
}: {
  x: IndicatorView;
  draft: Draft;
  onChange: (d: Draft) => void;
  label: string;
}) {
  const name = useId();
  const a = x.answer;
  if (a.type === 'yes_no') {
    return (
      <fieldset className="as-choices" data-testid={`answer-${x.code}`}>
        <legend className="visually-hidden">{label}</legend>
        {(['yes', 'no'] as const).map((v) => (
          <label key={v}>
            <input
              type="radio"
              name={name}
              value={v}
              checked={draft.text === v}
              onChange={() => onChange({ ...draft, text: v })}
            />
            {v === 'yes' ? t.yes : t.no}
          </label>
        ))}
      </fieldset>
    );
  }
  if (a.type === 'level') {
    return (
      <Select
        label={label}
        value={draft.text}
        onChange={(v) => onChange({ ...draft, text: v })}
        placeholder={t.choose}
        options={Array.from({ length: a.maxLevel + 1 }, (_, n) => ({
          value: String(n),
          label: t.level(n, a.levelLabelsTh[n]),
        }))}
        data-testid={`answer-${x.code}`}
      />
    );
  }
  return (
    <TextField
      label={`${label}${a.unitTh ? ` (${a.unitTh})` : ''}`}
      value={draft.text}
      onChange={(v) => onChange({ ...draft, text: v })}
      inputMode="decimal"
      autoComplete="off"
      data-testid={`answer-${x.code}`}
    />
  );
}

export function IndicatorRow({ x, draft, onChange, editable, evidence }: Props) {
  const entering = x.ledgerSource === null || draft.override;
  return (
    <div className="as-indicator" data-testid={`indicator-${x.code}`}>
      <div className="as-indicator__head">
        <p className="as-indicator__text">
          <span className="as-indicator__code">{x.code}</span>
          {x.textTh}
        </p>
        <Result passed={x.passed} />
      </div>
      <p className="muted">
        {passRuleText(x.answer)}
        {x.weight > 1 ? ` · ${x.weight} คะแนน` : ''}
        {x.guidanceTh ? ` · ${t.guidance}: ${x.guidanceTh}` : ''}
      </p>
      {x.ledger && (
        <div className="as-books" data-testid={`books-${x.code}`}>
          <strong>{t.fromBooks}:</strong> {valueText(x.answer, x.ledger.value)} — {x.ledger.explainTh}
        </div>
      )}
      {!editable ? (
        <p>
          {t.result}: {valueText(x.answer, x.value)}
          {x.entered?.note ? ` (${x.entered.note})` : ''}
        </p>
      ) : (
        <>
          {x.ledgerSource !== null && (
            <label className="as-choices">
              <input
                type="checkbox"
                checked={draft.override}
                onChange={(e) => onChange({ ...draft, override: e.target.checked })}
              />
              {t.override}
            </label>
          )}
          {entering && <Control x={x} draft={draft} onChange={onChange} label={t.result} />}
          {x.ledgerSource !== null && draft.override && (
            <TextField
              label={t.overrideNote}
              value={draft.note}
              onChange={(v) => onChange({ ...draft, note: v })}
              requiredMark
            />
          )}
        </>
      )}
      {(x.evidenceRequired || x.evidence.length > 0 || editable) && (
        <EvidenceList
          code={x.code}
          required={x.evidenceRequired}
          hint={x.evidenceTh}
          files={x.evidence}
          editable={editable}
          {...evidence}
        />
      )}
    </div>
  );
}
