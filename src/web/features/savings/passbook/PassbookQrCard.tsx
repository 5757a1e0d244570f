// On the member's page: the treasurer creates (or replaces) the member's passbook QR to print.
import { useState } from 'react';
import { errorMessageTh } from '../../../api/client.js';
import { passbookApi, type PassbookLink } from '../../../api/passbook.js';
import { thPassbook as t } from '../../../i18n/th-passbook.js';
import { Alert } from '../../../ui/Alert.js';
import { Button } from '../../../ui/Button.js';
import { Card } from '../../../ui/Page.js';

export function PassbookQrCard({
  groupId,
  memberNo,
  fullName,
}: {
  groupId: string;
  memberNo: number;
  fullName: string;
}) {
  const [link, setLink] = useState<PassbookLink | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const issue = async () => {
    setBusy(true);
    setError(null);
    try {
      setLink(await passbookApi.issue(groupId, memberNo));
    } catch (e) {
      setError(errorMessageTh(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t.card}>
      <p className="muted">{t.cardIntro}</p>
      {error && <Alert tone="error">{error}</Alert>}
      {link && (
        <figure className="passbook-qr" data-testid="passbook-qr">
          <img src={link.qrDataUrl} alt={t.qrAlt(fullName)} width={200} height={200} />
          <figcaption>
            <a href={link.url} data-testid="passbook-url">
              {link.url}
            </a>
          </figcaption>
        </figure>
      )}
      <div className="row-actions">
        <Button onClick={issue} busy={busy} data-testid="passbook-issue">
          {link ? t.reissue : t.issue}
        </Button>
        {link && <Button onClick={() => window.print()}>{t.print}</Button>}
      </div>
    </Card>
  );
}
