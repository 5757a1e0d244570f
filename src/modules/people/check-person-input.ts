// Domain checks shared by create, update and import: every problem is collected, then reported at
// once with the field it belongs to, before anything is written.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { validationError, type FieldIssue } from '../../kernel/errors.js';
import { isValidThaiId, normalizeThaiId } from '../../kernel/thai-id.js';
import { findUnit } from '../org/index.js';
import { existingCodes, findPersonIdByThaiId } from './people.repository.js';
import type { TPersonInput } from './people.schemas.js';

export interface CheckedPerson extends TPersonInput {
  thaiId: string | null;
  orgPath: string;
}

export async function checkPersonInput(
  db: Kysely<DB> | Transaction<DB>,
  input: TPersonInput,
  selfId?: string,
): Promise<{ value?: CheckedPerson; issues: FieldIssue[] }> {
  const issues: FieldIssue[] = [];
  let thaiId: string | null = null;
  if (input.thaiId) {
    const normalized = normalizeThaiId(input.thaiId);
    if (!isValidThaiId(normalized)) {
      issues.push({
        path: 'thaiId',
        messageTh: 'เลขประจำตัวประชาชนไม่ถูกต้อง (ต้องมี 13 หลักและเลขตรวจสอบถูกต้อง)',
        messageEn: 'Invalid Thai citizen ID',
      });
    } else {
      thaiId = normalized;
      const other = await findPersonIdByThaiId(db, normalized);
      if (other && other.id !== selfId) {
        issues.push({
          path: 'thaiId',
          messageTh: 'เลขประจำตัวประชาชนนี้มีในระบบแล้ว',
          messageEn: 'A person with this Thai ID already exists',
        });
      }
    }
  }
  const unit = await findUnit(db, input.orgUnitId);
  if (!unit) issues.push({ path: 'orgUnitId', messageTh: 'ไม่พบหน่วยงานที่ระบุ', messageEn: 'Unknown org unit' });
  if (input.positionCode && !(await existingCodes(db, 'position', [input.positionCode])).has(input.positionCode)) {
    issues.push({ path: 'positionCode', messageTh: 'ไม่พบตำแหน่งที่ระบุ', messageEn: 'Unknown position' });
  }
  const networks = [...new Set(input.networks)];
  const known = await existingCodes(db, 'network', networks);
  const unknown = networks.filter((n) => !known.has(n));
  if (unknown.length) {
    issues.push({
      path: 'networks',
      messageTh: `ไม่พบเครือข่าย: ${unknown.join(', ')}`,
      messageEn: `Unknown networks: ${unknown.join(', ')}`,
    });
  }
  if (issues.length || !unit) return { issues };
  return { value: { ...input, thaiId, networks, orgPath: unit.path }, issues };
}

export async function requireValidPerson(db: Kysely<DB> | Transaction<DB>, input: TPersonInput, selfId?: string) {
  const { value, issues } = await checkPersonInput(db, input, selfId);
  if (!value) throw validationError(issues);
  return value;
}
