// /groups/:id: one savings group — summary and rules, members, journal, trial balance, loans,
// reports, year-end close, anomaly flags.
import { savingsApi } from '../api/savings.js';
import { useSession } from '../features/auth/session.js';
import { AnomaliesSection } from '../features/savings/anomalies/AnomaliesSection.js';
import { GroupAdminActions } from '../features/savings/admin/GroupAdminActions.js';
import { GroupSummaryView } from '../features/savings/GroupSummaryView.js';
import { groupPath, groupPlace } from '../features/savings/labels.js';
import { JournalSection } from '../features/savings/journal/JournalSection.js';
import { LoansSection } from '../features/savings/loans/LoansSection.js';
import { MembersSection } from '../features/savings/members/MembersSection.js';
import { ReportsSection } from '../features/savings/reports/ReportsSection.js';
import { TrialBalanceSection } from '../features/savings/TrialBalanceSection.js';
import { YearEndSection } from '../features/savings/year-end/YearEndSection.js';
import { th } from '../i18n/th.js';
import { href, Link, useLocation } from '../router.js';
import { LinkButton } from '../ui/Button.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { Tabs } from '../ui/Tabs.js';
import { useLoad } from '../ui/useLoad.js';

const TABS = ['summary', 'members', 'journal', 'trial-balance', 'loans', 'reports', 'year-end', 'anomalies'] as const;
type Tab = (typeof TABS)[number];

export function GroupPage({ id }: { id: string }) {
  const t = th.savings.group;
  const { can } = useSession();
  const { query } = useLocation();
  const tab: Tab = TABS.find((x) => x === query.get('tab')) ?? 'summary';
  const { data: group, error, reload } = useLoad((s) => savingsApi.group(id, s), [id]);
  const base = groupPath(id);

  return (
    <Page
      title={group?.nameTh ?? t.title}
      before={
        <p className="crumbs">
          <Link to="/groups">‹ {th.savings.groups.backToList}</Link>
        </p>
      }
      description={group && groupPlace(group)}
      actions={
        group &&
        can('savings:post') && (
          <LinkButton to={`${base}/meeting-day`} variant="primary" data-testid="open-meeting-day">
            {t.meetingDay}
          </LinkButton>
        )
      }
    >
      {error && <LoadError message={error} onRetry={reload} />}
      {!group && !error && <Spinner />}
      {group && (
        <>
          <Tabs
            label={t.sections}
            active={tab}
            items={TABS.map((k) => ({ key: k, label: t.tabs[k], to: href(base, { tab: k === 'summary' ? null : k }) }))}
          />
          {tab === 'summary' && can('savings:manage') && <GroupAdminActions group={group} onChanged={reload} />}
          {tab === 'summary' && <GroupSummaryView group={group} />}
          {tab === 'members' && <MembersSection group={group} onChanged={reload} />}
          {tab === 'journal' && <JournalSection groupId={group.id} />}
          {tab === 'trial-balance' && <TrialBalanceSection groupId={group.id} />}
          {tab === 'loans' && <LoansSection group={group} />}
          {tab === 'reports' && <ReportsSection groupId={group.id} />}
          {tab === 'year-end' && <YearEndSection group={group} onClosed={reload} />}
          {tab === 'anomalies' && <AnomaliesSection groupId={group.id} />}
        </>
      )}
    </Page>
  );
}
