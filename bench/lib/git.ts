// Which code a result belongs to: the short commit, with "-dirty" when the worktree has uncommitted
// changes (such a result cannot be reproduced from the commit alone), and a throwaway worktree of an
// earlier commit for baseline runs. Read-only git on the main checkout; worktrees live under /tmp.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** `7b536dd` or `7b536dd-dirty`. Only tracked files and untracked files outside ignored paths count. */
export function commitLabel(root: string = REPO_ROOT): string {
  const short = git(root, 'rev-parse', '--short=7', 'HEAD');
  // Results written by earlier runs must not make the next run "dirty".
  const dirty = git(root, 'status', '--porcelain', '--', '.', ':(exclude)bench/results')
    .split('\n')
    .some((l) => l.trim() !== '');
  return dirty ? `${short}-dirty` : short;
}

export function shortCommit(rev: string, root: string = REPO_ROOT): string {
  return git(root, 'rev-parse', '--short=7', rev);
}

/** Is `ancestor` an ancestor of (or equal to) `rev`? */
export function isAncestor(ancestor: string, rev: string, root: string = REPO_ROOT): boolean {
  try {
    execFileSync('git', ['merge-base', '--is-ancestor', ancestor, rev], { cwd: root, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Commits from HEAD backwards (short hashes), for finding the newest recorded ancestor result. */
export function ancestry(from: string, limit = 200, root: string = REPO_ROOT): string[] {
  return git(root, 'rev-list', `--max-count=${limit}`, '--abbrev=7', '--abbrev-commit', from).split('\n');
}

export interface Worktree {
  dir: string;
  commit: string;
  remove(): void;
}

/**
 * A detached worktree of `rev` under /tmp with this checkout's node_modules linked in, so the
 * earlier commit's src/ runs with the same dependencies (a dependency change between the two
 * commits would need its own install; the runner reports the failure and falls back).
 */
export function baselineWorktree(rev: string, root: string = REPO_ROOT): Worktree {
  const commit = shortCommit(rev, root);
  const dir = join(mkdtempSync(join(tmpdir(), `chumchon-bench-${commit}-`)), 'wt');
  git(root, 'worktree', 'add', '--detach', dir, commit);
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return {
    dir,
    commit,
    remove: () => git(root, 'worktree', 'remove', '--force', dir),
  };
}
