// หนังสือราชการ → ทะเบียนหนังสือส่ง: one line per registered number (drafts as one line each),
// for the unit chosen in the switcher and one calendar year.
import { useState } from 'react';
import { toBuddhistYear } from '../../kernel/dates.js';
import { lettersApi } from '../api/letters.js';
import type { LetterSummary } from '../api/letters-types.js';
import { useSession } from '../features/auth/session.js';
import { copyStatus } from '../features/letters/copy-status.js';
import { LettersTabs } from '../features/letters/LettersTabs.js';
import { useCurrentUnit } from '../features/org/current-unit.js';
import { unitName } from '../features/org/labels.js';
import { thaiDate } from '../features/savings/dates.js';
import { thLetters } from '../i18n/th-letters.js';
import { Link } from '../router.js';
import { LinkButton } from '../ui/Button.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { Select } from '../ui/Select.js';
import { Table } from '../ui/Table.js';
import { useLoad } from '../ui/useLoad.js';

interface Line {
  key: string;
  letterId: string;
  number: string;
  date: string | null;
  subject: string;
  addressee: string;
  status: string;
}

function lines(letters: LetterSummary[]): Line[] {
  const t = thLetters;
  return letters.flatMap((l): Line[] =>
    l.status === 'draft'
      ? [
          {
            key: l.id,
            letterId: l.id,
            number: t.register.draftNumber,
            date: null,
            subject: l.subject,
            addressee: t.register.addressees(l.addresseeCount),
            status: t.status.draft,
          },
        ]
      : l.copies.map((c) => ({
          key: c.id,
          letterId: l.id,
          number: c.number,
          date: c.letterDate,
          subject: c.subject,
          addressee: unitName(c.addressee),
          status: copyStatus(c),
        })),
  );
}

export function LettersPage() {
  const t = thLetters.register;
  const { can } = useSession();
  const { current } = useCurrentUnit();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const list = useLoad((signal) => lettersApi.list({ orgUnitId: current?.id, year }, signal), [current?.id, year]);
  const years = [0, 1, 2, 3].map((n) => thisYear - n);

  return (
    <Page
      title={thLetters.nav}
      actions={
        can('programs:manage') && current ? (
          <LinkButton to="/letters/new" variant="primary" data-testid="letter-new">
            {t.new}
          </LinkButton>
        ) : undefined
      }
    >
      <LettersTabs active="outgoing" />
      <Select
        label={t.year}
        value={String(year)}
        onChange={(v) => setYear(Number(v))}
        options={years.map((y) => ({ value: String(y), label: String(toBuddhistYear(y)) }))}
      />
      {list.error && <LoadError message={list.error} onRetry={list.reload} />}
      {!list.data && !list.error && <Spinner />}
      {list.data && (
        <Table
          caption={t.caption}
          captionHidden
          cards
          busy={list.loading}
          testId="letter-register"
          rowTestId="letter-register-row"
          rows={lines(list.data.items)}
          rowKey={(r) => r.key}
          empty={t.empty}
          columns={[
            { key: 'number', header: t.number, cell: (r) => <Link to={`/letters/${r.letterId}`}>{r.number}</Link> },
            { key: 'date', header: t.date, cell: (r) => (r.date ? thaiDate(r.date) : '') },
            { key: 'subject', header: t.subject, cell: (r) => r.subject },
            { key: 'addressee', header: t.addressee, cell: (r) => r.addressee },
            { key: 'status', header: t.status, cell: (r) => r.status },
          ]}
        />
      )}
    </Page>
  );
}
