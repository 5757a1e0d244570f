// Official letters: drafts, issue, the outgoing register, inboxes, copies and their downloads.
import { apiUrl, request } from './client.js';
import type {
  Inbox,
  Letter,
  LetterCopy,
  LetterCopySummary,
  LetterBook,
  LetterDraftInput,
  LetterPreview,
  LetterSummary,
  StoredFile,
} from './letters-types.js';

const id = (s: string) => encodeURIComponent(s);

export const lettersApi = {
  list: (query: { orgUnitId?: string | null; year?: number | null }, signal?: AbortSignal) =>
    request<{ items: LetterSummary[] }>('/letters', { query, signal }),
  get: (letterId: string, signal?: AbortSignal) => request<Letter>(`/letters/${id(letterId)}`, { signal }),
  create: (input: LetterDraftInput) => request<Letter>('/letters', { method: 'POST', json: input }),
  update: (letterId: string, input: LetterDraftInput) =>
    request<Letter>(`/letters/${id(letterId)}`, { method: 'PUT', json: input }),
  preview: (input: LetterDraftInput) => request<LetterPreview>('/letters/preview', { method: 'POST', json: input }),
  issue: (letterId: string) => request<Letter>(`/letters/${id(letterId)}/issue`, { method: 'POST' }),
  attach: (letterId: string, file: File) => {
    const form = new FormData();
    form.set('file', file);
    return request<StoredFile>(`/letters/${id(letterId)}/attachments`, { method: 'POST', form });
  },
  detach: (letterId: string, fileId: string) =>
    request<void>(`/letters/${id(letterId)}/attachments/${id(fileId)}`, { method: 'DELETE' }),
  letterFileUrl: (letterId: string, fileId: string) => apiUrl(`/letters/${id(letterId)}/attachments/${id(fileId)}`),

  inbox: (orgUnitId: string | null, signal?: AbortSignal) =>
    request<Inbox>('/letter-inbox', { query: { orgUnitId }, signal }),
  copy: (copyId: string, signal?: AbortSignal) => request<LetterCopy>(`/letter-copies/${id(copyId)}`, { signal }),
  cancel: (copyId: string, reason: string) =>
    request<LetterCopySummary>(`/letter-copies/${id(copyId)}/cancel`, { method: 'POST', json: { reason } }),
  receive: (copyId: string) => request<LetterCopySummary>(`/letter-copies/${id(copyId)}/receive`, { method: 'POST' }),
  pdfUrl: (copyId: string) => apiUrl(`/letter-copies/${id(copyId)}/letter.pdf`),
  docxUrl: (copyId: string) => apiUrl(`/letter-copies/${id(copyId)}/letter.docx`),
  copyFileUrl: (copyId: string, fileId: string) => apiUrl(`/letter-copies/${id(copyId)}/attachments/${id(fileId)}`),

  book: (orgUnitId: string, signal?: AbortSignal) => request<LetterBook>(`/letter-books/${id(orgUnitId)}`, { signal }),
  /** Thai or Arabic digits; the server stores Arabic digits and single spaces. */
  setBook: (orgUnitId: string, bookCode: string) =>
    request<LetterBook>(`/letter-books/${id(orgUnitId)}`, { method: 'PUT', json: { bookCode } }),
};
