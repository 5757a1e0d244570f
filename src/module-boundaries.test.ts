// STYLE rule 1: a module is used by others only through its index.ts. This test reads every import
// in src/ and fails on any that reaches into another module's files.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = dirname(fileURLToPath(import.meta.url));
const MODULES = join(SRC, 'modules');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'web' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Which module a file belongs to, or undefined outside src/modules. */
function moduleOf(file: string): string | undefined {
  const rel = relative(MODULES, file);
  return rel.startsWith('..') ? undefined : rel.split('/')[0];
}

function boundaryViolations(files: { file: string; text: string }[]): string[] {
  const problems: string[] = [];
  for (const { file, text } of files) {
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), m[1]!);
      const targetModule = moduleOf(target);
      if (!targetModule || targetModule === moduleOf(file)) continue;
      const inside = relative(join(MODULES, targetModule), target);
      // The database schema composes each module's table types; nothing else may reach in.
      const allowed = inside === 'index.js' || (file === join(SRC, 'db', 'schema.ts') && inside.endsWith('.tables.js'));
      if (!allowed) problems.push(`${relative(SRC, file)} imports ${m[1]}`);
    }
  }
  return problems;
}

test('modules import each other only through index.ts', () => {
  const files = sourceFiles(SRC).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  assert.ok(files.length > 30);
  assert.deepEqual(boundaryViolations(files), []);
});

test('the boundary check catches a reach into another module', () => {
  const file = join(MODULES, 'people', 'probe.ts');
  assert.deepEqual(
    boundaryViolations([
      {
        file,
        text: "import { findUnit } from '../org/org.repository.js';\nimport { orgRoutes } from '../org/index.js';",
      },
    ]),
    ['modules/people/probe.ts imports ../org/org.repository.js'],
  );
});
