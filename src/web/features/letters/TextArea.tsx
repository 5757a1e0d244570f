import { useId, type ReactNode } from 'react';
import { FieldMessage, RequiredMark } from '../../ui/TextField.js';

/** A labelled multi-line field (addresses, paragraphs), styled like TextField. */
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
        className="input letters-textarea"
        rows={props.rows ?? 3}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={msgId}
        data-testid={props.testId}
      />
      <FieldMessage id={msgId} error={props.error} />
    </div>
  );
}
