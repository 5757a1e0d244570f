// /fund/:id/collections/new: a fund officer records the piggy banks counted at one collection event.
import { useState } from 'react';
import { fundApi } from '../api/fund.js';
import type { Collection } from '../api/fund-types.js';
import { CollectionForm } from '../features/fund/CollectionForm.js';
import { baht } from '../features/savings/money.js';
import { thFund } from '../i18n/th-fund.js';
import { Link } from '../router.js';
import { Alert } from '../ui/Alert.js';
import { Button, LinkButton } from '../ui/Button.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function FundCollectionPage({ id }: { id: string }) {
  const t = thFund.collect;
  const [saved, setSaved] = useState<Collection | null>(null);
  const [round, setRound] = useState(0);
  const { data, error, reload } = useLoad(
    async (signal) => {
      const [fund, participants] = await Promise.all([fundApi.get(id, signal), fundApi.participants(id, signal)]);
      return { fund, participants: participants.items };
    },
    [id, round],
  );
  return (
    <Page
      title={t.title}
      before={
        <p className="crumbs">
          <Link to={`/fund/${id}`}>‹ {data?.fund.nameTh ?? thFund.nav}</Link>
        </p>
      }
      description={data?.fund.orgUnit.nameTh}
    >
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <Spinner />}
      {saved && (
        <Alert
          tone="success"
          testId="collection-saved"
          actions={
            <>
              <LinkButton to={`/fund/${id}`}>{t.back}</LinkButton>
              <Button
                onClick={() => {
                  setSaved(null);
                  setRound((r) => r + 1);
                }}
              >
                {t.another}
              </Button>
            </>
          }
        >
          {t.saved(saved.collectionNo, baht(saved.total))}
        </Alert>
      )}
      {data && !saved && data.participants.length === 0 && <Alert tone="info">{t.empty}</Alert>}
      {data && !saved && data.participants.length > 0 && (
        <CollectionForm
          key={round}
          fundId={id}
          participants={data.participants}
          onSaved={(c) => {
            setSaved(c);
            window.scrollTo(0, 0);
          }}
        />
      )}
    </Page>
  );
}
