// /fund/:id/plans/:planId: one assistance plan — what it pays to whom (households shown only to
// those who may read them, IDs masked), its sign-off, and once approved its payouts with receipts,
// photos and follow-ups. A signer sees here exactly what they are asked to sign.
import { useEffect, useState } from 'react';
import { fundApi } from '../api/fund.js';
import type { Plan, PlanItem } from '../api/fund-types.js';
import { PayoutEntry } from '../features/fund/PayoutEntry.js';
import { PayoutForm } from '../features/fund/PayoutForm.js';
import { PlanSignoff } from '../features/fund/PlanSignoff.js';
import { leftToPay } from '../features/fund/plan-model.js';
import { baht } from '../features/savings/money.js';
import { thFund } from '../i18n/th-fund.js';
import { Link } from '../router.js';
import { Alert, useToast } from '../ui/Alert.js';
import { Button } from '../ui/Button.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { Table } from '../ui/Table.js';
import { useLoad } from '../ui/useLoad.js';

export function FundPlanPage({ fundId, planId }: { fundId: string; planId: string }) {
  const t = thFund.plan;
  const toast = useToast();
  const [paying, setPaying] = useState<number | null>(null);
  const { data, error, reload } = useLoad(
    async (signal) => {
      const [fund, plan, payouts] = await Promise.all([
        fundApi.get(fundId, signal),
        fundApi.plan(planId, signal),
        fundApi.payouts(fundId, signal),
      ]);
      return { fund, plan, payouts: payouts.items.filter((p) => p.planId === planId) };
    },
    [fundId, planId],
  );
  const [plan, setPlan] = useState<Plan | null>(null);
  useEffect(() => setPlan(data?.plan ?? null), [data]);
  const canPay = Boolean(data?.fund.canManage && plan?.status === 'approved');
  const columns = [
    { key: 'no', header: '#', className: 'col-num', cell: (i: PlanItem) => i.itemNo },
    { key: 'district', header: t.district, cell: (i: PlanItem) => i.district.nameTh },
    {
      key: 'household',
      header: t.household,
      cell: (i: PlanItem) =>
        i.household ? `${i.household.headName} (${i.household.headThaiIdMasked}) ${i.household.village}` : t.hidden,
    },
    { key: 'help', header: t.help, cell: (i: PlanItem) => `${thFund.helpKinds[i.helpKind]}: ${i.helpTh}` },
    { key: 'proposed', header: t.proposed, className: 'col-num', cell: (i: PlanItem) => baht(i.proposedCost) },
    { key: 'approved', header: t.approved, className: 'col-num', cell: (i: PlanItem) => baht(i.approvedCost) },
    { key: 'paid', header: t.paid, className: 'col-num', cell: (i: PlanItem) => baht(i.paid) },
    ...(canPay
      ? [
          {
            key: 'pay',
            header: t.left,
            cell: (i: PlanItem) =>
              leftToPay(i) > 0 ? (
                <Button small onClick={() => setPaying(i.itemNo)} data-testid={`pay-${i.itemNo}`}>
                  {thFund.payout.record} {baht(leftToPay(i))}
                </Button>
              ) : (
                baht(0)
              ),
          },
        ]
      : []),
  ];
  return (
    <Page
      title={plan?.titleTh ?? t.listTitle}
      before={
        <p className="crumbs">
          <Link to={`/fund/${fundId}/plans`}>‹ {t.listTitle}</Link>
        </p>
      }
      description={plan && <span data-testid="plan-status">{t.status[plan.status]}</span>}
    >
      {error && <LoadError message={error} onRetry={reload} />}
      {!plan && !error && <Spinner />}
      {plan && data && (
        <>
          <Table
            caption={t.items}
            cards
            testId="plan-items"
            rowTestId="plan-item"
            rows={plan.items}
            rowKey={(i) => String(i.itemNo)}
            columns={columns}
          />
          <p className="fund-total" data-testid="plan-totals">
            <strong>{t.totals(baht(plan.total), baht(plan.paid))}</strong>
          </p>
          {paying !== null && (
            <PayoutForm
              key={paying}
              fundId={fundId}
              planId={plan.id}
              item={plan.items.find((i) => i.itemNo === paying)!}
              onCancel={() => setPaying(null)}
              onSaved={(p) => {
                toast(thFund.payout.saved(p.payoutNo, baht(p.amount)), 'success');
                setPaying(null);
                reload();
              }}
            />
          )}
          <PlanSignoff plan={plan} onChange={setPlan} />
          <Card title={thFund.payout.title}>
            {plan.status !== 'approved' && <Alert tone="info">{thFund.payout.notApproved}</Alert>}
            {plan.status === 'approved' && data.payouts.length === 0 && <p>{thFund.payout.none}</p>}
            {data.payouts.length > 0 && (
              <ul className="plain-list" data-testid="payout-list">
                {data.payouts.map((p) => (
                  <PayoutEntry
                    key={`${p.payoutNo}:${p.followUps.length}:${p.files.length}`}
                    fundId={fundId}
                    payout={p}
                    canAttach={data.fund.canManage}
                    onChange={reload}
                  />
                ))}
              </ul>
            )}
          </Card>
        </>
      )}
    </Page>
  );
}
