// One district's proposal as sent: the households (IDs masked), the help, the cost and why, with
// its status on the proposal request. The province's fund officers accept it or send it back
// through the requests module's review (the district then revises it on the fund's page).
import { useState } from 'react';
import { errorMessageTh } from '../../api/client.js';
import type { Proposal } from '../../api/fund-types.js';
import { requestsApi } from '../../api/requests.js';
import { format } from '../../i18n/th.js';
import { thFund } from '../../i18n/th-fund.js';
import { Alert, useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Page.js';
import { Table } from '../../ui/Table.js';
import { TextArea } from '../../ui/TextArea.js';
import { StatusBadge } from '../requests/StatusBadge.js';
import { baht } from '../savings/money.js';
import { matrixStatusOf } from './proposal-model.js';

export function ProposalView({ p, canReview, onChanged }: { p: Proposal; canReview: boolean; onChanged: () => void }) {
  const t = thFund.proposals;
  return (
    <Card title={`${p.district.nameTh} · ${t.version(p.version)}`}>
      <p data-testid="proposal-status">
        <StatusBadge status={matrixStatusOf(p.status, p.late)} /> · {t.sentAt(format.dateTime(p.submittedAt))}
      </p>
      {p.summaryTh && <p className="fund-prose">{p.summaryTh}</p>}
      <Table
        caption={t.title}
        captionHidden
        cards
        testId="proposal-items"
        rowTestId="proposal-item"
        rows={p.items}
        rowKey={(i) => i.id}
        columns={[
          {
            key: 'household',
            header: t.household,
            cell: (i) => `${i.household.headName} (${i.household.headThaiIdMasked}) ${i.household.village}`,
          },
          {
            key: 'help',
            header: t.helpTh,
            cell: (i) => `${thFund.helpKinds[i.helpKind]}: ${i.helpTh}${i.planned ? ` · ${t.planned}` : ''}`,
          },
          { key: 'reason', header: t.reason, cell: (i) => i.reasonTh },
          { key: 'cost', header: t.cost, className: 'col-num', cell: (i) => baht(i.cost) },
        ]}
      />
      <p className="fund-total">
        <strong>{t.sum(p.items.length, baht(p.total))}</strong>
      </p>
      {p.status === 'submitted' && !canReview && <p className="muted">{t.waiting}</p>}
      {p.status === 'submitted' && canReview && <ReviewActions submissionId={p.submissionId} onDone={onChanged} />}
    </Card>
  );
}

function ReviewActions({ submissionId, onDone }: { submissionId: string; onDone: () => void }) {
  const t = thFund.proposals;
  const toast = useToast();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<'accept' | 'return' | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function act(kind: 'accept' | 'return') {
    if (kind === 'return' && !note.trim()) return setError(t.backNoteRequired);
    setBusy(kind);
    setError(null);
    try {
      if (kind === 'accept') await requestsApi.accept(submissionId);
      else await requestsApi.returnForCorrection(submissionId, note.trim());
      toast(kind === 'accept' ? t.accepted : t.sentBack, 'success');
      onDone();
    } catch (err) {
      setError(errorMessageTh(err));
      setBusy(null);
    }
  }
  return (
    <div className="fund-form" data-testid="proposal-review">
      {error && <Alert tone="error">{error}</Alert>}
      <TextArea label={t.backNote} value={note} onChange={setNote} rows={2} testId="proposal-back-note" />
      <div className="form-actions">
        <Button variant="primary" busy={busy === 'accept'} onClick={() => act('accept')} data-testid="accept-proposal">
          {t.accept}
        </Button>
        <Button variant="danger" busy={busy === 'return'} onClick={() => act('return')} data-testid="return-proposal">
          {t.sendBack}
        </Button>
      </div>
    </div>
  );
}
