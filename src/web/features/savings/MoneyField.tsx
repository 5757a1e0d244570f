// An amount in baht, checked as it is typed (exact parse: no more than 2 decimals, no minus sign).
import type { ReactNode } from 'react';
import { TextField } from '../../ui/TextField.js';
import { amountError } from './money.js';

interface MoneyFieldProps {
  id?: string;
  label: ReactNode;
  value: string;
  onChange: (text: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  requiredMark?: boolean;
  className?: string;
  'data-testid'?: string;
}

export function MoneyField({ error, className, ...rest }: MoneyFieldProps) {
  return (
    <TextField
      {...rest}
      error={error ?? amountError(rest.value)}
      inputMode="decimal"
      autoComplete="off"
      className={['field--money', className ?? ''].filter(Boolean).join(' ')}
    />
  );
}
