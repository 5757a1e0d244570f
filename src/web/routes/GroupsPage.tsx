// /groups: the savings groups in the user's scope, narrowed by area and name.
import { useEffect, useRef, useState } from 'react';
import { savingsApi } from '../api/savings.js';
import { useSession } from '../features/auth/session.js';
import { useCurrentUnit } from '../features/org/current-unit.js';
import { unitName } from '../features/org/labels.js';
import { useUnitOptions } from '../features/org/useUnitOptions.js';
import { GroupsTable } from '../features/savings/GroupsTable.js';
import { th } from '../i18n/th.js';
import { href, navigate, useLocation } from '../router.js';
import { LinkButton } from '../ui/Button.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { Pager } from '../ui/Pager.js';
import { Select } from '../ui/Select.js';
import { useDebounced } from '../ui/useDebounced.js';
import { useLoad } from '../ui/useLoad.js';

const PAGE_SIZE = 50;

export function GroupsPage() {
  const t = th.savings.groups;
  const { can } = useSession();
  const { current } = useCurrentUnit();
  const { children } = useUnitOptions();
  const { query } = useLocation();
  const urlQ = query.get('q') ?? '';
  const area = query.get('area') ?? '';
  const page = Math.max(1, Number(query.get('page')) || 1);
  const orgUnitId = area || current?.id || null;

  const [input, setInput] = useState(urlQ);
  const debounced = useDebounced(input.trim(), 350);
  const {
    data: result,
    error,
    loading,
    reload,
  } = useLoad(
    (signal) => savingsApi.groups({ orgUnitId, q: urlQ, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, signal),
    [orgUnitId, urlQ, page],
  );

  const go = (q: string, a: string, p = 1) =>
    navigate(href('/groups', { q, area: a, page: p > 1 ? p : null }), { replace: p === 1 });

  useEffect(() => {
    if (debounced !== urlQ) go(debounced, area);
  }, [debounced]);

  // Back/forward changed the search: show it in the box.
  useEffect(() => {
    if (urlQ !== debounced) setInput(urlQ);
  }, [urlQ]);

  // Another unit in the switcher: its own areas, from the first page.
  const lastUnit = useRef(current?.id);
  useEffect(() => {
    if (lastUnit.current !== current?.id && (area || page > 1)) go(urlQ, '');
    lastUnit.current = current?.id;
  }, [current?.id]);

  const scopeText = current ? unitName(current) : th.org.switcher.all;
  return (
    <Page
      title={t.title}
      description={th.people.inUnit(scopeText)}
      actions={
        <>
          <LinkButton to="/groups/overview" data-testid="groups-overview">
            {th.savings.overview.open}
          </LinkButton>
          {can('savings:manage') && (
            <LinkButton to="/groups/new" variant="primary" data-testid="group-register">
              + {t.register}
            </LinkButton>
          )}
        </>
      }
    >
      <div className="toolbar" role="search">
        <div className="field toolbar__search">
          <label htmlFor="groups-q" className="field__label">
            {t.searchLabel}
          </label>
          <input
            id="groups-q"
            className="input"
            type="search"
            value={input}
            onChange={(e) => setInput(e.target.value)}
            placeholder={th.people.searchPlaceholder}
            autoComplete="off"
            data-testid="groups-search"
          />
        </div>
        {children.length > 0 && (
          <Select
            className="toolbar__filter"
            label={t.areaLabel}
            value={area}
            onChange={(a) => go(urlQ, a)}
            options={[
              { value: '', label: t.areaAll(scopeText) },
              ...children.map((u) => ({ value: u.id, label: unitName(u) })),
            ]}
          />
        )}
        {result && (
          <p className="toolbar__count" aria-live="polite">
            {t.total(result.total)}
          </p>
        )}
      </div>
      {error && <LoadError message={error} onRetry={reload} />}
      {!result && loading && <Spinner />}
      {result && (
        <>
          <GroupsTable
            rows={result.items}
            busy={loading}
            caption={`${t.title} ${scopeText}`}
            emptyText={urlQ ? th.people.emptySearch(urlQ) : t.empty}
          />
          <Pager page={page} pageSize={PAGE_SIZE} total={result.total} onPage={(p) => go(urlQ, area, p)} />
        </>
      )}
    </Page>
  );
}
