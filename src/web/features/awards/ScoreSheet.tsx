// A judge's sheet for one dossier: the rubric with a points box per leaf (0..max, one decimal,
// Thai digits accepted) and a comment, parents showing their running subtotal, and the total
// against the stated total kept in view. Saving keeps a partial sheet; submitting saves and hands
// it in, after which it is read-only.
import { useState } from 'react';
import { fromThaiDigits } from '../../../kernel/thai-digits.js';
import { ApiError, errorMessageTh } from '../../api/client.js';
import { awardsApi } from '../../api/awards.js';
import type { Sheet } from '../../api/awards-types.js';
import { thAwards } from '../../i18n/th-awards.js';
import { Alert, useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { TextArea } from '../../ui/TextArea.js';
import { TextField } from '../../ui/TextField.js';
import { points } from './labels.js';
import { depthOf, parentSum, parsePoints, sumPoints } from './rubric-model.js';

type Entry = { points: string; comment: string };

export function ScoreSheet({
  sheet,
  statedTotal,
  onChange,
}: {
  sheet: Sheet;
  statedTotal: number;
  onChange: (s: Sheet) => void;
}) {
  const t = thAwards.sheet;
  const toast = useToast();
  const saved = new Map(sheet.scores.map((s) => [s.code, s]));
  const [entries, setEntries] = useState<Record<string, Entry>>(() =>
    Object.fromEntries(
      sheet.criteria
        .filter((c) => c.isLeaf)
        .map((c) => {
          const s = saved.get(c.code);
          return [c.code, { points: s ? points(s.points) : '', comment: s?.comment ?? '' }];
        }),
    ),
  );
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const edit = sheet.editable;
  const leaves = sheet.criteria.filter((c) => c.isLeaf);
  const parsed = new Map(
    leaves.map((c) => [c.code, parsePoints(entries[c.code]?.points ?? '', c.maxPoints, fromThaiDigits)]),
  );
  const value = (code: string) => {
    const p = parsed.get(code);
    return p?.ok ? p.value : null;
  };
  const problem = (code: string, max: number): string | undefined => {
    const p = parsed.get(code);
    if (!p?.ok) return t.outOfRange(max);
    if (p.value === null && saved.has(code)) return t.cannotClear;
    if (p.value === null && entries[code]?.comment.trim()) return t.commentNeedsPoints;
    return undefined;
  };
  const invalid = leaves.some((c) => problem(c.code, c.maxPoints));
  const missing = leaves.filter((c) => value(c.code) === null).length;
  const total = sumPoints(sheet.criteria, value);
  const set = (code: string, patch: Partial<Entry>) => {
    setEntries((e) => ({ ...e, [code]: { ...e[code]!, ...patch } }));
    setDirty(true);
  };

  const send = async (final: boolean) => {
    setError(null);
    if (invalid) return setError(t.fix);
    setBusy(true);
    try {
      let next = sheet;
      if (dirty || !final) {
        const scores = leaves.flatMap((c) => {
          const v = value(c.code);
          return v === null ? [] : [{ code: c.code, points: v, comment: entries[c.code]?.comment.trim() ?? '' }];
        });
        next = await awardsApi.saveSheet(sheet.nominationId, scores);
        setDirty(false);
      }
      if (final) next = await awardsApi.submitSheet(sheet.nominationId);
      toast(final ? t.submitted : t.saved);
      setConfirm(false);
      onChange(next);
    } catch (e) {
      const issues = e instanceof ApiError ? e.issues.map((i) => i.messageTh) : [];
      setError([errorMessageTh(e), ...issues].join(' · '));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="aw-sheet" onSubmit={(e) => e.preventDefault()} noValidate data-testid="score-sheet">
      <ol className="aw-criteria">
        {sheet.criteria.map((c) => (
          <li
            key={c.code}
            className={c.isLeaf ? 'aw-criterion' : 'aw-criterion aw-criterion--parent'}
            style={{ marginLeft: `${depthOf(c, sheet.criteria) * 1}rem` }}
            data-testid="criterion"
          >
            <p className="aw-criterion__label">
              <span className="aw-code">{c.code}</span> {c.labelTh}{' '}
              <span className="muted nowrap">
                {c.isLeaf
                  ? t.max(c.maxPoints)
                  : t.subtotal(points(parentSum(c.code, sheet.criteria, value)), c.maxPoints)}
              </span>
            </p>
            {c.isLeaf && (
              <div className="aw-criterion__inputs">
                <TextField
                  label={t.points(c.code)}
                  className="field--short"
                  value={entries[c.code]?.points ?? ''}
                  onChange={(v) => set(c.code, { points: v })}
                  error={problem(c.code, c.maxPoints)}
                  inputMode="decimal"
                  autoComplete="off"
                  disabled={!edit}
                  data-testid={`points-${c.code}`}
                />
                {edit ? (
                  <TextArea
                    label={t.comment(c.code)}
                    rows={1}
                    value={entries[c.code]?.comment ?? ''}
                    onChange={(v) => set(c.code, { comment: v })}
                    testId={`comment-${c.code}`}
                  />
                ) : (
                  entries[c.code]?.comment && (
                    <p className="aw-comment">
                      <span className="muted">{t.commentShort}:</span> {entries[c.code]?.comment}
                    </p>
                  )
                )}
              </div>
            )}
          </li>
        ))}
      </ol>
      <p className="aw-total" data-testid="sheet-total-bar">
        {t.total} <strong data-testid="sheet-total">{t.totalOf(points(total), statedTotal)}</strong>
        {edit && missing > 0 && <span className="muted"> · {t.incomplete(missing)}</span>}
      </p>
      <div className="aw-sheet__foot">
        {error && !confirm && (
          <Alert tone="error" testId="sheet-error">
            {error}
          </Alert>
        )}
        {edit && (
          <div className="aw-actions">
            <Button busy={busy} onClick={() => send(false)} data-testid="sheet-save">
              {t.save}
            </Button>
            <Button
              variant="primary"
              disabled={busy || invalid || missing > 0}
              onClick={() => {
                setError(null);
                setConfirm(true);
              }}
              data-testid="sheet-submit"
            >
              {t.submit}
            </Button>
          </div>
        )}
      </div>
      <ConfirmDialog
        open={confirm}
        title={t.submit}
        confirmLabel={t.submit}
        busy={busy}
        error={error}
        onConfirm={() => send(true)}
        onCancel={() => setConfirm(false)}
        testId="confirm-sheet"
      >
        <p>{t.submitConfirm(points(total))}</p>
      </ConfirmDialog>
    </form>
  );
}
