import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { StoredFileMeta } from './files.schemas.js';

export interface StoredFile extends StoredFileMeta {
  orgUnitId: string;
  content: Uint8Array;
}

/** One stored file with its bytes. The owning module has already decided the reader may see it. */
export async function readStoredFile(db: Kysely<DB>, id: string): Promise<StoredFile | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const row = await db.selectFrom('stored_file').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    orgUnitId: row.org_unit_id,
    fileName: row.file_name,
    contentType: row.content_type,
    byteSize: row.byte_size,
    sha256: row.sha256,
    createdAt: new Date(row.created_at).toISOString(),
    content: row.content,
  };
}

/** Metadata of several files (no bytes), in the order asked. */
export async function storedFileMetas(db: Kysely<DB>, ids: readonly string[]): Promise<StoredFileMeta[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('stored_file')
    .select(['id', 'file_name', 'content_type', 'byte_size', 'sha256', 'created_at'])
    .where('id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r
      ? [
          {
            id: r.id,
            fileName: r.file_name,
            contentType: r.content_type,
            byteSize: r.byte_size,
            sha256: r.sha256,
            createdAt: new Date(r.created_at).toISOString(),
          },
        ]
      : [];
  });
}
