import { useId, type ReactNode } from 'react';
import { FieldMessage, RequiredMark } from './TextField.js';

/** A labelled multi-line field (paragraphs, addresses, lists) with its inline error, like TextField. */
export function TextArea(props: {
  label: ReactNode;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  rows?: number;
  requiredMark?: boolean;
  testId?: string;
}) {
  const id = useId();
  const msgId = props.error ? `${id}-msg` : undefined;
  return (
    <div className={['field', props.error ? 'field--error' : ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {props.label}
        {props.requiredMark && <RequiredMark />}
      </label>
      {props.hint && <p className="field__hint">{props.hint}</p>}
      <textarea
        id={id}
        className="input textarea"
        rows={props.rows ?? 3}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-required={props.requiredMark || undefined}
        aria-describedby={msgId}
        data-testid={props.testId}
      />
      <FieldMessage id={msgId} error={props.error} />
    </div>
  );
}
