// Shapes of the letters API (src/modules/letters/letters.schemas.ts), as the UI sees them.
import type { OrgUnitKind } from './types.js';

export const URGENCIES = ['ด่วน', 'ด่วนมาก', 'ด่วนที่สุด'] as const;
export type Urgency = (typeof URGENCIES)[number];

export interface UnitRefDto {
  id: string;
  nameTh: string;
  kind: OrgUnitKind;
}

export interface Enclosure {
  description: string;
  quantity: number;
  unit: string;
}

export interface LetterDraftInput {
  issuingUnitId: string;
  circular: boolean;
  urgency: Urgency | null;
  officeName: string;
  officeAddress: string;
  subject: string;
  salutation: string;
  referenceText: string | null;
  enclosures: Enclosure[];
  body: string[];
  closing: string;
  signerPersonId: string | null;
  signerPosition: string;
  signerActingFor: string | null;
  ownerUnit: string;
  phone: string;
  email: string | null;
  thaiDigits: boolean;
  addresseeIds: string[];
}

export interface StoredFile {
  id: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  createdAt: string;
}

export interface LetterCopySummary {
  id: string;
  letterId: string;
  number: string;
  year: number;
  series: 'outgoing' | 'circular';
  runningNo: number;
  letterDate: string;
  subject: string;
  issuingUnit: UnitRefDto;
  addressee: UnitRefDto;
  status: 'issued' | 'cancelled';
  cancelReason: string | null;
  receivedNo: number | null;
  receivedAt: string | null;
}

export interface Letter extends Omit<LetterDraftInput, 'issuingUnitId' | 'signerPersonId' | 'addresseeIds'> {
  id: string;
  status: 'draft' | 'issued';
  issuingUnit: UnitRefDto;
  bookCode: string | null;
  referenceCopyId: string | null;
  signer: { personId: string; fullName: string };
  letterDate: string | null;
  issuedAt: string | null;
  addressees: UnitRefDto[];
  copies: LetterCopySummary[];
  attachments: StoredFile[];
}

export interface LetterSummary {
  id: string;
  status: 'draft' | 'issued';
  issuingUnit: UnitRefDto;
  subject: string;
  circular: boolean;
  letterDate: string | null;
  createdAt: string;
  addresseeCount: number;
  copies: LetterCopySummary[];
}

export interface LetterDocument {
  number: string;
  urgency: string | null;
  officeName: string;
  officeAddress: string[];
  date: string;
  subject: string;
  salutation: string;
  reference: string | null;
  enclosures: { description: string; quantity: string }[];
  body: string[];
  closing: string;
  signerName: string;
  signerPosition: string[];
  ownerUnit: string[];
  phone: string;
  email: string | null;
}

export interface LetterCopy extends LetterCopySummary {
  document: LetterDocument;
  attachments: StoredFile[];
}

export interface LetterPreview {
  addressee: UnitRefDto;
  document: LetterDocument;
  copies: number;
}

export interface Inbox {
  unit: UnitRefDto;
  items: LetterCopySummary[];
}

/** A unit's book code (รหัสหนังสือ); `configured` is false where it is the derived default or missing. */
export interface LetterBook {
  orgUnitId: string;
  bookCode: string | null;
  configured: boolean;
}
