import { useEffect, useRef, useState } from 'react';
import { api, errorMessageTh } from '../api/client.js';
import type { Page as PageOf, PersonSummary } from '../api/types.js';
import { useSession } from '../features/auth/session.js';
import { useCurrentUnit } from '../features/org/current-unit.js';
import { unitName } from '../features/org/labels.js';
import { ImportPanel } from '../features/people/ImportPanel.js';
import { PeopleTable } from '../features/people/PeopleTable.js';
import { useReference } from '../features/people/reference.js';
import { th } from '../i18n/th.js';
import { href, navigate, useLocation } from '../router.js';
import { Alert } from '../ui/Alert.js';
import { Button, LinkButton } from '../ui/Button.js';
import { Page, Spinner } from '../ui/Page.js';
import { Pager } from '../ui/Pager.js';
import { useDebounced } from '../ui/useDebounced.js';

const PAGE_SIZE = 50;

export function PeoplePage() {
  const { can } = useSession();
  const { current } = useCurrentUnit();
  const { data: reference } = useReference();
  const { query } = useLocation();
  const urlQ = query.get('q') ?? '';
  const page = Math.max(1, Number(query.get('page')) || 1);
  const unitId = current?.id ?? null;

  const [input, setInput] = useState(urlQ);
  const debounced = useDebounced(input.trim(), 350);
  const [result, setResult] = useState<PageOf<PersonSummary> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [showImport, setShowImport] = useState(false);
  const [reloadKey, setReloadKey] = useState(0);

  // Typing updates the URL (replace, not push) so Back leaves the list rather than undoing keystrokes.
  useEffect(() => {
    if (debounced !== urlQ) navigate(href('/people', { q: debounced }), { replace: true });
  }, [debounced]);

  // Back/forward (or a nav link) changed the search: show it in the box.
  useEffect(() => {
    if (urlQ !== debounced) setInput(urlQ);
  }, [urlQ]);

  // A different unit means different pages: go back to page 1.
  const lastUnit = useRef(unitId);
  useEffect(() => {
    if (lastUnit.current !== unitId && page !== 1) navigate(href('/people', { q: urlQ }), { replace: true });
    lastUnit.current = unitId;
  }, [unitId]);

  useEffect(() => {
    const ac = new AbortController();
    setLoading(true);
    setError(null);
    api.people({ orgUnitId: unitId, q: urlQ, page, pageSize: PAGE_SIZE }, ac.signal).then(
      (r) => {
        setResult(r);
        setLoading(false);
      },
      (e: unknown) => {
        if (ac.signal.aborted) return;
        setError(errorMessageTh(e));
        setLoading(false);
      },
    );
    return () => ac.abort();
  }, [unitId, urlQ, page, reloadKey]);

  const total = result?.total ?? 0;
  const scopeText = current ? th.people.inUnit(unitName(current)) : th.org.switcher.all;
  return (
    <Page
      title={th.people.title}
      description={scopeText}
      actions={
        <>
          {can('people:import') && (
            <Button
              onClick={() => setShowImport((s) => !s)}
              aria-expanded={showImport}
              data-testid="people-import-toggle"
            >
              {th.people.import}
            </Button>
          )}
          {can('people:write') && (
            <LinkButton to="/people/new" variant="primary" data-testid="people-add">
              + {th.people.add}
            </LinkButton>
          )}
        </>
      }
    >
      {showImport && <ImportPanel unit={current} onImported={() => setReloadKey((k) => k + 1)} />}
      <div className="toolbar" role="search">
        <div className="field toolbar__search">
          <label htmlFor="people-q" className="field__label">
            {th.people.searchLabel}
          </label>
          <input
            id="people-q"
            className="input"
            type="search"
            value={input}
            onChange={(e) => setInput(e.target.value)}
            placeholder={th.people.searchPlaceholder}
            autoComplete="off"
            data-testid="people-search"
          />
        </div>
        {result && (
          <p className="toolbar__count" aria-live="polite">
            {th.people.total(total)}
          </p>
        )}
      </div>
      {error && (
        <Alert
          tone="error"
          actions={
            <Button small onClick={() => setReloadKey((k) => k + 1)}>
              {th.common.retry}
            </Button>
          }
        >
          {error}
        </Alert>
      )}
      {!result && loading && <Spinner />}
      {result && (
        <>
          <PeopleTable
            rows={result.items}
            reference={reference}
            busy={loading}
            caption={`${th.people.title} ${scopeText}`}
            emptyText={urlQ ? th.people.emptySearch(urlQ) : th.people.empty}
          />
          <Pager
            page={page}
            pageSize={result.pageSize || PAGE_SIZE}
            total={total}
            onPage={(p) => navigate(href('/people', { q: urlQ, page: p > 1 ? p : null }))}
          />
        </>
      )}
    </Page>
  );
}
