import { useId } from 'react';
import { FieldMessage, RequiredMark } from '../../ui/TextField.js';

interface Props {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  requiredMark?: boolean;
  rows?: number;
  'data-testid'?: string;
}

/** A labelled multi-line field with its inline error, like TextField. */
export function TextArea({ label, value, onChange, error, requiredMark, rows = 4, ...rest }: Props) {
  const id = useId();
  return (
    <div className={['field', error ? 'field--error' : ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
        {requiredMark && <RequiredMark />}
      </label>
      <textarea
        id={id}
        className="input pg-textarea"
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-required={requiredMark || undefined}
        aria-describedby={error ? `${id}-msg` : undefined}
        data-testid={rest['data-testid']}
      />
      <FieldMessage id={`${id}-msg`} error={error} />
    </div>
  );
}
