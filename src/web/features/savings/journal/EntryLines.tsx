// The lines of one journal entry as debit / credit, the way a ledger book shows them.
import type { JournalLine } from '../../../api/savings-types.js';
import { th } from '../../../i18n/th.js';
import { baht } from '../money.js';

export function EntryLines({ lines }: { lines: JournalLine[] }) {
  const t = th.savings.journal;
  return (
    <table className="entry-lines">
      <thead>
        <tr>
          <th scope="col">{t.account}</th>
          <th scope="col" className="col-num">
            {t.debit}
          </th>
          <th scope="col" className="col-num">
            {t.credit}
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.lineNo}>
            <td>
              {l.accountCode} {l.accountNameTh}
              {l.loanNo !== null && <span className="muted"> · {t.loanNo(l.loanNo)}</span>}
            </td>
            <td className="col-num">{l.amount > 0 ? baht(l.amount) : ''}</td>
            <td className="col-num">{l.amount < 0 ? baht(-l.amount) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
