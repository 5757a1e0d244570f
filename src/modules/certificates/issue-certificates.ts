// Issuing certificates is a step inside another module's decision (an award's results released, an
// election's winners announced), so it runs in the caller's transaction and leaves permission
// checks to the caller. It is idempotent per recipient: releasing results twice, or retrying after a
// timeout, returns the certificates already issued instead of a second set with new codes.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { randomCrockford } from '../../kernel/random.js';
import { civilDate } from '../../kernel/dates.js';
import { AppError, validationError, type FieldIssue } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { areaName, findUnit } from '../org/index.js';
import { certificatesOfSource, insertNewCertificates, personsExisting } from './certificates.repository.js';
import { toCertificate } from './certificates.mappers.js';
import type { TCertificate } from './certificates.schemas.js';
import type { CertificateSourceKind } from './certificates.tables.js';

export interface CertificateRecipient {
  /** Unique within the source, e.g. `${nominationId}:staff` or `${categoryCode}:${personId}`. */
  key: string;
  /** Full Thai name with title, e.g. 'นางสาวสิริภรณ์ ยงศิริ'. */
  recipientName: string;
  /** person.id when the recipient is a person record. */
  personId?: string | null;
  /** The line under the name, e.g. 'บุคคลต้นแบบด้านจิตอาสา'. */
  honour: string;
}

export interface IssueCertificatesInput {
  /** The award call or election the certificates are for. */
  source: { kind: CertificateSourceKind; id: string };
  /** The issuing office (org_unit id): the department, a province or a district office; a work group
   *  issues through its province office. */
  issuerUnitId: string;
  /** The programme, e.g. 'โครงการ … ประจำปีงบประมาณ พ.ศ. ๒๕๖๘'. */
  eventTitle: string;
  signer: { name: string; position: string };
  /** Civil date YYYY-MM-DD (CE); printed in the Buddhist era. */
  issuedOn: string;
  recipients: CertificateRecipient[];
}

const CODE_LENGTH = 12; // 60 random bits: far beyond guessing, still short enough to type
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const issue = (path: string, messageTh: string, messageEn: string): FieldIssue => ({ path, messageTh, messageEn });

function requireText(value: string, max: number, path: string, labelTh: string, issues: FieldIssue[]): string {
  const v = value.trim();
  if (!v) issues.push(issue(path, `กรุณาระบุ${labelTh}`, `${path} is required`));
  else if (v.length > max) issues.push(issue(path, `${labelTh}ยาวเกิน ${max} ตัวอักษร`, `${path} is too long`));
  return v;
}

/** The office name as printed on the certificate, or null if the unit has no office to issue from. */
function officeName(u: { kind: string; name_th: string; has_office: boolean }): string | null {
  if (u.kind === 'department') return u.name_th;
  if ((u.kind === 'province' || u.kind === 'district') && u.has_office) {
    return `สำนักงานพัฒนาชุมชน${areaName(u.kind, u.name_th)}`;
  }
  return null;
}

