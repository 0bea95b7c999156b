import { CommitParser, type Commit } from 'conventional-commits-parser';
import type { RawCommit } from './git.js';

/**
 * One change a release brings, read from a conventional commit (Conventional Commits 1.0.0:
 * `type(scope)!: subject`, optional body, footers such as `BREAKING CHANGE: text`). A squash
 * commit yields one change for its subject and one for each conventional commit its body lists.
 */
export interface Change {
  /** Lower-cased type: `feat`, `fix`, `perf`, `docs`, … */
  type: string;
  scope?: string;
  subject: string;
  /** `!` before the colon, or a `BREAKING CHANGE:` / `BREAKING-CHANGE:` footer. */
  breaking: boolean;
  /** The texts of `BREAKING CHANGE:` / `BREAKING-CHANGE:` footers (none for a bare `!`). */
  breakingNotes: readonly string[];
  /** Board item ids the change names: an id-like scope (`feat(BSP-011): …`) or `Refs` footers. */
  items: readonly string[];
  /** The commit the change comes from (full hash). */
  hash: string;
  /** Committer date of that commit, ISO 8601. */
  date: string;
  /** The conventional header as written, e.g. `feat(api)!: drop v1`. */
  header: string;
  /** True when the change is listed in a squash commit's body rather than its subject. */
  fromBody: boolean;
}

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

/**
 * The header grammar: type, optional scope in parentheses, optional `!`, colon, one space and a
 * subject. Types are compared case-insensitively (Conventional Commits 1.0.0 §15).
 */
export const HEADER_PATTERN = /^(\w+)(?:\(([\w$@.\-*/, ]+)\))?(!)?: (\S.*)$/;

/**
 * Board item ids: `BSP-011`-style keys, dotted milestone numbers (`M1.2.1`, `1.2.1`) and
 * spec-kit task ids (`T001`). In a scope the stricter form is required so that scopes such as
 * `S3` or `api` are not taken for items.
 */
const ITEM_ID_STRICT = /^(?:[A-Z][A-Z0-9]*-\d+[A-Za-z0-9]*|[A-Z]{1,3}\d+(?:\.\d+)+|T\d{3,})$/;
const ITEM_ID_IN_FOOTER =
  /^(?:[A-Z][A-Z0-9]*-\d+[A-Za-z0-9]*|[A-Z]{1,3}\d+(?:\.\d+)*|\d+(?:\.\d+)+)$/;
/** Footer lines that name items: `Refs M1.2.1`, `Refs: BSP-011, BSP-012`, `Implements T001`. */
const ITEM_FOOTER =
  /^\s*(?:refs?|references|items?|implements|part of|board|closes|fixes|resolves)\b\s*:?\s+(.+)$/i;
/**
 * The empty list most changes have, shared: thousands of changes then keep no array of their
 * own alive (they dominated the parser's garbage collection).
 */
const NO_STRINGS: readonly string[] = Object.freeze([]);

/** Cheap screens over a whole message before any per-line work. */
const ITEM_FOOTER_ANYWHERE =
  /^[ \t]*(?:refs?|references|items?|implements|part of|board|closes|fixes|resolves)\b/gim;
const LIST_LINE = /\n\s*[*-]\s+\w+(?:\([^)\n]*\))?!?: /;
const HAS_UPPER = /[A-Z]/;
/** A conventional commit listed in a squash commit's body: `* feat(x): …` or `- fix: …`. */
const BODY_ITEM = /^\s*[*-]\s+(\w+)(?:\([\w$@.\-*/, ]+\))?!?: \S/;

const parser = new CommitParser({
  headerPattern: HEADER_PATTERN,
  headerCorrespondence: ['type', 'scope', 'breaking', 'subject'],
  // Conventional Commits 1.0.0 §16: BREAKING CHANGE must be upper case; checked below, since
  // the parser matches note keywords case-insensitively.
  noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
  // Issue references are not used: without prefixes the parser skips its (costly) reference scan.
  issuePrefixes: undefined,
});

/** Result of reading a range of commits. */
export interface ParsedHistory {
  /** Unique changes, in history order (newest commit first; a squash subject before its list). */
  changes: Change[];
  /** Commits that gave no conventional change (e.g. `Update README`). */
  nonConventional: RawCommit[];
}

/**
 * Reads conventional changes from commits (newest first, as `git log` gives them). Squash
 * commits give their subject's change and the change of every conventional commit listed in
 * their body (`* type(scope): subject` bullets, GitHub's squash format); a change that appears
 * twice — the PR title repeating its only commit, a cherry-pick, a merge commit's body — is
 * kept once, with the items of both. Never throws: a message that does not parse is
 * non-conventional.
 */
export function parseChanges(commits: readonly RawCommit[]): ParsedHistory {
  const collector = new ChangeCollector();
  for (const commit of commits) collector.add(commit);
  return collector.result();
}

/**
 * {@link parseChanges} one commit at a time, for commits that arrive while git still writes
 * them. Commits must come newest first.
 */
export class ChangeCollector {
  private readonly changes: Change[] = [];
  private readonly nonConventional: RawCommit[] = [];
  private readonly seen = new Map<string, Change>();

  add(commit: RawCommit): void {
    const found = changesOfCommit(commit);
    if (!found.length) this.nonConventional.push(commit);
    for (const change of found) {
      const key = dedupeKey(change);
      const earlier = this.seen.get(key);
      if (earlier) {
        earlier.items = withUnique(earlier.items, change.items);
        earlier.breakingNotes = withUnique(earlier.breakingNotes, change.breakingNotes);
        continue;
      }
      this.seen.set(key, change);
      this.changes.push(change);
    }
  }

  result(): ParsedHistory {
    return { changes: this.changes, nonConventional: this.nonConventional };
  }
}

