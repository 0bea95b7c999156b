import { resolve } from 'node:path';
import type { Diagnostic, Severity } from '../model/types.js';
import { ReleaseError } from './errors.js';
import { readCommits, readRepoState } from './git.js';

/** The conventional types of the Angular convention, which commit-lint accepts by default. */
export const DEFAULT_TYPES = [
  'feat',
  'fix',
  'perf',
  'docs',
  'style',
  'refactor',
  'test',
  'build',
  'ci',
  'chore',
  'revert',
] as const;

const HEADER_PATTERN = /^(\w+)(?:\(([\w$@.\-*/, ]+)\))?(!)?: (\S.*)$/;

/** What commit-lint checks. */
export interface CommitLintOptions {
  /** Folder git runs in (for `range`). */
  cwd: string;
  /** A pull request title, checked as a commit header (it becomes the squash commit's subject). */
  title?: string;
  /** Commits to check: `base..head`, or one revision for that commit alone. */
  range?: string;
  /** One whole commit message (e.g. from a commit-msg hook), checked like a commit's. */
  message?: string;
  /** Allowed types (default {@link DEFAULT_TYPES}). */
  types?: readonly string[];
  /** Longest header allowed, in characters (default 100). */
  headerMaxLength?: number;
}

/** One title or commit that was checked. */
export interface LintedMessage {
  /** `PR title`, `message`, or the commit's short hash. */
  id: string;
  header: string;
  passed: boolean;
}

/** What commit-lint found. */
export interface CommitLintResult {
  /** Findings; `path` is `PR title`, `message` or `commit <short hash>`, `line` the message line. */
  diagnostics: Diagnostic[];
  checked: LintedMessage[];
  /** True when no finding is an error. */
  passed: boolean;
}

/**
 * Where each rule comes from and why it matters; the message of every finding ends with it, so
 * an annotation explains itself.
 */
export const COMMIT_RULES: Record<string, { severity: Severity; why: string }> = {
  'commit-header-format': {
    severity: 'error',
    why: 'Write the header as "type(scope): subject" — a type, an optional scope in parentheses, "!" for a breaking change, a colon and one space, then the subject (Conventional Commits 1.0.0 §1–5). Example: "fix(parser): accept empty boards".',
  },
  'commit-type': {
    severity: 'error',
    why: 'The type decides the changelog section and the version bump (feat → minor, fix/perf → patch).',
  },
  'commit-type-case': {
    severity: 'warning',
    why: 'Types are written in lower case by convention; tools compare them case-insensitively.',
  },
  'commit-header-length': {
    severity: 'warning',
    why: 'A short header fits on one line in git log, the GitHub UI and the changelog.',
  },
  'commit-body-leading-blank': {
    severity: 'warning',
    why: 'A blank line must separate the header from the body (Conventional Commits 1.0.0 §6).',
  },
  'commit-breaking-case': {
    severity: 'error',
    why: 'Only "BREAKING CHANGE:" or "BREAKING-CHANGE:" in upper case marks a breaking change (Conventional Commits 1.0.0 §16); as written it is ignored and the release would not be major.',
  },
  'commit-fixup': {
    severity: 'warning',
    why: 'fixup!/squash! commits are meant to be folded into their target (git rebase -i --autosquash) before merging.',
  },
};

/**
 * Checks one message (header, optional body and footers) against Conventional Commits 1.0.0.
 * `where` becomes each finding's `path`; lines are 1-based lines of the message. Git's own
 * `Revert "…"` headers pass.
 */
