import type { RawCommit } from './git.js';

/**
 * One change a release brings, read from a conventional commit (Conventional Commits 1.0.0:
 * `type(scope)!: subject`, optional body, footers such as `BREAKING CHANGE: text`). Only the
 * header and the `BREAKING CHANGE:` / `BREAKING-CHANGE:` footers decide: the bullet list in a
 * squash commit's body describes the pull request's commits, it adds no changes of its own.
 */
export interface Change {
  /**
   * Lower-cased type: `feat`, `fix`, `perf`, `docs`, … `revert` for a revert commit. Empty
   * when the header is not conventional but a `BREAKING CHANGE:` footer makes the commit
   * breaking anyway (commit-analyzer counts those as major too).
   */
  type: string;
  scope?: string;
  /** The subject, trimmed; for a revert, the header of the commit it reverts. */
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
  /** The commit's header (first line) as written, e.g. `feat(api)!: drop v1`. */
  header: string;
  /** The commit's body (the message after the header), as written. */
  body: string;
  /**
   * For a revert commit (`Revert "…"` or `revert: …` with git's `This reverts commit <hash>.`
   * line): the reverted commit's header and hash, and whether that commit is in the same range
   * (then neither counts towards the version).
   */
  revert?: { header: string; hash: string; paired: boolean };
}

/** A conventional header: `type(scope)!: subject`. */
export interface ConventionalHeader {
  /** As written (may be empty: `(scope): x` matches the grammar with an empty type). */
  type: string;
  /** The text between the parentheses, untrimmed; undefined without parentheses or when empty. */
  scope?: string;
  /** Everything after `: `, untrimmed (two spaces after the colon leave one in front). */
  subject: string;
  /** `!` before the colon. */
  bang: boolean;
}

// Headers, notes and reverts are read here rather than with conventional-commits-parser: its
// issue-reference patterns backtrack polynomially (6.4.0 with the conventionalcommits preset:
// 29 s for a 2 KB body line "fixes aaa…", 54 s for a 2 KB header of spaces), and commit
// messages come from strangers. test/release/oracles/parser.test.ts checks that both read
// every header, note and revert shape alike.
const WORD = /^\w*/;
/** Characters JavaScript's `.` does not match: a header holding one matches no pattern. */
const LINE_BREAKING = /[\r\n\u2028\u2029]/;

/**
 * Parses a header exactly as conventional-commits-parser 6 does with the conventionalcommits
 * preset (`^(\w*)(?:\((.*)\))?!?: (.*)$`, its breaking form with `!:` tried first): the scope
 * runs from the first `(` to the last `)` that is followed by `: ` or `!: `, so scopes such as
 * `ci+installers` or `a:b` are accepted, and the subject is whatever follows `: `. Runs in
 * linear time (the regular expressions backtrack on long headers). Undefined when the header
 * does not match.
 */
export function parseHeader(header: string): ConventionalHeader | undefined {
  if (LINE_BREAKING.test(header)) return undefined;
  const type = WORD.exec(header)![0];
  const rest = header.slice(type.length);
  const scoped = (marker: string): ConventionalHeader | undefined => {
    const at = rest.lastIndexOf(marker);
    if (at < 1) return undefined;
    const scope = rest.slice(1, at);
    return {
      type,
      ...(scope ? { scope } : {}),
      subject: rest.slice(at + marker.length),
      bang: marker === ')!: ',
    };
  };
  if (rest.startsWith('(')) return scoped(')!: ') ?? scoped('): ');
  if (rest.startsWith('!: ')) return { type, subject: rest.slice(3), bang: true };
  if (rest.startsWith(': ')) return { type, subject: rest.slice(2), bang: false };
  return undefined;
}

/**
 * A `BREAKING CHANGE` note line as conventional-commits-parser reads it
 * (`^[\s|*]*(BREAKING CHANGE|BREAKING-CHANGE)[:\s]+(.*)`), except that the keyword must be upper
 * case (Conventional Commits 1.0.0 §15–16; the parser ignores case). Returns the note's text on
 * that line, or undefined.
 */
