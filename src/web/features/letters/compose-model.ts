// The compose form's state and its mapping to the API's draft request. Paragraphs are typed in
// one box, separated by a blank line; multi-line parts (address, owning unit) keep their lines.
import { fromThaiDigits, toThaiDigits } from '../../../kernel/thai-digits.js';
import type { Letter, LetterDraftInput, Urgency } from '../../api/letters-types.js';

export interface ComposeState {
  circular: boolean;
  urgency: Urgency | '';
  officeName: string;
  officeAddress: string;
  subject: string;
  salutation: string;
  referenceText: string;
  enclosures: { description: string; quantity: string; unit: string }[];
  body: string;
  closing: string;
  signerPersonId: string;
  signerPosition: string;
  signerActingFor: string;
  ownerUnit: string;
  phone: string;
  email: string;
  thaiDigits: boolean;
  addresseeIds: string[];
}

export const FIELDS = [
  'officeName',
  'officeAddress',
  'subject',
  'salutation',
  'referenceText',
  'referenceCopyId',
  'enclosures',
  'body',
  'closing',
  'signerPersonId',
  'signerPosition',
  'signerActingFor',
  'ownerUnit',
  'phone',
  'email',
  'addresseeIds',
  'issuingUnitId',
] as const;

export const emptyCompose = (): ComposeState => ({
  circular: false,
  urgency: '',
  officeName: '',
  officeAddress: '',
  subject: '',
  salutation: '',
  referenceText: '',
  enclosures: [],
  body: '',
  closing: 'ขอแสดงความนับถือ',
  signerPersonId: '',
  signerPosition: '',
  signerActingFor: '',
  ownerUnit: '',
  phone: '',
  email: '',
  thaiDigits: true,
  addresseeIds: [],
});

export function composeFromLetter(l: Letter): ComposeState {
  return {
    circular: l.circular,
    urgency: l.urgency ?? '',
    officeName: l.officeName,
    officeAddress: l.officeAddress,
    subject: l.subject,
    salutation: l.salutation,
    referenceText: l.referenceText ?? '',
    enclosures: l.enclosures.map((e) => ({ ...e, quantity: String(e.quantity) })),
    body: l.body.join('\n\n'),
    closing: l.closing,
    signerPersonId: l.signer.personId,
    signerPosition: l.signerPosition,
    signerActingFor: l.signerActingFor ?? '',
    ownerUnit: l.ownerUnit,
    phone: l.phone,
    email: l.email ?? '',
    thaiDigits: l.thaiDigits,
    addresseeIds: l.addressees.map((a) => a.id),
  };
}

export function toDraftInput(s: ComposeState, issuingUnitId: string): LetterDraftInput {
  return {
    issuingUnitId,
    circular: s.circular,
    urgency: s.urgency || null,
    officeName: s.officeName,
    officeAddress: s.officeAddress,
    subject: s.subject,
    salutation: s.salutation,
    referenceText: s.referenceText.trim() || null,
    enclosures: s.enclosures.map((e) => ({
      description: e.description,
      quantity: Number.parseInt(e.quantity, 10) || 1,
      unit: e.unit,
    })),
    body: s.body
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
      .filter(Boolean),
    closing: s.closing,
    signerPersonId: s.signerPersonId || null,
    signerPosition: s.signerPosition,
    signerActingFor: s.signerActingFor.trim() || null,
    ownerUnit: s.ownerUnit,
    phone: s.phone,
    email: s.email.trim() || null,
    thaiDigits: s.thaiDigits,
    addresseeIds: s.addresseeIds,
  };
}

/** How a number reads ("ลป ๐๐๑๙.๔/ว …"); without a running number (given only on issue) it shows "…". */
export function numberPattern(bookCode: string, circular: boolean, thaiDigits: boolean, runningNo?: number): string {
  const text = `${bookCode}/${circular ? 'ว ' : ''}${runningNo ?? '…'}`;
  return thaiDigits ? toThaiDigits(text) : fromThaiDigits(text);
}
