// Rows to the nomination DTOs: the dossier with its form, answers and files, what the viewer may
// do with it now, and (once announced) its own aggregate.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Clock } from '../../kernel/dates.js';
import type { Actor } from '../access/index.js';
import { canFill, isEndorser } from './award-access.js';
import {
  categoriesOf,
  nominationFiles,
  nomineesOf,
  winnersOf,
  type CallRow,
  type NominationRow,
} from './awards.repository.js';
import type { TNomination, TNominationSummary } from './awards.schemas.js';
import { effectiveStatus, withinDeadline } from './call-state.js';
import { nomineeDtos, unitRef } from './call-view.js';
import { computeResults } from './compute-results.js';
import type { DossierForm } from './dossier-form.js';
import { formatRatio } from './points.js';

type Q = Kysely<DB> | Transaction<DB>;
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export async function nominationSummaries(db: Q, rows: readonly NominationRow[]): Promise<TNominationSummary[]> {
  const nominees = await nomineesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((n) => ({
    id: n.id,
    callId: n.call_id,
    category: { code: n.category_code, nameTh: n.category_name_th, kind: n.category_kind },
    unit: unitRef({ id: n.org_unit_id, kind: n.unit_kind, name_th: n.unit_name_th }),
    entryName: n.entry_name,
    status: n.status,
    nominees: nomineeDtos(nominees.filter((e) => e.nomination_id === n.id)),
    namedAt: new Date(n.named_at).toISOString(),
    endorsedAt: iso(n.endorsed_at),
    submittedAt: iso(n.submitted_at),
  }));
}

export async function toNomination(
  db: Q,
  ctx: { actor: Actor; clock: Clock },
  call: CallRow,
  n: NominationRow,
): Promise<TNomination> {
  const [summary] = await nominationSummaries(db, [n]);
  const category = (await categoriesOf(db, call.id)).find((c) => c.id === n.category_id)!;
  const files: TNomination['files'] = {};
  for (const f of await nominationFiles(db, [n.id])) {
    (files[f.field_key] ??= []).push({
      id: f.id,
      fileName: f.file_name,
      contentType: f.content_type,
      byteSize: f.byte_size,
    });
  }
  const status = effectiveStatus(call, ctx.clock);
  const window = status === 'open' && withinDeadline(ctx.clock, call.dossier_deadline);
  const filler = canFill(ctx.actor, call, n.unit_path);
  let result: TNomination['result'] = null;
  if (status === 'announced' && n.status === 'submitted') {
    const results = await computeResults(db, call);
    const entry = results.categories.flatMap((c) => c.ranked).find((r) => r.id === n.id);
    const winners = await winnersOf(db, call.id);
    result = {
      aggregate: entry?.aggregate ? formatRatio(entry.aggregate.value) : null,
      winner: winners.some((w) => w.nomination_id === n.id),
    };
  }
  return {
    ...summary!,
    form: category.form as DossierForm,
    answers: (n.answers ?? {}) as Record<string, unknown>,
    files,
    endorsement:
      n.endorsed_at && n.endorser_name && n.endorser_position
        ? { name: n.endorser_name, position: n.endorser_position, at: new Date(n.endorsed_at).toISOString() }
        : null,
    withdrawnAt: iso(n.withdrawn_at),
    withdrawReason: n.withdraw_reason,
    can: {
      edit: window && filler && (n.status === 'draft' || n.status === 'endorsed'),
      endorse: window && isEndorser(ctx.actor, n.org_unit_id) && n.status === 'draft',
      submit: window && filler && n.status === 'endorsed',
      withdraw: window && filler && n.status !== 'withdrawn',
    },
    result,
  };
}
