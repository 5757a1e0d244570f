// Runs every rule over the groups' books and attaches each flag's resolution, if any. Flags are
// computed on read (never stored), so nothing but the books decides what is flagged.
import { CompiledQuery, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { TAnomaly } from './anomalies.schemas.js';
import { RULES } from './rules.js';

export async function detectAnomalies(db: Kysely<DB>, groupIds: readonly string[]): Promise<TAnomaly[]> {
  if (groupIds.length === 0) return [];
  const ids = `{${groupIds.join(',')}}`;
  const names = new Map(
    (
      await db
        .selectFrom('savings_group')
        .select(['id', 'name_th'])
        .where('id', 'in', [...groupIds])
        .execute()
    ).map((g) => [g.id, g.name_th]),
  );
  const resolutions = new Map(
    (
      await db
        .selectFrom('anomaly_resolution as r')
        .innerJoin('user_account as u', 'u.id', 'r.resolved_by')
        .select(['r.group_id', 'r.rule', 'r.subject', 'r.note', 'r.resolved_at', 'u.username'])
        .where('r.group_id', 'in', [...groupIds])
        .execute()
    ).map((r) => [`${r.group_id}|${r.rule}|${r.subject}`, r]),
  );
  const out: TAnomaly[] = [];
  for (const rule of RULES) {
    const { rows } = await db.executeQuery<{ group_id: string; subject: string; facts: Record<string, unknown> }>(
      CompiledQuery.raw(rule.sql, [ids]),
    );
    for (const r of rows) {
      const { th, en } = rule.explain(typeof r.facts === 'string' ? JSON.parse(r.facts) : r.facts);
      const res = resolutions.get(`${r.group_id}|${rule.code}|${r.subject}`);
      out.push({
        groupId: r.group_id,
        groupNameTh: names.get(r.group_id) ?? '',
        rule: rule.code,
        ruleNameTh: rule.nameTh,
        subject: r.subject,
        messageTh: th,
        messageEn: en,
        resolution: res
          ? { note: res.note, resolvedBy: res.username, resolvedAt: new Date(res.resolved_at).toISOString() }
          : null,
      });
    }
  }
  return out;
}
