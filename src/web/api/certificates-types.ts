// What the public verification endpoint answers: exactly what the printed certificate shows.
// Civil dates are 'YYYY-MM-DD' in the Common Era.
export interface PublicCertificate {
  code: string;
  recipientName: string;
  honour: string;
  eventTitle: string;
  issuerNameTh: string;
  signerName: string;
  signerPosition: string;
  issuedOn: string;
  status: 'valid' | 'revoked';
  revokedOn: string | null;
}
