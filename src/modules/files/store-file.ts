import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { validationError } from '../../kernel/errors.js';
import type { DB } from '../../db/schema.js';
import { failpoint } from '../../db/failpoint.js';
import type { StoredFileMeta } from './files.schemas.js';
import { safeFileName, sniffFile, type FileKind } from './sniff.js';

export interface StoreFileInput {
  bytes: Uint8Array;
  fileName: string;
  orgUnitId: string;
  createdBy: string | null;
  /** Kinds this upload may be; checked against the content. */
  accept: readonly FileKind[];
  maxBytes: number;
  /** The request field a refusal is reported on. */
  field: string;
}

const KIND_TH: Record<FileKind, string> = {
  image: 'รูปภาพ (JPEG, PNG, WebP หรือ GIF)',
  pdf: 'PDF',
  word: 'Word (.docx หรือ .doc)',
  excel: 'Excel (.xlsx หรือ .xls)',
};

const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;

/**
 * Stores one upload inside the caller's transaction, so it exists only if the record that links
 * it commits. Refuses empty, oversized and wrongly-typed files (by content) with a Thai message.
 */
export async function storeFile(trx: Kysely<DB>, input: StoreFileInput): Promise<StoredFileMeta> {
  const refuse = (messageTh: string, messageEn: string) =>
    validationError([{ path: input.field, messageTh, messageEn }]);
  if (input.bytes.length === 0) throw refuse('ไฟล์ว่างเปล่า กรุณาเลือกไฟล์ใหม่', 'The file is empty');
  if (input.bytes.length > input.maxBytes) {
    throw refuse(
      `ไฟล์มีขนาด ${megabytes(input.bytes.length)} เกินกำหนด ${megabytes(input.maxBytes)}`,
      `File is ${input.bytes.length} bytes, over the limit of ${input.maxBytes}`,
    );
  }
  const sniffed = sniffFile(input.bytes, input.fileName);
  if (!sniffed || !input.accept.includes(sniffed.kind)) {
    throw refuse(
      `ไฟล์นี้ไม่ใช่ประเภทที่รับ ต้องเป็น${input.accept.map((k) => KIND_TH[k]).join(' หรือ ')} (ตรวจจากเนื้อไฟล์ ไม่ใช่จากชื่อไฟล์)`,
      `File content is not one of: ${input.accept.join(', ')}`,
    );
  }
  const row = await trx
    .insertInto('stored_file')
    .values({
      org_unit_id: input.orgUnitId,
      file_name: safeFileName(input.fileName, sniffed.extension),
      content_type: sniffed.contentType,
      byte_size: input.bytes.length,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      content: input.bytes,
      created_by: input.createdBy,
    })
    .returning(['id', 'file_name', 'content_type', 'byte_size', 'sha256', 'created_at'])
    .executeTakeFirstOrThrow();
  await failpoint('file-stored', trx); // fault tests: the disk fills as the content is written
  return {
    id: row.id,
    fileName: row.file_name,
    contentType: row.content_type,
    byteSize: row.byte_size,
    sha256: row.sha256,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
