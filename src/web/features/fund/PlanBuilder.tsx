// Building the assistance plan (seed 000 §3.6) from accepted proposals: tick the items, set the
// amount approved for each (baht, no more than proposed), and name the signers in order. Saved
// as a draft; the proposer then sends it for sign-off from the plan's page.
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { fundApi } from '../../api/fund.js';
import type { Plan, PlanRole, PlanSigner } from '../../api/fund-types.js';
import { thFund } from '../../i18n/th-fund.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Page.js';
import { TextField } from '../../ui/TextField.js';
import { ChainEditor } from '../programs/ChainEditor.js';
import { FormError } from '../savings/FormError.js';
import { issueAt, unclaimed } from '../savings/issues.js';
import { MoneyField } from '../savings/MoneyField.js';
import { baht } from '../savings/money.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';
import { useIdempotencyKey } from '../savings/useIdempotencyKey.js';
import {
  approvedTotal,
  checkPlan,
  defaultChain,
  draftItems,
  planOk,
  toPlanInput,
  type Candidate,
  type StepDraft,
} from './plan-model.js';

const ROLES: readonly PlanRole[] = ['proposer', 'checker', 'approver'];

interface Props {
  fundId: string;
  me: string;
  candidates: Candidate[];
  signers: PlanSigner[];
  bank: number;
  onSaved: (p: Plan) => void;
}

export function PlanBuilder({ fundId, me, candidates, signers, bank, onSaved }: Props) {
  const t = thFund.plan;
  const idem = useIdempotencyKey();
  const { form, tried, busy, message, serverIssues, setServerIssues, submit } = useFormSubmission();
  const [title, setTitle] = useState<string>(t.titleDefault);
  const [items, setItems] = useState(() => draftItems(candidates));
  const [chain, setChain] = useState<StepDraft[]>(() => defaultChain(me));
  const local = checkPlan(title, items, candidates, chain);
  const shown = tried ? local : { approved: {}, signers: {} as Record<number, string> };
  // Local signer messages go where the chain editor shows the server's ("chain.N.signerUserId").
  const chainIssues = [
    ...Object.entries(shown.signers).map(([i, m]) => ({
      path: `chain.${i}.signerUserId`,
      messageTh: m,
      messageEn: '',
    })),
    ...(tried && local.chain ? [{ path: 'chain', messageTh: local.chain, messageEn: '' }] : []),
    ...serverIssues.filter((i) => i.path.startsWith('chain')),
  ];
  const setItem = (id: string, patch: Partial<(typeof items)[number]>) =>
    setItems((xs) => xs.map((x) => (x.proposalItemId === id ? { ...x, ...patch } : x)));
  // The server numbers only the ticked items ("items.1.approvedCost"): map them back.
  const chosenIds = items.filter((x) => x.include).map((x) => x.proposalItemId);
  const serverApproved = new Map<string, string>();
  for (const i of serverIssues) {
    const m = /^items\.(\d+)\./.exec(i.path);
    const id = m ? chosenIds[Number(m[1])] : undefined;
    if (id && !serverApproved.has(id)) serverApproved.set(id, i.messageTh);
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit(planOk(local), async () => {
      setServerIssues([]);
      try {
        const plan = await fundApi.createPlan(fundId, toPlanInput(title, items, chain), idem.key());
        idem.reset();
        onSaved(plan);
      } catch (err) {
        if (err instanceof ApiError && err.code === 'idempotency_key_reused') idem.reset();
        throw err;
      }
    });
  }

  const overall = [
    ...(tried && local.items ? [{ path: 'items', messageTh: local.items, messageEn: '' }] : []),
    ...unclaimed(serverIssues, ['titleTh', 'chain']).filter((i) => !/^items\.\d+\./.test(i.path)),
  ];
  return (
    <form ref={form} className="fund-form" onSubmit={onSubmit} noValidate data-testid="plan-builder">
      <FormError message={message} other={overall} testId="plan-error" />
      <TextField
        label={t.titleTh}
        value={title}
        onChange={setTitle}
        error={(tried ? local.titleTh : undefined) ?? issueAt(serverIssues, 'titleTh')}
        requiredMark
        maxLength={300}
      />
      <Card title={t.items}>
        {candidates.map((c) => {
          const d = items.find((x) => x.proposalItemId === c.proposalItemId)!;
          return (
            <fieldset key={c.proposalItemId} className="fund-row" data-testid="plan-candidate" disabled={busy}>
              <legend className="field__label">
                {c.district} · {c.household}
              </legend>
              <p>{c.help}</p>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={d.include}
                  onChange={(e) => setItem(c.proposalItemId, { include: e.target.checked })}
                />
                <span>
                  {t.include} ({t.proposed} {baht(c.cost)})
                </span>
              </label>
              {d.include && (
                <MoneyField
                  label={t.approved}
                  value={d.approved}
                  onChange={(v) => setItem(c.proposalItemId, { approved: v })}
                  error={shown.approved[c.proposalItemId] ?? serverApproved.get(c.proposalItemId)}
                  requiredMark
                  data-testid="plan-approved"
                />
              )}
            </fieldset>
          );
        })}
        <p className="fund-total" data-testid="plan-total">
          <strong>{t.total(baht(approvedTotal(items)))}</strong>
          <span className="muted">{t.fundHolds(baht(bank))}</span>
        </p>
      </Card>
      <ChainEditor<PlanRole>
        chain={chain}
        signers={signers}
        onChange={setChain}
        issues={chainIssues}
        roles={ROLES}
        roleNames={t.roles}
        addRole="checker"
        legend={t.chain}
        hint={t.chainHint}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} data-testid="save-plan">
          {t.save}
        </Button>
      </div>
    </form>
  );
}
