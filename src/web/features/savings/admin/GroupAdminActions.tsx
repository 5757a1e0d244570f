// What a savings:manage user can change on a group besides its members and money: a new version of
// its rules, its development level, committee seats, and closing the books through a month end. Each is a small dialog; the
// server checks everything and its Thai message shows in the dialog.
import { useState, type ReactNode } from 'react';
import { errorMessageTh } from '../../../api/client.js';
import { savingsApi } from '../../../api/savings.js';
import type { Committee, CommitteeRole, Group } from '../../../api/savings-types.js';
import { th } from '../../../i18n/th.js';
import { useToast } from '../../../ui/Alert.js';
import { Button } from '../../../ui/Button.js';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { Select } from '../../../ui/Select.js';
import { TextField } from '../../../ui/TextField.js';
import { useLoad } from '../../../ui/useLoad.js';
import { DateField } from '../DateField.js';
import { endOfPreviousMonth, thaiDate, today } from '../dates.js';
import { useIdempotencyKey } from '../useIdempotencyKey.js';
import { SetRulesForm } from './SetRulesForm.js';

type Action = 'rules' | 'level' | 'seat' | 'fundCentre' | 'close';
const COMMITTEES: Committee[] = ['executive', 'loan', 'audit', 'promotion'];
const ROLES: CommitteeRole[] = ['chair', 'vice_chair', 'secretary', 'treasurer', 'member'];

const addYears = (iso: string, n: number) => `${Number(iso.slice(0, 4)) + n}${iso.slice(4)}`;

export function GroupAdminActions({ group, onChanged }: { group: Group; onChanged: () => void }) {
  const t = th.savings.admin;
  const toast = useToast();
  const [action, setAction] = useState<Action | null>(null);
  if (action === 'rules') {
    return (
      <SetRulesForm
        group={group}
        onCancel={() => setAction(null)}
        onSaved={(g) => {
          toast(t.rulesDone(thaiDate(g.rulesEffectiveFrom)));
          setAction(null);
          onChanged();
        }}
      />
    );
  }
  return (
    <div className="row-actions group-admin" data-testid="group-admin">
      {(['rules', 'level', 'seat', 'fundCentre', 'close'] as const).map((a) => (
        <Button key={a} onClick={() => setAction(a)} data-testid={`admin-${a}`}>
          {t.actions[a]}
        </Button>
      ))}
      {action === 'level' && <LevelDialog group={group} onClose={() => setAction(null)} onDone={onChanged} />}
      {action === 'seat' && <SeatDialog group={group} onClose={() => setAction(null)} onDone={onChanged} />}
      {action === 'fundCentre' && <FundCentreDialog group={group} onClose={() => setAction(null)} onDone={onChanged} />}
      {action === 'close' && <CloseMonthDialog group={group} onClose={() => setAction(null)} onDone={onChanged} />}
    </div>
  );
}

interface DialogProps {
  group: Group;
  onClose: () => void;
  onDone: () => void;
}

/** A dialog that runs one write, shows the server's message on failure, and closes on success. */
function ActionDialog(props: {
  title: string;
  confirmLabel: string;
  run: () => Promise<string>;
  onClose: () => void;
  onDone: () => void;
  testId: string;
  children: ReactNode;
}) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      toast(await props.run());
      props.onClose();
      props.onDone();
    } catch (e) {
      setError(errorMessageTh(e));
      setBusy(false);
    }
  }
  return (
    <ConfirmDialog
      open
      title={props.title}
      confirmLabel={props.confirmLabel}
      busy={busy}
      error={error}
      onConfirm={confirm}
      onCancel={props.onClose}
      testId={props.testId}
    >
      <div className="stack">{props.children}</div>
    </ConfirmDialog>
  );
}

function LevelDialog({ group, onClose, onDone }: DialogProps) {
  const t = th.savings.admin;
  const [effectiveOn, setEffectiveOn] = useState(today);
  const [level, setLevel] = useState(String(group.level ?? 1));
  const [note, setNote] = useState('');
  return (
    <ActionDialog
      title={t.actions.level}
      confirmLabel={th.common.save}
      testId="level-dialog"
      onClose={onClose}
      onDone={onDone}
      run={async () => {
        await savingsApi.setLevel(group.id, { effectiveOn, level: Number(level), note: note.trim() });
        return t.levelDone(th.savings.groups.level(Number(level)));
      }}
    >
      <DateField label={t.effectiveOn} value={effectiveOn} onChange={setEffectiveOn} requiredMark />
      <Select
        label={th.savings.register.level}
        value={level}
        onChange={setLevel}
        options={(['1', '2', '3'] as const).map((l) => ({ value: l, label: th.savings.register.levels[l] }))}
      />
      <TextField label={t.note} hint={t.noteHint} value={note} onChange={setNote} maxLength={500} />
    </ActionDialog>
  );
}

