// Official external letters (หนังสือภายนอก): drafts, mail-merged issue into the outgoing register,
// delivery to each addressee's inbox and its receive register, DOCX/PDF copies, attachments.
export type { LettersTables } from './letters.tables.js';
export { lettersRoutes } from './routes.js';
export { PLACEHOLDERS } from './merge.js';
