// One addressee's copy as it is printed: the merged parts, split into lines, with every digit in the
// letter's chosen script. The regulation encourages Thai digits, so they are the default; the e-mail
// address is the one part left as typed (a converted address would not work).
import { civilDate, formatThaiDate, fromThaiDigits, toThaiDigits } from '../../kernel/index.js';
import type { Enclosure, Urgency } from './letters.tables.js';
import type { TLetterDocument } from './letters.schemas.js';

export interface DocumentSource {
  circular: boolean;
  urgency: Urgency | null;
  office_name: string;
  office_address: string;
  subject: string;
  enclosures: Enclosure[];
  closing: string;
  signer_position: string;
  signer_acting_for: string | null;
  owner_unit: string;
  phone: string;
  email: string | null;
  thai_digits: boolean;
}

export interface SignerName {
  title: string;
  first_name: string;
  last_name: string;
}

/** The register number as printed: book code, "/", "ว " for a circular, running number. */
export function formatLetterNumber(
  c: { book_code: string; series: 'outgoing' | 'circular'; running_no: number },
  thaiDigits: boolean,
): string {
  const text = `${c.book_code}/${c.series === 'circular' ? 'ว ' : ''}${c.running_no}`;
  return thaiDigits ? toThaiDigits(text) : fromThaiDigits(text);
}

export function issuerLabel(kind: string, nameTh: string): string {
  if (kind === 'province') return `จังหวัด${nameTh}`;
  if (kind === 'district') return `อำเภอ${nameTh}`;
  return nameTh;
}

/** อ้างถึง composed from a registered copy: "หนังสือจังหวัดพะเยา ด่วนที่สุด ที่ … ลงวันที่ …". */
export function referenceFromCopy(r: {
  issuerKind: string;
  issuerName: string;
  urgency: string | null;
  number: string;
  letterDate: string;
}): string {
  const urgency = r.urgency ? ` ${r.urgency}` : '';
  return `หนังสือ${issuerLabel(r.issuerKind, r.issuerName)}${urgency} ที่ ${r.number} ลงวันที่ ${formatThaiDate(civilDate(r.letterDate))}`;
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function letterDocument(
  l: DocumentSource,
  copy: {
    number: string;
    letterDate: string | null;
    salutation: string;
    body: string[];
    reference: string | null;
    signer: SignerName;
  },
): TLetterDocument {
  const d = l.thai_digits ? toThaiDigits : fromThaiDigits;
  const position = [
    l.signer_acting_for ? `${l.signer_position} ปฏิบัติราชการแทน` : l.signer_position,
    ...(l.signer_acting_for ? [l.signer_acting_for] : []),
  ];
  return {
    number: d(copy.number),
    urgency: l.urgency,
    officeName: d(l.office_name),
    officeAddress: lines(l.office_address).map(d),
    // A draft has no date yet: it is the day the letter is issued.
    date: copy.letterDate ? formatThaiDate(civilDate(copy.letterDate), { thaiDigits: l.thai_digits }) : '',
    subject: d(l.subject),
    salutation: d(copy.salutation),
    reference: copy.reference ? d(copy.reference) : null,
    enclosures: l.enclosures.map((e) => ({ description: d(e.description), quantity: d(`${e.quantity} ${e.unit}`) })),
    body: copy.body.map(d),
    closing: l.closing,
    signerName: d(`${copy.signer.title}${copy.signer.first_name} ${copy.signer.last_name}`),
    signerPosition: position.map(d),
    ownerUnit: lines(l.owner_unit).map(d),
    phone: d(l.phone),
    email: l.email,
  };
}
