// Recording a collection event: the day, the place, the counting committee (two witnesses and a
// stand-in for when a witness's own bank is counted), and every returned piggy bank's amount. One
// button books it all as one entry; the idempotency key is kept until it succeeds, so a double
// click or a retry after a lost connection cannot book the event twice.
import { useMemo, useState } from 'react';
import { ApiError, errorMessageTh } from '../../api/client.js';
import { fundApi } from '../../api/fund.js';
import type { Collection, Participant } from '../../api/fund-types.js';
import { format } from '../../i18n/th.js';
import { thFund } from '../../i18n/th-fund.js';
import { Alert } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { Select } from '../../ui/Select.js';
import { Table } from '../../ui/Table.js';
import { TextField } from '../../ui/TextField.js';
import { DateField } from '../savings/DateField.js';
import { today } from '../savings/dates.js';
import { baht } from '../savings/money.js';
import { useIdempotencyKey } from '../savings/useIdempotencyKey.js';
import { parseCounts, witnessesFor, type Committee } from './collection-model.js';
import './fund.css';

interface Props {
  fundId: string;
  participants: Participant[];
  onSaved: (c: Collection) => void;
}

export function CollectionForm({ fundId, participants, onSaved }: Props) {
  const t = thFund.collect;
  const idem = useIdempotencyKey();
  const [collectedOn, setCollectedOn] = useState(today);
  const [place, setPlace] = useState('');
  const [committee, setCommittee] = useState<Committee>({ first: '', second: '', standIn: '' });
  const [amounts, setAmounts] = useState<Record<number, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [issues, setIssues] = useState<{ path: string; messageTh: string }[]>([]);
  const [busy, setBusy] = useState(false);

  const parsed = useMemo(() => parseCounts(participants, amounts, committee), [participants, amounts, committee]);
  const names = useMemo(() => new Map(participants.map((p) => [p.person.id, p.person.nameTh])), [participants]);
  const people = participants.map((p) => ({ value: p.person.id, label: `${p.person.nameTh} (${p.unit.nameTh})` }));
  const rowIssue = (no: number) => {
    const i = parsed.counts.findIndex((c) => c.participantNo === no);
    return issues.find((x) => i >= 0 && x.path.startsWith(`counts.${i}.`))?.messageTh;
  };

  async function save() {
    setMessage(null);
    setIssues([]);
    const bad = Object.keys(parsed.errors).length;
    if (bad) return setMessage(t.fixRows(bad));
    if (!committee.first || !committee.second || committee.first === committee.second) {
      return setMessage(t.pickWitnesses);
    }
    if (parsed.counts.length === 0 || parsed.total === 0) return setMessage(t.nothing);
    setBusy(true);
    try {
      const saved = await fundApi.recordCollection(
        fundId,
        { collectedOn, place, note: '', counts: parsed.counts },
        idem.key(),
      );
      idem.reset();
      onSaved(saved);
    } catch (err) {
      setBusy(false);
      if (!(err instanceof ApiError)) return setMessage(errorMessageTh(err));
      if (err.code === 'idempotency_key_reused') idem.reset();
      setIssues(err.issues);
      setMessage(err.issues.length ? `${err.messageTh} ${t.checkFirst}` : err.messageTh);
    }
  }

  const pick = (key: keyof Committee) => (value: string) => setCommittee((c) => ({ ...c, [key]: value }));
  const dateIssue = issues.find((i) => i.path === 'collectedOn')?.messageTh;
  return (
    <div data-testid="collection-form">
      <p>{t.intro}</p>
      <div className="fund-committee">
        <DateField
          id="collection-date"
          label={t.date}
          value={collectedOn}
          onChange={setCollectedOn}
          error={dateIssue}
          requiredMark
          data-testid="collection-date"
        />
        <TextField label={t.place} value={place} onChange={setPlace} data-testid="collection-place" />
      </div>
      <div className="fund-committee">
        <Select
          label={t.witness1}
          value={committee.first}
          onChange={pick('first')}
          options={people}
          placeholder={t.choose}
          requiredMark
          data-testid="witness-1"
        />
        <Select
          label={t.witness2}
          value={committee.second}
          onChange={pick('second')}
          options={people}
          placeholder={t.choose}
          requiredMark
          data-testid="witness-2"
        />
        <Select
          label={t.witness3}
          value={committee.standIn}
          onChange={pick('standIn')}
          options={people}
          placeholder={t.choose}
          data-testid="witness-3"
        />
      </div>
      {message && (
        <Alert tone="error" testId="collection-error">
          <p>{message}</p>
          {issues.length > 0 && (
            <ul>
              {issues.slice(0, 10).map((i, k) => (
                <li key={k}>{i.messageTh}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <Table
        caption={t.title}
        captionHidden
        cards
        testId="count-table"
        rowTestId="count-row"
        rows={participants}
        rowKey={(p) => String(p.participantNo)}
        columns={[
          { key: 'no', header: '#', className: 'col-num', cell: (p) => p.participantNo },
          { key: 'name', header: t.participant, cell: (p) => p.person.nameTh },
          { key: 'unit', header: t.unit, cell: (p) => p.unit.nameTh },
          {
            key: 'amount',
            header: t.amount,
            cell: (p) => (
              <TextField
                label={<span className="visually-hidden">{`${t.amount} ${p.person.nameTh}`}</span>}
                value={amounts[p.participantNo] ?? ''}
                onChange={(v) => setAmounts((a) => ({ ...a, [p.participantNo]: v }))}
                error={parsed.errors[p.participantNo] ?? rowIssue(p.participantNo)}
                inputMode="decimal"
                className="fund-count-amount"
                data-testid={`amount-${p.participantNo}`}
              />
            ),
          },
          {
            key: 'witnesses',
            header: t.witnesses,
            cell: (p) => {
              const w = witnessesFor(p.person.id, committee);
              return (
                <span className="fund-witnesses">
                  {w.map((id) => names.get(id) ?? '').join(', ')}
                  {committee.first && committee.second && w.length < 2 && ` (${t.needWitness})`}
                </span>
              );
            },
          },
        ]}
      />
      <div className="fund-total" data-testid="collection-total">
        <span>
          {t.banks} {format.number(parsed.counts.length)}
        </span>
        <span>
          {t.total} <strong>{baht(parsed.total)}</strong> {thFund.baht}
        </span>
      </div>
      <Button variant="primary" onClick={save} busy={busy} busyLabel={t.saving} data-testid="save-collection">
        {t.save}
      </Button>
    </div>
  );
}
