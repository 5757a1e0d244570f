import type { MatrixStatus } from '../../api/requests-types.js';
import { thRequests } from '../../i18n/th-requests.js';
import './requests.css';

/** A unit's report status: a coloured badge that always carries its Thai word. */
export function StatusBadge({ status }: { status: MatrixStatus }) {
  return (
    <span className={`rq-status rq-status--${status}`} data-status={status}>
      {thRequests.matrixStatus[status]}
    </span>
  );
}
