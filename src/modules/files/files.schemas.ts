import { z } from '@hono/zod-openapi';

export const ZStoredFile = z
  .object({
    id: z.string().uuid(),
    fileName: z.string(),
    contentType: z.string(),
    byteSize: z.number().int(),
    sha256: z.string(),
    createdAt: z.string(),
  })
  .openapi('StoredFile');
export type StoredFileMeta = z.infer<typeof ZStoredFile>;

/** A multipart File field, documented as binary; its content is checked by storeFile. */
export const ZUploadedFile = z
  .custom<File>((v) => v instanceof File, { message: 'ต้องแนบไฟล์' })
  .openapi({ type: 'string', format: 'binary' });
