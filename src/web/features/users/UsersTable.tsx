// The accounts list: who, where, which roles over which units, and whether they may log in. On a
// phone each account is a card.
import type { UserSummary } from '../../api/types.js';
import { th } from '../../i18n/th.js';
import { Link } from '../../router.js';
import { Button } from '../../ui/Button.js';
import { Table, type Column } from '../../ui/Table.js';
import { unitNameById } from '../org/labels.js';

interface UsersTableProps {
  rows: UserSummary[];
  busy: boolean;
  /** The logged-in user's account id: no actions on one's own account. */
  selfId: string;
  onEditRoles: (u: UserSummary) => void;
  onToggleActive: (u: UserSummary) => void;
}

/** The row's "แก้ไขสิทธิ์" button, where focus returns when the role form closes. */
export const editButtonId = (userId: string) => `user-edit-${userId}`;

export function UsersTable({ rows, busy, selfId, onEditRoles, onToggleActive }: UsersTableProps) {
  const t = th.users;
  const columns: Column<UserSummary>[] = [
    {
      key: 'name',
      header: t.colName,
      className: 'col-primary col-person',
      cell: (u) => (
        <Link to={`/people/${encodeURIComponent(u.personId)}`} className="strong-link">
          {u.fullName}
        </Link>
      ),
    },
    { key: 'username', header: t.colUsername, className: 'col-mono', cell: (u) => <code>{u.username}</code> },
    { key: 'unit', header: t.colUnit, cell: (u) => unitNameById(u.orgUnitId, u.orgUnitNameTh) },
    {
      key: 'roles',
      header: t.colRoles,
      cell: (u) =>
        u.roles.length ? (
          <ul className="tags tags--stack" data-testid="user-roles">
            {u.roles.map((r) => (
              <li key={`${r.role}@${r.orgUnitId}`} className="tag tag--role">
                {r.roleNameTh}
                <span className="tag__unit"> · {unitNameById(r.orgUnitId, r.orgUnitNameTh)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">{t.noRoles}</span>
        ),
    },
    {
      key: 'status',
      header: t.colStatus,
      cell: (u) => (
        <span className={`status ${u.isActive ? 'status--on' : 'status--off'}`} data-testid="user-status">
          {u.isActive ? t.active : t.suspended}
        </span>
      ),
    },
    {
      key: 'actions',
      header: t.colActions,
      cell: (u) =>
        u.id === selfId ? (
          <span className="muted">{t.self}</span>
        ) : (
          <div className="row-actions">
            <Button small id={editButtonId(u.id)} onClick={() => onEditRoles(u)} data-testid="user-edit-roles">
              {t.editRoles}
              <span className="visually-hidden"> {u.username}</span>
            </Button>
            <Button small onClick={() => onToggleActive(u)} data-testid="user-toggle-active">
              {u.isActive ? t.suspend : t.activate}
              <span className="visually-hidden"> {u.username}</span>
            </Button>
          </div>
        ),
    },
  ];
  return (
    <Table
      caption={t.caption}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(u) => u.id}
      rowTestId="user-row"
      testId="users-table"
      busy={busy}
      empty={busy ? null : t.empty}
      cards
    />
  );
}
