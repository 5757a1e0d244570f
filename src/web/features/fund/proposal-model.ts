// A district's proposal on the client: one row per household it registered, ticked to propose it,
// with the help, its cost typed in baht (parsed exactly into satang by the app's one baht parser)
// and why. The API numbers only the ticked rows ("items.0.cost"), so errors are kept by household
// and mapped both ways. The server checks everything again.
import type { HelpKind, HouseholdSummary, Proposal, ProposalInput, ProposalStatus } from '../../api/fund-types.js';
import type { FieldIssue } from '../../api/types.js';
import type { MatrixStatus } from '../../api/requests-types.js';
import { thFund } from '../../i18n/th-fund.js';
import { baht, parseAmount } from '../savings/money.js';

export interface ItemDraft {
  householdId: string;
  include: boolean;
  helpKind: HelpKind | '';
  helpTh: string;
  cost: string;
  reasonTh: string;
}

/** householdId → field ('helpKind', 'cost', …) → Thai message. */
export type ItemErrors = Record<string, Record<string, string>>;

/** Rows for the district's households; a proposal sent back comes pre-filled for its revision. */
export function draftsFor(households: HouseholdSummary[], prior: Proposal | null): ItemDraft[] {
  return households.map((h) => {
    const item = prior?.items.find((i) => i.household.id === h.id);
    return {
      householdId: h.id,
      include: Boolean(item),
      helpKind: item?.helpKind ?? '',
      helpTh: item?.helpTh ?? '',
      cost: item ? baht(item.cost) : '',
      reasonTh: item?.reasonTh ?? '',
    };
  });
}

export function checkItems(drafts: ItemDraft[]): { errors: ItemErrors; none: string | null } {
  const t = thFund.proposals;
  const errors: ItemErrors = {};
  const chosen = drafts.filter((d) => d.include);
  for (const d of chosen) {
    const e: Record<string, string> = {};
    if (!d.helpKind) e.helpKind = t.required(t.helpKind);
    if (!d.helpTh.trim()) e.helpTh = t.required(t.helpTh);
    if (!d.reasonTh.trim()) e.reasonTh = t.required(t.reason);
    const cost = parseAmount(d.cost);
    if (!cost.ok) e.cost = cost.error;
    else if (cost.value <= 0) e.cost = d.cost.trim() ? t.costZero : t.required(t.cost);
    if (Object.keys(e).length) errors[d.householdId] = e;
  }
  return { errors, none: chosen.length === 0 ? t.pickOne : null };
}

/** The ticked rows' total in satang (rows whose cost does not parse count as 0). */
export function totalOf(drafts: ItemDraft[]): number {
  return drafts.reduce((s, d) => {
    if (!d.include) return s;
    const c = parseAmount(d.cost);
    return s + (c.ok ? c.value : 0);
  }, 0);
}

export function toProposalInput(districtId: string, summaryTh: string, drafts: ItemDraft[]): ProposalInput {
  return {
    districtId,
    summaryTh: summaryTh.trim(),
    items: drafts
      .filter((d) => d.include)
      .map((d) => {
        const cost = parseAmount(d.cost);
        return {
          householdId: d.householdId,
          helpKind: d.helpKind as HelpKind,
          helpTh: d.helpTh.trim(),
          cost: cost.ok ? cost.value : 0,
          reasonTh: d.reasonTh.trim(),
        };
      }),
  };
}

/** The server's "items.N.field" issues, by the household of the N-th ticked row. */
export function itemIssues(drafts: ItemDraft[], issues: readonly FieldIssue[]): ItemErrors {
  const chosen = drafts.filter((d) => d.include);
  const out: ItemErrors = {};
  for (const i of issues) {
    const m = /^items\.(\d+)\.(\w+)/.exec(i.path);
    const d = m && chosen[Number(m[1])];
    if (!d) continue;
    const field = m[2] === 'householdId' ? 'include' : m[2]!;
    (out[d.householdId] ??= {})[field] ??= i.messageTh;
  }
  return out;
}

/** The requests module's badge for a district's report: not sent, on time, late, sent back, accepted. */
export function matrixStatusOf(status: ProposalStatus, late: boolean | null): MatrixStatus {
  if (status === 'returned' || status === 'accepted') return status;
  if (status === 'submitted') return late ? 'late' : 'on_time';
  return 'missing';
}
