import type { Diagnostic } from '../model/types.js';

/**
 * Why a release flow cannot go on. Each is a kind of unusable input (exit code 2): the message
 * says what was found and what to do about it.
 */
export type ReleaseErrorRule =
  | 'git-missing'
  | 'git-failed'
  | 'not-a-git-repo'
  | 'no-commits'
  | 'shallow-clone'
  | 'no-release-tag'
  | 'non-semver-tag'
  | 'tag-exists'
  | 'invalid-utf8-commit'
  | 'changelog-invalid-utf8'
  | 'changelog-conflict-markers'
  | 'changelog-uncommitted'
  | 'commitlint-config'
  | 'bad-option';

/**
 * Thrown by the release functions for input they cannot use: no repository, a shallow clone, no
 * or malformed release tags, a commit message that is not UTF-8, a CHANGELOG.md with conflict
 * markers, a bad option. `path`/`line` point at the file when there is one (1-based line).
 * Adapters turn it into a fatal Diagnostic with {@link releaseErrorDiagnostic}; nothing has been
 * written when it is thrown.
 */
export class ReleaseError extends Error {
  constructor(
    readonly rule: ReleaseErrorRule,
    message: string,
    readonly path?: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'ReleaseError';
  }
}

/**
 * The error as a fatal Diagnostic (severity error, `fatal: true`). Errors that are not
 * ReleaseErrors become rule `internal-error` with their message, never a stack trace.
 */
export function releaseErrorDiagnostic(e: unknown): Diagnostic {
  if (e instanceof ReleaseError) {
    return {
      rule: e.rule,
      severity: 'error',
      message: e.message,
      path: e.path ?? '',
      line: e.line ?? 0,
      column: e.line ? 1 : 0,
      fatal: true,
    };
  }
  return {
    rule: 'internal-error',
    severity: 'error',
    message: (e as Error)?.message ?? String(e),
    path: '',
    line: 0,
    column: 0,
    fatal: true,
  };
}
