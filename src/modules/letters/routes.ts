import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { validationError } from '../../kernel/errors.js';
import type { AppEnv } from '../../server/context.js';
import { ZErrorResponse, zodIssuesToFields } from '../../server/errors.js';
import { commonErrors, conflictError, download, idempotencyHeader } from '../../server/openapi-common.js';
import { defineRoute, jsonContent, useCaseContext } from '../../server/route.js';
import { fileDownload, ZStoredFile, ZUploadedFile } from '../files/index.js';
import { cancelLetterCopy } from './cancel-letter-copy.js';
import { getLetter, listLetters } from './get-letter.js';
import { getLetterCopy } from './get-letter-copy.js';
import { issueLetter } from './issue-letter.js';
import {
  addLetterAttachment,
  readCopyAttachment,
  readLetterAttachment,
  removeLetterAttachment,
} from './letter-attachments.js';
import { getLetterBook, setLetterBook } from './letter-book.js';
import {
  ZCancelCopyRequest,
  ZInbox,
  ZInboxQuery,
  ZLetter,
  ZLetterBook,
  ZLetterBookRequest,
  ZLetterCopy,
  ZLetterCopySummary,
  ZLetterDraftRequest,
  ZLetterPreview,
  ZLetterSummary,
  ZListLettersQuery,
} from './letters.schemas.js';
import { listInbox } from './list-inbox.js';
import { previewLetter } from './preview-letter.js';
import { DOCX_TYPE, renderLetterCopy } from './render-letter-copy.js';
import { receiveLetterCopy } from './receive-letter-copy.js';
import { createLetter, updateLetter } from './save-letter-draft.js';

const tags = ['letters'];
const idParam = z.object({ id: z.string().uuid() });
const fileParam = z.object({ id: z.string().uuid(), fileId: z.string().uuid() });
const fileErrors = { 503: { description: 'PDF rendering unavailable', ...jsonContent(ZErrorResponse) } } as const;
const draftBody = { body: { required: true, ...jsonContent(ZLetterDraftRequest) } } as const;

const listRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/letters',
  tags,
  summary: 'The outgoing register (ทะเบียนหนังสือส่ง) of units in scope: drafts and issued letters with their numbers',
  request: { query: ZListLettersQuery },
  responses: {
    200: { description: 'Letters', ...jsonContent(z.object({ items: z.array(ZLetterSummary) })) },
    ...commonErrors,
  },
});
const createRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/letters',
  tags,
  summary: 'Save a new letter draft (numbered only when issued)',
  request: { headers: idempotencyHeader, ...draftBody },
  responses: { 201: { description: 'Draft', ...jsonContent(ZLetter) }, ...commonErrors, ...conflictError },
});
const previewRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/letters/preview',
  tags,
  summary: 'Check a draft and show the first addressee’s merged copy; writes nothing',
  request: draftBody,
  responses: { 200: { description: 'Preview', ...jsonContent(ZLetterPreview) }, ...commonErrors },
});
const getRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/letters/{id}',
  tags,
  summary: 'A letter with its addressees, registered copies and attachments',
  request: { params: idParam },
  responses: { 200: { description: 'Letter', ...jsonContent(ZLetter) }, ...commonErrors },
});
const updateRoute = defineRoute('programs:manage', {
  method: 'put',
  path: '/letters/{id}',
  tags,
  summary: 'Replace a draft (issued letters cannot change: 409)',
  request: { params: idParam, ...draftBody },
  responses: { 200: { description: 'Draft', ...jsonContent(ZLetter) }, ...commonErrors, ...conflictError },
});
const issueRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/letters/{id}/issue',
  tags,
  summary: 'Issue: date it, number one copy per addressee from the register, deliver to their inboxes (twice: 409)',
  request: { params: idParam },
  responses: { 200: { description: 'Issued', ...jsonContent(ZLetter) }, ...commonErrors, ...conflictError },
});
const attachRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/letters/{id}/attachments',
  tags,
  summary: 'Attach a file (PDF, Word, Excel or image, checked by content) to a draft',
  request: {
    params: idParam,
    body: { required: true, content: { 'multipart/form-data': { schema: z.object({ file: ZUploadedFile }) } } },
  },
  responses: { 201: { description: 'Attached', ...jsonContent(ZStoredFile) }, ...commonErrors, ...conflictError },
});
const detachRoute = defineRoute('programs:manage', {
  method: 'delete',
  path: '/letters/{id}/attachments/{fileId}',
  tags,
  summary: 'Remove a file from a draft',
  request: { params: fileParam },
  responses: { 204: { description: 'Removed' }, ...commonErrors, ...conflictError },
});
const letterFileRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/letters/{id}/attachments/{fileId}',
  tags,
  summary: 'Download a letter’s attached file (issuing side)',
  request: { params: fileParam },
  responses: { 200: download('File', 'application/octet-stream'), ...commonErrors },
});
const inboxRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/letter-inbox',
  tags,
  summary: 'Letters received by one unit (default: the user’s own unit)',
  request: { query: ZInboxQuery },
  responses: { 200: { description: 'Inbox', ...jsonContent(ZInbox) }, ...commonErrors },
});
const copyRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/letter-copies/{id}',
  tags,
  summary: 'One registered copy as printed, for its issuer or its addressee',
  request: { params: idParam },
  responses: { 200: { description: 'Copy', ...jsonContent(ZLetterCopy) }, ...commonErrors },
});
const copyPdfRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/letter-copies/{id}/letter.pdf',
  tags,
  summary: 'The copy as an A4 PDF',
  request: { params: idParam },
  responses: { 200: download('PDF', 'application/pdf'), ...commonErrors, ...fileErrors },
});
const copyDocxRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/letter-copies/{id}/letter.docx',
  tags,
  summary: 'The copy as an editable Word file (TH Sarabun New 16 pt, A4)',
  request: { params: idParam },
  responses: { 200: download('Word', DOCX_TYPE), ...commonErrors },
});
const copyFileRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/letter-copies/{id}/attachments/{fileId}',
  tags,
  summary: 'Download a file attached to the letter of this copy',
  request: { params: fileParam },
  responses: { 200: download('File', 'application/octet-stream'), ...commonErrors },
});
const cancelRoute = defineRoute('programs:manage', {
  method: 'post',
  path: '/letter-copies/{id}/cancel',
  tags,
  summary: 'Cancel a registered number (kept in the register with the reason, never reused)',
  request: { params: idParam, body: { required: true, ...jsonContent(ZCancelCopyRequest) } },
  responses: {
    200: { description: 'Cancelled', ...jsonContent(ZLetterCopySummary) },
    ...commonErrors,
    ...conflictError,
  },
});
const receiveRoute = defineRoute('programs:respond', {
  method: 'post',
  path: '/letter-copies/{id}/receive',
  tags,
  summary: 'ลงรับ: enter the copy in the addressee unit’s receive register',
  request: { params: idParam },
  responses: {
    200: { description: 'Received', ...jsonContent(ZLetterCopySummary) },
    ...commonErrors,
    ...conflictError,
  },
});
const unitParam = z.object({ orgUnitId: z.string().min(1).max(40) });
const getBookRoute = defineRoute('programs:read', {
  method: 'get',
  path: '/letter-books/{orgUnitId}',
  tags,
  summary: 'The book code printed before a unit’s letter numbers',
  request: { params: unitParam },
  responses: { 200: { description: 'Book code', ...jsonContent(ZLetterBook) }, ...commonErrors },
});
const setBookRoute = defineRoute('programs:manage', {
  method: 'put',
  path: '/letter-books/{orgUnitId}',
  tags,
  summary: 'Set a unit’s book code (e.g. "พย 0019.1")',
  request: { params: unitParam, body: { required: true, ...jsonContent(ZLetterBookRequest) } },
  responses: { 200: { description: 'Book code', ...jsonContent(ZLetterBook) }, ...commonErrors },
});

