import { th } from '../i18n/th.js';
import { Button } from './Button.js';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

export function Pager({ page, pageSize, total, onPage }: PagerProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={th.people.pager}>
      <Button small onClick={() => onPage(page - 1)} disabled={page <= 1}>
        ‹ {th.people.prev}
      </Button>
      <span className="pager__status" aria-live="polite">
        {th.people.pageOf(page, pages)}
      </span>
      <Button small onClick={() => onPage(page + 1)} disabled={page >= pages}>
        {th.people.next} ›
      </Button>
    </nav>
  );
}
