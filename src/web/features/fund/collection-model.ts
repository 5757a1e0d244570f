// The collection form's rules on the client: amounts typed in baht become satang, and each saver's
// two witnesses are the event's first two who are not the saver (the stand-in replaces a witness
// counting their own bank). The server checks all of it again.
import type { CountInput, Participant } from '../../api/fund-types.js';
import { parseAmount } from '../savings/money.js';

export interface Committee {
  first: string;
  second: string;
  standIn: string;
}

/** Person ids witnessing one saver's count: two, neither the saver; fewer if no stand-in is chosen. */
export function witnessesFor(personId: string, c: Committee): string[] {
  return [c.first, c.second, c.standIn].filter((w) => w && w !== personId).slice(0, 2);
}

export interface ParsedCounts {
  counts: CountInput[];
  /** participantNo → Thai error of its amount cell. */
  errors: Record<number, string>;
  total: number;
  /** Savers left with fewer than two witnesses. */
  short: number[];
}

export function parseCounts(participants: Participant[], amounts: Record<number, string>, c: Committee): ParsedCounts {
  const counts: CountInput[] = [];
  const errors: Record<number, string> = {};
  const short: number[] = [];
  let total = 0;
  for (const p of participants) {
    const text = amounts[p.participantNo]?.trim() ?? '';
    if (!text) continue;
    const parsed = parseAmount(text);
    if (!parsed.ok) {
      errors[p.participantNo] = parsed.error;
      continue;
    }
    const witnessPersonIds = witnessesFor(p.person.id, c);
    if (witnessPersonIds.length < 2) short.push(p.participantNo);
    counts.push({ participantNo: p.participantNo, amount: parsed.value, witnessPersonIds });
    total += parsed.value;
  }
  return { counts, errors, total, short };
}
