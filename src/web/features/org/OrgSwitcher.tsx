// The top-bar control for choosing the org unit that lists default to. Opens a panel that starts
// at the user's scope roots, drills into children, and can search by name within scope.
import { useEffect, useId, useRef, useState } from 'react';
import { api, errorMessageTh } from '../../api/client.js';
import type { OrgUnit } from '../../api/types.js';
import { th } from '../../i18n/th.js';
import { Spinner } from '../../ui/Page.js';
import { useDebounced } from '../../ui/useDebounced.js';
import { toRef, useCurrentUnit, type UnitRef } from './current-unit.js';
import { inScopeChain, unitDetail, unitName } from './labels.js';

export function OrgSwitcher() {
  const { scope, current, setCurrent } = useCurrentUnit();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const choose = (unit: UnitRef | null) => {
    setCurrent(unit);
    close(true);
  };

  const name = current ? unitName(current) : th.org.switcher.all;
  return (
    <div className="switcher" ref={rootRef} onKeyDown={(e) => e.key === 'Escape' && open && close(true)}>
      <button
        ref={buttonRef}
        type="button"
        className="switcher__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        data-testid="org-switcher"
      >
        <span className="switcher__label">{th.org.switcher.label}</span>
        <span className="switcher__value">{name}</span>
        <span aria-hidden="true" className="switcher__chevron">
          ▾
        </span>
      </button>
      {open && <SwitcherPanel id={panelId} scope={scope} current={current} onChoose={choose} />}
    </div>
  );
}

interface PanelProps {
  id: string;
  scope: OrgUnit[];
  current: UnitRef | null;
  onChoose: (unit: UnitRef | null) => void;
}

function SwitcherPanel({ id, scope, current, onChoose }: PanelProps) {
  const [stack, setStack] = useState<UnitRef[]>([]);
  const [children, setChildren] = useState<OrgUnit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const [results, setResults] = useState<OrgUnit[] | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const scopeKey = scope.map((u) => u.id).join(',');

  // Show the path from the scope root down to `id` (its children if it has any).
  const openAt = (unitId: string, signal?: AbortSignal) =>
    api.orgUnit(unitId, signal).then(
      (d) => {
        const chain = inScopeChain([...d.ancestors, d].map(toRef), new Set(scopeKey.split(',')));
        setStack(d.childCount > 0 ? chain : chain.slice(0, -1));
      },
      () => {},
    );

  // Open where the current unit is.
  const startId = current?.id;
  useEffect(() => {
    searchRef.current?.focus();
    if (!startId) return;
    const ac = new AbortController();
    void openAt(startId, ac.signal);
    return () => ac.abort();
  }, [startId]);

  const parent = stack[stack.length - 1];
  useEffect(() => {
    setError(null);
    if (!parent) {
      setChildren(null);
      return;
    }
    const ac = new AbortController();
    setChildren(null);
    api.orgChildren(parent.id, ac.signal).then(
      (r) => setChildren(r.items),
      (e: unknown) => !ac.signal.aborted && setError(errorMessageTh(e)),
    );
    return () => ac.abort();
  }, [parent]);

  useEffect(() => {
    if (!query) {
      setResults(null);
      return;
    }
    const ac = new AbortController();
    api.orgSearch(query, ac.signal).then(
      (r) => setResults(r.items),
      (e: unknown) => !ac.signal.aborted && setError(errorMessageTh(e)),
    );
    return () => ac.abort();
  }, [query]);

  const list = query ? results : parent ? children : scope;
  const drill = (u: OrgUnit) => {
    setQ('');
    if (query) void openAt(u.id);
    else setStack((s) => [...s, toRef(u)]);
  };

  return (
    <div id={id} className="switcher__panel" role="dialog" aria-label={th.org.switcher.dialogTitle}>
      <div className="field">
        <label htmlFor={`${id}-q`} className="field__label">
          {th.org.switcher.searchLabel}
        </label>
        <input
          id={`${id}-q`}
          ref={searchRef}
          className="input"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={th.org.switcher.searchPlaceholder}
          autoComplete="off"
        />
      </div>
      {!query && (
        <nav aria-label={th.org.switcher.path} className="switcher__trail">
          <button
            type="button"
            className="linkish"
            onClick={() => setStack([])}
            aria-current={stack.length === 0 ? 'location' : undefined}
          >
            {th.org.switcher.top}
          </button>
          {stack.map((u, i) => (
            <span key={u.id}>
              <span aria-hidden="true"> › </span>
              <button
                type="button"
                className="linkish"
                onClick={() => setStack(stack.slice(0, i + 1))}
                aria-current={i === stack.length - 1 ? 'location' : undefined}
              >
                {unitName(u)}
              </button>
            </span>
          ))}
        </nav>
      )}
      {error && <p className="field__error">{error}</p>}
      <ul className="switcher__list" aria-busy={list === null || undefined}>
        {!query && !parent && scope.length > 1 && (
          <li className="switcher__item">
            <button
              type="button"
              className="switcher__choose"
              onClick={() => onChoose(null)}
              aria-current={current === null || undefined}
            >
              {th.org.switcher.all}
            </button>
          </li>
        )}
        {!query && parent && (
          <li className="switcher__item">
            <button
              type="button"
              className="switcher__choose switcher__choose--parent"
              onClick={() => onChoose(parent)}
              aria-current={current?.id === parent.id || undefined}
            >
              {th.org.switcher.whole(unitName(parent))}
            </button>
          </li>
        )}
        {list === null && !error && (
          <li>
            <Spinner />
          </li>
        )}
        {list?.length === 0 && (
          <li className="muted switcher__empty">{query ? th.org.switcher.noResults : th.org.switcher.empty}</li>
        )}
        {list?.map((u) => {
          const detail = unitDetail(u);
          return (
            <li key={u.id} className="switcher__item">
              <button
                type="button"
                className="switcher__choose"
                onClick={() => onChoose(toRef(u))}
                aria-current={current?.id === u.id || undefined}
              >
                {unitName(u)}
                {detail && <span className="muted"> · {detail}</span>}
              </button>
              {u.childCount > 0 && (
                <button
                  type="button"
                  className="switcher__drill"
                  onClick={() => drill(u)}
                  aria-label={th.org.switcher.drill(unitName(u))}
                  title={th.org.switcher.drill(unitName(u))}
                >
                  ›
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
