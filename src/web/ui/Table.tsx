import type { ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: ReactNode;
  /** Plain-text header for the phone "card" layout (defaults to header when it is a string). */
  label?: string;
  cell: (row: T) => ReactNode;
  className?: string;
}

interface TableProps<T> {
  caption: ReactNode;
  /** Hide the caption visually but keep it for screen readers. */
  captionHidden?: boolean;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  rowTestId?: string;
  /** Becomes stacked cards on narrow screens. */
  cards?: boolean;
  busy?: boolean;
  empty?: ReactNode;
  testId?: string;
}

/** A data table; on a phone (with `cards`) each row is shown as a card with labelled values. */
export function Table<T>({
  caption,
  captionHidden,
  columns,
  rows,
  rowKey,
  rowTestId,
  cards,
  busy,
  empty,
  testId,
}: TableProps<T>) {
  return (
    <div
      className={['table-wrap', busy ? 'table-wrap--busy' : ''].filter(Boolean).join(' ')}
      aria-busy={busy || undefined}
    >
      <table className={['table', cards ? 'table--cards' : ''].filter(Boolean).join(' ')} data-testid={testId}>
        <caption className={captionHidden ? 'visually-hidden' : 'table__caption'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.className}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} data-testid={rowTestId}>
              {columns.map((c) => (
                <td
                  key={c.key}
                  className={c.className}
                  data-label={c.label ?? (typeof c.header === 'string' ? c.header : '')}
                >
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
          {rows.length === 0 && empty && (
            <tr className="table__empty">
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
