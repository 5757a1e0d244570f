#!/usr/bin/env node
// Runs every *.test.ts under src/, bench/ and e2e/ with Node's own test runner (TypeScript through tsx).
// Node 20's runner has no glob support, so the files are listed here. Pass paths to run a subset.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...findTests(path));
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const args = process.argv.slice(2);
const files = (args.length ? args : ['src', 'bench', 'e2e']).flatMap((p) =>
  statSync(p).isDirectory() ? findTests(p) : [p],
);
files.sort();
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: { TZ: 'UTC', ...process.env } },
);
process.exit(result.status ?? 1);
