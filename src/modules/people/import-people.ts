// Bulk import of people from a spreadsheet: every row is checked with the rules of a single create,
// plus the ones only a file can break (duplicates within it, rows outside the importer's scope).
// All or nothing: one issue anywhere and nothing is written, not even the audit record.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, type FieldIssue } from '../../kernel/errors.js';
import { isValidThaiId, normalizeThaiId } from '../../kernel/thai-id.js';
import type { UseCaseContext } from '../../server/context.js';
import { zodIssuesToFields } from '../../server/errors.js';
import { canAt, type Actor } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { findUnit } from '../org/index.js';
import { checkPersonInput, type CheckedPerson } from './check-person-input.js';
import { insertPerson } from './create-person.js';
import {
  COLUMN_KEYS,
  mapHeader,
  rowToRawInput,
  TEMPLATE_EXAMPLE,
  templateCsv,
  type ColumnKey,
} from './import-columns.js';
import { emptyFile, readSheetFile, type SheetRow } from '../../server/spreadsheet.js';
import { ZPersonInput, type TPersonInput } from './people.schemas.js';

export const MAX_IMPORT_ROWS = 5000;
/** Enough to fix a file by; a longer list only hides that the file is wrong throughout. */
export const MAX_REPORTED_ISSUES = 500;

export interface ImportPeopleRequest {
  fileName: string;
  bytes: Uint8Array;
  /** Used for rows whose orgUnitId cell is empty. */
  orgUnitId?: string | undefined;
}

const fileProblem = (code: string, messageTh: string, messageEn: string) =>
  new AppError({ code, kind: 'validation', messageTh, messageEn });

export async function importPeople(ctx: UseCaseContext, req: ImportPeopleRequest): Promise<{ imported: number }> {
  const all = await readSheetFile(req.bytes, req.fileName);
  const [header, ...data] = all.filter((r) => r.cells.some(Boolean)); // blank lines are not rows
  if (!header) throw emptyFile();
  if (!data.length) {
    throw fileProblem('import_no_rows', 'ไฟล์มีเฉพาะหัวคอลัมน์ ไม่มีแถวข้อมูลบุคคล', 'The file has a header but no data rows');
  }
  if (data.length > MAX_IMPORT_ROWS) {
    throw fileProblem(
      'import_too_many_rows',
      'ไฟล์มีข้อมูลเกิน 5,000 แถว กรุณาแบ่งไฟล์',
      `More than ${MAX_IMPORT_ROWS} data rows; split the file`,
    );
  }
  const defaultUnit = req.orgUnitId?.trim() || undefined;
  const { columns, issues: headerIssues } = mapHeader(header, data, !!defaultUnit);
  if (headerIssues.length) throw rowsInvalid(headerIssues);

  return ctx.db.transaction().execute(async (trx) => {
    if (defaultUnit) await requireDefaultUnit(trx, ctx.actor, defaultUnit);
    const people: CheckedPerson[] = [];
    const issues: FieldIssue[] = [];
    const unitPaths = new Map<string, string | null>();
    const seenIds = new Map<string, number>();
    for (const row of data) {
      const checked = await checkRow(trx, ctx.actor, row, columns, defaultUnit, unitPaths, seenIds);
      issues.push(...checked.issues);
      if (checked.value) people.push(checked.value);
    }
    if (issues.length) throw rowsInvalid(issues);

    const by = { actorUserId: ctx.actor.userId, requestId: ctx.requestId };
    for (const person of people) await insertPerson(trx, by, person);
    await recordAudit(trx, {
      ...by,
      action: 'person.import',
      entityType: 'import',
      entityId: randomUUID(),
      orgUnitId: commonUnit(people.map((p) => p.orgPath)),
      after: { fileName: req.fileName, rows: people.length },
    });
    return { imported: people.length };
  });
}

type RowCheck = { value?: CheckedPerson; issues: FieldIssue[] };

