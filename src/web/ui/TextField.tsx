import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { th } from '../i18n/th.js';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** A softer message (shown like an error but without aria-invalid), e.g. a client-side check. */
  warning?: string | undefined;
  hint?: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
  /** Marks the label as required; validation itself is done by the form. */
  requiredMark?: boolean;
};

/** A labelled input with its hint and inline error announced through aria-describedby. */
export function TextField({
  label,
  value,
  onChange,
  error,
  warning,
  hint,
  inputRef,
  requiredMark,
  id,
  className,
  ...rest
}: TextFieldProps) {
  const auto = useId();
  const inputId = id ?? auto;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const msgId = error || warning ? `${inputId}-msg` : undefined;
  const describedBy = [hintId, msgId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={inputId} className="field__label">
        {label}
        {requiredMark && <RequiredMark />}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <input
        id={inputId}
        ref={inputRef}
        className="input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-required={requiredMark || undefined}
        aria-describedby={describedBy}
        {...rest}
      />
      <FieldMessage id={msgId} error={error} warning={warning} />
    </div>
  );
}

/** A visual "*"; the control itself carries aria-required so its accessible name stays clean. */
export function RequiredMark() {
  return (
    <span className="field__required" aria-hidden="true" title={th.common.required}>
      {' *'}
    </span>
  );
}

export function FieldMessage({
  id,
  error,
  warning,
}: {
  id?: string | undefined;
  error?: string | undefined;
  warning?: string | undefined;
}) {
  if (error) {
    return (
      <p id={id} className="field__error">
        <span aria-hidden="true">⚠ </span>
        {error}
      </p>
    );
  }
  if (warning) {
    return (
      <p id={id} className="field__warning">
        {warning}
      </p>
    );
  }
  return null;
}
