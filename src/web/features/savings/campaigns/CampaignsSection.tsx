// Savings campaigns covering the area on screen: pick one, see how far it has come against its
// targets (for this area, or the campaign's own area when this one lies outside it), by child unit.
import { useState } from 'react';
import { ApiError } from '../../../api/client.js';
import { reportsApi } from '../../../api/reports.js';
import type { CampaignFigures, CampaignProgress } from '../../../api/reports-types.js';
import { format, th } from '../../../i18n/th.js';
import { useToast } from '../../../ui/Alert.js';
import { Button } from '../../../ui/Button.js';
import { LoadError } from '../../../ui/LoadError.js';
import { Spinner } from '../../../ui/Page.js';
import { Select } from '../../../ui/Select.js';
import { Table } from '../../../ui/Table.js';
import { useLoad } from '../../../ui/useLoad.js';
import { useSession } from '../../auth/session.js';
import { unitNameById } from '../../org/labels.js';
import { thaiDate } from '../dates.js';
import { baht } from '../money.js';
import { CreateCampaignForm } from './CreateCampaignForm.js';

async function progressFor(id: string, unit: string | null, signal: AbortSignal): Promise<CampaignProgress> {
  try {
    return await reportsApi.campaignProgress(id, unit, signal);
  } catch (e) {
    // The unit on screen is outside this campaign's area: show the campaign's own area instead.
    if (e instanceof ApiError && e.status === 404 && unit) return reportsApi.campaignProgress(id, null, signal);
    throw e;
  }
}

export function CampaignsSection({ unit }: { unit: string | null }) {
  const t = th.savings.campaigns;
  const { can } = useSession();
  const toast = useToast();
  const [creating, setCreating] = useState(false);
  const list = useLoad((s) => reportsApi.campaigns(s), []);
  const [chosen, setChosen] = useState('');
  const id = chosen || list.data?.items[0]?.id || '';
  const progress = useLoad((s) => (id ? progressFor(id, unit, s) : Promise.resolve(null)), [id, unit]);

  return (
    <section className="campaigns" aria-labelledby="campaigns-h" data-testid="campaigns">
      <div className="section-head">
        <h2 id="campaigns-h" className="section-title">
          {t.title}
        </h2>
        {can('savings:manage') && unit && !creating && (
          <Button onClick={() => setCreating(true)} data-testid="campaign-new">
            + {t.create}
          </Button>
        )}
      </div>
      {creating && unit && (
        <CreateCampaignForm
          orgUnitId={unit}
          onCancel={() => setCreating(false)}
          onCreated={(c) => {
            toast(t.created(c.nameTh));
            setCreating(false);
            setChosen(c.id);
            list.reload();
          }}
        />
      )}
      {list.error && <LoadError message={list.error} onRetry={list.reload} />}
      {list.data && list.data.items.length === 0 && <p className="muted">{t.none}</p>}
      {list.data && list.data.items.length > 1 && (
        <div className="toolbar toolbar--period">
          <Select
            label={t.choose}
            value={id}
            onChange={setChosen}
            options={list.data.items.map((c) => ({ value: c.id, label: c.nameTh }))}
            data-testid="campaign-choose"
          />
        </div>
      )}
      {progress.error && <LoadError message={progress.error} onRetry={progress.reload} />}
      {id && !progress.data && progress.loading && <Spinner />}
      {progress.data && <ProgressView p={progress.data} />}
    </section>
  );
}

function ProgressView({ p }: { p: CampaignProgress }) {
  const t = th.savings.campaigns;
  const c = p.campaign;
  type Child = CampaignProgress['children'][number];
  return (
    <div className="stack" data-testid="campaign-progress">
      <p>
        <strong>{c.nameTh}</strong> · {t.window(thaiDate(c.startsOn), thaiDate(c.endsOn))} ·{' '}
        {t.minAmount(baht(c.minAmount))}
        <span className="entry-note">{t.area(unitNameById(c.orgUnitId, c.orgUnitNameTh))}</span>
      </p>
      <div className="figures">
        <Meter
          label={t.newMembers}
          value={p.totals.newMembers}
          target={c.targetNewMembers}
          testId="campaign-new-members"
        />
        <Meter
          label={t.membersAdding}
          value={p.totals.membersAdding}
          target={c.targetMembersAdding}
          testId="campaign-adding"
        />
        <div className="figure">
          <span className="figure__label">{t.specialDeposited}</span>
          <span className="figure__value">{baht(p.totals.specialDeposited)}</span> {th.savings.bahtUnit}
        </div>
      </div>
      <Table<Child>
        caption={t.byChild}
        captionHidden
        cards
        testId="campaign-table"
        rowTestId="campaign-row"
        rows={p.children}
        rowKey={(ch) => ch.id}
        empty={th.savings.overview.noGroups}
        columns={[
          { key: 'name', header: t.colUnit, className: 'col-primary', cell: (ch) => unitNameById(ch.id, ch.nameTh) },
          ...figureColumns(),
        ]}
      />
    </div>
  );
}

function figureColumns() {
  const t = th.savings.campaigns;
  const n = (k: keyof CampaignFigures) => (ch: { figures: CampaignFigures }) => format.number(ch.figures[k]);
  return [
    { key: 'groups', header: t.groups, className: 'col-num', cell: n('groups') },
    { key: 'newMembers', header: t.newMembers, className: 'col-num', cell: n('newMembers') },
    { key: 'adding', header: t.membersAdding, className: 'col-num', cell: n('membersAdding') },
    { key: 'pledge', header: t.byPledge, className: 'col-num', cell: n('membersAddingPledge') },
    { key: 'special', header: t.bySpecial, className: 'col-num', cell: n('membersAddingSpecial') },
    {
      key: 'deposited',
      header: t.specialDeposited,
      className: 'col-num',
      cell: (ch: { figures: CampaignFigures }) => baht(ch.figures.specialDeposited),
    },
  ];
}

function Meter({ label, value, target, testId }: { label: string; value: number; target: number; testId: string }) {
  const t = th.savings.campaigns;
  const pct = target > 0 ? Math.min(100, Math.round((value / target) * 100)) : 0;
  return (
    <div className="figure" data-testid={testId}>
      <span className="figure__label">{label}</span>
      <span className="figure__value">{format.number(value)}</span> {t.ofTarget(format.number(target))}
      {target > 0 && (
        <>
          <progress
            className="meter"
            max={target}
            value={Math.min(value, target)}
            aria-label={t.percentOf(label, pct)}
          />
          <span className="figure__note">{t.percentOf(label, pct)}</span>
        </>
      )}
    </div>
  );
}
