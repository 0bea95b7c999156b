import { escapeControlCharacters } from './terminal.js';

/**
 * User-written text — board, group and item titles, file names, commit subjects and bodies,
 * diagnostic messages that quote them — placed into GitHub-flavoured Markdown that GitHub
 * renders (job summaries, pull request comments, summary.md and `summary --inject` blocks).
 * GitHub renders such text as HTML, links its URLs and notifies the people and teams it
 * @-mentions, so a pull request could otherwise make boardwright's comment embed an image,
 * hide the verdict in a `<details>`, link elsewhere or ping `@org/team`.
 */

/** Line breaks of every kind: inline text stays on its line (and in its table row). */
const LINE_BREAKS = /\r\n|[\n\r\u0085\u2028\u2029]/g;
/** Characters with a meaning in inline Markdown (GFM, incl. tables, strikethrough and math). */
const INLINE_SYNTAX = /[\\`*_[\]|~$]/g;
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** A zero-width space as an entity: breaks a mention or autolink without changing what shows. */
const BREAK = '&#8203;';

/**
 * `text` as inline Markdown that renders as exactly its characters, on one line: HTML is
 * escaped (`&lt;img&gt;`), inline syntax (`` \ ` * _ [ ] | ~ $ ``) is backslash-escaped so no
 * link, image, emphasis, code span, math or table cell can start, every `@` before a name gets
 * a zero-width space (`@&#8203;org/team` shows as "@org/team" but mentions no one), and so do
 * `://` and `www.` (no autolink). Line breaks become spaces; other control characters show as
 * escapes (report/terminal.ts). Issue references (`#12`) stay links, as GitHub resolves them
 * only within what the token may read.
 */
export function mdText(text: string): string {
  return escapeControlCharacters(text.replace(LINE_BREAKS, ' '))
    .replace(/[&<>]/g, (c) => HTML[c]!)
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(/@(?=[A-Za-z0-9])/g, `@${BREAK}`)
    .replace(/:(?=\/\/)/g, `:${BREAK}`)
    .replace(/(www)\./gi, `$1${BREAK}.`);
}

/** A marker that starts a block at the start of a line: ATX heading, bullet, rule, setext line. */
const BLOCK_START = /^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s|$)|-{3,}\s*$|=+\s*$)/;
/** An ordered list item's number and delimiter at the start of a line. */
const ORDERED_START = /^(\s*\d{1,9})([.)])(?=\s|$)/;

/**
 * mdText for text that may start a line of Markdown (a list entry's subject, a note under it):
 * also backslash-escapes a marker that would start a block there — an ATX heading (`# `), a
 * bullet (`- `, `+ `), an ordered item (`1. `), a thematic break (`---`) or a setext underline
 * (`===`) — so the text renders as that text, never as a heading or a nested list. (`>`, `*`,
 * `_` and backticks are escaped by mdText already.)
 */
export function mdLine(text: string): string {
  return mdText(text).replace(BLOCK_START, '$1\\$2').replace(ORDERED_START, '$1\\$2');
}

/**
 * `text` as a code span: shown verbatim in a monospace font, inert (GitHub renders no HTML,
 * link or mention inside code). The fence is one backtick longer than the longest run of
 * backticks in `text`; line breaks become spaces, other control characters escapes. In a table
 * cell (`inTable`), `|` is written `\|`, which GFM reads as a pipe inside the cell.
 */
export function mdCode(text: string, inTable = false): string {
  let body = escapeControlCharacters(text.replace(LINE_BREAKS, ' '));
  if (inTable) body = body.replace(/\|/g, '\\|');
  if (!body) return '';
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(body) && body.trim() ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Multi-line `text` (a changelog section, a commit body) as a fenced code block that shows it
 * verbatim: the fence is longer than any run of backticks in it, so nothing in `text` can close
 * it. `info` is the language (e.g. `markdown`).
 */
export function mdFence(text: string, info = ''): string {
  const body = escapeControlCharacters(text.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n'), '\n');
  const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${body.replace(/\n$/, '')}\n${fence}`;
}
