import { execFileSync } from 'node:child_process';
import type { Diagnostic } from '../model/types.js';

/** Largest git output read, in bytes: a name list of a huge monorepo diff fits comfortably. */
const MAX_OUTPUT = 64 * 1024 * 1024;

class GitError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
    readonly missing = false,
  ) {
    super(message);
  }
}

/** Runs git with arguments (never through a shell) in `cwd`; returns stdout. */
function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: MAX_OUTPUT,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Paths as they are, and no pager or prompt can ever wait for input.
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string | Buffer };
    const stderr = String(err.stderr ?? '').trim();
    throw new GitError(stderr.split('\n')[0] || err.message, stderr, err.code === 'ENOENT');
  }
}

function failure(message: string): Diagnostic {
  return {
    rule: 'git-failed',
    severity: 'error',
    message,
    path: '.',
    line: 1,
    column: 1,
    fatal: true,
  };
}

const zList = (out: string): string[] => out.split('\0').filter(Boolean);

/**
 * Files changed since `base`, as a pull request would show them, relative to `root` and
 * `/`-separated: everything that differs between the merge base of `base` and HEAD and the
 * working tree (committed, staged or not), deletions and both sides of a rename included, plus
 * untracked files that are not ignored. Only changes inside `root` are listed. Runs the git CLI
 * (execFile, no shell). Errors — git missing, not a repository, an unknown base, a shallow clone
 * without the base's history — come back as a fatal `git-failed` diagnostic; never throws.
 */
export function changedFiles(
  root: string,
  base: string,
): { files: string[]; base: string } | { diagnostic: Diagnostic } {
  if (!base || base.startsWith('-')) {
    return { diagnostic: failure(`"${base}" is not a git revision to compare with.`) };
  }
  let commit: string;
  try {
    commit = git(root, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]).trim();
  } catch (e) {
    const err = e as GitError;
    if (err.missing) return { diagnostic: failure('git is not installed or not on PATH.') };
    if (/not a git repository/i.test(err.stderr)) {
      return {
        diagnostic: failure(`${root} is not inside a git repository: --changed-only needs one.`),
      };
    }
    if (/dubious ownership/i.test(err.stderr)) {
      return {
        diagnostic: failure(
          `git refuses to work in ${root} (it belongs to another user). Mark it safe: git config --global --add safe.directory ${root}`,
        ),
      };
    }
    // With --quiet, an unknown revision prints nothing; anything else is git's own complaint.
    return {
      diagnostic: failure(
        err.stderr
          ? `git could not read the base revision "${base}": ${err.message}`
          : `The base revision "${base}" is not in this clone. Fetch it first; in GitHub Actions, check out with fetch-depth: 0.`,
      ),
    };
  }
  let mergeBase: string;
  try {
    mergeBase = git(root, ['merge-base', commit, 'HEAD']).trim();
  } catch {
    return {
      diagnostic: failure(
        `HEAD and the base "${base}" have no common history in this clone (a shallow clone?). In GitHub Actions, check out with fetch-depth: 0.`,
      ),
    };
  }
  try {
    const changed = zList(
      git(root, ['diff', '--name-only', '--no-renames', '--relative', '-z', mergeBase, '--']),
    );
    const untracked = zList(git(root, ['ls-files', '--others', '--exclude-standard', '-z']));
    return { files: [...new Set([...changed, ...untracked])].sort(), base: commit };
  } catch (e) {
    return { diagnostic: failure(`git could not list the changed files: ${(e as Error).message}`) };
  }
}
