import { ZErrorResponse } from './errors.js';
import { jsonContent } from './route.js';

/** The error responses every authenticated route can give. */
export const commonErrors = {
  401: { description: 'Not logged in', ...jsonContent(ZErrorResponse) },
  403: { description: 'Not permitted', ...jsonContent(ZErrorResponse) },
  404: { description: 'Not found or no access', ...jsonContent(ZErrorResponse) },
  422: { description: 'Invalid input', ...jsonContent(ZErrorResponse) },
} as const;

export const conflictError = { 409: { description: 'Conflict', ...jsonContent(ZErrorResponse) } } as const;
