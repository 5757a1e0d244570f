// One upload into a file or photo field of a typed form (a report, an award dossier): the field
// must take files and have room, the type is decided by the content (a photo field takes images
// only) and the field's size limit applies. Stored in the caller's transaction; the caller links it.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { validationError } from '../../kernel/errors.js';
import { storeFile, type StoredFileMeta } from '../files/index.js';
import type { TFormField } from './requests.schemas.js';

export async function storeFieldFile(
  trx: Transaction<DB>,
  input: {
    fields: readonly TFormField[];
    field: string;
    /** Files the record already holds per field. */
    counts: ReadonlyMap<string, number>;
    fileName: string;
    bytes: Uint8Array;
    orgUnitId: string;
    createdBy: string;
  },
): Promise<{ field: TFormField; stored: StoredFileMeta }> {
  const f = input.fields.find((x) => x.key === input.field);
  if (!f || (f.type !== 'file' && f.type !== 'photo')) {
    throw validationError([
      { path: 'field', messageTh: 'ช่องนี้ไม่ใช่ช่องแนบไฟล์หรือรูปภาพ', messageEn: 'Not a file or photo field' },
    ]);
  }
  if ((input.counts.get(f.key) ?? 0) >= f.maxFiles) {
    throw validationError([
      {
        path: f.key,
        messageTh: `${f.labelTh}: แนบได้ไม่เกิน ${f.maxFiles} ไฟล์`,
        messageEn: `At most ${f.maxFiles} files`,
      },
    ]);
  }
  const stored = await storeFile(trx, {
    bytes: input.bytes,
    fileName: input.fileName,
    orgUnitId: input.orgUnitId,
    createdBy: input.createdBy,
    accept: f.type === 'photo' ? ['image'] : f.accept,
    maxBytes: f.maxBytes,
    field: f.key,
  });
  return { field: f, stored };
}
