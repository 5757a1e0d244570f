// Sections of one page as links (so each has its own URL and Back works), marked like tabs.
import { Link } from '../router.js';

export interface TabItem {
  key: string;
  label: string;
  to: string;
}

export function Tabs({ label, items, active }: { label: string; items: TabItem[]; active: string }) {
  return (
    <nav className="tabs" aria-label={label}>
      <ul>
        {items.map((i) => (
          <li key={i.key}>
            <Link
              to={i.to}
              className="tabs__link"
              aria-current={i.key === active ? 'page' : undefined}
              data-testid={`tab-${i.key}`}
            >
              {i.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
