// The group's committees as seated (from GET /groups/{id}): who holds which seat, for which term.
import type { CommitteeSeat } from '../../../api/savings-types.js';
import { th } from '../../../i18n/th.js';
import { Card } from '../../../ui/Page.js';
import { thaiDate } from '../dates.js';

export function CommitteeSeats({ seats }: { seats: CommitteeSeat[] }) {
  const t = th.savings.admin;
  const committees = [...new Set(seats.map((s) => s.committee))];
  return (
    <Card title={t.seatsTitle}>
      {seats.length === 0 && <p className="muted">{t.noSeats}</p>}
      {committees.map((c) => (
        <div key={c} data-testid="committee">
          <h3 className="subheading">{t.committees[c] ?? c}</h3>
          <ul className="plain-list plain-list--tight">
            {seats
              .filter((s) => s.committee === c)
              .map((s) => (
                <li key={`${s.memberNo}:${s.role}:${s.termStart}`} data-testid="committee-seat">
                  <strong>{t.roles[s.role] ?? s.role}</strong> {s.memberNo} {s.fullName}
                  <span className="entry-note">{t.term(thaiDate(s.termStart), thaiDate(s.termEnd))}</span>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </Card>
  );
}
