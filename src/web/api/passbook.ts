// The member passbook by QR: issuing a member's link (staff) and opening it (public, with the
// member's citizen ID).
import { request } from './client.js';

export interface PassbookLink {
  url: string;
  qrDataUrl: string;
  issuedAt: string;
}

export interface Passbook {
  groupNameTh: string;
  memberNo: number;
  fullName: string;
  balances: { pledgedSavings: number; specialSavings: number; loansOutstanding: number };
  lastEntries: {
    entryNo: number;
    postedOn: string;
    memo: string;
    pledged: number;
    special: number;
    loanPrincipal: number;
  }[];
  chain: { intact: boolean; headEntryNo: number; headHash: string; checkedAt: string };
}

export const passbookApi = {
  issue: (groupId: string, memberNo: number) =>
    request<PassbookLink>(`/groups/${encodeURIComponent(groupId)}/members/${memberNo}/passbook-link`, {
      method: 'POST',
    }),
  open: (token: string, thaiId: string) =>
    request<Passbook>(`/public/passbook/${encodeURIComponent(token)}`, { method: 'POST', json: { thaiId } }),
};
