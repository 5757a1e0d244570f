// `npx tsx bench/report.ts [--commit <label>] [--baseline <label>]`: the README's benchmark section
// as markdown — for every recorded benchmark of this commit: measured, raw limit, ratio, target, met,
// and the previous commit's value with the change. The previous value is the baseline run's result
// for that commit (`npm run bench -- --baseline`), else the newest recorded result of an ancestor
// commit (marked "recorded"). Misses are listed with how far off they are.
import { parseArgs } from 'node:util';
import { ancestry, commitLabel, shortCommit } from './lib/git.js';
import { readResult, recordedCommits, type BenchId, type BenchResult, type Figure } from './lib/results.js';
import { fmt } from './lib/stats.js';
import type { DbKind } from './lib/db.js';

const { values } = parseArgs({ options: { commit: { type: 'string' }, baseline: { type: 'string' } } });
const current = values.commit ?? commitLabel();
const head = current.replace(/-dirty$/, '');
const IDS: BenchId[] = ['a', 'b', 'c', 'd', 'e', 'f'];
const KINDS: DbKind[] = ['postgres', 'pglite'];

/** The previous result: the baseline commit's (HEAD~1 by default) or the newest recorded ancestor's. */
function previous(id: BenchId, kind: DbKind): { r: BenchResult; how: string } | undefined {
  const base = values.baseline ?? safe(() => shortCommit(`${head}~1`));
  if (base) {
    const r = readResult(base, id, kind);
    if (r) return { r, how: `${base}` };
  }
  const recorded = recordedCommits();
  for (const c of safe(() => ancestry(`${head}~1`)) ?? []) {
    if (!recorded.has(c)) continue;
    const r = readResult(c, id, kind);
    if (r) return { r, how: `${c} (recorded)` };
  }
  return undefined;
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

const unit = (f: Figure, n: number | null) => (n === null ? '—' : `${fmt(n)} ${f.unit}`);

function change(f: Figure, before: Figure | undefined): string {
  if (!before || before.measured === 0) return '—';
  const ratio = f.better === 'higher' ? f.measured / before.measured : before.measured / f.measured;
  const pct = (ratio - 1) * 100;
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(0)} % ${Math.abs(pct) < 5 ? '(same)' : pct > 0 ? 'better' : 'worse'}`;
}

function miss(f: Figure): string | undefined {
  if (f.met !== false) return undefined;
  const limit = /([\d,.]+)\s*(ms|s|MiB|\/s)?/.exec(f.target.replace('ratio ≥ 0.5', ''))?.[1];
  const target = limit ? Number(limit.replace(/,/g, '')) : NaN;
  const parts: string[] = [];
  if (Number.isFinite(target) && target > 0) {
    const off = f.better === 'lower' ? f.measured / target : target / f.measured;
    parts.push(`${fmt(f.measured)} ${f.unit} against ${f.target} (${fmt(off)}× off)`);
  }
  if (f.target.includes('ratio') && f.ratio !== null && f.ratio < 0.5)
    parts.push(`ratio ${fmt(f.ratio)} against 0.5 (${fmt(0.5 / f.ratio)}× off)`);
  return parts.join('; ') || `${fmt(f.measured)} ${f.unit} against ${f.target}`;
}

const rows: string[] = [];
const misses: string[] = [];
const sources = new Set<string>();
for (const id of IDS) {
  for (const kind of KINDS) {
    const r = readResult(current, id, kind);
    if (!r) continue;
    sources.add(`(${id}) ${kind}: ${r.data}`);
    const prev = previous(id, kind);
    for (const f of r.figures) {
      const before = prev?.r.figures.find((x) => x.label === f.label);
      rows.push(
        `| (${id}) ${r.name}: ${f.label} | ${kind} | ${unit(f, f.measured)} | ${unit(f, f.raw)} | ${f.ratio === null ? '—' : fmt(f.ratio)} | ${f.target} | ${f.met === null ? '—' : f.met ? 'yes' : '**no**'} | ${before ? `${unit(f, before.measured)} @ ${prev!.how}` : '—'} | ${change(f, before)} |`,
      );
      const m = miss(f);
      if (m) misses.push(`- (${id}) ${f.label} on ${kind}: ${m}.`);
    }
  }
}

console.log(`## Benchmarks

\`npm run bench\` (never timed tests) runs each benchmark with its raw limit measured in the same run;
results are in \`bench/results/<commit>-<id>-<db>.json\`, and \`npm run bench -- --baseline\` measures
the previous commit's app code with the same benchmark code, so a regression shows as a ratio.
Ratio = measured relative to the raw limit (1 = as fast as the raw limit). Commit ${current}.

| benchmark | db | measured | raw limit | ratio | target | met? | previous | change |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Raw limits: (a) COPY of the same journal rows into trigger-free copies of the journal tables (same
keys, indexes and checks); (b) one SQL statement computing every group's pools and every member's
dividend, refund and special-savings interest from the same inputs (asserted equal to the module's);
(c) one hand-written SQL over the maintained tables returning the same figures; (d) GET /api/health
under the same load; (e) COPY of the same rows into the same PGlite.

Data: ${[...sources].map((s) => `\n- ${s}`).join('')}
${misses.length ? `\nTargets missed (targets are not lowered):\n${misses.join('\n')}\n` : ''}`);
