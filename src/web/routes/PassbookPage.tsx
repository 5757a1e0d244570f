// /passbook/<token>: where a member's passbook QR leads. Public (no login, no app shell): the
// member types their own citizen ID and sees their balances and last entries, read-only, with the
// chain head the group's books were checked against.
import { useEffect, useState } from 'react';
import { errorMessageTh } from '../api/client.js';
import { passbookApi, type Passbook } from '../api/passbook.js';
import { thaiDate } from '../features/savings/dates.js';
import { baht } from '../features/savings/money.js';
import '../features/certificates/certificates.css';
import { th } from '../i18n/th.js';
import { thPassbook as t } from '../i18n/th-passbook.js';
import { Alert } from '../ui/Alert.js';
import { BrandMark } from '../ui/BrandMark.js';
import { Button } from '../ui/Button.js';
import { TextField } from '../ui/TextField.js';

export function PassbookPage({ token }: { token: string }) {
  const [thaiId, setThaiId] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [book, setBook] = useState<Passbook | null>(null);
  useEffect(() => {
    document.title = th.app.pageTitle(t.title);
  }, []);
  const submit = async () => {
    const digits = thaiId.replace(/[\s-]/g, '');
    if (!/^[0-9]{13}$/.test(digits)) {
      setFieldError(t.thaiIdInvalid);
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    setError(null);
    try {
      setBook(await passbookApi.open(token, digits));
      setThaiId(''); // not left on a shared phone's screen
    } catch (e) {
      setError(errorMessageTh(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="verify-page" id="main">
      <div className="verify-page__brand">
        <BrandMark size={40} />
        <div>
          <p className="verify-page__product">{th.app.name}</p>
          <p className="verify-page__subtitle">{th.app.department}</p>
        </div>
      </div>
      <div className="verify-page__panel">
        <h1 className="verify-page__title">{t.title}</h1>
        {book ? (
          <PassbookView book={book} onClose={() => setBook(null)} />
        ) : (
          <form
            noValidate
            data-testid="passbook-form"
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <p className="verify-page__intro">{t.intro}</p>
            {error && (
              <Alert tone="error" testId="passbook-error">
                {error}
              </Alert>
            )}
            <TextField
              label={t.thaiId}
              hint={t.thaiIdHint}
              value={thaiId}
              onChange={setThaiId}
              error={fieldError}
              inputMode="numeric"
              autoComplete="off"
              maxLength={17}
              data-testid="passbook-thai-id"
            />
            <Button type="submit" variant="primary" busy={busy} busyLabel={t.opening} data-testid="passbook-open">
              {t.open}
            </Button>
          </form>
        )}
      </div>
    </main>
  );
}

function PassbookView({ book, onClose }: { book: Passbook; onClose: () => void }) {
  const when = `${thaiDate(book.chain.checkedAt.slice(0, 10))}`;
  return (
    <div className="stack" data-testid="passbook">
      <p>
        <strong>{t.member(book.memberNo, book.fullName)}</strong>
        <br />
        {book.groupNameTh}
      </p>
      <dl className="passbook-balances">
        <dt>{t.pledged}</dt>
        <dd data-testid="passbook-pledged">{th.savings.bahtN(baht(book.balances.pledgedSavings))}</dd>
        <dt>{t.special}</dt>
        <dd data-testid="passbook-special">{th.savings.bahtN(baht(book.balances.specialSavings))}</dd>
        <dt>{t.loans}</dt>
        <dd data-testid="passbook-loans">{th.savings.bahtN(baht(book.balances.loansOutstanding))}</dd>
      </dl>
      <h2 className="subheading">{t.last}</h2>
      {book.lastEntries.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ul className="plain-list passbook-entries">
          {book.lastEntries.map((e) => (
            <li key={e.entryNo}>
              <span className="muted">{thaiDate(e.postedOn)}</span> {e.memo}
              <br />
              {e.pledged !== 0 && `${t.colPledged} ${baht(e.pledged)} `}
              {e.special !== 0 && `${t.colSpecial} ${baht(e.special)} `}
              {e.loanPrincipal !== 0 && `${t.colLoan} ${baht(e.loanPrincipal)}`}
            </li>
          ))}
        </ul>
      )}
      {book.chain.intact ? (
        <Alert tone="info" testId="passbook-chain">
          {t.intact(book.chain.headEntryNo, when)}
          <br />
          {t.hash}: <code className="passbook-hash">{book.chain.headHash.slice(0, 8)}</code>…
          <br />
          <span className="muted">{t.hashHint}</span>
        </Alert>
      ) : (
        <Alert tone="error" testId="passbook-chain">
          {t.broken}
        </Alert>
      )}
      <Button onClick={onClose}>{t.again}</Button>
    </div>
  );
}