export async function issueCertificates(
  ctx: UseCaseContext,
  trx: Transaction<DB>,
  input: IssueCertificatesInput,
): Promise<TCertificate[]> {
  const issues: FieldIssue[] = [];
  const { kind, id: sourceId } = input.source;
  if (kind !== 'award' && kind !== 'vote') {
    issues.push(issue('source.kind', 'ประเภทที่มาของเกียรติบัตรไม่ถูกต้อง', 'source.kind must be award or vote'));
  }
  if (!UUID.test(sourceId)) issues.push(issue('source.id', 'รหัสที่มาของเกียรติบัตรไม่ถูกต้อง', 'source.id must be a uuid'));
  const eventTitle = requireText(input.eventTitle, 500, 'eventTitle', 'ชื่อโครงการหรือกิจกรรม', issues);
  const signerName = requireText(input.signer.name, 200, 'signer.name', 'ชื่อผู้ลงนาม', issues);
  const signerPosition = requireText(input.signer.position, 300, 'signer.position', 'ตำแหน่งผู้ลงนาม', issues);
  let issuedOn = input.issuedOn;
  try {
    issuedOn = civilDate(input.issuedOn);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    issues.push(issue('issuedOn', err.messageTh, err.message));
  }
  if (input.recipients.length === 0) {
    issues.push(issue('recipients', 'กรุณาระบุผู้รับเกียรติบัตรอย่างน้อย 1 คน', 'At least one recipient is required'));
  }
  const seen = new Set<string>();
  const recipients = input.recipients.map((r, i) => {
    const key = requireText(r.key, 200, `recipients[${i}].key`, 'รหัสผู้รับ', issues);
    if (seen.has(key)) issues.push(issue(`recipients[${i}].key`, `ผู้รับรหัส ${key} ซ้ำกัน`, `Duplicate key ${key}`));
    seen.add(key);
    if (r.personId && !UUID.test(r.personId)) {
      issues.push(issue(`recipients[${i}].personId`, 'รหัสบุคคลไม่ถูกต้อง', 'personId must be a uuid'));
    }
    return {
      key,
      personId: r.personId || null,
      recipientName: requireText(r.recipientName, 200, `recipients[${i}].recipientName`, 'ชื่อผู้รับ', issues),
      honour: requireText(r.honour, 300, `recipients[${i}].honour`, 'รางวัลหรือเกียรติที่ได้รับ', issues),
    };
  });
  // A work group organises but does not issue: its province office does, under its own name.
  const given = await findUnit(trx, input.issuerUnitId);
  const issuer = given?.kind === 'work_group' && given.parent_id ? await findUnit(trx, given.parent_id) : given;
  const issuerNameTh = issuer ? officeName(issuer) : null;
  if (!issuer || !issuerNameTh) {
    issues.push(
      issue(
        'issuerUnitId',
        'หน่วยงานที่ออกเกียรติบัตรต้องเป็นกรมการพัฒนาชุมชน หรือสำนักงานพัฒนาชุมชนจังหวัดหรืออำเภอ',
        'The issuer must be the department or a province or district office',
      ),
    );
  }
  const personIds = [...new Set(recipients.flatMap((r) => (r.personId && UUID.test(r.personId) ? [r.personId] : [])))];
  const known = new Set((await personsExisting(trx, personIds)).map((p) => p.id));
  recipients.forEach((r, i) => {
    if (r.personId && UUID.test(r.personId) && !known.has(r.personId)) {
      issues.push(issue(`recipients[${i}].personId`, 'ไม่พบบุคคลที่ระบุ', 'Unknown person'));
    }
  });
  if (issues.length) throw validationError(issues);

  const now = ctx.clock.now();
  // A code collision (2⁻⁶⁰ per pair) would fail the unique index and roll the caller back rather
  // than silently give two certificates one code.
  const inserted = await insertNewCertificates(
    trx,
    recipients.map((r) => ({
      code: randomCrockford(CODE_LENGTH),
      issuer_unit_id: issuer!.id,
      issuer_name_th: issuerNameTh!,
      source_kind: kind,
      source_id: sourceId,
      recipient_key: r.key,
      person_id: r.personId,
      recipient_name: r.recipientName,
      honour: r.honour,
      event_title: eventTitle,
      signer_name: signerName,
      signer_position: signerPosition,
      issued_on: issuedOn,
      created_by: ctx.actor.userId,
      created_at: now,
    })),
  );
  const existing = await certificatesOfSource(trx, kind, sourceId);
  const byKey = new Map(existing.map((r) => [r.recipient_key, r]));
  const byId = new Map(existing.map((r) => [r.id, r]));
  for (const { id } of inserted) {
    const row = byId.get(id)!;
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'certificate.issue',
      entityType: 'certificate',
      entityId: id,
      orgUnitId: row.issuer_unit_id,
      after: {
        code: row.code,
        sourceKind: kind,
        sourceId,
        recipientKey: row.recipient_key,
        recipientName: row.recipient_name,
        honour: row.honour,
      },
      requestId: ctx.requestId,
    });
  }
  return recipients.map((r) => toCertificate(byKey.get(r.key)!));
}
