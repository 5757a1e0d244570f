// /awards/:id/nominate: a nominating office names its nominees for a category (seed 002: one
// พัฒนากร/อสพ. of the office and one network partner of its area) before the names deadline; the
// dossier is filled on the nomination's own page next.
import { useState, type ReactNode } from 'react';
import { ApiError, errorMessageTh } from '../api/client.js';
import { awardsApi } from '../api/awards.js';
import type { AwardCall, NomineeRole } from '../api/awards-types.js';
import type { FieldIssue, PersonSummary } from '../api/types.js';
import { NomineePicker } from '../features/awards/NomineePicker.js';
import { useSession } from '../features/auth/session.js';
import { FormError } from '../features/savings/FormError.js';
import { thaiDate } from '../features/savings/dates.js';
import { thAwards } from '../i18n/th-awards.js';
import { th } from '../i18n/th.js';
import { Link, navigate } from '../router.js';
import { Alert, useToast } from '../ui/Alert.js';
import { Button } from '../ui/Button.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { Select } from '../ui/Select.js';
import { TextField } from '../ui/TextField.js';
import { useLoad } from '../ui/useLoad.js';

type Slot = { role: NomineeRole; person: PersonSummary | null };

const slotsFor = (kind: string): Slot[] =>
  kind === 'pair'
    ? [
        { role: 'staff', person: null },
        { role: 'partner', person: null },
      ]
    : [{ role: 'member', person: null }];

export function NominatePage({ id }: { id: string }) {
  const { data: call, error, reload } = useLoad((signal) => awardsApi.get(id, signal), [id]);
  if (error)
    return (
      <Page title={thAwards.nominate.title}>
        <LoadError message={error} onRetry={reload} />
      </Page>
    );
  if (!call) return <Spinner />;
  return <NominateForm call={call} />;
}

function NominateForm({ call }: { call: AwardCall }) {
  const t = thAwards.nominate;
  const toast = useToast();
  const { can } = useSession();
  const units = call.viewer.nominatingUnits;
  const [unitId, setUnitId] = useState(units[0]?.id ?? '');
  const [code, setCode] = useState(call.categories[0]?.code ?? '');
  const category = call.categories.find((k) => k.code === code);
  const [slots, setSlots] = useState<Slot[]>(() => slotsFor(call.categories[0]?.kind ?? 'pair'));
  const [entryName, setEntryName] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [key] = useState(() => crypto.randomUUID());
  const issue = (path: string) => issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.messageTh;
  const group = category?.kind === 'group' || category?.kind === 'best_practice';

  const chooseCategory = (next: string) => {
    setCode(next);
    setSlots(slotsFor(call.categories.find((k) => k.code === next)?.kind ?? 'pair'));
  };
  const setSlot = (i: number, person: PersonSummary | null) =>
    setSlots((all) => all.map((s, j) => (j === i ? { ...s, person } : s)));
  const save = async () => {
    setMessage(null);
    const chosen = slots.filter((s) => s.person);
    if (chosen.length !== slots.length) return setMessage(t.chooseAll);
    setBusy(true);
    try {
      const n = await awardsApi.nominate(
        call.id,
        {
          categoryCode: code,
          orgUnitId: unitId,
          entryName: group ? entryName.trim() || null : null,
          nominees: chosen.map((s) => ({ personId: s.person!.id, role: s.role })),
        },
        key,
      );
      toast(t.done);
      navigate(`/awards/nominations/${n.id}`);
    } catch (e) {
      setBusy(false);
      setMessage(errorMessageTh(e));
      setIssues(e instanceof ApiError ? e.issues : []);
    }
  };

  const page = (body: ReactNode) => (
    <Page
      title={t.title}
      before={<Link to={`/awards/${call.id}`}>{call.title}</Link>}
      description={`${thAwards.call.namesDeadline} ${thaiDate(call.namesDeadline)}`}
      narrow
    >
      {body}
    </Page>
  );
  if (units.length === 0 || call.status !== 'open') return page(<Alert tone="info">{t.noUnits}</Alert>);
  if (!can('people:read')) return page(<Alert tone="info">{t.noPeople}</Alert>);
  return page(
    <Card>
      <form className="form-stack" onSubmit={(e) => e.preventDefault()} noValidate data-testid="nominate-form">
        {units.length > 1 && (
          <Select
            label={t.unit}
            value={unitId}
            onChange={setUnitId}
            options={units.map((u) => ({ value: u.id, label: u.nameTh }))}
          />
        )}
        {units.length === 1 && (
          <p>
            {t.unit}: <strong>{units[0]!.nameTh}</strong>
          </p>
        )}
        <Select
          label={t.category}
          value={code}
          onChange={chooseCategory}
          options={call.categories.map((k) => ({ value: k.code, label: k.nameTh }))}
        />
        {category && <p className="field__hint">{thAwards.kind[category.kind]}</p>}
        {group && (
          <TextField
            label={t.entryName}
            value={entryName}
            onChange={setEntryName}
            requiredMark
            error={issue('entryName')}
          />
        )}
        {category &&
          slots.map((s, i) => (
            <NomineePicker
              key={`${code}:${unitId}:${i}`}
              label={thAwards.nomineeRole[s.role]}
              role={s.role}
              category={category}
              unitId={unitId}
              value={s.person}
              onChange={(p) => setSlot(i, p)}
              error={issue(`nominees[${i}]`)}
              testId={`nominee-${s.role}-${i}`}
            />
          ))}
        {group && slots.length < 20 && (
          <p>
            <Button small onClick={() => setSlots((all) => [...all, { role: 'member', person: null }])}>
              {t.addMember}
            </Button>
          </p>
        )}
        <FormError
          message={message}
          other={issues.filter((i) => !i.path.startsWith('nominees[') && i.path !== 'entryName')}
          testId="nominate-error"
        />
        <div className="form-actions">
          <Button variant="primary" busy={busy} busyLabel={th.common.saving} onClick={save} data-testid="nominate-save">
            {t.submit}
          </Button>
        </div>
      </form>
    </Card>,
  );
}
