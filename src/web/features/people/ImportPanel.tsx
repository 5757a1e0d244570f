// Upload a .xlsx/.csv of people. The server imports all rows or none; on failure it returns one
// issue per problem with a path like "row 5, column thaiId", shown here as a table.
import { useId, useRef, useState, type FormEvent } from 'react';
import { api, ApiError, errorMessageTh } from '../../api/client.js';
import type { FieldIssue } from '../../api/types.js';
import { format, th } from '../../i18n/th.js';
import { Alert, useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { Table } from '../../ui/Table.js';
import { FieldMessage } from '../../ui/TextField.js';
import type { UnitRef } from '../org/current-unit.js';
import { unitName } from '../org/labels.js';

interface RowIssue {
  key: string;
  row: string;
  column: string;
  message: string;
}

/** "row 5, column thaiId" → { row: "5", column: "thaiId" }; anything else goes in the column cell. */
export function parseImportPath(path: string): { row: string; column: string } {
  const m = /^row\s+(\d+)(?:\s*,\s*column\s+(.+))?$/i.exec(path.trim());
  if (m) return { row: m[1] ?? '', column: m[2] ?? '' };
  return { row: '', column: path === 'file' || path === 'body' ? '' : path };
}

const columnLabel = (c: string) => (c && th.fields[c] ? `${th.fields[c]} (${c})` : c || th.common.none);

export function ImportPanel({ unit, onImported }: { unit: UnitRef | null; onImported: () => void }) {
  const ids = useId();
  const t = th.people.importPanel;
  const toast = useToast();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [rows, setRows] = useState<RowIssue[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    setRows([]);
    if (!file) {
      setFileError(t.chooseFile);
      fileRef.current?.focus();
      return;
    }
    if (!/\.(xlsx|csv)$/i.test(file.name)) {
      setFileError(t.badType);
      fileRef.current?.focus();
      return;
    }
    setFileError(undefined);
    setBusy(true);
    try {
      const { imported } = await api.importPeople(file, unit?.id);
      toast(t.done(imported));
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
      onImported();
    } catch (err) {
      setMessage(errorMessageTh(err));
      if (err instanceof ApiError) {
        setRows(
          err.issues.map((i: FieldIssue, n) => ({ key: `${n}`, ...parseImportPath(i.path), message: i.messageTh })),
        );
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card import" aria-labelledby={`${ids}-h`} data-testid="import-panel">
      <h2 id={`${ids}-h`} className="card__title">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      <p>
        <a href={api.importTemplateUrl} download>
          {t.template}
        </a>
      </p>
      <form onSubmit={submit} noValidate className="import__form">
        <div className={['field', fileError ? 'field--error' : ''].join(' ')}>
          <label htmlFor={`${ids}-file`} className="field__label">
            {t.file}
          </label>
          <p id={`${ids}-hint`} className="field__hint">
            {t.fileHint}
          </p>
          <input
            id={`${ids}-file`}
            ref={fileRef}
            type="file"
            className="input input--file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={[`${ids}-hint`, fileError ? `${ids}-msg` : ''].filter(Boolean).join(' ')}
          />
          <FieldMessage id={`${ids}-msg`} error={fileError} />
        </div>
        {unit && <p className="muted">{t.unit(unitName(unit))}</p>}
        <Button type="submit" variant="primary" busy={busy} busyLabel={t.submitting}>
          {t.submit}
        </Button>
      </form>
      {message && <Alert tone="error">{message}</Alert>}
      {rows.length > 0 && (
        <Table
          caption={
            <>
              <strong>{t.errorsHeading}</strong> — {t.errorsCaption(rows.length)}
            </>
          }
          columns={[
            {
              key: 'row',
              header: t.colRow,
              cell: (r: RowIssue) => (r.row ? format.number(Number(r.row)) : th.common.none),
              className: 'col-narrow',
            },
            { key: 'column', header: t.colColumn, cell: (r: RowIssue) => columnLabel(r.column) },
            { key: 'message', header: t.colMessage, cell: (r: RowIssue) => r.message },
          ]}
          rows={rows}
          rowKey={(r) => r.key}
          rowTestId="import-error-row"
          testId="import-errors"
          cards
        />
      )}
    </section>
  );
}