function fileResponse(bytes: Uint8Array, type: string, asciiName: string, thaiName: string) {
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      'content-type': type,
      'content-disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(thaiName)}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    },
  });
}

const maxUpload = (c: Context<AppEnv>) => c.get('deps').config.maxUploadBytes;

export const lettersRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) => c.json(await listLetters(useCaseContext(c), c.req.valid('query')), 200))
  .openapi(createRoute, async (c) =>
    c.json(await createLetter(useCaseContext(c), c.req.valid('json'), c.req.valid('header')['idempotency-key']), 201),
  )
  .openapi(previewRoute, async (c) => c.json(await previewLetter(useCaseContext(c), c.req.valid('json')), 200))
  .openapi(getRoute, async (c) => c.json(await getLetter(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(updateRoute, async (c) =>
    c.json(await updateLetter(useCaseContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(issueRoute, async (c) => c.json(await issueLetter(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(
    attachRoute,
    async (c) => {
      const { file } = c.req.valid('form');
      const bytes = new Uint8Array(await file.arrayBuffer());
      const meta = await addLetterAttachment(useCaseContext(c), c.req.valid('param').id, {
        bytes,
        fileName: file.name,
        maxBytes: maxUpload(c),
      });
      return c.json(meta, 201);
    },
    (result) => {
      if (result.success) return undefined;
      throw validationError(
        zodIssuesToFields(result.error.issues).map((i) =>
          i.path === 'file' ? { path: 'file', messageTh: 'กรุณาเลือกไฟล์ที่จะแนบ', messageEn: 'Attach a file' } : i,
        ),
      );
    },
  )
  .openapi(detachRoute, async (c) => {
    const { id, fileId } = c.req.valid('param');
    await removeLetterAttachment(useCaseContext(c), id, fileId);
    return c.body(null, 204);
  })
  .openapi(letterFileRoute, async (c) => {
    const { id, fileId } = c.req.valid('param');
    return fileDownload(await readLetterAttachment(useCaseContext(c), id, fileId)) as never;
  })
  .openapi(inboxRoute, async (c) => c.json(await listInbox(useCaseContext(c), c.req.valid('query').orgUnitId), 200))
  .openapi(copyRoute, async (c) => c.json(await getLetterCopy(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(copyPdfRoute, async (c) => {
    const f = await renderLetterCopy(useCaseContext(c), c.req.valid('param').id, 'pdf');
    return fileResponse(f.bytes, 'application/pdf', f.asciiName, f.thaiName) as never;
  })
  .openapi(copyDocxRoute, async (c) => {
    const f = await renderLetterCopy(useCaseContext(c), c.req.valid('param').id, 'docx');
    return fileResponse(f.bytes, DOCX_TYPE, f.asciiName, f.thaiName) as never;
  })
  .openapi(copyFileRoute, async (c) => {
    const { id, fileId } = c.req.valid('param');
    return fileDownload(await readCopyAttachment(useCaseContext(c), id, fileId)) as never;
  })
  .openapi(cancelRoute, async (c) =>
    c.json(await cancelLetterCopy(useCaseContext(c), c.req.valid('param').id, c.req.valid('json').reason), 200),
  )
  .openapi(receiveRoute, async (c) => c.json(await receiveLetterCopy(useCaseContext(c), c.req.valid('param').id), 200))
  .openapi(getBookRoute, async (c) =>
    c.json(await getLetterBook(useCaseContext(c), c.req.valid('param').orgUnitId), 200),
  )
  .openapi(setBookRoute, async (c) =>
    c.json(await setLetterBook(useCaseContext(c), c.req.valid('param').orgUnitId, c.req.valid('json').bookCode), 200),
  );