async function checkRow(
  trx: Transaction<DB>,
  actor: Actor,
  row: SheetRow,
  columns: readonly (ColumnKey | undefined)[],
  defaultUnit: string | undefined,
  unitPaths: Map<string, string | null>,
  seenIds: Map<string, number>,
): Promise<RowCheck> {
  const raw = rowToRawInput(row, columns, defaultUnit);
  const shape = ZPersonInput.safeParse(raw);
  const shapeIssues = shape.success ? [] : zodIssuesToFields(shape.error.issues);
  // Domain checks run even on a malformed row, so one upload reports every problem in it. They read
  // only thaiId, orgUnitId, positionCode and networks, which the raw row already holds in that shape.
  const domain = await checkPersonInput(trx, shape.success ? shape.data : (raw as unknown as TPersonInput));
  const issues: FieldIssue[] = [];
  const reported = new Set<string>();
  const add = (i: FieldIssue) => {
    const key = columnOf(i.path);
    if (key && reported.has(key)) return; // the first problem per cell is enough to fix it
    if (key) reported.add(key);
    issues.push({ ...i, path: key ? `row ${row.rowNumber}, column ${key}` : `row ${row.rowNumber}` });
  };
  shapeIssues.forEach(add);
  domain.issues.forEach(add);

  if (raw.firstName === TEMPLATE_EXAMPLE.firstName && raw.lastName === TEMPLATE_EXAMPLE.lastName) {
    add({
      path: 'firstName',
      messageTh: 'แถวนี้เป็นตัวอย่างในแบบฟอร์ม กรุณาลบออกหรือแทนด้วยข้อมูลจริง',
      messageEn: 'This is the template example row',
    });
  }
  const orgPath = await unitPath(trx, raw.orgUnitId, unitPaths);
  if (orgPath && !canAt(actor, 'people:write', orgPath)) {
    add({
      path: 'orgUnitId',
      messageTh: 'ท่านไม่มีสิทธิ์เพิ่มบุคคลในหน่วยงานนี้',
      messageEn: 'You may not add people to this org unit',
    });
  }
  const thaiId = normalizeThaiId(raw.thaiId);
  if (isValidThaiId(thaiId)) {
    const first = seenIds.get(thaiId);
    if (first !== undefined) {
      add({
        path: 'thaiId',
        messageTh: `เลขประจำตัวประชาชนซ้ำกับแถวที่ ${first} ในไฟล์นี้`,
        messageEn: `Same Thai ID as row ${first} of this file`,
      });
    } else seenIds.set(thaiId, row.rowNumber);
  }
  // Left to right, as the user reads the row.
  const order = (i: FieldIssue) => COLUMN_KEYS.indexOf(i.path.split('column ')[1] ?? '');
  issues.sort((a, b) => order(a) - order(b));
  return issues.length || !domain.value ? { issues } : { value: domain.value, issues };
}

/** 'networks.0' → 'networks'; anything that is not a column stays a whole-row issue. */
function columnOf(path: string): string | undefined {
  const head = path.split('.')[0] ?? '';
  return COLUMN_KEYS.includes(head) ? head : undefined;
}

async function unitPath(trx: Transaction<DB>, id: string, cache: Map<string, string | null>) {
  if (!id) return null;
  if (!cache.has(id)) cache.set(id, (await findUnit(trx, id))?.path ?? null);
  return cache.get(id) ?? null;
}

/** The form's default unit is one field: wrong, it would fail every row, so it is reported once. */
async function requireDefaultUnit(trx: Transaction<DB>, actor: Actor, id: string) {
  const unit = await findUnit(trx, id);
  const issue: FieldIssue | undefined = !unit
    ? { path: 'orgUnitId', messageTh: 'ไม่พบหน่วยงานที่ระบุ', messageEn: 'Unknown org unit' }
    : !canAt(actor, 'people:write', unit.path)
      ? {
          path: 'orgUnitId',
          messageTh: 'ท่านไม่มีสิทธิ์เพิ่มบุคคลในหน่วยงานนี้',
          messageEn: 'You may not add people to this org unit',
        }
      : undefined;
  if (issue) throw rowsInvalid([issue]);
}

function rowsInvalid(all: FieldIssue[]): AppError {
  const issues = all.slice(0, MAX_REPORTED_ISSUES);
  const more = all.length - issues.length;
  if (more > 0)
    issues.push({ path: 'file', messageTh: `และข้อผิดพลาดอีก ${more} รายการ`, messageEn: `and ${more} more issues` });
  return new AppError({
    code: 'import_invalid',
    kind: 'validation',
    messageTh: `พบข้อผิดพลาด ${all.length} รายการ ยังไม่ได้นำเข้าข้อมูลใด ๆ กรุณาแก้ไขไฟล์แล้วนำเข้าใหม่`,
    messageEn: `${all.length} problems found; nothing was imported`,
    issues,
  });
}

/** The deepest unit containing every imported person, so the audit row is visible in that scope. */
function commonUnit(paths: readonly string[]): string | null {
  const split = paths.map((p) => p.split('/').filter(Boolean));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length && split.every((s) => s[n] === first[n])) n++;
  return n ? first[n - 1]! : null;
}

/** The template's example row points at a unit the caller may write to, so its shape is right. */
export function importTemplateFor(actor: Actor): string {
  const unit = actor.grants.find((g) => g.permissions.includes('people:write'))?.orgUnitId ?? '';
  return templateCsv(unit);
}
