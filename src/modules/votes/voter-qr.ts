import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { qrPng } from '../../server/qr.js';
import { ballotLink } from './ballot-link.js';
import { managedElection } from './election-access.js';
import { findVoter } from './votes.repository.js';

/** One voter's QR code (their ballot link) as a PNG; 404 for someone not on the roll. */
export async function voterQrPng(ctx: UseCaseContext, id: string, personId: string, origin: string): Promise<Buffer> {
  await managedElection(ctx, id);
  const voter = await findVoter(ctx.db, id, personId);
  if (!voter) throw notFound();
  return qrPng(ballotLink(origin, voter.ballot_code));
}
