// The group's anomaly flags (ข้อสังเกต): what the books raise, each explained, open ones first;
// whoever may approve for the group records what the check found.
import { useState } from 'react';
import { anomaliesApi, type Anomaly } from '../../../api/anomalies.js';
import { errorMessageTh } from '../../../api/client.js';
import { thAnomalies as t } from '../../../i18n/th-anomalies.js';
import { useToast } from '../../../ui/Alert.js';
import { Button } from '../../../ui/Button.js';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { LoadError } from '../../../ui/LoadError.js';
import { Spinner } from '../../../ui/Page.js';
import { TextArea } from '../../../ui/TextArea.js';
import { useLoad } from '../../../ui/useLoad.js';
import { useSession } from '../../auth/session.js';
import { thaiDate } from '../dates.js';

export function AnomaliesSection({ groupId }: { groupId: string }) {
  const { can } = useSession();
  const toast = useToast();
  const { data, error, reload } = useLoad((s) => anomaliesApi.forGroup(groupId, s), [groupId]);
  const [resolving, setResolving] = useState<Anomaly | null>(null);
  if (error) return <LoadError message={error} onRetry={reload} />;
  if (!data) return <Spinner />;
  const open = data.items.filter((a) => !a.resolution);
  const done = data.items.filter((a) => a.resolution);
  return (
    <section aria-labelledby="anomalies-h" data-testid="anomalies">
      <h2 id="anomalies-h" className="section-title">
        {t.title}
      </h2>
      <p className="muted">{t.intro}</p>
      {data.items.length === 0 ? (
        <p data-testid="anomalies-none">{t.none}</p>
      ) : (
        <p>
          <strong>{t.open(open.length)}</strong> · {t.resolvedCount(done.length)}
        </p>
      )}
      <ul className="anomaly-list">
        {[...open, ...done].map((a) => (
          <li
            key={`${a.rule}|${a.subject}`}
            className={`anomaly ${a.resolution ? 'anomaly--resolved' : 'anomaly--open'}`}
            data-testid="anomaly"
            data-rule={a.rule}
          >
            <div className="anomaly__head">
              <strong>{a.ruleNameTh}</strong>
              <span className={`status ${a.resolution ? 'status--on' : 'status--warn'}`}>
                {a.resolution ? t.statusResolved : t.statusOpen}
              </span>
            </div>
            <p>{a.messageTh}</p>
            {a.resolution ? (
              <p className="anomaly__note" data-testid="anomaly-note">
                {a.resolution.note}
                <br />
                <span className="muted">
                  {t.resolvedBy(a.resolution.resolvedBy, thaiDate(a.resolution.resolvedAt.slice(0, 10)))}
                </span>
              </p>
            ) : (
              can('savings:approve') && (
                <Button small onClick={() => setResolving(a)} data-testid="anomaly-resolve">
                  {t.resolve}
                </Button>
              )
            )}
          </li>
        ))}
      </ul>
      <ResolveDialog
        groupId={groupId}
        anomaly={resolving}
        onCancel={() => setResolving(null)}
        onDone={() => {
          setResolving(null);
          toast(t.saved);
          reload();
        }}
      />
    </section>
  );
}

function ResolveDialog(props: { groupId: string; anomaly: Anomaly | null; onDone: () => void; onCancel: () => void }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setNote('');
    setError(null);
    props.onCancel();
  };
  async function confirm() {
    if (!props.anomaly) return;
    if (note.trim().length < 5) {
      setError(t.noteRequired);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await anomaliesApi.resolve(props.groupId, props.anomaly, note.trim());
      setNote('');
      props.onDone();
    } catch (e) {
      setError(errorMessageTh(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <ConfirmDialog
      open={props.anomaly !== null}
      title={t.resolveTitle}
      confirmLabel={t.resolve}
      busy={busy}
      error={error}
      onConfirm={confirm}
      onCancel={close}
      testId="anomaly-dialog"
    >
      {props.anomaly && (
        <>
          <p>{props.anomaly.messageTh}</p>
          <TextArea
            label={t.note}
            hint={t.noteHint}
            value={note}
            onChange={setNote}
            rows={3}
            requiredMark
            testId="anomaly-note-input"
          />
        </>
      )}
    </ConfirmDialog>
  );
}
