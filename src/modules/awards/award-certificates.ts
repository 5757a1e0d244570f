// Certificates (เกียรติบัตร) for the winners: each person of a winning pair (or the work's name for
// a group entry without people), issued by the organising office in the caller's transaction.
// The certificates module is idempotent per recipient key, so releasing twice issues nothing new.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { UseCaseContext } from '../../server/context.js';
import { issueCertificates, type TCertificate } from '../certificates/index.js';
import { categoriesOf, fullName, nomineesOf, winnersOf, type CallRow, type MemberRow } from './awards.repository.js';
import type { TAnnounceInput } from './awards.schemas.js';
import { today } from './call-state.js';

export async function issueWinnerCertificates(
  ctx: UseCaseContext,
  trx: Transaction<DB>,
  call: CallRow,
  members: readonly MemberRow[],
  input: TAnnounceInput,
): Promise<TCertificate[]> {
  const [winners, categories] = await Promise.all([winnersOf(trx, call.id), categoriesOf(trx, call.id)]);
  if (winners.length === 0) return [];
  const nominees = await nomineesOf(
    trx,
    winners.map((w) => w.nomination_id),
  );
  const entries = await trx
    .selectFrom('award_nomination')
    .select(['id', 'entry_name'])
    .where(
      'id',
      'in',
      winners.map((w) => w.nomination_id),
    )
    .execute();
  const chair = members.find((m) => m.role === 'chair')!;
  const recipients = winners.flatMap((w) => {
    const honour = categories.find((c) => c.id === w.category_id)!.honour_th;
    const people = nominees.filter((e) => e.nomination_id === w.nomination_id);
    if (people.length === 0) {
      const name = entries.find((e) => e.id === w.nomination_id)?.entry_name ?? '';
      return [{ key: `${w.nomination_id}:entry`, recipientName: name, honour }];
    }
    return people.map((p) => ({
      key: `${w.nomination_id}:${p.person_id}`,
      recipientName: fullName(p),
      personId: p.person_id,
      honour,
    }));
  });
  return issueCertificates(ctx, trx, {
    source: { kind: 'award', id: call.id },
    issuerUnitId: call.organiser_unit_id,
    eventTitle: call.title,
    signer: input.signer ?? { name: fullName(chair), position: chair.title_th },
    issuedOn: input.issuedOn ?? today(ctx.clock),
    recipients,
  });
}
