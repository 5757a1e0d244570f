// The one way anything reaches a group's books: lock the group's book, honour the idempotency key,
// run the use case, store its response with the key — all in one transaction, so a retry after a
// crash or a timeout either finds the first result or posts exactly once.
import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { failpoint } from '../../db/failpoint.js';
import type { DB } from '../../db/schema.js';
import { AppError, notFound, validationError } from '../../kernel/errors.js';
import { todayInBangkok, type CivilDate } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireGroupAccess, type Permission } from '../access/index.js';
import { lockBookGroup, type BookGroup } from './ledger.repository.js';
import { postEntries, type BookState, type EntryDraft } from './post-entries.js';

export interface LedgerWrite {
  groupId: string;
  idempotencyKey: string | undefined;
  /** Names the use case, e.g. 'meeting_day.post'; part of the request hash. */
  operation: string;
  /** The validated request (path params and body); its hash pins the key to this request. */
  request: unknown;
  permission: Permission;
}

export interface LedgerTx {
  trx: Transaction<DB>;
  ctx: UseCaseContext;
  group: BookGroup;
  book: BookState;
  post(entries: EntryDraft[]): Promise<number[]>;
}

const KEY = /^[A-Za-z0-9._:-]{8,200}$/;

export function requireIdempotencyKey(key: string | undefined): string {
  if (!key) {
    throw validationError(
      [
        {
          path: 'Idempotency-Key',
          messageTh: 'คำขอบันทึกบัญชีต้องมีรหัสป้องกันการบันทึกซ้ำ (Idempotency-Key)',
          messageEn: 'Ledger writes need an Idempotency-Key header',
        },
      ],
      'idempotency_key_required',
    );
  }
  if (!KEY.test(key)) {
    throw validationError(
      [
        {
          path: 'Idempotency-Key',
          messageTh: 'รหัสป้องกันการบันทึกซ้ำต้องยาว 8–200 ตัวอักษร (A–Z a–z 0–9 . _ : -)',
          messageEn: 'Idempotency-Key must be 8–200 characters of A–Z a–z 0–9 . _ : -',
        },
      ],
      'idempotency_key_invalid',
    );
  }
  return key;
}

/** Canonical JSON (sorted keys) so the same request always hashes the same. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

export function requestHash(operation: string, request: unknown): string {
  return createHash('sha256').update(canonical({ operation, request })).digest('hex');
}

export async function ledgerWrite<T>(
  ctx: UseCaseContext,
  w: LedgerWrite,
  run: (tx: LedgerTx) => Promise<T>,
): Promise<{ result: T; replayed: boolean }> {
  const key = requireIdempotencyKey(w.idempotencyKey);
  const hash = requestHash(w.operation, w.request);
  return ctx.db.transaction().execute(async (trx) => {
    const locked = await lockBookGroup(trx, w.groupId);
    if (!locked) throw notFound();
    const { group } = locked;
    requireGroupAccess(ctx.actor, w.permission, group);
    // Read after taking the lock: a concurrent first attempt with this key has committed by now.
    const prior = await trx
      .selectFrom('ledger_request')
      .select(['request_hash', 'response'])
      .where('group_id', '=', group.id)
      .where('idempotency_key', '=', key)
      .executeTakeFirst();
    if (prior) {
      if (prior.request_hash !== hash) {
        throw new AppError({
          code: 'idempotency_key_reused',
          kind: 'conflict',
          messageTh: 'รหัสป้องกันการบันทึกซ้ำนี้ถูกใช้กับรายการอื่นแล้ว กรุณาเริ่มรายการใหม่',
          messageEn: 'This Idempotency-Key was already used for a different request',
        });
      }
      return { result: prior.response as T, replayed: true };
    }
    const now = ctx.clock.now();
    const book: BookState = {
      groupId: group.id,
      nextEntryNo: locked.nextEntryNo,
      closedThrough: locked.closedThrough as CivilDate | null,
      today: todayInBangkok(ctx.clock),
      recordedBy: ctx.actor.userId,
      recordedAt: now,
    };
    const result = await run({ trx, ctx, group, book, post: (entries) => postEntries(trx, book, entries) });
    await trx
      .insertInto('ledger_request')
      .values({
        group_id: group.id,
        idempotency_key: key,
        operation: w.operation,
        request_hash: hash,
        response: JSON.stringify(result),
        recorded_by: ctx.actor.userId,
      })
      .execute();
    // Everything is written but not committed: a crash here must leave none of it.
    failpoint(`ledger-before-commit:${w.operation}`);
    return { result, replayed: false };
  });
}
