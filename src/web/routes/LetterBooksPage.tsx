// /letters/books: the book codes printed before letter numbers, for the unit chosen in the switcher
// and its work groups and districts (a district has none until it is set here).
import { BookCodeTable, loadBooks } from '../features/letters/BookCodes.js';
import { LettersTabs } from '../features/letters/LettersTabs.js';
import { useCurrentUnit } from '../features/org/current-unit.js';
import { unitName } from '../features/org/labels.js';
import { thLetters } from '../i18n/th-letters.js';
import { Alert } from '../ui/Alert.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function LetterBooksPage() {
  const t = thLetters.books;
  const { current } = useCurrentUnit();
  const books = useLoad((signal) => (current ? loadBooks(current, signal) : Promise.resolve(null)), [current?.id]);
  return (
    <Page title={thLetters.nav}>
      <LettersTabs active="books" />
      <p className="muted">{t.intro}</p>
      {!current ? (
        <Alert tone="info">{t.chooseUnit}</Alert>
      ) : books.error ? (
        <LoadError message={books.error} onRetry={books.reload} />
      ) : !books.data ? (
        <Spinner />
      ) : books.data.length === 0 ? (
        <Alert tone="info">{t.noUnits}</Alert>
      ) : (
        <BookCodeTable key={current.id} caption={t.caption(unitName(current))} rows={books.data} />
      )}
    </Page>
  );
}
