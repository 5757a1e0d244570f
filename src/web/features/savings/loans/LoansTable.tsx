// Loans with status, what is still owed and how late; used on the group page and the passbook.
import type { ReactNode } from 'react';
import type { Loan } from '../../../api/savings-types.js';
import { format, th } from '../../../i18n/th.js';
import { Link } from '../../../router.js';
import { Table, type Column } from '../../../ui/Table.js';
import { agingLabel, loanStatusLabel, passbookPath } from '../labels.js';
import { baht } from '../money.js';

interface Props {
  groupId: string;
  loans: Loan[];
  caption: string;
  busy?: boolean;
  /** Buttons for the next step on a loan. */
  actions?: (l: Loan) => ReactNode;
  testId?: string;
}

export function LoansTable({ groupId, loans, caption, busy, actions, testId = 'loans-table' }: Props) {
  const t = th.savings.loans;
  const columns: Column<Loan>[] = [
    { key: 'no', header: t.colNo, className: 'col-num col-narrow', cell: (l) => l.loanNo },
    {
      key: 'borrower',
      header: t.colBorrower,
      className: 'col-primary',
      cell: (l) => (
        <>
          <Link to={passbookPath(groupId, l.memberNo)} className="strong-link">
            {l.memberNo} {l.memberName}
          </Link>
          <span className="name-en">
            {l.loanTypeNameTh} · {t.termOf(format.number(l.termMonths))}
          </span>
        </>
      ),
    },
    { key: 'principal', header: t.colPrincipal, className: 'col-num', cell: (l) => baht(l.principal) },
    {
      key: 'status',
      header: t.colStatus,
      cell: (l) => <span className={`status status--loan-${l.status}`}>{loanStatusLabel(l.status)}</span>,
    },
    {
      key: 'outstanding',
      header: t.colOutstanding,
      className: 'col-num',
      cell: (l) => (l.state ? baht(l.state.principalOutstanding) : th.common.none),
    },
    {
      key: 'arrears',
      header: t.colArrears,
      cell: (l) =>
        l.state ? (
          <span className={l.state.agingBucket ? 'arrears arrears--late' : 'arrears'}>
            {agingLabel(l.state.agingBucket)}
            {l.state.overdueAmount > 0 && ` · ${t.overdue(baht(l.state.overdueAmount), l.state.daysOverdue)}`}
          </span>
        ) : (
          th.common.none
        ),
    },
  ];
  if (actions) {
    columns.push({
      key: 'actions',
      header: <span className="visually-hidden">{t.colActions}</span>,
      label: t.colActions,
      cell: (l) => <div className="row-actions">{actions(l)}</div>,
    });
  }
  return (
    <Table
      caption={caption}
      captionHidden
      cards
      busy={busy}
      testId={testId}
      rowTestId="loan-row"
      rows={loans}
      rowKey={(l) => String(l.loanNo)}
      empty={t.empty}
      columns={columns}
    />
  );
}
