// A district's proposal (seed 000 §3.5): which of its surveyed households, what help, what it
// costs in baht, and why; sent to the province as the district's answer to the proposal request.
// One card per household so it reads on a phone; the total is kept in view as rows are ticked.
import { useState, type FormEvent } from 'react';
import { fundApi } from '../../api/fund.js';
import { HELP_KINDS, type HelpKind, type HouseholdSummary, type Proposal, type Ref } from '../../api/fund-types.js';
import { th } from '../../i18n/th.js';
import { thFund } from '../../i18n/th-fund.js';
import { Alert } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Page.js';
import { Select } from '../../ui/Select.js';
import { TextArea } from '../../ui/TextArea.js';
import { FieldMessage, TextField } from '../../ui/TextField.js';
import { FormError } from '../savings/FormError.js';
import { unclaimed } from '../savings/issues.js';
import { MoneyField } from '../savings/MoneyField.js';
import { baht } from '../savings/money.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';
import { checkItems, draftsFor, itemIssues, toProposalInput, totalOf, type ItemDraft } from './proposal-model.js';

interface Props {
  fundId: string;
  district: Ref;
  households: HouseholdSummary[];
  prior: Proposal | null;
  returnComment: string | null;
  onSent: (p: Proposal) => void;
}

export function ProposalForm({ fundId, district, households, prior, returnComment, onSent }: Props) {
  const t = thFund.proposals;
  const hh = thFund.households;
  const { form, tried, busy, message, serverIssues, setServerIssues, submit } = useFormSubmission();
  const [drafts, setDrafts] = useState<ItemDraft[]>(() => draftsFor(households, prior));
  const [summary, setSummary] = useState(prior?.summaryTh ?? '');
  const local = checkItems(drafts);
  const server = itemIssues(drafts, serverIssues);
  const errorOf = (id: string, field: string) => (tried ? local.errors[id]?.[field] : undefined) ?? server[id]?.[field];
  const set = (id: string, patch: Partial<ItemDraft>) =>
    setDrafts((ds) => ds.map((d) => (d.householdId === id ? { ...d, ...patch } : d)));
  const chosen = drafts.filter((d) => d.include).length;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ready = !local.none && Object.keys(local.errors).length === 0;
    void submit(ready, async () => {
      setServerIssues([]);
      onSent(await fundApi.submitProposal(fundId, toProposalInput(district.id, summary, drafts)));
    });
  }

  return (
    <Card title={t.formTitle(district.nameTh)}>
      {returnComment && (
        <Alert tone="warning" title={t.returned} testId="proposal-returned">
          {returnComment}
        </Alert>
      )}
      <p>{t.formIntro}</p>
      {households.length === 0 ? (
        <Alert tone="info" testId="proposal-no-households">
          {t.noHouseholds}
        </Alert>
      ) : (
        <form ref={form} className="fund-form" onSubmit={onSubmit} noValidate data-testid="proposal-form">
          <FormError
            message={message}
            other={[
              ...(tried && local.none ? [{ path: 'items', messageTh: local.none, messageEn: '' }] : []),
              ...unclaimed(serverIssues, ['items']),
            ]}
            testId="proposal-error"
          />
          {households.map((h) => {
            const d = drafts.find((x) => x.householdId === h.id)!;
            const include = errorOf(h.id, 'include');
            return (
              <fieldset key={h.id} className="fund-row" data-testid="proposal-row" disabled={busy}>
                <legend className="field__label">
                  {h.headName} · {h.headThaiIdMasked}
                </legend>
                <p className="muted">{hh.address_(h.houseNo, h.village.villageNo, h.village.nameTh)}</p>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={d.include}
                    onChange={(e) => set(h.id, { include: e.target.checked })}
                    aria-invalid={include ? true : undefined}
                    data-testid={`propose-${h.householdNo}`}
                  />
                  <span>{t.include(h.headName)}</span>
                </label>
                <FieldMessage error={include} />
                {d.include && (
                  <div className="form-grid">
                    <Select
                      label={t.helpKind}
                      value={d.helpKind}
                      onChange={(v) => set(h.id, { helpKind: v as HelpKind | '' })}
                      placeholder={th.common.choose}
                      options={HELP_KINDS.map((k) => ({ value: k, label: thFund.helpKinds[k]! }))}
                      error={errorOf(h.id, 'helpKind')}
                      requiredMark
                      data-testid={`help-kind-${h.householdNo}`}
                    />
                    <TextField
                      label={t.helpTh}
                      value={d.helpTh}
                      onChange={(v) => set(h.id, { helpTh: v })}
                      error={errorOf(h.id, 'helpTh')}
                      requiredMark
                      maxLength={300}
                      data-testid={`help-th-${h.householdNo}`}
                    />
                    <MoneyField
                      label={t.cost}
                      value={d.cost}
                      onChange={(v) => set(h.id, { cost: v })}
                      error={errorOf(h.id, 'cost')}
                      requiredMark
                      data-testid={`cost-${h.householdNo}`}
                    />
                    <TextArea
                      label={t.reason}
                      value={d.reasonTh}
                      onChange={(v) => set(h.id, { reasonTh: v })}
                      error={errorOf(h.id, 'reasonTh')}
                      requiredMark
                      rows={2}
                      testId={`reason-${h.householdNo}`}
                    />
                  </div>
                )}
              </fieldset>
            );
          })}
          <TextArea label={t.summary} value={summary} onChange={setSummary} rows={2} testId="proposal-summary" />
          <p className="fund-total" data-testid="proposal-total">
            <strong>{t.sum(chosen, baht(totalOf(drafts)))}</strong>
          </p>
          <div className="form-actions">
            <Button type="submit" variant="primary" busy={busy} busyLabel={t.submitting} data-testid="send-proposal">
              {t.submit}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
