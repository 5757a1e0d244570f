// /groups/:id/members/:no: a member's passbook — who they are, balances, loans they owe and loans
// they guarantee, and the server's statement of every transaction with running balances.
import { useState } from 'react';
import { savingsApi } from '../api/savings.js';
import type { LeaveResult } from '../api/savings-types.js';
import { useSession } from '../features/auth/session.js';
import { thaiDate } from '../features/savings/dates.js';
import { groupPath } from '../features/savings/labels.js';
import { LoansTable } from '../features/savings/loans/LoansTable.js';
import { LeaveMemberDialog, LeaveOutcome } from '../features/savings/members/LeaveMemberDialog.js';
import { baht, percentText } from '../features/savings/money.js';
import { PassbookQrCard } from '../features/savings/passbook/PassbookQrCard.js';
import { StatementSection } from '../features/savings/passbook/StatementSection.js';
import { YearEndResults } from '../features/savings/passbook/YearEndResults.js';
import { th } from '../i18n/th.js';
import { href, Link } from '../router.js';
import { Button } from '../ui/Button.js';
import { Fact, Facts } from '../ui/Facts.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function MemberPage({ groupId, memberNo }: { groupId: string; memberNo: number }) {
  const t = th.savings.passbook;
  const { can } = useSession();
  const [leaving, setLeaving] = useState(false);
  const [left, setLeft] = useState<LeaveResult | null>(null);
  const { data, error, reload } = useLoad(
    async (signal) => {
      const [group, member, loans, guaranteed] = await Promise.all([
        savingsApi.group(groupId, signal),
        savingsApi.member(groupId, memberNo, signal),
        savingsApi.loans(groupId, { memberNo }, signal),
        savingsApi.loans(groupId, { guarantorNo: memberNo }, signal),
      ]);
      return { group, member, loans: loans.items, guaranteed: guaranteed.items };
    },
    [groupId, memberNo],
  );

  const m = data?.member;
  return (
    <Page
      title={m ? t.title(m.memberNo, m.fullName) : t.titleLoading}
      before={
        <p className="crumbs">
          <Link to={href(groupPath(groupId), { tab: 'members' })}>
            ‹ {data?.group.nameTh ?? th.savings.group.title}
          </Link>
        </p>
      }
      description={data && data.group.nameTh}
      actions={
        m &&
        m.status === 'active' &&
        can('savings:manage') && (
          <Button variant="danger" onClick={() => setLeaving(true)} data-testid="leave-open">
            {th.savings.leave.open}
          </Button>
        )
      }
    >
      {left && <LeaveOutcome result={left} onDismiss={() => setLeft(null)} />}
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <Spinner />}
      {data && m && (
        <div className="stack">
          <div className="grid">
            <Card title={t.balances}>
              <p className="stat" data-testid="balance-pledged">
                <span className="stat__label">{t.pledged}</span>
                <span className="stat__value stat__value--money">{baht(m.balances.pledgedSavings)}</span>
                <span>{th.savings.bahtUnit}</span>
              </p>
              <p className="stat" data-testid="balance-special">
                <span className="stat__label">{t.special}</span>
                <span className="stat__value stat__value--money">{baht(m.balances.specialSavings)}</span>
                <span>{th.savings.bahtUnit}</span>
              </p>
              <p className="stat" data-testid="balance-loans">
                <span className="stat__label">{t.loansOutstanding}</span>
                <span className="stat__value stat__value--money">{baht(m.balances.loansOutstanding)}</span>
                <span>{th.savings.bahtUnit}</span>
              </p>
            </Card>
            <Card title={t.details}>
              <Facts>
                <Fact label={th.savings.members.colNo} value={m.memberNo} />
                <Fact label={th.people.form.thaiId} value={m.thaiIdMasked} />
                <Fact label={th.savings.members.joinedOn} value={thaiDate(m.joinedOn)} />
                <Fact label={th.savings.members.monthlyPledge} value={th.savings.bahtN(baht(m.monthlyPledge))} />
                <Fact label={th.savings.members.colStatus} value={th.savings.members.statuses[m.status] ?? m.status} />
                {m.phone && <Fact label={th.people.form.phone} value={m.phone} />}
              </Facts>
              <h3 className="subheading">{th.savings.members.beneficiaries}</h3>
              {m.beneficiaries.length === 0 ? (
                <p className="muted">{t.noBeneficiaries}</p>
              ) : (
                <ul className="plain-list plain-list--tight">
                  {m.beneficiaries.map((b, i) => (
                    <li key={i} className="split-line">
                      <span>
                        {b.fullName} <span className="muted">({b.relation})</span>
                      </span>
                      <span className="num">{percentText(b.shareBp)} %</span>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            {can('savings:post') && m.status === 'active' && (
              <PassbookQrCard groupId={groupId} memberNo={m.memberNo} fullName={m.fullName} />
            )}
          </div>
          <section aria-labelledby="pb-loans">
            <h2 id="pb-loans" className="section-title">
              {t.loans}
            </h2>
            <LoansTable groupId={groupId} loans={data.loans} caption={t.loans} testId="member-loans" />
          </section>
          <section aria-labelledby="pb-guaranteed">
            <h2 id="pb-guaranteed" className="section-title">
              {t.guaranteed}
            </h2>
            <LoansTable groupId={groupId} loans={data.guaranteed} caption={t.guaranteed} testId="guaranteed-loans" />
          </section>
          <YearEndResults groupId={groupId} memberNo={m.memberNo} />
          <StatementSection key={m.status} groupId={groupId} memberNo={m.memberNo} joinedOn={m.joinedOn} />
        </div>
      )}
      {m && (
        <LeaveMemberDialog
          groupId={groupId}
          member={m}
          open={leaving}
          onCancel={() => setLeaving(false)}
          onLeft={(r) => {
            setLeaving(false);
            setLeft(r);
            reload();
          }}
        />
      )}
    </Page>
  );
}
