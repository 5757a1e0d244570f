// The committee as appointed: role, name and the title the appointment gives each member.
import type { CommitteeMember } from '../../api/awards-types.js';
import { thAwards } from '../../i18n/th-awards.js';
import { Table } from '../../ui/Table.js';

export function CommitteeTable({ members }: { members: CommitteeMember[] }) {
  const t = thAwards.committee;
  return (
    <Table<CommitteeMember>
      caption={t.title}
      captionHidden
      cards
      rows={members}
      rowKey={(m) => m.id}
      rowTestId="committee-row"
      empty={t.empty}
      testId="committee"
      columns={[
        { key: 'role', header: t.role, cell: (m) => thAwards.memberRole[m.role] },
        {
          key: 'name',
          header: t.name,
          cell: (m) => (
            <div>
              {m.person.fullName}
              {(!m.scores || !m.hasAccount) && (
                <span className="muted aw-note">
                  {[!m.scores && t.noScore, !m.hasAccount && t.noAccount].filter(Boolean).join(' · ')}
                </span>
              )}
            </div>
          ),
        },
        { key: 'title', header: t.position, cell: (m) => m.titleTh },
      ]}
    />
  );
}
