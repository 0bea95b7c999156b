import { isSpaceCode, parseHeader } from './conventional.js';

/**
 * A commit message split the way commitlint sees it: @commitlint/parse runs
 * conventional-commits-parser with the conventionalcommits preset and no field pattern, so the
 * header gives type, scope and subject; the body runs until the first line that holds an issue
 * reference (`#123`) or a `BREAKING CHANGE` note, and the footer is everything from there.
 */
export interface LintedCommit {
  /** The message as given (git's trailing newline included). */
  raw: string;
  header: string | null;
  type: string | null;
  scope: string | null;
  subject: string | null;
  body: string | null;
  footer: string | null;
  /** `BREAKING CHANGE` notes (any case, as the parser matches them). */
  notes: string[];
  /** Whether the header, body or footer holds an issue reference such as `#12`. */
  hasReferences: boolean;
}

/** commitlint's `to-lines`: split at `\n` or `\r\n`. */
export function toLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/**
 * Calls `visit` with each line of `text` as {@link toLines} splits it, and its 0-based index,
 * without building the array; stops when `visit` returns true. Returns whether it stopped.
 */
export function someLine(text: string, visit: (line: string, index: number) => boolean): boolean {
  let start = 0;
  for (let index = 0; ; index++) {
    const nl = text.indexOf('\n', start);
    let end = nl < 0 ? text.length : nl;
    if (nl >= 0 && end > start && text.charCodeAt(end - 1) === 13) end--;
    if (visit(text.slice(start, end), index)) return true;
    if (nl < 0) return false;
    start = nl + 1;
  }
}

/** The line at `index` (0-based) of `text`, as {@link toLines} would give it, or undefined. */
export function lineAt(text: string, index: number): string | undefined {
  let found: string | undefined;
  someLine(text, (line, i) => {
    if (i === index) found = line;
    return i >= index;
  });
  return found;
}

/** conventional-commits-parser's trimNewLines: strip `\r` and `\n` from both ends. */
function trimNewLines(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === '\n' || text[start] === '\r')) start++;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return text.slice(start, end);
}

/** The parser's appendLine: an empty text so far takes the line as it is. */
const appendLine = (src: string | null, line: string): string => (src ? `${src}\n${line}` : line);

