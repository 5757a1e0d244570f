import { useId, type ReactNode, type Ref, type SelectHTMLAttributes } from 'react';
import { FieldMessage, RequiredMark } from './TextField.js';

export interface SelectOption {
  value: string;
  label: string;
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> & {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** Either a flat list of options or <option>/<optgroup> children. */
  options?: SelectOption[];
  /** Text of an empty first option ("— เลือก —"); omitted when not given. */
  placeholder?: string;
  error?: string | undefined;
  hint?: ReactNode;
  selectRef?: Ref<HTMLSelectElement>;
  requiredMark?: boolean;
};

export function Select({
  label,
  value,
  onChange,
  options,
  placeholder,
  error,
  hint,
  selectRef,
  requiredMark,
  id,
  className,
  children,
  ...rest
}: SelectProps) {
  const auto = useId();
  const selectId = id ?? auto;
  const hintId = hint ? `${selectId}-hint` : undefined;
  const msgId = error ? `${selectId}-msg` : undefined;
  const describedBy = [hintId, msgId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={selectId} className="field__label">
        {label}
        {requiredMark && <RequiredMark />}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <select
        id={selectId}
        ref={selectRef}
        className="input select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-required={requiredMark || undefined}
        aria-describedby={describedBy}
        {...rest}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {children}
      </select>
      <FieldMessage id={msgId} error={error} />
    </div>
  );
}
