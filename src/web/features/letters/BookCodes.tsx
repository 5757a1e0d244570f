// The book codes (รหัสหนังสือ) of a unit and of the units under it that write letters in their own
// name, each with its status and an inline form. The server normalises what is typed (Thai digits,
// spaces) and names a malformed code on its field.
import { useState } from 'react';
import { api } from '../../api/client.js';
import { lettersApi } from '../../api/letters.js';
import type { LetterBook } from '../../api/letters-types.js';
import type { OrgUnitKind } from '../../api/types.js';
import { thLetters } from '../../i18n/th-letters.js';
import { useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { Table } from '../../ui/Table.js';
import { TextField } from '../../ui/TextField.js';
import type { UnitRef } from '../org/current-unit.js';
import { unitName } from '../org/labels.js';
import { useFormSubmission } from '../savings/useFormSubmission.js';
import { numberPattern } from './compose-model.js';

/** Units that issue letters in their own name; subdistricts and villages write none. */
const ISSUING: OrgUnitKind[] = ['department', 'province', 'work_group', 'district'];
const rank = (k: OrgUnitKind) => ISSUING.indexOf(k);

export interface UnitBook {
  unit: UnitRef;
  book: LetterBook;
}

/** The chosen unit first, then its work groups and districts, each with its current code. */
export async function loadBooks(unit: UnitRef, signal: AbortSignal): Promise<UnitBook[]> {
  const children = await api.orgChildren(unit.id, signal);
  const units = [
    unit,
    ...children.items.filter((u) => ISSUING.includes(u.kind)).sort((a, b) => rank(a.kind) - rank(b.kind)),
  ].filter((u) => ISSUING.includes(u.kind));
  return Promise.all(
    units.map(async (u) => ({
      unit: { id: u.id, kind: u.kind, nameTh: u.nameTh },
      book: await lettersApi.book(u.id, signal),
    })),
  );
}

export function BookCodeTable({ caption, rows }: { caption: string; rows: UnitBook[] }) {
  const t = thLetters.books;
  const [saved, setSaved] = useState<Record<string, LetterBook>>({});
  const [editing, setEditing] = useState<string | null>(null);
  const current = rows.map((r) => ({ ...r, book: saved[r.unit.id] ?? r.book }));
  return (
    <Table
      caption={caption}
      cards
      testId="book-codes"
      rowTestId="book-code-row"
      rows={current}
      rowKey={(r) => r.unit.id}
      columns={[
        { key: 'unit', header: t.unit, cell: (r) => unitName(r.unit) },
        {
          key: 'code',
          header: t.code,
          cell: (r) =>
            editing === r.unit.id ? (
              <BookCodeForm
                row={r}
                onDone={(b) => {
                  if (b) setSaved((s) => ({ ...s, [b.orgUnitId]: b }));
                  setEditing(null);
                }}
              />
            ) : (
              <BookCodeView book={r.book} />
            ),
        },
        { key: 'source', header: t.source, cell: (r) => status(r.book) },
        {
          key: 'action',
          header: '',
          label: t.edit,
          cell: (r) =>
            editing === r.unit.id ? null : (
              <Button small onClick={() => setEditing(r.unit.id)} data-testid="book-code-edit">
                {r.book.bookCode ? t.edit : t.set}
              </Button>
            ),
        },
      ]}
    />
  );
}

const status = (b: LetterBook) =>
  b.configured ? thLetters.books.configured : b.bookCode ? thLetters.books.derived : thLetters.books.missing;

function BookCodeView({ book }: { book: LetterBook }) {
  if (!book.bookCode) return <span className="muted">—</span>;
  return (
    <>
      <strong data-testid="book-code">{book.bookCode}</strong>
      <br />
      <span className="muted">{thLetters.books.example(numberPattern(book.bookCode, false, true, 1))}</span>
    </>
  );
}

function BookCodeForm({ row, onDone }: { row: UnitBook; onDone: (saved: LetterBook | null) => void }) {
  const t = thLetters.books;
  const toast = useToast();
  const sub = useFormSubmission();
  const [value, setValue] = useState(row.book.bookCode ?? '');
  const fieldIssue = sub.serverIssues.find((i) => i.path === 'bookCode')?.messageTh;
  const save = () =>
    sub.submit(true, async () => {
      const b = await lettersApi.setBook(row.unit.id, value);
      toast(t.saved(unitName(row.unit)));
      onDone(b);
    });
  return (
    <form
      ref={sub.form}
      noValidate
      data-testid="book-code-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <TextField
        label={t.field(unitName(row.unit))}
        value={value}
        onChange={setValue}
        error={fieldIssue}
        hint={t.hint}
        autoComplete="off"
        autoFocus
        data-testid="book-code-input"
      />
      {sub.message && !fieldIssue && <p className="field__error">{sub.message}</p>}
      <div className="letters-actions">
        <Button type="submit" variant="primary" small busy={sub.busy} data-testid="book-code-save">
          {t.save}
        </Button>
        <Button small variant="ghost" onClick={() => onDone(null)}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