export function lintMessage(
  message: string,
  where: string,
  options: Pick<CommitLintOptions, 'types' | 'headerMaxLength'> = {},
): Diagnostic[] {
  const types = (options.types ?? DEFAULT_TYPES).map((t) => t.toLowerCase());
  const max = options.headerMaxLength ?? 100;
  const lines = message.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const header = lines[0] ?? '';
  const found: Diagnostic[] = [];
  const report = (rule: string, message: string, line = 1): void => {
    const r = COMMIT_RULES[rule]!;
    found.push({
      rule,
      severity: r.severity,
      message: `${message} ${r.why}`,
      path: where,
      line,
      column: 1,
    });
  };

  if (/^(fixup|squash|amend)! /.test(header)) {
    report('commit-fixup', `"${header}" is a ${header.split('!')[0]}! commit.`);
    return found;
  }
  if (/^Revert ".*"$/.test(header)) return found;

  const m = HEADER_PATTERN.exec(header);
  if (!m) {
    report(
      'commit-header-format',
      `"${header}" is not a conventional commit header${headerHint(header)}.`,
    );
  } else {
    const type = m[1]!;
    if (!types.includes(type.toLowerCase())) {
      report('commit-type', `Type "${type}" is not one of ${types.join(', ')}.`);
    } else if (type !== type.toLowerCase()) {
      report('commit-type-case', `Type "${type}" should be written "${type.toLowerCase()}".`);
    }
  }
  if ([...header].length > max) {
    report(
      'commit-header-length',
      `The header is ${[...header].length} characters long; the limit is ${max}.`,
    );
  }
  if (lines.length > 1 && lines[1]!.trim() !== '') {
    report('commit-body-leading-blank', 'Line 2 is not blank.', 2);
  }
  lines.forEach((line, i) => {
    if (i === 0) return;
    const b = /^\s*(breaking[ -]change)\s*:/i.exec(line);
    if (b && b[1] !== 'BREAKING CHANGE' && b[1] !== 'BREAKING-CHANGE') {
      report('commit-breaking-case', `"${b[1]}:" on line ${i + 1} is not upper case.`, i + 1);
    }
  });
  return found;
}

/** A hint for the most common ways a header misses the format. */
function headerHint(header: string): string {
  if (!header.trim()) return ' (it is empty)';
  if (/^\w+(\([^)]*\))?!?:\S/.test(header)) return ' (put one space after the colon)';
  if (/^\w+(\([^)]*\))?!?:\s*$/.test(header)) return ' (the subject after the colon is empty)';
  if (/^\w+\s*\([^)]*$/.test(header)) return ' (the scope is not closed with ")")';
  if (/^\w+ +(\([^)]*\))?!?:/.test(header)) return ' (no space between the type and the colon)';
  if (!/:/.test(header)) return ' (there is no "type:" prefix)';
  return '';
}

/**
 * Checks a PR title, one message and/or the commits of a range (merge commits skipped: they are
 * not written by hand). Throws ReleaseError for a range that cannot be read (not a repository,
 * shallow clone, unknown revision, a message that is not UTF-8) and `bad-option` when there is
 * nothing to check.
 */
export async function lintCommits(options: CommitLintOptions): Promise<CommitLintResult> {
  const diagnostics: Diagnostic[] = [];
  const checked: LintedMessage[] = [];
  const check = (message: string, id: string, where: string): void => {
    const found = lintMessage(message, where, options);
    diagnostics.push(...found);
    checked.push({
      id,
      header: message.split('\n')[0] ?? '',
      passed: !found.some((d) => d.severity === 'error'),
    });
  };
  if (options.title === undefined && options.range === undefined && options.message === undefined) {
    throw new ReleaseError(
      'bad-option',
      'Nothing to check: give a PR title, a commit range or a message.',
    );
  }
  if (options.title !== undefined) check(options.title, 'PR title', 'PR title');
  if (options.message !== undefined) check(options.message, 'message', 'message');
  if (options.range !== undefined) {
    const cwd = resolve(options.cwd);
    await readRepoState(cwd);
    const [from, to] = options.range.includes('..')
      ? options.range.split(/\.{2,3}/, 2)
      : [undefined, options.range];
    const commits = await readCommits(cwd, {
      ...(from ? { from } : {}),
      to: to || 'HEAD',
      ...(from ? {} : { maxCount: 1 }),
    });
    // Oldest first, as the commits were written.
    for (const c of [...commits].reverse()) {
      const short = c.hash.slice(0, 7);
      check(c.message, short, `commit ${short}`);
    }
  }
  return { diagnostics, checked, passed: !diagnostics.some((d) => d.severity === 'error') };
}
