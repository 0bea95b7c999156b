import { resolve } from 'node:path';
import type { Diagnostic } from '../model/types.js';
import { type LintedCommit, splitCommit, toLines } from './commit-message.js';
import { ReleaseError } from './errors.js';
import { parseRevisionRange, readCommits, readRepoState } from './git.js';
import { type LintConfig, loadLintConfig, type RuleSetting } from './lint-config.js';
import { ignoredBy } from './lint-ignores.js';
import { RULES } from './lint-rules.js';

/** What commit-lint checks. */
export interface CommitLintOptions {
  /** Folder git runs in (for `range`) and where the commitlint configuration is looked for. */
  cwd: string;
  /** A pull request title, checked as a commit header (it becomes the squash commit's subject). */
  title?: string;
  /** Commits to check: `base..head`, or one revision for that commit alone. */
  range?: string;
  /** One whole commit message (e.g. from a commit-msg hook), checked like a commit's. */
  message?: string;
  /** With `message`: lines starting with this are comments (git's `#`), as in a hook's file. */
  commentChar?: string;
  /**
   * The commitlint configuration file (relative to `cwd`). Default: the repository's
   * `commitlint.config.*` / `.commitlintrc*`, else config-conventional. `false`: always the
   * built-in config-conventional.
   */
  config?: string | false;
  /** Replaces the allowed types (the value of `type-enum`). */
  types?: readonly string[];
  /** Replaces the longest header allowed (the value of `header-max-length`). */
  headerMaxLength?: number;
}

/** One title or commit that was checked. */
export interface LintedMessage {
  /** `PR title`, `message`, or the commit's short hash. */
  id: string;
  header: string;
  passed: boolean;
  /** Why commitlint's default ignores skip it (a merge commit, a revert, …). */
  ignored?: string;
}

/** What commit-lint found. */
export interface CommitLintResult {
  /** Findings; `path` is `PR title`, `message` or `commit <short hash>`, `line` the message line. */
  diagnostics: Diagnostic[];
  checked: LintedMessage[];
  /** True when no finding is an error. */
  passed: boolean;
  /** The configuration used: where it came from, the rules in force, what was not applied. */
  config: { source: string; rules: string[]; unsupported: string[] };
}

/** Why each config-conventional rule matters: the explanation its findings end with. */
const WHY: Record<string, string> = {
  'type-empty':
    'Write the header as "type(scope): subject": a type, an optional scope in parentheses, "!" for a breaking change, a colon and one space, then the subject (Conventional Commits 1.0.0). Example: "fix(parser): accept empty boards".',
  'subject-empty': 'The subject after "type: " says what changed; the changelog lists it.',
  'type-enum':
    'The type decides the changelog section and the version bump (feat → minor, fix/perf → patch).',
  'type-case':
    'Types are lower case, so tools that compare them exactly (commit-analyzer) see them.',
  'subject-case':
    'The subject starts in lower case, so that every entry of the changelog reads alike.',
  'subject-full-stop': 'A header is a title: no full stop at the end.',
  'header-max-length':
    'A short header fits on one line in git log, the GitHub UI and the changelog.',
  'header-trim': 'White space around the header hides its type from the tools that read it.',
  'body-leading-blank':
    'A blank line must separate the header from the body (Conventional Commits 1.0.0 §6).',
  'footer-leading-blank':
    'A blank line must separate the footers from the body (Conventional Commits 1.0.0 §8).',
  'body-max-line-length': 'Wrap the body (lines holding a URL may be longer).',
  'footer-max-line-length': 'Wrap the footers (lines holding a URL may be longer).',
  'breaking-change-case':
    'Only "BREAKING CHANGE:" or "BREAKING-CHANGE:" in upper case marks a breaking change (Conventional Commits 1.0.0 §16); as written, boardwright does not release the change as major (semantic-release does).',
};

const SEVERITY = { 1: 'warning', 2: 'error' } as const;

