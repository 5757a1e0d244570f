// The verified certificate as a phone shows it: the verdict first (valid or revoked, in words and
// colour), then what the paper should say, so the holder can compare the two line by line.
import type { PublicCertificate } from '../../api/certificates-types.js';
import { thCertificates } from '../../i18n/th-certificates.js';
import { thaiDate } from '../savings/dates.js';
import { groupCode } from './code.js';

const t = thCertificates.verify;

export function CertificateCard({ certificate: c }: { certificate: PublicCertificate }) {
  const revoked = c.status === 'revoked';
  return (
    <article className={`cert-card${revoked ? ' cert-card--revoked' : ''}`} data-testid="certificate-card">
      <div className="cert-card__verdict" role="status" data-testid="certificate-verdict">
        <span className="cert-card__icon" aria-hidden="true">
          {revoked ? '✕' : '✓'}
        </span>
        <div>
          <p className="cert-card__verdict-title">{revoked ? t.revokedTitle : t.validTitle}</p>
          <p>{revoked ? t.revokedText(c.issuerNameTh, thaiDate(c.revokedOn)) : t.validText(c.issuerNameTh)}</p>
        </div>
      </div>
      <dl className="cert-card__facts">
        <div>
          <dt>{t.recipient}</dt>
          <dd className="cert-card__name">{c.recipientName}</dd>
        </div>
        <div>
          <dt>{t.honour}</dt>
          <dd className="cert-card__honour">{c.honour}</dd>
        </div>
        <div>
          <dt>{t.event}</dt>
          <dd>{c.eventTitle}</dd>
        </div>
        <div>
          <dt>{t.issuer}</dt>
          <dd>{c.issuerNameTh}</dd>
        </div>
        <div>
          <dt>{t.signer}</dt>
          <dd>
            {c.signerName}
            <br />
            {c.signerPosition}
          </dd>
        </div>
        <div>
          <dt>{t.issuedOn}</dt>
          <dd>{thaiDate(c.issuedOn)}</dd>
        </div>
        <div>
          <dt>{t.code}</dt>
          <dd className="cert-card__code">{groupCode(c.code)}</dd>
        </div>
      </dl>
    </article>
  );
}
