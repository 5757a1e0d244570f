// /requests/new: a province (or district) office builds a report form and sends it to its offices.
import { RequestBuilder } from '../features/requests/RequestBuilder.js';
import { useCurrentUnit, toRef } from '../features/org/current-unit.js';
import { thRequests } from '../i18n/th-requests.js';
import { Link } from '../router.js';
import { Page, Spinner } from '../ui/Page.js';

export function RequestNewPage() {
  const { current, scope, scopeLoaded } = useCurrentUnit();
  const issuing = (k: string) => k === 'province' || k === 'district';
  const issuer = current && issuing(current.kind) ? current : (scope.find((u) => issuing(u.kind)) ?? null);
  return (
    <Page title={thRequests.builder.title} before={<Link to="/requests">{thRequests.list.title}</Link>}>
      {!scopeLoaded ? (
        <Spinner />
      ) : issuer ? (
        <RequestBuilder key={issuer.id} issuer={toRef(issuer)} />
      ) : (
        <p className="muted">{thRequests.builder.noUnits}</p>
      )}
    </Page>
  );
}
