// The winners once the viewer may see them, and their certificates: the PDF for the organising
// office (the certificates module reads by the issuer's scope) and the public verification page.
import { useState } from 'react';
import { errorMessageTh } from '../../api/client.js';
import { awardsApi } from '../../api/awards.js';
import type { AwardCall, Certificate } from '../../api/awards-types.js';
import { thAwards } from '../../i18n/th-awards.js';
import { Link } from '../../router.js';
import { Alert } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Page.js';
import { thaiDate } from '../savings/dates.js';

interface Props {
  call: AwardCall;
  certificates: Certificate[] | null;
  onCertificates: (items: Certificate[]) => void;
}

export function WinnersCard({ call, certificates, onCertificates }: Props) {
  const t = thAwards.winners;
  const c = thAwards.certificates;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!call.winners) return null;
  const releaser = call.viewer.organiser || call.viewer.member?.role === 'chair';
  const load = async () => {
    setBusy(true);
    setError(null);
    try {
      onCertificates((await awardsApi.certificates(call.id)).items);
    } catch (e) {
      setError(errorMessageTh(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t.title}>
      {call.status !== 'announced' && <Alert tone="info">{t.notYet}</Alert>}
      <ul className="aw-winners" data-testid="winners">
        {call.winners.map((w) => (
          <li key={`${w.categoryCode}:${w.place}`} data-testid="winner">
            <strong>
              {w.categoryNameTh} · {t.place(w.place)}
            </strong>
            <br />
            {w.unit.nameTh}
            {w.entryName && ` — ${w.entryName}`}
            <ul className="aw-nominees">
              {w.nominees.map((n) => (
                <li key={n.person.id}>{n.person.fullName}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {call.status === 'announced' && releaser && (
        <>
          <h3 className="aw-subtitle">{c.title}</h3>
          {error && <Alert tone="error">{error}</Alert>}
          {certificates === null ? (
            <Button small busy={busy} onClick={load} data-testid="show-certificates">
              {c.show}
            </Button>
          ) : certificates.length === 0 ? (
            <p className="muted">{c.none}</p>
          ) : (
            <ul className="aw-certs" data-testid="certificates">
              {certificates.map((x) => (
                <li key={x.id} data-testid="certificate">
                  <span>
                    {x.recipientName} · {thaiDate(x.issuedOn)}
                    {x.revokedAt && <strong> ({c.revoked})</strong>}
                  </span>
                  <span className="aw-certs__links">
                    {call.viewer.organiser && (
                      <a href={x.pdfPath} target="_blank" rel="noreferrer" data-testid="certificate-pdf">
                        {c.pdf}
                      </a>
                    )}
                    <Link to={x.verifyPath}>{c.verify}</Link>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Card>
  );
}
