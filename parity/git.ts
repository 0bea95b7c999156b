import { execFile } from 'node:child_process';
import type { Diagnostic } from '../model/types.js';
import { fatalDiagnostic } from './document.js';

/** Largest file read from git, in bytes. */
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * A ref git may be asked about: no leading `-` (it would be read as an option), no whitespace,
 * control characters or `:` (which separates the ref from the path).
 */
export function isSafeRef(ref: string): boolean {
  if (!ref || ref.length > 256 || ref.startsWith('-')) return false;
  for (const ch of ref) {
    const code = ch.codePointAt(0) as number;
    if (code <= 32 || code === 127 || ch === ':') return false;
  }
  return true;
}

/**
 * The bytes of `path` (relative to `root`, which must be inside a git work tree) at `ref`:
 * `git show <ref>:./<path>`, run with execFile (an argument array, no shell) and a 60 s timeout.
 * Failures are fatal diagnostics on `path`: rule `parity-baseline-missing` when the ref has no
 * such file, `git-failed` otherwise (unknown ref, not a repository, git missing). Never throws.
 */
export function gitShow(
  root: string,
  ref: string,
  path: string,
): Promise<
  { bytes: Buffer; diagnostic?: undefined } | { bytes?: undefined; diagnostic: Diagnostic }
> {
  if (!isSafeRef(ref)) {
    return Promise.resolve({
      diagnostic: fatalDiagnostic(
        path,
        'git-failed',
        `"${ref}" is not a usable git ref (it may not start with "-" or contain spaces or ":").`,
      ),
    });
  }
  return new Promise((done) => {
    execFile(
      'git',
      ['show', `${ref}:./${path}`],
      { cwd: root, encoding: 'buffer', maxBuffer: MAX_BYTES, timeout: 60_000, windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return done({ bytes: stdout });
        const said = (stderr?.toString('utf8') ?? '').trim().split('\n')[0] ?? '';
        const code = (error as NodeJS.ErrnoException).code;
        let diagnostic: Diagnostic;
        if (code === 'ENOENT') {
          diagnostic = fatalDiagnostic(path, 'git-failed', 'git is not installed or not on PATH.');
        } else if (/not a git repository/i.test(said)) {
          diagnostic = fatalDiagnostic(
            path,
            'git-failed',
            `The workspace is not inside a git repository, so the baseline cannot be read at ${ref}. Pass --baseline with a committed file instead.`,
          );
        } else if (/does not exist in|exists on disk, but not in/.test(said)) {
          diagnostic = fatalDiagnostic(
            path,
            'parity-baseline-missing',
            `No baseline: ${path} does not exist at ${ref}. Commit a matrix there first (boardwright parity run --out ${path}), or pass --baseline with a committed file.`,
          );
        } else {
          diagnostic = fatalDiagnostic(
            path,
            'git-failed',
            `git cannot read ${path} at ${ref}: ${said || (error as Error).message}. Is the ref fetched (actions/checkout with fetch-depth: 0)?`,
          );
        }
        done({ diagnostic });
      },
    );
  });
}