/** `word` at `at` in `text`, ASCII letters compared case-insensitively (as a `/i` pattern does). */
function wordAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    let c = text.charCodeAt(at + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** `^[\s|*]*(BREAKING CHANGE|BREAKING-CHANGE)[:\s]+(.*)`, case-insensitive, without backtracking. */
function noteOf(line: string): string | undefined {
  let i = 0;
  while (i < line.length && (line[i] === '|' || line[i] === '*' || isSpaceCode(line.charCodeAt(i))))
    i++;
  if (!wordAt(line, i, 'breaking') || !wordAt(line, i + 9, 'change')) return undefined;
  if (line[i + 8] !== ' ' && line[i + 8] !== '-') return undefined;
  let j = i + 15;
  const start = j;
  while (j < line.length && (line[j] === ':' || isSpaceCode(line.charCodeAt(j)))) j++;
  if (j === start) return undefined;
  return line.slice(j);
}

const isWordCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * The parser skips a reference in a sentence holding a URL (its `url` pattern); this is the same
 * test without backtracking: `http://` or `https://` after a non-word character, then a run of
 * URL characters with a word character in it.
 */
const URL_LIKE = /\bhttps?:\/\/[-a-zA-Z0-9@:%_+.~#?&/=]*\w/;

/** A `#` followed by word characters or `-`, then white space, the end, or one of `,;)]`. */
function hasIssueToken(sentence: string): boolean {
  for (let i = sentence.indexOf('#'); i >= 0; i = sentence.indexOf('#', i + 1)) {
    let j = i + 1;
    while (j < sentence.length && (isWordCode(sentence.charCodeAt(j)) || sentence[j] === '-')) j++;
    if (j === i + 1) continue;
    if (j === sentence.length) return true;
    const c = sentence[j]!;
    if (isSpaceCode(c.charCodeAt(0)) || c === ',' || c === ';' || c === ')' || c === ']')
      return true;
    i = j - 1;
  }
  return false;
}

const hasReference = (sentence: string): boolean =>
  !URL_LIKE.test(sentence) && hasIssueToken(sentence);

const ACTION_ROOT = /close|fix|resolve/gi;
/** The parser's closing keywords, in the order its pattern tries them. */
const ACTIONS = [
  'close',
  'closes',
  'closed',
  'fix',
  'fixes',
  'fixed',
  'resolve',
  'resolves',
  'resolved',
];
const TERMINATOR = /[\r\u2028\u2029]/;

/**
 * Visits the sentences the parser's `references` pattern finds in a line — after a closing
 * keyword and white space, up to the next keyword (close/fix/resolve, even inside a word) or the
 * end — until `visit` returns true. Returns undefined when the line has no such sentence, else
 * whether `visit` returned true.
 */
function someActionSentence(
  line: string,
  visit: (sentence: string) => boolean,
): boolean | undefined {
  const next = new RegExp(ACTION_ROOT.source, 'gi');
  let any = false;
  let from = 0;
  for (;;) {
    ACTION_ROOT.lastIndex = from;
    let found: { start: number; end: number } | undefined;
    for (let r = ACTION_ROOT.exec(line); r && !found; r = ACTION_ROOT.exec(line)) {
      const p = r.index;
      ACTION_ROOT.lastIndex = p + 1;
      const action = ACTIONS.find(
        (a) => wordAt(line, p, a) && isSpaceCode(line.charCodeAt(p + a.length)),
      );
      if (!action) continue;
      let start = p + action.length;
      while (start < line.length && isSpaceCode(line.charCodeAt(start))) start++;
      next.lastIndex = start;
      const end = next.exec(line)?.index ?? line.length;
      // `.` stops at a line terminator before the sentence could end.
      if (TERMINATOR.test(line.slice(start, end))) continue;
      found = { start, end };
    }
    if (!found) return any ? false : undefined;
    any = true;
    if (found.end > found.start && visit(line.slice(found.start, found.end))) return true;
    from = found.end;
  }
}

/**
 * Whether a line holds an issue reference as conventional-commits-parser finds them: in the
 * sentences after closing keywords (`fixes`, `closes`, `resolved`, …), or anywhere in the line
 * when it has none; a sentence holding a URL has none.
 */
export function lineHasReference(line: string): boolean {
  if (!line.includes('#')) return false;
  const inSentences = someActionSentence(line, hasReference);
  if (inSentences !== undefined) return inSentences;
  return line.split(TERMINATOR).some((part) => part !== '' && hasReference(part));
}

/**
 * Splits a message into header, type, scope, subject, body and footer as commitlint does
 * (see {@link LintedCommit}). With `commentChar` (a commit-msg hook's file), lines starting
 * with it are dropped, and everything from git's scissors line on. Linear in the message length.
 */
export function splitCommit(raw: string, commentChar?: string): LintedCommit {
  let lines = toLines(trimNewLines(raw));
  if (commentChar) {
    const scissors = lines.indexOf(
      `${commentChar} ------------------------ >8 ------------------------`,
    );
    if (scissors >= 0) lines = lines.slice(0, scissors);
    lines = lines.filter((l) => !l.startsWith(commentChar));
  }
  lines = lines.filter((l) => !/^\s*gpg:/.test(l));
  const commit: LintedCommit = {
    raw,
    header: null,
    type: null,
    scope: null,
    subject: null,
    body: null,
    footer: null,
    notes: [],
    hasReferences: false,
  };
  const header = lines[0];
  if (header) {
    commit.header = header;
    const parsed = parseHeader(header);
    if (parsed) {
      commit.type = parsed.type || null;
      commit.scope = parsed.scope || null;
      commit.subject = parsed.subject || null;
    }
    commit.hasReferences = lineHasReference(header);
  }
  let isBody = true;
  let i = 1;
  // The parser's parseNotes: a note, and the lines after it up to (and with) one holding a
  // reference; a note among them starts the next note.
  const notesAt = (): boolean => {
    let note = i < lines.length ? noteOf(lines[i]!) : undefined;
    if (note === undefined) return false;
    for (;;) {
      commit.notes.push(note);
      commit.footer = appendLine(commit.footer, lines[i]!);
      i++;
      note = undefined;
      while (i < lines.length) {
        note = noteOf(lines[i]!);
        if (note !== undefined) break;
        const refs = lineHasReference(lines[i]!);
        if (refs) commit.hasReferences = true;
        commit.footer = appendLine(commit.footer, lines[i]!);
        i++;
        if (refs) return true;
      }
      if (note === undefined) return true;
    }
  };
  while (i < lines.length) {
    if (notesAt()) isBody = false;
    if (i >= lines.length) break;
    // The parser's parseBodyAndFooter, for the line after the notes too (even a note line).
    const current = lines[i]!;
    const refs = lineHasReference(current);
    if (refs) commit.hasReferences = true;
    if (!refs && isBody) commit.body = appendLine(commit.body, current);
    else {
      isBody = false;
      commit.footer = appendLine(commit.footer, current);
    }
    i++;
  }
  if (commit.body) commit.body = trimNewLines(commit.body);
  if (commit.footer) commit.footer = trimNewLines(commit.footer);
  return commit;
}
