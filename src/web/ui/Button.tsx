import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link } from '../router.js';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

function classes(variant: ButtonVariant, small?: boolean, extra?: string) {
  return ['btn', `btn--${variant}`, small ? 'btn--small' : '', extra ?? ''].filter(Boolean).join(' ');
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  small?: boolean;
  /** Shows busyLabel (or the children) with a spinner and ignores clicks. */
  busy?: boolean;
  busyLabel?: ReactNode;
};

export function Button({
  variant = 'secondary',
  small,
  busy,
  busyLabel,
  className,
  children,
  type,
  disabled,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type ?? 'button'}
      className={classes(variant, small, className)}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...rest}
    >
      {busy ? (
        <>
          <span className="spinner" aria-hidden="true" />
          {busyLabel ?? children}
        </>
      ) : (
        children
      )}
    </button>
  );
}

type LinkButtonProps = {
  to: string;
  variant?: ButtonVariant;
  small?: boolean;
  children: ReactNode;
  className?: string;
  'data-testid'?: string;
};

/** A navigation link that looks like a button. */
export function LinkButton({ to, variant = 'secondary', small, className, children, ...rest }: LinkButtonProps) {
  return (
    <Link to={to} className={classes(variant, small, className)} {...rest}>
      {children}
    </Link>
  );
}
