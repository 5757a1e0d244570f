// Every loan rule a user can break surfaces as a validation error with a stable code and a Thai message.
import { AppError } from '../../kernel/errors.js';

export function loanError(code: string, messageTh: string, messageEn: string): AppError {
  return new AppError({ code, kind: 'validation', messageTh, messageEn });
}
