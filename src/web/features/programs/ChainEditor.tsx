// The sign-off chain: ordered steps, each a role, an account and the position line as printed.
// The staff fund's plan reuses it with its own roles (proposer → checker… → approver) and wording.
import type { Signer, SignoffRole } from '../../api/programs-types.js';
import type { FieldIssue } from '../../api/types.js';
import { thPrograms } from '../../i18n/th-programs.js';
import { Button } from '../../ui/Button.js';
import { Select } from '../../ui/Select.js';
import { FieldMessage } from '../../ui/TextField.js';
import { issueAt } from '../savings/issues.js';
import { TextArea } from '../../ui/TextArea.js';

const ROLES: SignoffRole[] = ['proposer', 'endorser', 'checker', 'approver'];

interface Props<R extends string> {
  chain: { role: R; signerUserId: string; positionLine: string }[];
  signers: Signer[];
  onChange: (chain: { role: R; signerUserId: string; positionLine: string }[]) => void;
  issues: FieldIssue[];
  /** Roles offered and their Thai names (default: a project's four). */
  roles?: readonly R[];
  roleNames?: Record<string, string>;
  /** The role of a step added before the last one (default: endorser). */
  addRole?: R;
  legend?: string;
  hint?: string;
}

export function ChainEditor<R extends string = SignoffRole>({
  chain,
  signers,
  onChange,
  issues,
  roles = ROLES as unknown as readonly R[],
  roleNames = thPrograms.roles,
  addRole = 'endorser' as R,
  legend,
  hint,
}: Props<R>) {
  const t = thPrograms.form;
  const set = (i: number, patch: Partial<(typeof chain)[number]>) =>
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
      <legend className="field__label">{legend ?? t.chain}</legend>
      <p className="field__hint">{hint ?? t.chainHint}</p>
      <FieldMessage error={chainError} />
      <ol className="pg-chain-edit">
        {chain.map((s, i) => (
          <li key={i} className="pg-chain-edit__row" data-testid="chain-step">
            <Select
              label={t.role}
              value={s.role}
              onChange={(v) => set(i, { role: v as R })}
              options={roles.map((r) => ({ value: r, label: roleNames[r] ?? r }))}
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
          onChange([...chain.slice(0, -1), { role: addRole, signerUserId: '', positionLine: '' }, chain.at(-1)!])
        }
        data-testid="chain-add"
      >
        {t.addStep}
      </Button>
    </fieldset>
  );
}
