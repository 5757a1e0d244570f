// The one map from errors to HTTP responses. Body shape (also in OpenAPI as ErrorResponse):
// { error: { code, message, messageTh, issues: [{ path, messageTh, messageEn }] } }
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, validationError, type ErrorKind, type FieldIssue } from '../kernel/errors.js';

const STATUS: Record<ErrorKind, ContentfulStatusCode> = {
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  rate_limited: 429,
  unavailable: 503,
};

export const ZErrorResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      messageTh: z.string(),
      issues: z.array(z.object({ path: z.string(), messageTh: z.string(), messageEn: z.string() })),
    }),
  })
  .openapi('ErrorResponse');

export function errorResponse(c: Context, err: AppError): Response {
  return c.json(
    {
      error: { code: err.code, message: err.message, messageTh: err.messageTh, issues: err.issues },
    },
    STATUS[err.kind],
  );
}

export function unexpectedError(c: Context, err: unknown): Response {
  console.error('unexpected error', err);
  return c.json(
    {
      error: {
        code: 'internal_error',
        message: 'Something went wrong; nothing was saved',
        messageTh: 'เกิดข้อผิดพลาดในระบบ ข้อมูลยังไม่ถูกบันทึก กรุณาลองใหม่',
        issues: [],
      },
    },
    500,
  );
}

/** Thai and English wording for zod's issue codes; field-specific wording comes from use cases. */
export function zodIssuesToFields(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((i) => {
    const path = i.path.map(String).join('.') || 'body';
    const [th, en] = describeIssue(i);
    return { path, messageTh: th, messageEn: en };
  });
}

function describeIssue(i: z.core.$ZodIssue): [string, string] {
  switch (i.code) {
    case 'invalid_type':
      // zod leaves the input out of issues unless asked; its message says what was received.
      if (i.input === null || /received (undefined|null)/.test(i.message)) return ['กรุณากรอกข้อมูลนี้', 'Required'];
      // Money travels as whole satang, so a fraction here is a fraction of a satang.
      if (i.expected === 'int')
        return [
          'ต้องเป็นจำนวนเต็ม (จำนวนเงินระบุเป็นสตางค์ ห้ามมีเศษสตางค์)',
          'Must be a whole number (money is in whole satang)',
        ];
      return ['รูปแบบข้อมูลไม่ถูกต้อง', `Expected ${i.expected}`];
    case 'too_small':
      return i.origin === 'string' && Number(i.minimum) === 1
        ? ['กรุณากรอกข้อมูลนี้', 'Required']
        : [`ค่าต้องไม่น้อยกว่า ${String(i.minimum)}`, `Must be at least ${String(i.minimum)}`];
    case 'too_big':
      return i.origin === 'string'
        ? [`ยาวเกิน ${String(i.maximum)} ตัวอักษร`, `At most ${String(i.maximum)} characters`]
        : [`ค่าต้องไม่เกิน ${String(i.maximum)}`, `Must be at most ${String(i.maximum)}`];
    case 'invalid_format':
      return i.format === 'email'
        ? ['รูปแบบอีเมลไม่ถูกต้อง', 'Invalid e-mail address']
        : ['รูปแบบข้อมูลไม่ถูกต้อง', `Invalid ${i.format}`];
    case 'invalid_value':
      return ['ค่าที่เลือกไม่ถูกต้อง', 'Invalid value'];
    case 'unrecognized_keys':
      return [`มีช่องข้อมูลที่ไม่รู้จัก: ${i.keys.join(', ')}`, `Unknown fields: ${i.keys.join(', ')}`];
    default:
      return ['ข้อมูลไม่ถูกต้อง', i.message];
  }
}

// PostgreSQL gave up one of two transactions that waited on each other (deadlock) or could not be
// serialized: nothing of it was written, and the same request (same Idempotency-Key) can be sent again.
const RETRYABLE_SQLSTATE = new Set(['40P01', '40001']);