/**
 * Checks one message with `config` as commitlint does: a message of white space only, or one
 * commitlint's default ignores skip (unless `defaultIgnores` is false), passes unchecked;
 * otherwise every rule above level 0 runs, and each failing rule gives one finding named as
 * commitlint names it (level 2 error, level 1 warning) with commitlint's message and why the
 * rule matters. One warning is boardwright's own: `breaking-change-case`, for a breaking-change
 * footer not in upper case. `where` becomes each finding's `path`; lines are 1-based lines of
 * the message. Linear in the message's length.
 */
export function lintMessage(
  message: string,
  where: string,
  config: LintConfig,
  commentChar?: string,
): { diagnostics: Diagnostic[]; ignored?: string; commit?: LintedCommit } {
  if (!message.trim()) return { diagnostics: [] };
  if (config.defaultIgnores) {
    const ignored = ignoredBy(message);
    if (ignored) return { diagnostics: [], ignored };
  }
  const commit = splitCommit(message, commentChar);
  const diagnostics: Diagnostic[] = [];
  for (const [name, setting] of Object.entries(config.rules)) {
    if (setting.level === 0) continue;
    const [valid, text] = RULES[name]!(commit, setting.when, setting.value);
    if (valid) continue;
    // Say what is wrong with a header that does not parse at all, once.
    const shape =
      (name === 'type-empty' || (name === 'subject-empty' && commit.type)) && commit.header
        ? ` "${commit.header}" is not a conventional commit header${headerHint(commit.header)}.`
        : '';
    diagnostics.push({
      rule: name,
      severity: SEVERITY[setting.level],
      message: `${capital(text || name)}.${shape}${WHY[name] ? ` ${WHY[name]}` : ''}`,
      path: where,
      line: lineOf(name, commit, setting),
      column: 1,
    });
  }
  const lower = lowerCaseBreaking(commit);
  if (lower) {
    diagnostics.push({
      rule: 'breaking-change-case',
      severity: 'warning',
      message: `"${lower.keyword}:" on line ${lower.line} is not upper case. ${WHY['breaking-change-case']}`,
      path: where,
      line: lower.line,
      column: 1,
    });
  }
  return { diagnostics, commit };
}

/** A hint for the most common ways a header misses the `type(scope): subject` form. */
function headerHint(header: string): string {
  if (!header.trim()) return ' (it is empty)';
  if (header !== header.trimStart()) return ' (it starts with white space)';
  if (/^\w+(?:\([^)]*\))?!?:(?! )/.test(header)) {
    return /^\w+(?:\([^)]*\))?!?:\s*$/.test(header)
      ? ' (the subject after the colon is empty)'
      : ' (put one space after the colon)';
  }
  if (/^\w+\s*\([^)]*$/.test(header)) return ' (the scope is not closed with ")")';
  if (/^\w+ +(?:\([^)]*\))?!?:/.test(header)) return ' (no space between the type and the colon)';
  if (!header.includes(':')) return ' (there is no "type:" prefix)';
  return '';
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The message line a finding points at: the first over-long line, the missing blank line, … */
function lineOf(rule: string, commit: LintedCommit, setting: RuleSetting): number {
  if (rule === 'body-leading-blank') return 2;
  const lines = toLines(commit.raw);
  if (rule === 'body-max-line-length' || rule === 'footer-max-line-length') {
    const max = Number(setting.value);
    const part = (rule === 'body-max-line-length' ? commit.body : commit.footer) ?? '';
    const long = toLines(part).find((l) => l.length > max && !/\bhttps?:\/\/\S+/.test(l));
    const at = long === undefined ? -1 : lines.indexOf(long);
    return at >= 0 ? at + 1 : 1;
  }
  if (rule === 'footer-leading-blank' && commit.footer) {
    const at = lines.indexOf(toLines(commit.footer)[0]!);
    return at >= 0 ? at + 1 : 1;
  }
  return 1;
}

