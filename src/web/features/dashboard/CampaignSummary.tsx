// How far each savings campaign covering the unit has come against its two targets, one row per
// campaign from the dashboard's own figures. Left out when there are none: CampaignsSection below
// (one campaign in detail by area, and the form to start one) already says so.
import type { Dashboard } from '../../api/reports-types.js';
import { format, th } from '../../i18n/th.js';
import { Table } from '../../ui/Table.js';
import { thaiDate } from '../savings/dates.js';
import { baht } from '../savings/money.js';

type Item = Dashboard['campaigns'][number];

export function CampaignSummary({ campaigns, asOf }: { campaigns: Item[]; asOf: string }) {
  const t = th.savings.campaigns;
  const d = th.dashboard.campaigns;
  return (
    <section aria-labelledby="dash-campaigns-h" className="dash-campaigns" data-testid="dashboard-campaigns">
      <h2 id="dash-campaigns-h" className="section-title">
        {d.title}
      </h2>
      <p className="muted section-intro">{d.intro}</p>
      <Table<Item>
        caption={d.title}
        captionHidden
        cards
        rowTestId="dashboard-campaign"
        rows={campaigns}
        rowKey={(c) => c.campaign.id}
        columns={[
          {
            key: 'name',
            header: d.colCampaign,
            className: 'col-primary',
            cell: ({ campaign: c }) => (
              <>
                <strong>{c.nameTh}</strong> <span className="tag">{c.endsOn < asOf ? d.ended : d.running}</span>
                <span className="entry-note">{t.window(thaiDate(c.startsOn), thaiDate(c.endsOn))}</span>
              </>
            ),
          },
          {
            key: 'new',
            header: t.newMembers,
            cell: ({ campaign: c, totals }) => (
              <Progress label={t.newMembers} value={totals.newMembers} target={c.targetNewMembers} />
            ),
          },
          {
            key: 'adding',
            header: t.membersAdding,
            cell: ({ campaign: c, totals }) => (
              <Progress label={t.membersAdding} value={totals.membersAdding} target={c.targetMembersAdding} />
            ),
          },
          {
            key: 'deposited',
            header: `${t.specialDeposited} (${th.savings.bahtUnit})`,
            label: t.specialDeposited, // the card's label column is narrow on a phone
            className: 'col-num',
            cell: ({ totals }) => baht(totals.specialDeposited),
          },
        ]}
      />
    </section>
  );
}

function Progress({ label, value, target }: { label: string; value: number; target: number }) {
  const t = th.savings.campaigns;
  const pct = target > 0 ? Math.round((value / target) * 100) : 0;
  return (
    <div className="campaign-meter">
      <span>
        <strong>{format.number(value)}</strong>{' '}
        {target > 0 ? t.ofTarget(format.number(target)) : th.dashboard.campaigns.noTarget}
      </span>
      {target > 0 && (
        <>
          <progress
            className="meter"
            max={target}
            value={Math.min(value, target)}
            aria-label={t.percentOf(label, pct)}
          />
          <span className="figure__note">{th.dashboard.campaigns.percent(pct)}</span>
        </>
      )}
    </div>
  );
}
