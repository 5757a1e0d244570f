// One instrument of the forum: dimension by dimension, every indicator with its answer; the scores
// and the level by the instrument's result rule; one save for the whole instrument.
import { useState } from 'react';
import { assessmentsApi } from '../../api/assessments.js';
import type { Forum, InstrumentResult } from '../../api/assessments-types.js';
import { ApiError, errorMessageTh } from '../../api/client.js';
import type { FieldIssue } from '../../api/types.js';
import { thAssessments } from '../../i18n/th-assessments.js';
import { useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Page.js';
import { FormError } from '../savings/FormError.js';
import { initialDraft, toAnswers, type Draft } from './answer-model.js';
import { IndicatorRow } from './IndicatorRow.js';
import { percent } from './labels.js';
import { SampleBadge } from './SampleBadge.js';

const t = thAssessments.answers;

interface Props {
  f: Forum;
  r: InstrumentResult;
  editable: boolean;
  onSaved: (f: Forum) => void;
}

const draftsOf = (r: InstrumentResult) =>
  Object.fromEntries(r.dimensions.flatMap((d) => d.indicators).map((x) => [x.code, initialDraft(x)]));

export function InstrumentAnswers({ f, r, editable, onSaved }: Props) {
  const toast = useToast();
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() => draftsOf(r));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const programId = f.program.id;
  const groupId = f.target.groupId;

  const run = async (call: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    setError(null);
    setIssues([]);
    try {
      await call();
      if (done) toast(done);
      onSaved(await assessmentsApi.forum(programId, groupId));
    } catch (e) {
      setError(errorMessageTh(e));
      if (e instanceof ApiError) setIssues(e.issues);
    } finally {
      setBusy(false);
    }
  };
  const indicators = r.dimensions.flatMap((d) => d.indicators);
  // Drafts live here across reloads (an upload reloads the forum): unsaved answers are not lost.
  const evidence = {
    busy,
    onRemove: (fileId: string) => void run(() => assessmentsApi.removeEvidence(programId, groupId, fileId)),
    urlOf: (fileId: string) => assessmentsApi.evidenceUrl(programId, groupId, fileId),
  };
  return (
    <Card
      title={
        <>
          {r.instrument.titleTh} <SampleBadge isSample={r.instrument.isSample} />
        </>
      }
    >
      <p className="muted">
        {r.instrument.shapeTh} · {r.resultRuleTh}
      </p>
      <p data-testid={`score-${r.instrument.code}`}>
        <strong>
          {t.result}: {r.levelTh}
        </strong>{' '}
        · {t.points(r.points, r.maxPoints)} ({percent(r.percentBp)} %) ·{' '}
        {t.summary(r.passedIndicators, r.failedIndicators, r.unanswered)}
      </p>
      {r.dimensions.map((d) => (
        <section key={d.code}>
          <h3 className="as-dimension__title">
            <span>
              {d.code}. {d.titleTh}
            </span>
            <span className="muted">
              {t.points(d.points, d.maxPoints)} ({percent(d.percentBp)} %)
            </span>
          </h3>
          {d.indicators.map((x) => (
            <IndicatorRow
              key={x.code}
              x={x}
              draft={drafts[x.code]!}
              onChange={(dr) => setDrafts({ ...drafts, [x.code]: dr })}
              editable={editable}
              evidence={{
                ...evidence,
                onAttach: (file) =>
                  void run(() => assessmentsApi.attach(programId, groupId, r.instrument.id, x.code, file)),
              }}
            />
          ))}
        </section>
      ))}
      <FormError message={error} other={issues} testId={`answers-error-${r.instrument.code}`} />
      {editable && (
        <div className="as-sticky-actions">
          <Button
            variant="primary"
            busy={busy}
            onClick={() =>
              run(
                () => assessmentsApi.saveAnswers(programId, groupId, toAnswers(r.instrument.id, indicators, drafts)),
                t.saved,
              )
            }
            data-testid={`answers-save-${r.instrument.code}`}
          >
            {t.save}
          </Button>
        </div>
      )}
    </Card>
  );
}
