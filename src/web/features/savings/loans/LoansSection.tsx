// The group's loans with where each stands (outstanding, arrears bucket), a form to enter an
// application, and the next step for each: decide (approvers), pay out (posters).
import { useState } from 'react';
import { savingsApi } from '../../../api/savings.js';
import type { Group, Loan } from '../../../api/savings-types.js';
import { th } from '../../../i18n/th.js';
import { useToast } from '../../../ui/Alert.js';
import { Button } from '../../../ui/Button.js';
import { LoadError } from '../../../ui/LoadError.js';
import { Spinner } from '../../../ui/Page.js';
import { useLoad } from '../../../ui/useLoad.js';
import { useSession } from '../../auth/session.js';
import { ApplyLoanForm } from './ApplyLoanForm.js';
import { LoanActionDialog, type LoanAction } from './LoanActionDialog.js';
import { LoansTable } from './LoansTable.js';

export function LoansSection({ group }: { group: Group }) {
  const t = th.savings.loans;
  const { can, me } = useSession();
  const toast = useToast();
  const loans = useLoad((s) => savingsApi.loans(group.id, {}, s), [group.id]);
  const [applying, setApplying] = useState(false);
  const members = useLoad((s) => (applying ? savingsApi.members(group.id, s) : Promise.resolve(null)), [applying]);
  const [action, setAction] = useState<LoanAction | null>(null);

  // Maker-checker: whoever entered an application may not decide it (the server refuses too).
  const ownEntry = (l: Loan) => l.status === 'applied' && can('savings:approve') && l.enteredBy === me.username;
  const actionsFor = (l: Loan) => {
    const out: LoanAction['kind'][] = [];
    if (l.status === 'applied' && can('savings:approve') && !ownEntry(l)) out.push('approve', 'reject');
    if (l.status === 'approved' && can('savings:post')) out.push('disburse');
    return out;
  };
  const closeForm = () => {
    setApplying(false);
    window.setTimeout(() => document.getElementById('loan-apply')?.focus(), 0);
  };

  return (
    <section aria-labelledby="loans-h">
      <div className="section-head">
        <h2 id="loans-h" className="section-title">
          {t.title}
        </h2>
        {can('savings:post') && !applying && group.rules.loanTypes.length > 0 && (
          <Button id="loan-apply" variant="primary" onClick={() => setApplying(true)} data-testid="loan-apply">
            + {t.applyTitle}
          </Button>
        )}
      </div>
      {applying && !members.data && <Spinner />}
      {applying && members.data && (
        <ApplyLoanForm
          group={group}
          members={members.data.items}
          onCancel={closeForm}
          onApplied={(l) => {
            toast(t.applied(l.loanNo, l.memberName));
            closeForm();
            loans.reload();
          }}
        />
      )}
      {loans.error && <LoadError message={loans.error} onRetry={loans.reload} />}
      {!loans.data && loans.loading && <Spinner />}
      {loans.data && (
        <LoansTable
          groupId={group.id}
          loans={loans.data.items}
          busy={loans.loading}
          caption={t.caption(loans.data.items.length)}
          actions={(l) => (
            <>
              {actionsFor(l).map((kind) => (
                <Button
                  key={kind}
                  small
                  variant={kind === 'reject' ? 'ghost' : 'secondary'}
                  onClick={() => setAction({ kind, loan: l })}
                  data-testid={`loan-${kind}`}
                >
                  {t.actions[kind]}
                </Button>
              ))}
              {ownEntry(l) && (
                <span className="row-hint" data-testid="loan-own-entry">
                  {t.ownEntry}
                </span>
              )}
            </>
          )}
        />
      )}
      <LoanActionDialog
        groupId={group.id}
        meetingDay={group.rules.meetingDay}
        action={action}
        onCancel={() => setAction(null)}
        onDone={(l) => {
          toast(t.done[action?.kind ?? 'approve'](l.loanNo));
          setAction(null);
          loans.reload();
        }}
      />
    </section>
  );
}
