// /groups/:id/meeting-day: enter and post the day's money for every member, then print the summary.
import { useState } from 'react';
import { savingsApi } from '../api/savings.js';
import type { MeetingDayResult } from '../api/savings-types.js';
import { groupPath, groupPlace } from '../features/savings/labels.js';
import { gridMembers } from '../features/savings/meeting/meeting-model.js';
import { MeetingDayForm } from '../features/savings/meeting/MeetingDayForm.js';
import { MeetingReceipt } from '../features/savings/meeting/MeetingReceipt.js';
import { th } from '../i18n/th.js';
import { Link } from '../router.js';
import { Alert } from '../ui/Alert.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function MeetingDayPage({ id }: { id: string }) {
  const t = th.savings.meeting;
  const [result, setResult] = useState<MeetingDayResult | null>(null);
  // Balances and loans change with every posted day, so a new day starts from a fresh load.
  const [round, setRound] = useState(0);
  const { data, error, loading, reload } = useLoad(
    async (signal) => {
      const [group, members, loans] = await Promise.all([
        savingsApi.group(id, signal),
        savingsApi.members(id, signal),
        savingsApi.loans(id, {}, signal),
      ]);
      return { group, members: gridMembers(members.items, loans.items) };
    },
    [id, round],
  );

  return (
    <Page
      title={result ? th.savings.receipt.title : t.title}
      before={
        <p className="crumbs no-print">
          <Link to={groupPath(id)}>‹ {data?.group.nameTh ?? th.savings.group.title}</Link>
        </p>
      }
      description={data && `${data.group.nameTh} · ${groupPlace(data.group)}`}
    >
      {error && <LoadError message={error} onRetry={reload} />}
      {(!data || (loading && !result)) && !error && <Spinner />}
      {data && result && (
        <MeetingReceipt
          group={data.group}
          result={result}
          onNew={() => {
            setResult(null);
            setRound((r) => r + 1);
          }}
        />
      )}
      {data && !result && !loading && data.members.length === 0 && <Alert tone="info">{t.noMembers}</Alert>}
      {data && !result && !loading && data.members.length > 0 && (
        <MeetingDayForm
          key={round}
          group={data.group}
          members={data.members}
          onPosted={(r) => {
            setResult(r);
            window.scrollTo(0, 0);
          }}
        />
      )}
    </Page>
  );
}
