import type { LetterRow } from './letters.repository.js';
import type { TLetterDraftRequest } from './letters.schemas.js';

/** A stored draft as the request that would save it again, so issuing re-runs the same checks. */
export function draftRequestOf(l: LetterRow, addressees: { id: string }[]): TLetterDraftRequest {
  return {
    issuingUnitId: l.issuing_unit_id,
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
    signerPersonId: l.signer_person_id,
    signerPosition: l.signer_position,
    signerActingFor: l.signer_acting_for,
    ownerUnit: l.owner_unit,
    phone: l.phone,
    email: l.email,
    thaiDigits: l.thai_digits,
    addresseeIds: addressees.map((a) => a.id),
  };
}
