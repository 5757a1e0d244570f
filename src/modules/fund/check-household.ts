// Shared by registering and editing a household: the village must lie in a district the actor
// surveys for, within the fund's province; the head's ID must be a real citizen ID; a TPMAP
// household names what it fails, and every household is a target one (TPMAP or vulnerable).
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { civilDate } from '../../kernel/dates.js';
import { AppError, validationError, type FieldIssue } from '../../kernel/errors.js';
import { isValidThaiId, normalizeThaiId } from '../../kernel/thai-id.js';
import type { UseCaseContext } from '../../server/context.js';
import { areaName } from '../org/index.js';
import { surveysIn } from './fund-access.js';
import type { FundRow } from './fund.repository.js';
import { villageWithDistrict } from './household.repository.js';
import type { THouseholdInput } from './household.schemas.js';

export interface CheckedHousehold {
  districtId: string;
  districtPath: string;
  thaiId: string;
  surveyedOn: string;
}

export async function checkHousehold(
  trx: Transaction<DB>,
  ctx: UseCaseContext,
  fund: FundRow,
  input: THouseholdInput,
): Promise<CheckedHousehold> {
  const found = await villageWithDistrict(trx, input.villageId);
  if (!found || found.village.kind !== 'village' || !found.district || !found.village.path.startsWith(fund.org_path)) {
    throw validationError([
      {
        path: 'villageId',
        messageTh: 'ไม่พบหมู่บ้านที่ระบุในจังหวัดของกองทุนนี้',
        messageEn: 'No such village in the fund’s province',
      },
    ]);
  }
  const { village, district } = found;
  if (!surveysIn(ctx.actor, district.path)) {
    const place = village.village_no ? `หมู่ที่ ${village.village_no} ${village.name_th}` : village.name_th;
    const messageTh = `${place} อยู่ใน${areaName('district', district.name_th)} ซึ่งไม่ใช่เขตอำเภอของท่าน จึงลงทะเบียนหรือแก้ไขครัวเรือนนี้ไม่ได้`;
    throw new AppError({
      code: 'household_outside_scope',
      kind: 'forbidden',
      messageTh,
      messageEn: 'The village lies outside the districts you survey',
      issues: [{ path: 'villageId', messageTh, messageEn: 'Outside your district' }],
    });
  }
  const issues: FieldIssue[] = [];
  const thaiId = normalizeThaiId(input.head.thaiId);
  if (!isValidThaiId(thaiId)) {
    issues.push({
      path: 'head.thaiId',
      messageTh: 'เลขประจำตัวประชาชนของหัวหน้าครัวเรือนไม่ถูกต้อง (ต้องมี 13 หลักและเลขตรวจสอบถูกต้อง)',
      messageEn: 'Invalid Thai citizen ID',
    });
  }
  if (input.tpmap && input.failedIndicators.length === 0) {
    issues.push({
      path: 'failedIndicators',
      messageTh: 'ครัวเรือนตกเกณฑ์ TPMAP ต้องระบุตัวชี้วัดความจำเป็นพื้นฐานที่ไม่ผ่านอย่างน้อยหนึ่งข้อ',
      messageEn: 'A TPMAP household names the indicators it fails',
    });
  }
  if (!input.tpmap && input.vulnerability === null) {
    issues.push({
      path: 'vulnerability',
      messageTh: 'ครัวเรือนเป้าหมายต้องตกเกณฑ์ TPMAP หรือเป็นครัวเรือนเปราะบาง ยากจน หรือด้อยโอกาส',
      messageEn: 'A target household fails TPMAP or is vulnerable, poor or disadvantaged',
    });
  }
  if (issues.length) throw validationError(issues);
  return { districtId: district.id, districtPath: district.path, thaiId, surveyedOn: civilDate(input.surveyedOn) };
}

export const duplicateHead = (no: number) => {
  const messageTh = `หัวหน้าครัวเรือนเลขประจำตัวนี้ลงทะเบียนไว้แล้ว (ครัวเรือนเลขที่ ${no})`;
  return new AppError({
    code: 'household_exists',
    kind: 'conflict',
    messageTh,
    messageEn: 'This household head is already registered',
    issues: [{ path: 'head.thaiId', messageTh, messageEn: 'Already registered' }],
  });
};
