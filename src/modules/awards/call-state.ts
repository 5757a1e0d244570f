// The call's lifecycle: draft → open → scoring → closed → decided → announced. Deadlines are civil
// dates, met by the end of the day in Asia/Bangkok (as report requests decide on time). An open
// call past its dossier deadline is in scoring whether or not anyone pressed the button: reads
// say so at once, and the first scoring write records the transition (start-scoring.ts).
import { compareDates, todayInBangkok, type CivilDate, type Clock } from '../../kernel/dates.js';
import { AppError } from '../../kernel/errors.js';
import type { CallStatus } from './awards.tables.js';

export const today = (clock: Clock): CivilDate => todayInBangkok(clock);

/** Still on time for a deadline: today (Bangkok) is not after it. */
export const withinDeadline = (clock: Clock, deadline: string) =>
  compareDates(today(clock), deadline as CivilDate) <= 0;

export function effectiveStatus(call: { status: CallStatus; dossier_deadline: string }, clock: Clock): CallStatus {
  return call.status === 'open' && !withinDeadline(clock, call.dossier_deadline) ? 'scoring' : call.status;
}

export const STATUS_TH: Record<CallStatus, string> = {
  draft: 'ร่าง',
  open: 'เปิดรับการเสนอชื่อ',
  scoring: 'อยู่ระหว่างการให้คะแนน',
  closed: 'ปิดการให้คะแนนแล้ว',
  decided: 'ตัดสินแล้ว',
  announced: 'ประกาศผลแล้ว',
};

export function wrongStatus(status: CallStatus, messageTh: string): AppError {
  return new AppError({
    code: 'call_wrong_status',
    kind: 'conflict',
    messageTh: `${messageTh} (สถานะปัจจุบัน: ${STATUS_TH[status]})`,
    messageEn: `Not allowed while the call is ${status}`,
  });
}

export const conflict = (code: string, messageTh: string, messageEn: string) =>
  new AppError({ code, kind: 'conflict', messageTh, messageEn });
