import { readWorkspaceFile } from '../io/boundary.js';
import { writeWorkspaceFile } from '../io/user-files.js';
import type { Html } from 'mdast';
import { parseMarkdown } from '../kanban/parse.js';
import type { Workspace } from '../model/types.js';
import { summaryMarkdown } from './summary.js';

/** The comment lines that delimit the injected summary in a user's Markdown file. */
export const SUMMARY_START = '<!-- boardwright:summary:start -->';
export const SUMMARY_END = '<!-- boardwright:summary:end -->';

/** Thrown when a file cannot take an injection: markers missing, duplicated or out of order, or not UTF-8. */
export class InjectError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/**
 * The summary as it goes between the markers: the progress tables of generators/summary.ts
 * without its top-level title (the file around the markers has its own) and with every other
 * heading one level deeper, so the per-board sections nest under the file's section.
 */
export function summaryBlock(workspace: Workspace): string {
  const lines = summaryMarkdown(workspace).split('\n');
  if (/^# /.test(lines[0] ?? '')) lines.splice(0, lines[1] === '' ? 2 : 1);
  return lines.map((l) => (/^#{1,5} /.test(l) ? `#${l}` : l)).join('\n');
}

interface Marker {
  /** Character offsets of the marker comment itself. */
  start: number;
  end: number;
  line: number;
}

/** Marker comments that stand as HTML blocks of their own at the top level (not in code, lists or quotes). */
function findMarkers(text: string, marker: string): Marker[] {
  const found: Marker[] = [];
  // The parser drops a leading BOM from its offsets; parse without it and shift back.
  const bom = text.startsWith('\ufeff') ? 1 : 0;
  for (const node of parseMarkdown(bom ? text.slice(1) : text).children) {
    if (node.type !== 'html' || (node as Html).value.trim() !== marker) continue;
    const p = node.position!;
    found.push({ start: p.start.offset! + bom, end: p.end.offset! + bom, line: p.start.line });
  }
  return found;
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** The single marker of one kind, or an InjectError saying what is wrong and where. */
function single(text: string, marker: string, path: string): Marker {
  const found = findMarkers(text, marker);
  if (found.length === 1) return found[0]!;
  if (found.length > 1)
    throw new InjectError(
      `${path}:${found[1]!.line}: "${marker}" appears ${found.length} times (lines ${found.map((m) => m.line).join(', ')}); keep exactly one.`,
      found[1]!.line,
    );
  const raw = text.indexOf(marker);
  if (raw >= 0) {
    const line = lineOf(text, raw);
    throw new InjectError(
      `${path}:${line}: "${marker}" must stand on a line of its own, outside code blocks, lists and quotes.`,
      line,
    );
  }
  throw new InjectError(
    `${path}:1: no "${marker}" line. Add the two lines\n  ${SUMMARY_START}\n  ${SUMMARY_END}\nwhere the summary should go.`,
    1,
  );
}

/**
 * Replaces what stands between the summary markers of `text` with `block`. Only that span
 * changes: from the end of the start marker's line (before its line end) to the start of the
 * end marker's line; every character outside it is kept as is. The span becomes a blank line, `block`, and a blank line,
 * so the tables never run into the markers; its line ends follow the file's (CRLF stays CRLF,
 * judged by the start marker's line). Running it again on its own result changes nothing.
 * Throws InjectError (with a `path:line:` message) when a marker is missing, duplicated,
 * not on a line of its own, or the end comes before the start.
 */
export function injectBlock(text: string, block: string, path: string): string {
  const start = single(text, SUMMARY_START, path);
  const end = single(text, SUMMARY_END, path);
  if (end.start < start.end)
    throw new InjectError(
      `${path}:${end.line}: "${SUMMARY_END}" comes before "${SUMMARY_START}" (line ${start.line}).`,
      end.line,
    );
  // The span runs from the end of the start marker's line (before its line end) to the start of
  // the end marker's line, so trailing spaces and indentation of the marker lines stay.
  const newline = text.indexOf('\n', start.end);
  const crlf = newline > 0 && text[newline - 1] === '\r';
  const eol = crlf ? '\r\n' : '\n';
  const spanStart = crlf ? newline - 1 : newline;
  const spanEnd = text.lastIndexOf('\n', end.start - 1) + 1;
  const body = block.replace(/\r?\n/g, eol);
  return `${text.slice(0, spanStart)}${eol}${eol}${body}${body.endsWith(eol) ? '' : eol}${eol}${text.slice(spanEnd)}`;
}

/** The outcome of injecting into a file. */
export interface InjectResult {
  /** True when the span was out of date (and, unless checking only, has been rewritten). */
  changed: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Injects `block` into the file at `path` (relative to `root`, the workspace, or absolute) in
 * place. The file is decoded as strict UTF-8 with any BOM kept, so every byte outside the span
 * is written back unchanged; nothing is written when the span is already up to date or
 * `checkOnly` is set. Reading and writing follow the workspace's link policy
 * (io/user-files.ts): the file must be inside `root`, a symbolic link is written through to its
 * target only when that target is inside too, and the write is atomic and keeps the file's mode.
 * Throws InjectError for unusable markers or a file that is not UTF-8, BoundaryError for a path
 * or link leading outside the workspace; file system errors propagate. The file is untouched
 * whenever it throws.
 */
export function injectFile(
  path: string,
  block: string,
  checkOnly = false,
  root: string = process.cwd(),
): InjectResult {
  const bytes = readWorkspaceFile(root, path);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InjectError(`${path}:1: is not UTF-8 text; nothing was changed.`, 1);
  }
  const next = injectBlock(text, block, path);
  if (next === text) return { changed: false };
  if (checkOnly) return { changed: true };
  writeWorkspaceFile(root, path, next);
  return { changed: true };
}
