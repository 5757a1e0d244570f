import { useId, type ReactNode } from 'react';
import { FieldMessage } from './TextField.js';

interface CheckboxGroupProps {
  legend: ReactNode;
  options: { value: string; label: ReactNode }[];
  values: string[];
  onChange: (values: string[]) => void;
  error?: string | undefined;
  /** id given to the first checkbox, so a form can move focus to the group. */
  firstId?: string;
  disabled?: boolean;
}

export function CheckboxGroup({ legend, options, values, onChange, error, firstId, disabled }: CheckboxGroupProps) {
  const base = useId();
  const msgId = error ? `${base}-msg` : undefined;
  const toggle = (value: string, on: boolean) => onChange(on ? [...values, value] : values.filter((v) => v !== value));
  return (
    <fieldset
      className={['field', 'checkbox-group', error ? 'field--error' : ''].filter(Boolean).join(' ')}
      aria-describedby={msgId}
      disabled={disabled}
    >
      <legend className="field__label">{legend}</legend>
      <div className="checkbox-group__items">
        {options.map((o, i) => {
          const id = i === 0 && firstId ? firstId : `${base}-${i}`;
          return (
            <label key={o.value} htmlFor={id} className="checkbox">
              <input
                id={id}
                type="checkbox"
                checked={values.includes(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
                aria-invalid={error ? true : undefined}
              />
              <span>{o.label}</span>
            </label>
          );
        })}
      </div>
      <FieldMessage id={msgId} error={error} />
    </fieldset>
  );
}