export function breakingNoteOf(line: string): string | undefined {
  let i = 0;
  for (let c = line.charCodeAt(i); c === 0x7c || c === 0x2a || isSpaceCode(c);)
    c = line.charCodeAt(++i);
  if (!line.startsWith('BREAKING', i)) return undefined;
  const sep = line[i + 8];
  if ((sep !== ' ' && sep !== '-') || !line.startsWith('CHANGE', i + 9)) return undefined;
  let j = i + 15;
  const start = j;
  for (let c = line.charCodeAt(j); c === 0x3a || isSpaceCode(c);) c = line.charCodeAt(++j);
  if (j === start) return undefined;
  return line.slice(j);
}

/** JavaScript's `\s`: ECMAScript WhiteSpace and LineTerminator code points. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const REVERTS = /This reverts commit (\w*)\./gi;

/**
 * The revert a message announces, read as the conventionalcommits preset's revertPattern
 * (`^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w*)\.`, case-insensitive) does
 * — in linear time. `header` is the reverted commit's header as quoted, `hash` the hash named.
 */
export function parseRevert(message: string): { header: string; hash: string } | undefined {
  // Most messages fail at the first letter, without a copy.
  if ((message.charCodeAt(0) | 0x20) !== 0x72) return undefined;
  if (message.slice(0, 6).toLowerCase() !== 'revert') return undefined;
  let start: number;
  if (isSpace(message[6])) start = 7;
  else if (message[6] === ':' && isSpace(message[7])) start = 8;
  else return undefined;
  const attempt = (from: number): { header: string; hash: string } | undefined => {
    REVERTS.lastIndex = from + 1;
    for (let m = REVERTS.exec(message); m; m = REVERTS.exec(message)) {
      // The capture ends where only `"?\s*` separates it from "This reverts commit".
      let k = m.index;
      while (k > from + 1 && isSpace(message[k - 1])) k--;
      if (k > from + 1 && message[k - 1] === '"') k--;
      if (k < from + 1) continue;
      return { header: message.slice(from, k), hash: m[1]! };
    }
    return undefined;
  };
  return (message[start] === '"' ? attempt(start + 1) : undefined) ?? attempt(start);
}

function isSpace(c: string | undefined): boolean {
  return c !== undefined && isSpaceCode(c.charCodeAt(0));
}

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
  /^[ \t]*(?:refs?|references|items?|implements|part of|board|closes|fixes|resolves)\b/i;
/**
 * The empty list most changes have, shared: thousands of changes then keep no array of their
 * own alive (they dominated garbage collection).
 */
const NO_STRINGS: readonly string[] = Object.freeze([]);
/** Cheap screens over a whole message before any per-line work. */
const ITEM_FOOTER_ANYWHERE =
  /^[ \t]*(?:refs?|references|items?|implements|part of|board|closes|fixes|resolves)\b/gim;
