// Uploaded files: stored in the database with their sniffed type, linked by the owning module.
export type { FilesTables } from './files.tables.js';
export { ZStoredFile, ZUploadedFile, type StoredFileMeta } from './files.schemas.js';
export { storeFile, type StoreFileInput } from './store-file.js';
export { readStoredFile, storedFileMetas, type StoredFile } from './read-file.js';
export { fileDownload } from './file-download.js';
export { sniffFile, type FileKind } from './sniff.js';
