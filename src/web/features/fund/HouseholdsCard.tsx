// The households the viewer may read (their own district's, or every district's for the fund
// officers), as the API lists them: the citizen ID masked.
import type { HouseholdSummary } from '../../api/fund-types.js';
import { fundApi } from '../../api/fund.js';
import { thFund } from '../../i18n/th-fund.js';
import { Link } from '../../router.js';
import { LinkButton } from '../../ui/Button.js';
import { Card } from '../../ui/Page.js';
import { Table } from '../../ui/Table.js';

export function HouseholdsCard({
  fundId,
  items,
  canRegister,
}: {
  fundId: string;
  items: HouseholdSummary[];
  canRegister: boolean;
}) {
  const t = thFund.households;
  const target = (h: HouseholdSummary) =>
    [h.tpmap ? t.tpmap : '', h.vulnerability ? t.vulnerability[h.vulnerability] : ''].filter(Boolean).join(', ');
  return (
    <Card title={t.title}>
      <p className="field__hint">{t.note}</p>
      {canRegister && (
        <p>
          <LinkButton to={`/fund/${fundId}/households/new`} variant="primary" data-testid="register-household">
            {t.register}
          </LinkButton>
        </p>
      )}
      <Table
        caption={t.title}
        captionHidden
        cards
        testId="household-list"
        rowTestId="household-row"
        rows={items}
        rowKey={(h) => h.id}
        empty={t.empty}
        columns={[
          { key: 'district', header: t.district, cell: (h) => h.district.nameTh },
          {
            key: 'address',
            header: t.address,
            cell: (h) => t.address_(h.houseNo, h.village.villageNo, h.village.nameTh),
          },
          {
            key: 'head',
            header: t.head,
            cell: (h) => <Link to={`/fund/${fundId}/households/${h.id}`}>{h.headName}</Link>,
          },
          { key: 'id', header: t.thaiId, className: 'num', cell: (h) => h.headThaiIdMasked },
          { key: 'target', header: t.target, cell: target },
        ]}
      />
      {items.length > 0 && (
        <p>
          <a className="btn btn--secondary btn--small" href={fundApi.householdsXlsxUrl(fundId)}>
            {t.export}
          </a>
        </p>
      )}
    </Card>
  );
}
