import type { OrgUnit } from '../../api/types.js';
import { th } from '../../i18n/th.js';
import { Link } from '../../router.js';
import { Table } from '../../ui/Table.js';
import { kindLabel, unitDetail } from './labels.js';

/** Units with their kind, English name (smaller) and province letter prefix / village number. */
export function OrgUnitTable({ units, caption, busy }: { units: OrgUnit[]; caption: string; busy?: boolean }) {
  return (
    <Table
      caption={caption}
      captionHidden
      cards
      busy={busy ?? false}
      rows={units}
      rowKey={(u) => u.id}
      rowTestId="org-unit-row"
      testId="org-units-table"
      empty={th.org.noChildren}
      columns={[
        {
          key: 'name',
          header: th.org.colName,
          className: 'col-primary',
          cell: (u) => (
            <>
              <Link to={`/org/${encodeURIComponent(u.id)}`} className="strong-link" lang="th">
                {u.nameTh}
              </Link>
              {u.nameEn && (
                <span className="name-en" lang="en">
                  {u.nameEn}
                </span>
              )}
            </>
          ),
        },
        {
          key: 'kind',
          header: th.org.colKind,
          cell: (u) => <span className={`kind kind--${u.kind}`}>{kindLabel(u)}</span>,
        },
        {
          key: 'detail',
          header: th.org.colDetail,
          cell: (u) => {
            const parts = [
              u.kind === 'village' && u.villageNo ? th.org.villageNo(u.villageNo) : '',
              unitDetail(u),
              u.childCount > 0 ? th.org.childCount(u.childCount) : '',
              u.hasOffice ? th.org.hasOffice : '',
            ].filter(Boolean);
            return parts.length ? parts.join(' · ') : th.common.none;
          },
        },
        { key: 'code', header: th.org.codeHeader, className: 'col-mono', cell: (u) => u.id },
      ]}
    />
  );
}
