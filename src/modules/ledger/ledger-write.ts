// The one way anything reaches a group's books: lock the group's book, honour the idempotency key,
// run the use case, store its response with the key — all in one transaction, so a retry after a
// crash or a timeout either finds the first result or posts exactly once.
import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { failpoint } from '../../db/failpoint.js';
import type { DB } from '../../db/schema.js';
import { AppError, notFound, validationError } from '../../kernel/errors.js';
import { todayInBangkok, type CivilDate } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireGroupAccess, type Permission } from '../access/index.js';
import { lockBookGroups, type BookGroup } from './ledger.repository.js';
import { postEntries, postEntriesMany, type BookState, type EntryDraft } from './post-entries.js';

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

/** One group's book inside a batch write. */
export interface LedgerBook {
  group: BookGroup;
  book: BookState;
}

export interface LedgerWriteMany {
  /** The groups written, each with its own validated request (hashed per group). */
  writes: readonly { groupId: string; request: unknown }[];
  idempotencyKey: string | undefined;
  operation: string;
  permission: Permission;
}

export interface LedgerManyTx {
  trx: Transaction<DB>;
  ctx: UseCaseContext;
  /** In the order of `writes`. */
  books: LedgerBook[];
  postMany(batches: { book: BookState; entries: EntryDraft[] }[]): Promise<number[][]>;
}

const keyReused = () =>
  new AppError({
    code: 'idempotency_key_reused',
    kind: 'conflict',
    messageTh: 'รหัสป้องกันการบันทึกซ้ำนี้ถูกใช้กับรายการอื่นแล้ว กรุณาเริ่มรายการใหม่',
    messageEn: 'This Idempotency-Key was already used for a different request',
  });

/**
 * Several groups' books in one transaction under one key: all are locked (in group order), each
 * group's request is stored with the key and its own result, and a retry returns every first
 * result (also for part of the batch: each group's day is known by its group and the key). A batch
 * commits whole or not at all, so a key found on only some of the groups asked for was used for
 * another batch, and is refused.
 */
export async function ledgerWriteMany<T>(
  ctx: UseCaseContext,
  w: LedgerWriteMany,
  run: (tx: LedgerManyTx) => Promise<T[]>,
): Promise<{ results: T[]; replayed: boolean }> {
  const key = requireIdempotencyKey(w.idempotencyKey);
  const ids = w.writes.map((x) => x.groupId);
  if (new Set(ids).size !== ids.length) throw new Error('ledgerWriteMany: a group appears twice');
  const hashes = w.writes.map((x) => requestHash(w.operation, x.request));
  return ctx.db.transaction().execute(async (trx) => {
    const locked = await lockBookGroups(trx, ids);
    const groups = ids.map((id) => {
      const l = locked.get(id);
      if (!l) throw notFound();
      requireGroupAccess(ctx.actor, w.permission, l.group);
      return l;
    });
    // Read after taking the locks: a concurrent first attempt with this key has committed by now.
    const prior = new Map(
      (
        await trx
          .selectFrom('ledger_request')
          .select(['group_id', 'request_hash', 'response'])
          .where('group_id', '=', sql<string>`ANY(${ids}::uuid[])`)
          .where('idempotency_key', '=', key)
          .execute()
      ).map((r) => [r.group_id, r]),
    );
    if (prior.size > 0) {
      if (prior.size !== ids.length || ids.some((id, i) => prior.get(id)?.request_hash !== hashes[i]))
        throw keyReused();
      return { results: ids.map((id) => prior.get(id)!.response as T), replayed: true };
    }
    const now = ctx.clock.now();
    const today = todayInBangkok(ctx.clock);
    const books = groups.map((l): LedgerBook => ({
      group: l.group,
      book: {
        groupId: l.group.id,
        nextEntryNo: l.nextEntryNo,
        closedThrough: l.closedThrough as CivilDate | null,
        today,
        recordedBy: ctx.actor.userId,
        recordedAt: now,
        headHash: l.headHash,
      },
    }));
    const results = await run({ trx, ctx, books, postMany: (batches) => postEntriesMany(trx, batches) });
    await trx
      .insertInto('ledger_request')
      .values(
        ids.map((id, i) => ({
          group_id: id,
          idempotency_key: key,
          operation: w.operation,
          request_hash: hashes[i]!,
          response: JSON.stringify(results[i]),
          recorded_by: ctx.actor.userId,
        })),
      )
      .execute();
    // Everything is written but not committed: a crash here must leave none of it.
    await failpoint(`ledger-before-commit:${w.operation}`, trx);
    return { results, replayed: false };
  });
}

/** One group's book: ledgerWriteMany for a single group. */
export async function ledgerWrite<T>(
  ctx: UseCaseContext,
  w: LedgerWrite,
  run: (tx: LedgerTx) => Promise<T>,
): Promise<{ result: T; replayed: boolean }> {
  const { results, replayed } = await ledgerWriteMany(
    ctx,
    {
      writes: [{ groupId: w.groupId, request: w.request }],
      idempotencyKey: w.idempotencyKey,
      operation: w.operation,
      permission: w.permission,
    },
    async ({ trx, ctx, books: [only] }) => {
      const { group, book } = only!;
      return [await run({ trx, ctx, group, book, post: (entries) => postEntries(trx, book, entries) })];
    },
  );
  return { result: results[0]!, replayed };
}
