import { thLetters } from '../../i18n/th-letters.js';
import { Tabs } from '../../ui/Tabs.js';
import { useSession } from '../auth/session.js';

/**
 * The one "หนังสือราชการ" entry: the outgoing register, this unit's received letters, and for those
 * who write letters the units' book codes.
 */
export function LettersTabs({ active }: { active: 'outgoing' | 'inbox' | 'books' }) {
  const t = thLetters.tabs;
  const { can } = useSession();
  return (
    <Tabs
      label={t.label}
      active={active}
      items={[
        { key: 'outgoing', label: t.outgoing, to: '/letters' },
        { key: 'inbox', label: t.inbox, to: '/letters/inbox' },
        ...(can('programs:manage') ? [{ key: 'books', label: t.books, to: '/letters/books' }] : []),
      ]}
    />
  );
}
