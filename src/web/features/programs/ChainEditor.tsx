// The sign-off chain: ordered steps, each a role, an account and the position line as printed.
import type { Signer, SignoffRole } from '../../api/programs-types.js';
import type { FieldIssue } from '../../api/types.js';
import { thPrograms } from '../../i18n/th-programs.js';
import { Button } from '../../ui/Button.js';
import { Select } from '../../ui/Select.js';
import { FieldMessage } from '../../ui/TextField.js';
import { issueAt } from '../savings/issues.js';
import type { ChainDraft } from './project-form-model.js';
import { TextArea } from '../../ui/TextArea.js';

const ROLES: SignoffRole[] = ['proposer', 'endorser', 'checker', 'approver'];

interface Props {
  chain: ChainDraft[];
  signers: Signer[];
  onChange: (chain: ChainDraft[]) => void;
  issues: FieldIssue[];
}

export function ChainEditor({ chain, signers, onChange, issues }: Props) {
  const t = thPrograms.form;
  const set = (i: number, patch: Partial<ChainDraft>) =>
    onChange(chain.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const withPosition = (i: number, userId: string) => {
    const s = signers.find((x) => x.userId === userId);
    set(i, {
      signerUserId: userId,
      ...(chain[i]!.positionLine || !s?.positionTh ? {} : { positionLine: s.positionTh }),
    });
  };
  const chainError = issues.find((i) => i.path === 'chain')?.messageTh;
  return (
    <fieldset className="pg-fieldset" data-testid="chain-editor">
      <legend className="field__label">{t.chain}</legend>
      <p className="field__hint">{t.chainHint}</p>
      <FieldMessage error={chainError} />
      <ol className="pg-chain-edit">
        {chain.map((s, i) => (
          <li key={i} className="pg-chain-edit__row" data-testid="chain-step">
            <Select
              label={t.role}
              value={s.role}
              onChange={(v) => set(i, { role: v as SignoffRole })}
              options={ROLES.map((r) => ({ value: r, label: thPrograms.roles[r]! }))}
              error={issueAt(issues, `chain.${i}.role`)}
              data-testid="chain-role"
            />
            <Select
              label={t.signer}
              value={s.signerUserId}
              placeholder={t.chooseSigner}
              onChange={(v) => withPosition(i, v)}
              options={signers.map((u) => ({
                value: u.userId,
                label: `${u.fullName}${u.positionTh ? ` · ${u.positionTh}` : ''} (${u.username})`,
              }))}
              error={issueAt(issues, `chain.${i}.signerUserId`)}
              data-testid="chain-signer"
            />
            <TextArea
              label={t.positionLine}
              rows={2}
              value={s.positionLine}
              onChange={(v) => set(i, { positionLine: v })}
              error={issueAt(issues, `chain.${i}.positionLine`)}
              testId="chain-position"
            />
            {chain.length > 2 && (
              <Button small variant="ghost" onClick={() => onChange(chain.filter((_, j) => j !== i))}>
                {t.remove}
              </Button>
            )}
          </li>
        ))}
      </ol>
      <Button
        small
        onClick={() =>
          onChange([...chain.slice(0, -1), { role: 'endorser', signerUserId: '', positionLine: '' }, chain.at(-1)!])
        }
        data-testid="chain-add"
      >
        {t.addStep}
      </Button>
    </fieldset>
  );
}
