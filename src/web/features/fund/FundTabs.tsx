// The fund's sections as tabs (each its own URL): what a viewer sees depends on what they do —
// the fund officers run the books and the plans, a district surveys and proposes.
import type { Fund } from '../../api/fund-types.js';
import { thFund } from '../../i18n/th-fund.js';
import { Tabs, type TabItem } from '../../ui/Tabs.js';

export type FundTab = 'overview' | 'proposals' | 'plans' | 'deposits' | 'participants';

export function FundTabs({ fund, active }: { fund: Pick<Fund, 'id' | 'canManage' | 'canSurvey'>; active: FundTab }) {
  const t = thFund.tabs;
  const base = `/fund/${fund.id}`;
  const items: TabItem[] = [
    { key: 'overview', label: t.overview, to: base },
    ...(fund.canManage || fund.canSurvey ? [{ key: 'proposals', label: t.proposals, to: `${base}/proposals` }] : []),
    { key: 'plans', label: t.plans, to: `${base}/plans` },
    ...(fund.canManage ? [{ key: 'deposits', label: t.deposits, to: `${base}/deposits` }] : []),
    { key: 'participants', label: t.participants, to: `${base}/participants` },
  ];
  return <Tabs label={t.label} items={items} active={active} />;
}
