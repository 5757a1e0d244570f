// A civil date typed in the Buddhist era ("5/6/2569"), with the long Thai date shown as confirmation.
// The parent holds the ISO date; '' means "nothing valid typed yet".
import { useEffect, useState } from 'react';
import { th } from '../../i18n/th.js';
import { TextField } from '../../ui/TextField.js';
import { parseDateInput, thaiDate } from './dates.js';

interface DateFieldProps {
  id?: string;
  label: string;
  value: string;
  onChange: (iso: string) => void;
  /** The text as typed, for a form that must tell "left blank" from "not a date" (optional dates). */
  onTextChange?: (text: string) => void;
  error?: string | undefined;
  requiredMark?: boolean;
  className?: string;
  'data-testid'?: string;
}

export function DateField({
  id,
  label,
  value,
  onChange,
  onTextChange,
  error,
  requiredMark,
  className,
  ...rest
}: DateFieldProps) {
  const [text, setText] = useState(() => (value ? thaiDate(value, 'numeric') : ''));
  const [touched, setTouched] = useState(false);
  const parsed = parseDateInput(text);

  // A new value from outside (a reset, a default) replaces what is shown.
  useEffect(() => {
    if (value && !(parsed.ok && parsed.value === value)) setText(thaiDate(value, 'numeric'));
  }, [value]);

  const change = (t: string) => {
    setText(t);
    onTextChange?.(t);
    const p = parseDateInput(t);
    onChange(p.ok ? p.value : '');
  };
  // An optional date left blank is not an error; a required one, or any unreadable text, is.
  const local = touched && !parsed.ok && (requiredMark || text.trim() !== '') ? parsed.error : undefined;
  return (
    <TextField
      id={id}
      label={label}
      hint={parsed.ok ? th.savings.dateIs(thaiDate(parsed.value)) : th.savings.dateHint}
      value={text}
      onChange={change}
      onBlur={() => setTouched(true)}
      error={error ?? local}
      requiredMark={requiredMark}
      autoComplete="off"
      className={['field--date', className ?? ''].filter(Boolean).join(' ')}
      data-testid={rest['data-testid']}
    />
  );
}