/** The changes of one commit: its subject's, then those listed in its body. */
export function changesOfCommit(commit: RawCommit): Change[] {
  // Like the parser, ignore blank lines around the message.
  let message = commit.message;
  if (message.includes('\r')) message = message.replace(/\r\n?/g, '\n');
  let start = 0;
  let end = message.length;
  while (start < end && message.charCodeAt(start) === 10) start++;
  while (end > start && message.charCodeAt(end - 1) === 10) end--;
  if (start > 0 || end < message.length) message = message.slice(start, end);
  const out: Change[] = [];
  // Fast path for the common case of a message without a bullet list in its body.
  if (!LIST_LINE.test(message)) {
    const change = parseOne(message, commit, false);
    return change ? [change] : out;
  }
  const lines = message.split('\n');
  const bullets: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const m = BODY_ITEM.exec(lines[i]!);
    if (m && isKnownType(m[1]!)) bullets.push(i);
  }
  const own = bullets.length ? lines.slice(0, bullets[0]).join('\n') : message;
  const change = parseOne(own, commit, false);
  if (change) {
    // A squash commit's Refs footers may sit after its list: they belong to the whole commit.
    if (bullets.length) addItems(change, footerItems(lines.slice(bullets[0]).join('\n')));
    out.push(change);
  }
  for (let b = 0; b < bullets.length; b++) {
    const start = bullets[b]!;
    const end = bullets[b + 1] ?? lines.length;
    const first = lines[start]!.replace(/^\s*[*-]\s+/, '');
    const rest = lines.slice(start + 1, end).map((l) => l.replace(/^ {2,4}/, ''));
    const listed = parseOne([first, ...rest].join('\n'), commit, true);
    if (listed) out.push(listed);
  }
  return out;
}

function isKnownType(type: string): boolean {
  return (DEFAULT_TYPES as readonly string[]).includes(type.toLowerCase());
}

function parseOne(message: string, commit: RawCommit, fromBody: boolean): Change | undefined {
  const nl = message.indexOf('\n');
  const header = nl < 0 ? message : message.slice(0, nl);
  const m = HEADER_PATTERN.exec(header);
  if (!m) return undefined;
  let type = m[1]!;
  let scope = m[2];
  let subject = m[4]!;
  let breaking = m[3] === '!';
  let breakingNotes: string[] | undefined;
  // Only a body can hold breaking-change footers; the parser reads every message that might.
  // Lower-case keywords never make a change breaking, so a case-sensitive screen is enough.
  if (nl >= 0 && message.includes('BREAKING')) {
    let parsed: Commit;
    try {
      parsed = parser.parse(message);
    } catch {
      return undefined;
    }
    if (!parsed.type || !parsed.subject) return undefined;
    type = parsed.type;
    scope = parsed.scope ?? undefined;
    subject = parsed.subject;
    breaking = parsed.breaking === '!';
    for (const note of parsed.notes) {
      // Only the upper-case keywords make a change breaking (Conventional Commits 1.0.0 §16).
      if (note.title !== 'BREAKING CHANGE' && note.title !== 'BREAKING-CHANGE') continue;
      breaking = true;
      if (note.text.trim()) (breakingNotes ??= []).push(note.text.trim());
    }
  }
  subject = subject.trim();
  if (!subject) return undefined;
  const change: Change = {
    type: HAS_UPPER.test(type) ? type.toLowerCase() : type,
    subject,
    breaking,
    breakingNotes: breakingNotes ?? NO_STRINGS,
    items: NO_STRINGS,
    hash: commit.hash,
    date: commit.date,
    header,
    fromBody,
  };
  scope = scope?.trim();
  if (scope) {
    change.scope = scope;
    // Item ids have an upper-case letter; most scopes (api, deps) are skipped at once.
    if (HAS_UPPER.test(scope)) {
      for (const part of scope.split(/[,/ ]+/))
        if (ITEM_ID_STRICT.test(part)) addItems(change, [part]);
    }
  }
  if (nl >= 0) addItems(change, footerItems(message, nl + 1));
  return change;
}

/** Item ids named by `Refs …`-style footer lines of `text` at or after offset `from`. */
function footerItems(text: string, from = 0): string[] {
  const ids: string[] = [];
  ITEM_FOOTER_ANYWHERE.lastIndex = from;
  const first = ITEM_FOOTER_ANYWHERE.exec(text);
  if (!first) return ids;
  for (const line of text.slice(first.index).split('\n')) {
    const m = ITEM_FOOTER.exec(line);
    if (!m) continue;
    for (const raw of m[1]!.split(/[\s,;]+/)) {
      const token = raw.replace(/^[([]+|[)\].:]+$/g, '');
      if (ITEM_ID_IN_FOOTER.test(token)) ids.push(token);
    }
  }
  return ids;
}

/** `list` with the `values` it lacks appended (a new array only when something is added). */
function withUnique(list: readonly string[], values: readonly string[]): readonly string[] {
  let out = list;
  for (const v of values) if (!out.includes(v)) out = [...out, v];
  return out;
}

function addItems(change: Change, ids: readonly string[]): void {
  change.items = withUnique(change.items, ids);
}

/** Same type, scope, breaking flag and subject (case, spacing and a trailing `(#12)` ignored). */
function dedupeKey(change: Change): string {
  let subject = change.subject;
  if (subject.endsWith(')')) subject = subject.replace(/\s*\(#\d+\)$/, '');
  if (/\s\s/.test(subject)) subject = subject.replace(/\s+/g, ' ');
  return `${change.type}\u0000${change.scope?.toLowerCase() ?? ''}\u0000${change.breaking}\u0000${subject.toLowerCase()}`;
}
