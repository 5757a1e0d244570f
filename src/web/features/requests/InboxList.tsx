// The district's "รายงานที่ต้องส่ง": each request addressed to it, the days to its deadline, and a
// highlight for those due within three days (or overdue) and not yet sent.
import type { InboxItem } from '../../api/requests-types.js';
import { thRequests } from '../../i18n/th-requests.js';
import { LinkButton } from '../../ui/Button.js';
import { thaiDate } from '../savings/dates.js';
import { StatusBadge } from './StatusBadge.js';

function dueText(i: InboxItem): { text: string; tone: string } {
  const t = thRequests.list;
  if (i.requestStatus === 'closed') return { text: t.closed, tone: '' };
  if (i.locked) return { text: t.locked, tone: 'rq-due--overdue' };
  if (i.dueInDays < 0) return { text: t.overdue(-i.dueInDays), tone: i.overdue ? 'rq-due--overdue' : '' };
  return { text: t.dueIn(i.dueInDays), tone: i.reminder ? 'rq-due--reminder' : '' };
}

export function InboxList({ items }: { items: InboxItem[] }) {
  const t = thRequests.list;
  if (items.length === 0) return <p className="muted">{t.inboxEmpty}</p>;
  return (
    <ul className="rq-inbox" data-testid="inbox">
      {items.map((i) => {
        const due = dueText(i);
        const waiting = i.status === 'expected' || i.status === 'draft' || i.status === 'returned';
        const cls = [
          'rq-inbox__item',
          i.overdue ? 'rq-inbox__item--overdue' : i.reminder ? 'rq-inbox__item--reminder' : '',
        ];
        return (
          <li
            key={i.submissionId}
            className={cls.filter(Boolean).join(' ')}
            data-testid="inbox-item"
            data-reminder={i.reminder}
          >
            <h3 className="rq-inbox__title">{i.title}</h3>
            <p className="rq-inbox__meta">
              <StatusBadge status={i.matrixStatus} />
              <span>
                {t.deadline} {thaiDate(i.deadline)}
              </span>
              <span className={due.tone}>{due.text}</span>
            </p>
            <p className="rq-inbox__meta">
              <span>
                {t.from} {i.issuingUnit.nameTh}
              </span>
              <span>
                {t.unit}: {i.unit.nameTh}
              </span>
            </p>
            <LinkButton
              // A report answered on another page (the fund's proposals) is filled in there.
              to={waiting && i.answeredVia ? i.answeredVia.path : `/requests/submissions/${i.submissionId}`}
              variant={waiting && i.requestStatus === 'sent' && !i.locked ? 'primary' : 'secondary'}
              small
              data-testid="open-submission"
            >
              {waiting && i.requestStatus === 'sent' && !i.locked ? t.fill : t.view}
            </LinkButton>
          </li>
        );
      })}
    </ul>
  );
}
