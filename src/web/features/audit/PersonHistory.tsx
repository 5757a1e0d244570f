// "ประวัติการแก้ไข" on a person's page: who created or changed the record when, and what changed.
// Newest first, 20 at a time (GET /audit?entityType=person&entityId=…, paged with `before`).
import { useEffect, useState } from 'react';
import { api, errorMessageTh } from '../../api/client.js';
import type { AuditEntry, Person } from '../../api/types.js';
import { format, th } from '../../i18n/th.js';
import { Alert } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { Spinner } from '../../ui/Page.js';
import { unitName } from '../org/labels.js';
import { useReference } from '../people/reference.js';
import { actionLabel, changedFields, movedUnitIds } from './describe.js';

const PAGE = 20;

export function PersonHistory({ person }: { person: Person }) {
  const t = th.audit;
  const { data: reference } = useReference();
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [before, setBefore] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const [units, setUnits] = useState<Map<string, string>>(
    () =>
      new Map([
        [person.orgUnitId, unitName({ id: person.orgUnitId, kind: person.orgUnitKind, nameTh: person.orgUnitNameTh })],
      ]),
  );

  useEffect(() => {
    const ac = new AbortController();
    setLoading(true);
    setError(null);
    api.audit({ entityType: 'person', entityId: person.id, before, limit: PAGE }, ac.signal).then(
      (r) => {
        setEntries((all) => (before ? [...all, ...r.items] : r.items));
        setMore(r.items.length === PAGE);
        setLoading(false);
      },
      (e: unknown) => {
        if (ac.signal.aborted) return;
        setError(errorMessageTh(e));
        setLoading(false);
      },
    );
    return () => ac.abort();
  }, [person.id, before, attempt]);

  // Names for the units a person was moved between (ids the page does not know yet).
  const missing = movedUnitIds(entries).filter((id) => !units.has(id));
  const missingKey = missing.join(',');
  useEffect(() => {
    if (!missingKey) return;
    const ac = new AbortController();
    for (const id of missingKey.split(',')) {
      api.orgUnit(id, ac.signal).then(
        (u) => setUnits((m) => new Map(m).set(id, unitName(u))),
        () => setUnits((m) => new Map(m).set(id, th.org.code(id))),
      );
    }
    return () => ac.abort();
  }, [missingKey]);

  return (
    <section className="card history" aria-labelledby="history-h" data-testid="person-history">
      <h2 id="history-h" className="card__title">
        {t.title}
      </h2>
      {error && (
        <Alert
          tone="error"
          actions={
            <Button small onClick={() => setAttempt((n) => n + 1)}>
              {th.common.retry}
            </Button>
          }
        >
          {error}
        </Alert>
      )}
      {!loading && !error && entries.length === 0 && <p className="muted">{t.empty}</p>}
      {entries.length > 0 && (
        <ol className="history__list" aria-label={t.caption}>
          {entries.map((e) => {
            const changes = e.action === 'person.update' ? changedFields(e, reference, units) : [];
            return (
              <li key={e.id} className="history__entry" data-testid="history-entry">
                <p className="history__head">
                  <span className={`history__action history__action--${e.action.split('.')[1] ?? 'other'}`}>
                    {actionLabel(e.action)}
                  </span>
                  <time dateTime={e.at}>{format.dateTime(e.at)}</time>
                  <span className="muted">{t.by(e.actorName ?? t.system)}</span>
                </p>
                {e.action === 'person.update' &&
                  (changes.length ? (
                    <dl className="history__changes" aria-label={t.changes}>
                      {changes.map((c) => (
                        <div key={c.field} className="history__change">
                          <dt>{c.label}</dt>
                          <dd>
                            <del>
                              <span className="visually-hidden">{t.was} </span>
                              {c.before}
                            </del>
                            <span aria-hidden="true"> → </span>
                            <ins>
                              <span className="visually-hidden">{t.now} </span>
                              {c.after}
                            </ins>
                          </dd>
                        </div>
                      ))}
                    </dl>
                  ) : (
                    <p className="muted">{t.noFieldChanges}</p>
                  ))}
              </li>
            );
          })}
        </ol>
      )}
      {loading && <Spinner />}
      {more && !loading && (
        <Button small onClick={() => setBefore(entries[entries.length - 1]?.id)} data-testid="history-more">
          {t.more}
        </Button>
      )}
    </section>
  );
}