const HAS_UPPER = /[A-Z]/;
/** A git trailer (`Signed-off-by: …`, `Refs #12`): it ends a breaking note. */
const TRAILER = /^[A-Za-z][\w-]*(?:: | #)/;

/** One commit read for a release: its conventional header, breaking notes and revert. */
export interface ParsedCommit {
  commit: RawCommit;
  /** The first line of the message (blank lines around the message ignored). */
  header: string;
  body: string;
  /** The header parsed, when it is conventional (non-empty type). */
  conventional?: ConventionalHeader;
  notes: readonly string[];
  revert?: { header: string; hash: string };
}

/**
 * Reads one commit's header, breaking notes and revert. Linear in the message's length.
 */
export function parseCommit(commit: RawCommit): ParsedCommit {
  let message = commit.message;
  // Like the parser: ignore line breaks around the message, split at \n or \r\n.
  let start = 0;
  let end = message.length;
  while (start < end && isNewline(message.charCodeAt(start))) start++;
  while (end > start && isNewline(message.charCodeAt(end - 1))) end--;
  if (start > 0 || end < message.length) message = message.slice(start, end);
  let nl = message.indexOf('\n');
  let header = nl < 0 ? message : message.slice(0, nl);
  if (header.endsWith('\r')) header = header.slice(0, -1);
  // The parser drops gpg output lines wherever they are, the header's place included.
  while (/^\s*gpg:/.test(header) && nl >= 0) {
    const next = message.indexOf('\n', nl + 1);
    header = message.slice(nl + 1, next < 0 ? undefined : next).replace(/\r$/, '');
    nl = next;
  }
  const body = nl < 0 ? '' : message.slice(nl + 1);
  const parsed: ParsedCommit = { commit, header, body, notes: NO_STRINGS };
  const conventional = parseHeader(header);
  if (conventional?.type) parsed.conventional = conventional;
  // Only the upper-case keywords make a change breaking, so a case-sensitive screen is enough.
  if (body.includes('BREAKING')) parsed.notes = notesOf(body);
  const revert = parseRevert(commit.message);
  if (revert) parsed.revert = revert;
  return parsed;
}

function isNewline(code: number): boolean {
  return code === 10 || code === 13;
}

/** The breaking-change notes of a body: each note line and the lines after it up to a trailer. */
function notesOf(body: string): string[] {
  const notes: string[] = [];
  let current: string[] | undefined;
  for (const raw of body.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (/^\s*gpg:/.test(line)) continue;
    const note = line.includes('BREAKING') ? breakingNoteOf(line) : undefined;
    if (note !== undefined) {
      if (current) notes.push(current.join('\n').trim());
      current = [note];
    } else if (current) {
      if (TRAILER.test(line)) {
        notes.push(current.join('\n').trim());
        current = undefined;
      } else current.push(line);
    }
  }
  if (current) notes.push(current.join('\n').trim());
  return notes;
}

/** Result of reading a range of commits. */
export interface ParsedHistory {
  /**
   * The changes, in history order (newest first): conventional commits, reverts, and commits
   * made breaking by a footer. A change that appears twice (a cherry-pick) is kept once, with
   * the items of both. Commits reverted within the range are not here.
   */
  changes: Change[];
  /** Changes reverted by a later commit of the same range: neither shipped. */
  reverted: Change[];
  /** Commits that gave no change (e.g. `Update README`); merge commits are not counted. */
  nonConventional: RawCommit[];
}

/**
 * Reads conventional changes from commits (newest first, as `git log` gives them), as
 * commit-analyzer does: the header and the breaking-change footers decide, and a commit and its
 * revert in the same range are dropped (conventional-commits-filter's pairing: the revert's
 * quoted header and hash match the reverted commit's). Never throws.
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
  private readonly reverted: Change[] = [];
  private readonly nonConventional: RawCommit[] = [];
  private readonly seen = new Map<string, Change>();
  /** Reverts still looking for their commit, by `header\0hash`, oldest-held first. */
  private readonly held = new Map<string, Change[]>();

  add(commit: RawCommit): void {
    const parsed = parseCommit(commit);
    // conventional-commits-filter: a commit matching a held revert drops out with it. Commits
    // come newest first, so a revert is always seen before the commit it reverts.
    let target = false;
    if (this.held.size) {
      const key = `${parsed.header.trim()}\u0000${commit.hash}`;
      const waiting = this.held.get(key);
      if (waiting) {
        waiting.shift()!.revert!.paired = true;
        if (!waiting.length) this.held.delete(key);
        target = true;
      }
    }
    const change = toChange(parsed);
    if (!change) {
      if (commit.parents.length < 2) this.nonConventional.push(commit);
      return;
    }
    if (target) {
      this.reverted.push(change);
      return;
    }
    if (change.revert) {
      this.changes.push(change);
      const wanted = `${change.revert.header.trim()}\u0000${change.revert.hash.trim()}`;
      const list = this.held.get(wanted);
      if (list) list.push(change);
      else this.held.set(wanted, [change]);
      return;
    }
    const key = dedupeKey(change);
    const earlier = this.seen.get(key);
    if (earlier) {
      earlier.items = withUnique(earlier.items, change.items);
      earlier.breakingNotes = withUnique(earlier.breakingNotes, change.breakingNotes);
      return;
    }
    this.seen.set(key, change);
    this.changes.push(change);
  }

  result(): ParsedHistory {
    return {
      changes: this.changes,
      reverted: this.reverted,
      nonConventional: this.nonConventional,
    };
  }
}

