// Typed application errors. Every error a user can cause carries a stable code, a Thai message for
// the UI and an English one for logs and API clients; the server maps `kind` to an HTTP status in
// one place (src/server/errors.ts).

export type ErrorKind =
  | 'validation' // 400/422: the request is malformed or breaks a rule
  | 'unauthenticated' // 401
  | 'forbidden' // 403: authenticated but not allowed
  | 'not_found' // 404: also used for "exists but outside your scope"
  | 'conflict' // 409: duplicate, stale version, idempotency mismatch
  | 'too_large' // 413
  | 'unsupported' // 415
  | 'rate_limited' // 429
  | 'unavailable'; // 503

/** One problem with one input field; `path` is the field name or a row/column pointer. */
export interface FieldIssue {
  path: string;
  messageTh: string;
  messageEn: string;
}

export class AppError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly messageTh: string;
  readonly issues: readonly FieldIssue[];

  constructor(opts: {
    code: string;
    kind: ErrorKind;
    messageTh: string;
    messageEn: string;
    issues?: readonly FieldIssue[];
  }) {
    super(opts.messageEn);
    this.name = 'AppError';
    this.code = opts.code;
    this.kind = opts.kind;
    this.messageTh = opts.messageTh;
    this.issues = opts.issues ?? [];
  }
}

export function validationError(issues: readonly FieldIssue[], code = 'validation_failed'): AppError {
  return new AppError({
    code,
    kind: 'validation',
    messageTh: 'ข้อมูลไม่ถูกต้อง กรุณาตรวจสอบ',
    messageEn: 'The input is not valid',
    issues,
  });
}

/** Same answer whether the record does not exist or the caller may not see it. */
export function notFound(): AppError {
  return new AppError({
    code: 'not_found',
    kind: 'not_found',
    messageTh: 'ไม่พบข้อมูล หรือท่านไม่มีสิทธิ์เข้าถึง',
    messageEn: 'Not found or no access',
  });
}