function FundCentreDialog({ group, onClose, onDone }: DialogProps) {
  const t = th.savings.admin;
  const current = group.fundCentre.at(-1);
  const [effectiveOn, setEffectiveOn] = useState(today);
  const [leads, setLeads] = useState(!(current?.leads ?? false));
  const [centreNameTh, setCentreNameTh] = useState(current?.centreNameTh ?? '');
  const [note, setNote] = useState('');
  return (
    <ActionDialog
      title={t.fundCentreTitle}
      confirmLabel={th.common.save}
      testId="fund-centre-dialog"
      onClose={onClose}
      onDone={onDone}
      run={async () => {
        await savingsApi.setFundCentre(group.id, {
          effectiveOn,
          leads,
          centreNameTh: leads ? centreNameTh.trim() : '',
          note: note.trim(),
        });
        return t.fundCentreDone(leads);
      }}
    >
      <DateField label={t.effectiveOn} value={effectiveOn} onChange={setEffectiveOn} requiredMark />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={leads}
          onChange={(e) => setLeads(e.target.checked)}
          data-testid="fund-centre-leads"
        />
        {t.fundCentreLeads}
      </label>
      {leads && (
        <TextField
          label={t.fundCentreName}
          value={centreNameTh}
          onChange={setCentreNameTh}
          requiredMark
          maxLength={300}
        />
      )}
      <TextField label={t.note} value={note} onChange={setNote} maxLength={500} />
    </ActionDialog>
  );
}

function SeatDialog({ group, onClose, onDone }: DialogProps) {
  const t = th.savings.admin;
  const members = useLoad((s) => savingsApi.members(group.id, s), [group.id]);
  const [committee, setCommittee] = useState<Committee>('executive');
  const [role, setRole] = useState<CommitteeRole>('member');
  const [memberNo, setMemberNo] = useState('');
  const [termStart, setTermStart] = useState(today);
  const [termEnd, setTermEnd] = useState(() => addYears(today(), 2));
  return (
    <ActionDialog
      title={t.actions.seat}
      confirmLabel={th.common.save}
      testId="seat-dialog"
      onClose={onClose}
      onDone={onDone}
      run={async () => {
        const no = Number(memberNo);
        await savingsApi.addSeat(group.id, { committee, role, memberNo: no, termStart, termEnd });
        const name = members.data?.items.find((m) => m.memberNo === no)?.fullName ?? String(no);
        return t.seatDone(name, t.committees[committee]);
      }}
    >
      <Select
        label={t.committee}
        value={committee}
        onChange={(v) => setCommittee(v as Committee)}
        options={COMMITTEES.map((c) => ({ value: c, label: t.committees[c] }))}
        data-testid="seat-committee"
      />
      <Select
        label={t.role}
        value={role}
        onChange={(v) => setRole(v as CommitteeRole)}
        options={ROLES.map((r) => ({ value: r, label: t.roles[r] }))}
        data-testid="seat-role"
      />
      <Select
        label={t.member}
        value={memberNo}
        onChange={setMemberNo}
        placeholder={th.common.choose}
        options={(members.data?.items ?? [])
          .filter((m) => m.status === 'active')
          .map((m) => ({ value: String(m.memberNo), label: `${m.memberNo} ${m.fullName}` }))}
        data-testid="seat-member"
      />
      <div className="form-grid">
        <DateField label={t.termStart} value={termStart} onChange={setTermStart} requiredMark />
        <DateField label={t.termEnd} value={termEnd} onChange={setTermEnd} requiredMark />
      </div>
    </ActionDialog>
  );
}

function CloseMonthDialog({ group, onClose, onDone }: DialogProps) {
  const t = th.savings.admin;
  const idem = useIdempotencyKey();
  const [through, setThrough] = useState(() => endOfPreviousMonth(today()));
  return (
    <ActionDialog
      title={t.actions.close}
      confirmLabel={t.closeConfirm}
      testId="close-dialog"
      onClose={onClose}
      onDone={onDone}
      run={async () => {
        const r = await savingsApi.closePeriod(group.id, through, idem.key());
        idem.reset();
        return t.closeDone(thaiDate(r.closedThrough));
      }}
    >
      <p>{t.closeBody(group.closedThrough ? thaiDate(group.closedThrough) : th.savings.group.notClosed)}</p>
      <DateField label={t.through} value={through} onChange={setThrough} requiredMark data-testid="close-through" />
    </ActionDialog>
  );
}
