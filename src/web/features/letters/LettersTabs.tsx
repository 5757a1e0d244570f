import { thLetters } from '../../i18n/th-letters.js';
import { Tabs } from '../../ui/Tabs.js';

/** The one "หนังสือราชการ" entry: the outgoing register and this unit's received letters. */
export function LettersTabs({ active }: { active: 'outgoing' | 'inbox' }) {
  const t = thLetters.tabs;
  return (
    <Tabs
      label={t.label}
      active={active}
      items={[
        { key: 'outgoing', label: t.outgoing, to: '/letters' },
        { key: 'inbox', label: t.inbox, to: '/letters/inbox' },
      ]}
    />
  );
}
