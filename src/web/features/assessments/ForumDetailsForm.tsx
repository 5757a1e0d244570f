// The forum itself (seed 004 step 4): when and where, who took part (about 15 committee members and
// members), and the review of the group's rules, committee and profit allocation (step 4.2).
import { useState } from 'react';
import { assessmentsApi } from '../../api/assessments.js';
import type { Forum } from '../../api/assessments-types.js';
import { ApiError, errorMessageTh } from '../../api/client.js';
import { thAssessments } from '../../i18n/th-assessments.js';
import { useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { Fact, Facts } from '../../ui/Facts.js';
import { Card } from '../../ui/Page.js';
import { TextArea } from '../../ui/TextArea.js';
import { TextField } from '../../ui/TextField.js';
import { DateField } from '../savings/DateField.js';
import { thaiDate } from '../savings/dates.js';
import { FormError } from '../savings/FormError.js';
import type { FieldIssue } from '../../api/types.js';

const t = thAssessments.forum;

function parseParticipants(text: string) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [name, ...role] = l.split(' - ');
      return { nameTh: name!.trim(), roleTh: role.join(' - ').trim() };
    });
}

export function ForumDetailsForm({ f, onSaved }: { f: Forum; onSaved: (f: Forum) => void }) {
  const toast = useToast();
  const d = f.forum;
  const [heldOn, setHeldOn] = useState(d?.heldOn ?? '');
  const [place, setPlace] = useState(d?.place ?? '');
  const [count, setCount] = useState(d ? String(d.participantCount) : '');
  const [names, setNames] = useState(
    d?.participants.map((p) => (p.roleTh ? `${p.nameTh} - ${p.roleTh}` : p.nameTh)).join('\n') ?? '',
  );
  const [review, setReview] = useState(d?.review ?? { rules: '', committee: '', allocation: '', notes: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const issue = (path: string) => issues.find((i) => i.path.startsWith(path))?.messageTh;

  if (!f.can.edit && d) {
    return (
      <Card title={t.details}>
        <Facts>
          <Fact label={t.heldOn} value={thaiDate(d.heldOn)} />
          <Fact label={t.place} value={d.place} />
          <Fact label={t.participantCount} value={d.participantCount} />
          {d.review.rules && <Fact label={t.reviewRules} value={d.review.rules} />}
          {d.review.committee && <Fact label={t.reviewCommittee} value={d.review.committee} />}
          {d.review.allocation && <Fact label={t.reviewAllocation} value={d.review.allocation} />}
          {d.review.notes && <Fact label={t.reviewNotes} value={d.review.notes} />}
        </Facts>
        {d.participants.length > 0 && (
          <ul>
            {d.participants.map((p, i) => (
              <li key={i}>{p.roleTh ? `${p.nameTh} (${p.roleTh})` : p.nameTh}</li>
            ))}
          </ul>
        )}
      </Card>
    );
  }

  const save = async () => {
    setBusy(true);
    setError(null);
    setIssues([]);
    try {
      const saved = await assessmentsApi.saveForum(f.program.id, f.target.groupId, {
        heldOn,
        place,
        participantCount: Number(count),
        participants: parseParticipants(names),
        review,
        ...(d ? { version: d.version } : {}),
      });
      toast(t.saved);
      onSaved(saved);
    } catch (e) {
      setError(errorMessageTh(e));
      if (e instanceof ApiError) setIssues(e.issues);
    } finally {
      setBusy(false);
    }
  };
  const known = ['heldOn', 'place', 'participantCount', 'participants', 'review'];
  return (
    <Card title={t.details}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        noValidate
        data-testid="forum-form"
      >
        <div className="as-grid">
          <DateField
            label={t.heldOn}
            value={heldOn}
            onChange={setHeldOn}
            error={issue('heldOn')}
            requiredMark
            data-testid="forum-held-on"
          />
          <TextField
            label={t.place}
            value={place}
            onChange={setPlace}
            error={issue('place')}
            requiredMark
            data-testid="forum-place"
          />
          <TextField
            label={t.participantCount}
            hint={t.participantCountHint}
            value={count}
            onChange={setCount}
            inputMode="numeric"
            error={issue('participantCount')}
            requiredMark
            data-testid="forum-count"
          />
        </div>
        <TextArea
          label={t.participants}
          value={names}
          onChange={setNames}
          rows={4}
          error={issue('participants')}
          testId="forum-participants"
        />
        <fieldset className="pg-fieldset">
          <legend className="field__label">{t.review}</legend>
          <TextArea
            label={t.reviewRules}
            value={review.rules}
            onChange={(v) => setReview({ ...review, rules: v })}
            rows={2}
            testId="review-rules"
          />
          <TextArea
            label={t.reviewCommittee}
            value={review.committee}
            onChange={(v) => setReview({ ...review, committee: v })}
            rows={2}
            testId="review-committee"
          />
          <TextArea
            label={t.reviewAllocation}
            value={review.allocation}
            onChange={(v) => setReview({ ...review, allocation: v })}
            rows={2}
            testId="review-allocation"
          />
          <TextArea
            label={t.reviewNotes}
            value={review.notes}
            onChange={(v) => setReview({ ...review, notes: v })}
            rows={2}
          />
        </fieldset>
        <FormError
          message={error}
          other={issues.filter((i) => !known.some((k) => i.path.startsWith(k)))}
          testId="forum-error"
        />
        <Button type="submit" variant="primary" busy={busy} data-testid="forum-save">
          {t.save}
        </Button>
      </form>
    </Card>
  );
}