/** A `breaking change:` footer in another case than upper, and its line. */
function lowerCaseBreaking(commit: LintedCommit): { keyword: string; line: number } | undefined {
  if (!commit.notes.length) return undefined;
  const lines = toLines(commit.raw);
  for (let i = 1; i < lines.length; i++) {
    const m = /^[\s|*]*(breaking[ -]change)[:\s]/i.exec(lines[i]!.slice(0, 200));
    if (m && m[1] !== 'BREAKING CHANGE' && m[1] !== 'BREAKING-CHANGE') {
      return { keyword: m[1]!, line: i + 1 };
    }
  }
  return undefined;
}

/**
 * The configuration commit-lint uses for `options` (see {@link CommitLintOptions.config}),
 * with `types` and `headerMaxLength` applied on top. `root` bounds the search for a file.
 */
export function commitLintConfig(root: string, options: CommitLintOptions): LintConfig {
  const config = loadLintConfig(root, resolve(options.cwd), options.config);
  const override = (rule: string, value: unknown): void => {
    const current = config.rules[rule];
    config.rules[rule] = {
      level: current && current.level > 0 ? current.level : 2,
      when: 'always',
      value,
    };
  };
  if (options.types?.length) override('type-enum', [...options.types]);
  if (options.headerMaxLength !== undefined) override('header-max-length', options.headerMaxLength);
  return config;
}

/**
 * Checks a PR title, one message and/or the commits of a range (merge commits skipped: they are
 * not written by hand) with the repository's commitlint configuration, or config-conventional.
 * Throws ReleaseError for a range that cannot be read (not a repository, a shallow clone, an
 * unknown revision, a revision that would be read as an option, a message that is not UTF-8),
 * `commitlint-config` for a configuration that cannot be used, and `bad-option` when there is
 * nothing to check.
 */
export async function lintCommits(options: CommitLintOptions): Promise<CommitLintResult> {
  if (options.title === undefined && options.range === undefined && options.message === undefined) {
    throw new ReleaseError(
      'bad-option',
      'Nothing to check: give a PR title, a commit range or a message.',
    );
  }
  const cwd = resolve(options.cwd);
  const range = options.range === undefined ? undefined : parseRevisionRange(options.range);
  let root = cwd;
  try {
    root = (await readRepoState(cwd)).root;
  } catch (e) {
    // A title or a message can be checked outside a repository; a range cannot.
    if (range) throw e;
  }
  const config = commitLintConfig(root, options);
  const diagnostics: Diagnostic[] = [];
  const checked: LintedMessage[] = [];
  const check = (message: string, id: string, where: string, commentChar?: string): void => {
    const found = lintMessage(message, where, config, commentChar);
    diagnostics.push(...found.diagnostics);
    checked.push({
      id,
      header: found.commit?.header ?? message.replace(/^[\r\n]+/, '').split(/\r?\n/, 1)[0]!,
      passed: !found.diagnostics.some((d) => d.severity === 'error'),
      ...(found.ignored ? { ignored: found.ignored } : {}),
    });
  };
  if (options.title !== undefined) check(options.title, 'PR title', 'PR title');
  if (options.message !== undefined)
    check(options.message, 'message', 'message', options.commentChar);
  if (range) {
    const commits = await readCommits(cwd, {
      ...(range.from ? { from: range.from } : {}),
      to: range.to,
      ...(range.from ? {} : { maxCount: 1 }),
    });
    // Oldest first, as the commits were written.
    for (const c of [...commits].reverse()) {
      const short = c.hash.slice(0, 7);
      check(c.message, short, `commit ${short}`);
    }
  }
  for (const text of config.unsupported) {
    diagnostics.push({
      rule: 'commitlint-config-unsupported',
      severity: 'warning',
      message: text,
      path: config.source,
      line: 1,
      column: 1,
    });
  }
  return {
    diagnostics,
    checked,
    passed: !diagnostics.some((d) => d.severity === 'error'),
    config: {
      source: config.source,
      rules: Object.entries(config.rules)
        .filter(([, r]) => r.level > 0)
        .map(([name]) => name),
      unsupported: config.unsupported,
    },
  };
}