/** The change a parsed commit gives, or undefined for a commit that gives none. */
function toChange(parsed: ParsedCommit): Change | undefined {
  const { commit, conventional, notes, revert } = parsed;
  if (!conventional && !revert && !notes.length) return undefined;
  let type = conventional?.type ?? '';
  if (HAS_UPPER.test(type)) type = type.toLowerCase();
  let subject = (conventional?.subject ?? parsed.header).trim();
  let scope = conventional?.scope?.trim();
  if (revert) {
    type = 'revert';
    subject = revert.header.trim();
    scope = undefined;
  }
  const change: Change = {
    type,
    subject,
    breaking: Boolean(conventional?.bang) || notes.length > 0,
    breakingNotes: notes.length ? notes.filter(Boolean) : NO_STRINGS,
    items: NO_STRINGS,
    hash: commit.hash,
    date: commit.date,
    header: parsed.header,
    body: parsed.body,
  };
  if (notes.length && !change.breakingNotes.length) change.breakingNotes = NO_STRINGS;
  if (revert) change.revert = { header: revert.header, hash: revert.hash, paired: false };
  if (scope) {
    change.scope = scope;
    // Item ids have an upper-case letter; most scopes (api, deps) are skipped at once.
    if (HAS_UPPER.test(scope)) {
      for (const part of scope.split(/[,/ ]+/))
        if (ITEM_ID_STRICT.test(part)) addItems(change, [part]);
    }
  }
  if (parsed.body) addItems(change, footerItems(parsed.body));
  return change;
}

/** Item ids named by `Refs …`-style footer lines of `text`. */
function footerItems(text: string): string[] {
  const ids: string[] = [];
  ITEM_FOOTER_ANYWHERE.lastIndex = 0;
  const first = ITEM_FOOTER_ANYWHERE.exec(text);
  if (!first) return ids;
  for (const line of text.slice(first.index).split('\n')) {
    const value = footerValue(line);
    if (!value) continue;
    for (const raw of value.split(/[\s,;]+/)) {
      const token = raw.replace(/^[([]+|[)\].:]+$/g, '');
      if (ITEM_ID_IN_FOOTER.test(token)) ids.push(token);
    }
  }
  return ids;
}

/**
 * The value of an item footer line: after the keyword, an optional colon and at least one space
 * or tab. Scanned by hand: a pattern with two space runs in a row backtracks on long lines.
 */
function footerValue(line: string): string | undefined {
  const m = ITEM_FOOTER.exec(line);
  if (!m) return undefined;
  const blank = (c: string | undefined): boolean => c === ' ' || c === '\t';
  let j = m[0].length;
  const before = j;
  while (blank(line[j])) j++;
  if (line[j] === ':') {
    const after = ++j;
    while (blank(line[j])) j++;
    if (j === after) return undefined;
  } else if (j === before) return undefined;
  return line.slice(j).trim() || undefined;
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
  if (subject.endsWith(')')) {
    const open = subject.lastIndexOf('(#');
    if (open >= 0 && /^\d+$/.test(subject.slice(open + 2, -1)))
      subject = subject.slice(0, open).trimEnd();
  }
  if (/\s\s/.test(subject)) subject = subject.replace(/\s+/g, ' ');
  return `${change.type}\u0000${change.scope?.toLowerCase() ?? ''}\u0000${change.breaking}\u0000${subject.toLowerCase()}`;
}
