// Instruments are the department's: defined and imported at the department (programs:manage over
// the whole country), read by anyone who works with programs.
import { AppError } from '../../kernel/errors.js';
import { hasPermission, requireUnitAccess, type Actor } from '../access/index.js';
import { DEPARTMENT_ID } from '../org/index.js';

const DEPARTMENT_PATH = `/${DEPARTMENT_ID}/`;

export function requireInstrumentManager(actor: Actor): void {
  requireUnitAccess(actor, 'programs:manage', DEPARTMENT_PATH);
}

export function requireInstrumentReader(actor: Actor): void {
  if (!hasPermission(actor, 'programs:read')) {
    throw new AppError({
      code: 'forbidden',
      kind: 'forbidden',
      messageTh: 'ท่านไม่มีสิทธิ์ดูแบบประเมิน',
      messageEn: 'programs:read is needed to read instruments',
    });
  }
}
