// /awards/nominations/:id: one nomination's dossier. The nominating office fills it while it may
// (draft or endorsed, before the deadline), the district head endorses it, the office submits it;
// afterwards — and for the committee and the organiser — it is read-only.
import { useCallback, useEffect, useState } from 'react';
import { awardsApi } from '../api/awards.js';
import type { Nomination } from '../api/awards-types.js';
import { DossierActions } from '../features/awards/DossierActions.js';
import { DossierForm } from '../features/awards/DossierForm.js';
import { DossierView } from '../features/awards/DossierView.js';
import { NominationBadge, NomineeList } from '../features/awards/labels.js';
import { th } from '../i18n/th.js';
import { thAwards } from '../i18n/th-awards.js';
import { Link } from '../router.js';
import { Alert } from '../ui/Alert.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function DossierPage({ id }: { id: string }) {
  const t = thAwards.dossier;
  const { data, error, reload } = useLoad((signal) => awardsApi.nomination(id, signal), [id]);
  // As in the report fill-in page: the form remounts only after a save, so an upload (which
  // refreshes just the files) keeps what has been typed.
  const [n, setN] = useState<Nomination | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [dirty, setDirty] = useState(false);
  useEffect(() => setN(data), [data]);
  const onDirty = useCallback((d: boolean) => setDirty(d), []);
  if (error)
    return (
      <Page title={t.title}>
        <LoadError message={error} onRetry={reload} />
      </Page>
    );
  if (!n) return <Spinner />;
  const replaced = (next: Nomination) => {
    setN(next);
    setFormKey((k) => k + 1);
  };
  const onFilesChanged = () =>
    awardsApi.nomination(id).then((fresh) => setN((cur) => (cur ? { ...cur, files: fresh.files } : fresh)), reload);
  return (
    <Page
      title={`${t.title} · ${n.unit.nameTh}`}
      before={<Link to={`/awards/${n.callId}`}>{thAwards.list.title}</Link>}
      description={
        <>
          {n.category.nameTh}
          {n.entryName && ` — ${n.entryName}`} · <NominationBadge status={n.status} />
        </>
      }
    >
      <div className="aw-layout">
        <div className="aw-main">
          {n.status === 'withdrawn' && n.withdrawReason && (
            <Alert tone="warning">{t.withdrawnNote(n.withdrawReason)}</Alert>
          )}
          {n.status === 'submitted' && <Alert tone="info">{t.locked}</Alert>}
          <Card>
            {n.can.edit ? (
              <DossierForm key={formKey} n={n} onSaved={replaced} onFilesChanged={onFilesChanged} onDirty={onDirty} />
            ) : (
              <DossierView n={n} />
            )}
          </Card>
        </div>
        <div className="aw-side">
          <Card title={t.nominees}>
            {/* A group entered by its name alone has no people to list: the name is the nominee. */}
            {n.nominees.length ? (
              <NomineeList nominees={n.nominees} entryName={n.entryName} />
            ) : (
              <p data-testid="dossier-entry">{n.entryName ?? th.common.none}</p>
            )}
          </Card>
          {n.result && (
            <Card title={t.result}>
              <p data-testid="dossier-result">
                <strong>{n.result.winner ? t.won : t.notWon}</strong>
                {n.result.aggregate && ` · ${t.aggregate(n.result.aggregate)}`}
              </p>
            </Card>
          )}
          <DossierActions n={n} dirty={n.can.edit && dirty} onChange={replaced} />
        </div>
      </div>
    </Page>
  );
}
