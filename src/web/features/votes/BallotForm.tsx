// The ballot, for the public slip page and for a logged-in voter alike: pick one person in any of
// the categories not yet voted, review, confirm; then a thank-you that says which categories are
// done. `cast` is the only difference between the two (by code or as oneself).
import { useMemo, useState } from 'react';
import { errorMessageTh } from '../../api/client.js';
import type { Ballot, Choice } from '../../api/votes-types.js';
import { thVotes } from '../../i18n/th-votes.js';
import { Alert } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Page.js';
import { longDate } from '../programs/labels.js';
import { today } from '../savings/dates.js';
import { CandidatePicker } from './CandidatePicker.js';
import './votes.css';

type Step = 'choose' | 'confirm' | 'done';

export function BallotForm({
  ballot,
  cast,
  titleAs: Title = 'h1',
}: {
  ballot: Ballot;
  cast: (choices: Choice[]) => Promise<Ballot>;
  /** h2 inside a page that has its own heading. */
  titleAs?: 'h1' | 'h2';
}) {
  const t = thVotes.ballot;
  const [current, setCurrent] = useState(ballot);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [open, setOpen] = useState<string | null>(null);
  const [step, setStep] = useState<Step>(ballot.categories.every((c) => c.voted) ? 'done' : 'choose');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const people = useMemo(() => new Map(current.candidates.map((c) => [c.personId, c])), [current]);
  const e = current.election;
  const remaining = current.categories.filter((c) => !c.voted);
  const picked = remaining.filter((c) => choices[c.id]);

  const closedMessage = e.acceptingVotes
    ? null
    : e.status !== 'open'
      ? t.closed
      : today() < e.opensOn
        ? t.notOpen
        : t.ended;

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      const next = await cast(picked.map((c) => ({ categoryId: c.id, candidatePersonId: choices[c.id]! })));
      setCurrent(next);
      setChoices({});
      setStep('done');
    } catch (err) {
      setError(errorMessageTh(err));
    } finally {
      setBusy(false);
    }
  }

  const header = (
    <header className="ballot__head">
      <p className="ballot__organiser">{e.organiserTh}</p>
      <Title className="ballot__title">{e.title}</Title>
      <p className="ballot__voter" data-testid="ballot-voter">
        {t.of(current.voter.fullName)}
      </p>
      <p className="muted">{t.period(thVotes.days(longDate(e.opensOn), longDate(e.closesOn)))}</p>
    </header>
  );

  if (step === 'done') {
    const left = current.categories.filter((c) => !c.voted).length;
    return (
      <div className="ballot stack" data-testid="ballot-thanks">
        {header}
        <Alert tone="success" title={t.thanks}>
          {left === 0 ? t.thanksDone : t.thanksSome(left)}
        </Alert>
        <ul className="plain-list ballot__status">
          {current.categories.map((c) => (
            <li key={c.id} data-testid="ballot-category-status" data-voted={c.voted}>
              <span aria-hidden="true">{c.voted ? '✓' : '○'}</span> {c.nameTh} — {c.voted ? t.voted : t.notYet}
            </li>
          ))}
        </ul>
        {left > 0 && e.acceptingVotes && (
          <Button variant="primary" className="btn--block" onClick={() => setStep('choose')}>
            {t.continue}
          </Button>
        )}
        <p className="muted small">{t.secret}</p>
      </div>
    );
  }

  if (step === 'confirm') {
    return (
      <div className="ballot stack" data-testid="ballot-confirm">
        {header}
        <Card title={t.confirmTitle}>
          <dl className="ballot__review">
            {picked.map((c) => (
              <div key={c.id}>
                <dt>{c.nameTh}</dt>
                <dd data-testid="ballot-review-choice">{people.get(choices[c.id]!)?.fullName}</dd>
              </div>
            ))}
          </dl>
          <p className="muted">{t.confirmNote}</p>
        </Card>
        {error && (
          <Alert tone="error" testId="ballot-error">
            {error}
          </Alert>
        )}
        <div className="ballot__actions">
          <Button onClick={() => setStep('choose')} disabled={busy}>
            {t.back}
          </Button>
          <Button variant="primary" onClick={submit} busy={busy} busyLabel={t.submitting} data-testid="ballot-submit">
            {t.submit}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="ballot stack" data-testid="ballot">
      {header}
      {closedMessage ? (
        <Alert tone="warning" testId="ballot-closed">
          {closedMessage}
        </Alert>
      ) : (
        <p>{t.instructions}</p>
      )}
      {current.categories.map((c) => {
        const chosen = choices[c.id] ? people.get(choices[c.id]!) : undefined;
        return (
          <section key={c.id} className="card ballot__category" data-testid="ballot-category" data-code={c.code}>
            <h2 className="card__title">{c.nameTh}</h2>
            {c.description && <p className="muted">{c.description}</p>}
            {c.voted ? (
              <p className="ballot__done">✓ {t.voted}</p>
            ) : closedMessage ? (
              <p className="muted" data-testid="ballot-not-voted">
                {t.notVoted}
              </p>
            ) : open === c.id ? (
              <>
                <CandidatePicker
                  name={`category-${c.id}`}
                  candidates={c.candidatePersonIds.map((id) => people.get(id)!).filter(Boolean)}
                  value={choices[c.id] ?? null}
                  onChange={(personId) => {
                    setChoices((all) => ({ ...all, [c.id]: personId }));
                    setOpen(null);
                  }}
                />
                {chosen && (
                  <Button small variant="ghost" onClick={() => setOpen(null)}>
                    {t.back}
                  </Button>
                )}
              </>
            ) : chosen ? (
              <div className="ballot__chosen">
                <p>
                  <span className="muted">{t.chosen}</span>{' '}
                  <strong data-testid="ballot-chosen">{chosen.fullName}</strong>
                </p>
                <div className="form-actions">
                  <Button small onClick={() => setOpen(c.id)}>
                    {t.change}
                  </Button>
                  <Button
                    small
                    variant="ghost"
                    onClick={() =>
                      setChoices((all) => {
                        const next = { ...all };
                        delete next[c.id];
                        return next;
                      })
                    }
                  >
                    {t.clear}
                  </Button>
                </div>
              </div>
            ) : (
              <Button onClick={() => setOpen(c.id)} data-testid="ballot-choose">
                {t.choose}
              </Button>
            )}
          </section>
        );
      })}
      {!closedMessage && remaining.length > 0 && (
        <div className="ballot__actions ballot__actions--sticky">
          <Button
            variant="primary"
            className="btn--block"
            disabled={picked.length === 0}
            onClick={() => setStep('confirm')}
            data-testid="ballot-review"
          >
            {picked.length ? t.review(picked.length) : t.chooseOne}
          </Button>
        </div>
      )}
      <p className="muted small">{t.secret}</p>
    </div>
  );
}
