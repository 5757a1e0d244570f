// Every rule a letter draft must meet, checked together so the author sees all problems at once;
// used when saving, previewing and again when issuing (a unit or person may have changed since).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { validationError, type FieldIssue } from '../../kernel/errors.js';
import { canAt, type Actor } from '../access/index.js';
import { canReadCopy } from './letter-access.js';
import { formatLetterNumber, referenceFromCopy, type SignerName } from './letter-document.js';
import { copyRows, findPerson, findUnit, mergeUnits, type UnitRow } from './letters.repository.js';
import type { TLetterDraftRequest } from './letters.schemas.js';
import { mergeText, unknownPlaceholderIssues, type MergeUnit } from './merge.js';

export interface MergedCopy {
  unit: MergeUnit;
  salutation: string;
  body: string[];
}

export interface CheckedDraft {
  unit: UnitRow;
  input: TLetterDraftRequest & { body: string[]; addresseeIds: string[] };
  signer: SignerName;
  /** อ้างถึง as printed: the typed text, or composed from the referenced registered copy. */
  reference: string | null;
  copies: MergedCopy[];
}

const issue = (path: string, messageTh: string, messageEn: string): FieldIssue => ({ path, messageTh, messageEn });

const REQUIRED: [keyof TLetterDraftRequest, string][] = [
  ['officeName', 'กรุณากรอกชื่อส่วนราชการเจ้าของหนังสือ'],
  ['officeAddress', 'กรุณากรอกที่ตั้งของส่วนราชการเจ้าของหนังสือ'],
  ['subject', 'กรุณากรอกเรื่อง'],
  ['salutation', 'กรุณากรอกคำขึ้นต้น (เรียน)'],
  ['closing', 'กรุณากรอกคำลงท้าย'],
  ['signerPosition', 'กรุณากรอกตำแหน่งผู้ลงนาม'],
  ['ownerUnit', 'กรุณากรอกส่วนราชการเจ้าของเรื่อง'],
  ['phone', 'กรุณากรอกหมายเลขโทรศัพท์'],
];

export async function checkDraft(db: Kysely<DB>, actor: Actor, raw: TLetterDraftRequest): Promise<CheckedDraft> {
  const input = {
    ...raw,
    body: raw.body.filter((p) => p.length > 0),
    addresseeIds: [...new Set(raw.addresseeIds)],
  };
  const issues: FieldIssue[] = [];
  for (const [field, th] of REQUIRED) {
    if (!input[field]) issues.push(issue(field, th, `${field} is required`));
  }
  if (input.body.length === 0)
    issues.push(issue('body', 'กรุณากรอกข้อความของหนังสืออย่างน้อยหนึ่งย่อหน้า', 'At least one paragraph'));
  input.enclosures.forEach((e, i) => {
    if (!e.description)
      issues.push(issue(`enclosures.${i}.description`, 'กรุณากรอกรายการสิ่งที่ส่งมาด้วย', 'Describe the enclosure'));
    if (!e.unit) issues.push(issue(`enclosures.${i}.unit`, 'กรุณากรอกหน่วยนับ (เช่น ชุด ฉบับ)', 'Enclosure unit'));
  });
  if (input.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email))
    issues.push(issue('email', 'รูปแบบอีเมลไม่ถูกต้อง', 'Invalid e-mail address'));

  const unit = await findUnit(db, input.issuingUnitId);
  if (!unit) issues.push(issue('issuingUnitId', 'ไม่พบหน่วยงานที่ออกหนังสือ', 'Unknown issuing unit'));

  let signer: SignerName | undefined;
  if (!input.signerPersonId) {
    issues.push(issue('signerPersonId', 'กรุณาเลือกผู้ลงนาม', 'Choose the signer'));
  } else {
    const p = await findPerson(db, input.signerPersonId);
    // A letter may only carry the name of someone the author can see in the people records.
    if (p && canAt(actor, 'programs:read', p.path)) signer = p;
    else issues.push(issue('signerPersonId', 'ไม่พบผู้ลงนามที่เลือก', 'Signer not found'));
  }

  const reference = await checkReference(db, actor, input, issues);

  let addressees: MergeUnit[] = [];
  if (input.addresseeIds.length === 0) {
    issues.push(issue('addresseeIds', 'กรุณาเลือกผู้รับอย่างน้อยหนึ่งหน่วยงาน', 'Choose at least one addressee'));
  } else {
    addressees = await mergeUnits(db, input.addresseeIds);
    const found = new Set(addressees.map((a) => a.id));
    const missing = input.addresseeIds.filter((id) => !found.has(id));
    if (missing.length > 0)
      issues.push(issue('addresseeIds', `ไม่พบหน่วยงานผู้รับ: ${missing.join(', ')}`, `Unknown units ${missing.join()}`));
  }

  const templates = [
    { path: 'salutation', text: input.salutation },
    ...input.body.map((text, i) => ({ path: `body.${i}`, text })),
  ];
  const unknown = unknownPlaceholderIssues(templates);
  issues.push(...unknown);
  const copies: MergedCopy[] = [];
  if (unknown.length === 0) {
    const seen = new Set<string>();
    for (const a of addressees) {
      const merged = templates.map((t) => mergeText(t.text, a, t.path));
      for (const m of merged) {
        // One message per field is enough: the next addressee would fail the same way.
        if ('issue' in m && !seen.has(m.issue.path)) {
          seen.add(m.issue.path);
          issues.push(m.issue);
        }
      }
      const texts = merged.map((m) => ('text' in m ? m.text : ''));
      copies.push({ unit: a, salutation: texts[0]!, body: texts.slice(1) });
    }
  }
  if (issues.length > 0 || !unit || !signer) throw validationError(issues);
  return { unit, input, signer, reference, copies };
}

async function checkReference(
  db: Kysely<DB>,
  actor: Actor,
  input: TLetterDraftRequest,
  issues: FieldIssue[],
): Promise<string | null> {
  if (!input.referenceCopyId) return input.referenceText ?? null;
  if (input.referenceText) {
    issues.push(
      issue(
        'referenceCopyId',
        'เลือกหนังสือที่อ้างถึงจากทะเบียน หรือพิมพ์ข้อความอ้างถึง อย่างใดอย่างหนึ่ง',
        'Give either referenceCopyId or referenceText',
      ),
    );
    return null;
  }
  const ref = await copyRows(db).select('l.urgency').where('c.id', '=', input.referenceCopyId).executeTakeFirst();
  if (!ref || !canReadCopy(actor, ref)) {
    issues.push(issue('referenceCopyId', 'ไม่พบหนังสือที่อ้างถึงในทะเบียน', 'Referenced letter not found'));
    return null;
  }
  if (ref.status === 'cancelled') {
    issues.push(issue('referenceCopyId', 'หนังสือที่อ้างถึงถูกยกเลิกเลขแล้ว', 'Referenced letter was cancelled'));
    return null;
  }
  return referenceFromCopy({
    issuerKind: ref.issuing_kind,
    issuerName: ref.issuing_name,
    urgency: ref.urgency,
    number: formatLetterNumber(ref, false),
    letterDate: ref.letter_date!,
  });
}