// The database connection went away (server restarted, connection killed, network): the
// transaction was not committed or its outcome is unknown, and a retry with the same
// Idempotency-Key posts once either way. The pool replaces the connection on the next request.
const CONNECTION_SQLSTATE = /^(08|57P0[123])/;
const CONNECTION_ERRNO = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT']);
const CONNECTION_MESSAGE = /Connection terminated|connection error and is not queryable|Client was closed/;

// The database refused a value the request carried (a NUL character, text where a uuid or date
// belongs, a number out of range): the statement failed, its transaction rolled back, so it is the
// request that is bad. A safety net behind the zod schemas, which should catch these first.
const BAD_VALUE_SQLSTATE = new Set(['22P02', '22021', '22003', '22007', '22008', '22P05', '22001', '54000']);

function isConnectionLost(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (CONNECTION_SQLSTATE.test(code) || CONNECTION_ERRNO.has(code))) return true;
  return err instanceof Error && CONNECTION_MESSAGE.test(err.message);
}

// Hono's own refusals before a handler runs (a multipart route sent JSON, a body it cannot parse).
const HTTP_REFUSALS: Partial<Record<number, [ErrorKind, string, string, string]>> = {
  400: ['validation', 'bad_request', 'คำขอมีรูปแบบไม่ถูกต้อง', 'Malformed request'],
  413: ['too_large', 'body_too_large', 'ข้อมูลที่ส่งมีขนาดใหญ่เกินกำหนด', 'Request body too large'],
  415: [
    'unsupported',
    'unsupported_media_type',
    'รูปแบบข้อมูลที่ส่งไม่ตรงกับที่บริการนี้รับ (เช่น ต้องแนบไฟล์แบบ multipart/form-data)',
    'Unsupported media type for this route',
  ],
};

export function toAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  if (err instanceof HTTPException) {
    const known = HTTP_REFUSALS[err.status];
    if (known) return new AppError({ kind: known[0], code: known[1], messageTh: known[2], messageEn: known[3] });
  }
  if (err instanceof z.ZodError) return validationError(zodIssuesToFields(err.issues));
  const sqlstate = (err as { code?: unknown } | null)?.code;
  if (typeof sqlstate === 'string' && RETRYABLE_SQLSTATE.has(sqlstate))
    return new AppError({
      code: 'write_conflict',
      kind: 'unavailable',
      messageTh: 'มีการบันทึกรายการเดียวกันพร้อมกัน รายการนี้ยังไม่ถูกบันทึก กรุณาส่งอีกครั้ง',
      messageEn: 'A concurrent write conflicted; nothing was written; send the same request again',
    });
  if (typeof sqlstate === 'string' && BAD_VALUE_SQLSTATE.has(sqlstate))
    return new AppError({
      code: 'invalid_value',
      kind: 'validation',
      messageTh: 'ข้อมูลบางช่องมีรูปแบบที่ระบบรับไม่ได้ (เช่น อักขระพิเศษ รหัสหรือวันที่ผิดรูปแบบ) ข้อมูลยังไม่ถูกบันทึก',
      messageEn: 'A value in the request has a form the database cannot store; nothing was written',
    });
  // The database's disk is full (or its quota reached): the write failed whole.
  if (sqlstate === '53100' || sqlstate === 'ENOSPC')
    return new AppError({
      code: 'storage_full',
      kind: 'unavailable',
      messageTh: 'พื้นที่จัดเก็บข้อมูลของระบบเต็ม รายการนี้ยังไม่ถูกบันทึก กรุณาแจ้งผู้ดูแลระบบ แล้วส่งอีกครั้ง',
      messageEn: 'The database is out of disk space; nothing was written; tell the administrator and retry',
    });
  if (isConnectionLost(err))
    return new AppError({
      code: 'database_unavailable',
      kind: 'unavailable',
      messageTh: 'การเชื่อมต่อฐานข้อมูลขาดหายระหว่างดำเนินการ กรุณาส่งอีกครั้ง ระบบจะไม่บันทึกรายการเดียวกันซ้ำ',
      messageEn: 'The database connection was lost; send the same request again (it will not be posted twice)',
    });
  return undefined;
}
