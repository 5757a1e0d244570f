// A group's members with their balances (from the ledger), and enrolling a new one.
import { useState } from 'react';
import { savingsApi } from '../../../api/savings.js';
import type { Group, MemberSummary } from '../../../api/savings-types.js';
import { th } from '../../../i18n/th.js';
import { Link } from '../../../router.js';
import { useToast } from '../../../ui/Alert.js';
import { Button } from '../../../ui/Button.js';
import { LoadError } from '../../../ui/LoadError.js';
import { Spinner } from '../../../ui/Page.js';
import { Table } from '../../../ui/Table.js';
import { useLoad } from '../../../ui/useLoad.js';
import { useSession } from '../../auth/session.js';
import { thaiDate } from '../dates.js';
import { passbookPath } from '../labels.js';
import { baht } from '../money.js';
import { JoinMemberForm } from './JoinMemberForm.js';

export function MembersSection({ group, onChanged }: { group: Group; onChanged: () => void }) {
  const t = th.savings.members;
  const { can } = useSession();
  const toast = useToast();
  const { data, error, loading, reload } = useLoad((s) => savingsApi.members(group.id, s), [group.id]);
  const [adding, setAdding] = useState(false);

  const closeForm = () => {
    setAdding(false);
    window.setTimeout(() => document.getElementById('member-add')?.focus(), 0);
  };
  const sum = (k: keyof MemberSummary['balances']) => (data?.items ?? []).reduce((a, m) => a + m.balances[k], 0);
  return (
    <section aria-labelledby="members-h">
      <div className="section-head">
        <h2 id="members-h" className="section-title">
          {t.title}
        </h2>
        {can('savings:manage') && !adding && (
          <Button id="member-add" variant="primary" onClick={() => setAdding(true)} data-testid="member-add">
            + {t.add}
          </Button>
        )}
      </div>
      {adding && (
        <JoinMemberForm
          group={group}
          onCancel={closeForm}
          onJoined={(m) => {
            toast(t.joined(m.memberNo, m.fullName));
            closeForm();
            reload();
            onChanged();
          }}
        />
      )}
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && loading && <Spinner />}
      {data && (
        <>
          <Table
            caption={t.caption(data.items.length)}
            captionHidden
            cards
            busy={loading}
            testId="members-table"
            rowTestId="member-row"
            rows={data.items}
            rowKey={(m) => String(m.memberNo)}
            empty={t.empty}
            columns={[
              { key: 'no', header: t.colNo, className: 'col-num col-narrow', cell: (m) => m.memberNo },
              {
                key: 'name',
                header: t.colName,
                className: 'col-primary',
                cell: (m) => (
                  <Link to={passbookPath(group.id, m.memberNo)} className="strong-link">
                    {m.fullName}
                  </Link>
                ),
              },
              { key: 'joined', header: t.colJoined, className: 'col-mono', cell: (m) => thaiDate(m.joinedOn) },
              { key: 'pledge', header: t.colPledge, className: 'col-num', cell: (m) => baht(m.monthlyPledge) },
              {
                key: 'pledged',
                header: t.colPledged,
                className: 'col-num',
                cell: (m) => baht(m.balances.pledgedSavings),
              },
              {
                key: 'special',
                header: t.colSpecial,
                className: 'col-num',
                cell: (m) => baht(m.balances.specialSavings),
              },
              {
                key: 'loans',
                header: t.colLoans,
                className: 'col-num',
                cell: (m) => baht(m.balances.loansOutstanding),
              },
              { key: 'status', header: t.colStatus, cell: (m) => t.statuses[m.status] ?? m.status },
            ]}
          />
          {data.items.length > 0 && (
            <p className="totals-line" data-testid="members-totals">
              {t.totals(baht(sum('pledgedSavings')), baht(sum('specialSavings')), baht(sum('loansOutstanding')))}
            </p>
          )}
        </>
      )}
    </section>
  );
}
