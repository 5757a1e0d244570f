// Who may see and do what with a staff fund. Decided by permission × org scope, never by role names:
// - the fund and its figures: fund:read anywhere on the fund office's line (the province that runs
//   it, the districts under it, the department above it);
// - its books and every write on them: fund:manage over the fund's office (its fund officers);
// - a participant's own savings: fund officers, fund:read over the participant's office (their
//   district head), and the participant themselves;
// - a household's personal data: fund:survey over its district (the owning district office) or
//   fund:manage there (the province's fund officers); everyone else gets 404, as if absent.
import { AppError, notFound } from '../../kernel/errors.js';
import { canAt, scopePaths, type Actor } from '../access/index.js';

interface FundRef {
  org_path: string;
}

export function canReadFund(actor: Actor, fund: FundRef): boolean {
  return scopePaths(actor, 'fund:read').some((p) => fund.org_path.startsWith(p) || p.startsWith(fund.org_path));
}

export function requireFundRead(actor: Actor, fund: FundRef | undefined): asserts fund is NonNullable<typeof fund> {
  if (!fund || !canReadFund(actor, fund)) throw notFound();
}

export const managesFund = (actor: Actor, fund: FundRef) => canAt(actor, 'fund:manage', fund.org_path);

/** 404 for those who cannot see the fund, 403 for readers who do not run it. */
export function requireFundManage(actor: Actor, fund: FundRef | undefined): asserts fund is NonNullable<typeof fund> {
  requireFundRead(actor, fund);
  if (!managesFund(actor, fund)) {
    throw new AppError({
      code: 'forbidden',
      kind: 'forbidden',
      messageTh: 'เฉพาะเจ้าหน้าที่กองทุนของสำนักงานพัฒนาชุมชนจังหวัดที่ดำเนินโครงการเท่านั้น',
      messageEn: 'Only the fund officers of the office running the fund',
    });
  }
}

export function canReadParticipant(actor: Actor, fund: FundRef, p: { unit_path: string; person_id: string }): boolean {
  return managesFund(actor, fund) || canAt(actor, 'fund:read', p.unit_path) || actor.personId === p.person_id;
}

/** The owning district office or the province's fund officers. */
export function canReadHousehold(actor: Actor, h: { district_path: string }): boolean {
  return canAt(actor, 'fund:survey', h.district_path) || canAt(actor, 'fund:manage', h.district_path);
}

export function requireHouseholdRead(actor: Actor, h: { district_path: string } | undefined): void {
  if (!h || !canReadHousehold(actor, h)) throw notFound();
}

/** Registering or changing a household, and proposing help for it: its own district office only. */
export const surveysIn = (actor: Actor, districtPath: string) => canAt(actor, 'fund:survey', districtPath);
