// Database rows → API shapes for letters and their registered copies.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../kernel/errors.js';
import { storedFileMetas } from '../files/index.js';
import { bookCodeFor } from './book-code.js';
import { formatLetterNumber } from './letter-document.js';
import {
  addresseeRefs,
  attachmentIds,
  copyRows,
  findPerson,
  findUnit,
  letterRow,
  type CopyRow,
} from './letters.repository.js';
import type { TLetter, TLetterCopySummary } from './letters.schemas.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function toCopySummary(r: CopyRow): TLetterCopySummary {
  return {
    id: r.id,
    letterId: r.letter_id,
    number: formatLetterNumber(r, r.thai_digits),
    year: r.year,
    series: r.series,
    runningNo: r.running_no,
    letterDate: r.letter_date!,
    subject: r.subject,
    issuingUnit: { id: r.issuing_id, nameTh: r.issuing_name, kind: r.issuing_kind },
    addressee: { id: r.addressee_id, nameTh: r.addressee_name, kind: r.addressee_kind },
    status: r.status,
    cancelReason: r.cancel_reason,
    receivedNo: r.received_no,
    receivedAt: iso(r.received_at),
  };
}

/** The whole letter, no access check (callers have decided). */
export async function letterView(db: Kysely<DB>, id: string): Promise<TLetter> {
  const l = await letterRow(db, id);
  if (!l) throw notFound();
  const [addressees, copies, signer, unit, fileIds] = await Promise.all([
    addresseeRefs(db, [id]),
    copyRows(db).where('c.letter_id', '=', id).orderBy('c.running_no').execute(),
    findPerson(db, l.signer_person_id),
    findUnit(db, l.issuing_unit_id),
    attachmentIds(db, id),
  ]);
  return {
    id: l.id,
    status: l.status,
    issuingUnit: { id: l.issuing_unit_id, nameTh: l.issuing_name, kind: l.issuing_kind },
    bookCode: (await bookCodeFor(db, unit!)).bookCode,
    circular: l.circular,
    urgency: l.urgency,
    officeName: l.office_name,
    officeAddress: l.office_address,
    subject: l.subject,
    salutation: l.salutation,
    referenceText: l.reference_text,
    referenceCopyId: l.reference_copy_id,
    enclosures: l.enclosures,
    body: l.body,
    closing: l.closing,
    signer: {
      personId: l.signer_person_id,
      fullName: signer ? `${signer.title}${signer.first_name} ${signer.last_name}` : '',
    },
    signerPosition: l.signer_position,
    signerActingFor: l.signer_acting_for,
    ownerUnit: l.owner_unit,
    phone: l.phone,
    email: l.email,
    thaiDigits: l.thai_digits,
    letterDate: l.letter_date,
    issuedAt: iso(l.issued_at),
    addressees: addressees.map((a) => ({ id: a.id, nameTh: a.name_th, kind: a.kind })),
    copies: copies.map(toCopySummary),
    attachments: await storedFileMetas(db, fileIds),
  };
}
