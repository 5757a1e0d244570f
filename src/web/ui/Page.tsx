import { useEffect, useRef, type ReactNode } from 'react';
import { th } from '../i18n/th.js';

interface PageProps {
  title: string;
  /** Small text above the title, e.g. a breadcrumb. */
  before?: ReactNode;
  /** Buttons shown beside the title. */
  actions?: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  narrow?: boolean;
}

/** One screen: sets the document title and moves focus to the heading when it opens. */
export function Page({ title, before, actions, description, children, narrow }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = th.app.pageTitle(title);
  }, [title]);
  useEffect(() => {
    // Announce the new page to screen-reader users after client-side navigation.
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className={['page', narrow ? 'page--narrow' : ''].filter(Boolean).join(' ')}>
      {before}
      <header className="page__header">
        <div className="page__titles">
          <h1 ref={heading} tabIndex={-1} className="page__title">
            {title}
          </h1>
          {description && <div className="page__description">{description}</div>}
        </div>
        {actions && <div className="page__actions">{actions}</div>}
      </header>
      {children}
    </div>
  );
}

export function Spinner({ label = th.app.loading }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export function Card({ children, title, className }: { children: ReactNode; title?: ReactNode; className?: string }) {
  return (
    <section className={['card', className ?? ''].filter(Boolean).join(' ')}>
      {title && <h2 className="card__title">{title}</h2>}
      {children}
    </section>
  );
}
