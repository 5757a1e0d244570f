// Benchmark (f): peak resident memory — of the process posting through the service layer during
// (a) (the service runs in-process there), and of the server process during (d). No run of its
// own: it reads (a) and (d) from this run, or from this commit's recorded results. Target ≤ 1 GiB.
import type { DbKind } from './db.js';
import { readResult, type BenchResult, type Figure } from './results.js';

export function memory(
  o: { commit: string; benchCommit: string; kind: DbKind },
  done: readonly BenchResult[],
): BenchResult {
  const find = (id: 'a' | 'd') => done.find((r) => r.id === id) ?? readResult(o.commit, id, o.kind);
  const a = find('a');
  const d = find('d');
  if (!a && !d) throw new Error(`(f) needs (a) or (d) on ${o.kind} for ${o.commit}: run them first`);
  const figure = (label: string, mib: number): Figure => ({
    label,
    measured: mib,
    unit: 'MiB',
    better: 'lower',
    raw: null,
    ratio: null,
    target: '≤ 1,024 MiB',
    met: mib <= 1024,
  });
  const figures: Figure[] = [];
  if (a) figures.push(figure('peak RSS posting (a), in-process', Number(a.details.peakRssMiB)));
  if (d) figures.push(figure('server peak RSS under load (d)', Number(d.details.serverPeakRssMiB)));
  console.log(`\n(f) memory on ${o.kind}: ${figures.map((f) => `${f.label} ${f.measured} MiB`).join('; ')}`);
  return {
    id: 'f',
    name: 'memory',
    database: o.kind,
    commit: o.commit,
    benchCommit: o.benchCommit,
    data: [a && `(a) ${a.data}`, d && `(d) ${d.data}`].filter(Boolean).join('; '),
    startedAt: new Date().toISOString(),
    seconds: 0,
    figures,
    details: {
      fromA: a?.startedAt ?? null,
      fromD: d?.startedAt ?? null,
      processHwmMiB: a?.details.processHwmMiB ?? null,
    },
  };
}
