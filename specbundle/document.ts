import type { Root, RootContent } from 'mdast';
import { decodeMarkdown } from '../kanban/decode.js';
import type { ReadLimits } from '../kanban/limits.js';
import { plain } from '../kanban/mdast.js';
import { parseMarkdown } from '../kanban/parse.js';
import type { Diagnostic } from '../model/types.js';
import { MESSAGES } from './rules.js';
import { BoundaryError, readWorkspaceFile } from '../io/boundary.js';

/** A top-level heading of a document and the section it opens. */
export interface HeadingInfo {
  depth: number;
  /** Plain text as written, white space folded. */
  text: string;
  /** `text` normalised for comparison (see headingKey). */
  key: string;
  line: number;
  column: number;
  /** Index of the heading in `tree.children`. */
  index: number;
  /** Index in `tree.children` where the section ends (the next heading of this level or higher). */
  end: number;
  /** True when nothing but HTML comments stands between the heading and the section's end. */
  empty: boolean;
}

/** One Markdown file of a bundle, decoded and parsed once; every check reads this. */
export interface SpecDocument {
  /** Workspace-relative, `/`-separated. */
  path: string;
  /** Decoded text, LF line endings. */
  text: string;
  /** The mdast, parsed on first use. */
  readonly tree: Root;
  /** Top-level headings in document order (built on first use). */
  readonly headings: HeadingInfo[];
  /** Character offset at which each line starts (index 0 = line 1). */
  readonly lineStarts: number[];
}

/**
 * Normalises a heading for comparison with a profile's heading titles: Markdown marks gone
 * (via plain text), case folded, leading section numbers ("2.", "1.3", "A.") and a trailing
 * colon or parenthesis removed — spec-kit writes "User Scenarios & Testing *(mandatory)*" and
 * PRDs often number their sections — and white space folded.
 */
export function headingKey(text: string): string {
  return text
    .replace(/^\s*(?:\d+(?:\.\d+)*|[A-Z])[.)]\s+/, '')
    .replace(/^\s*\d+(?:\.\d+)+\s+/, '')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/\s*:\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function isComment(node: RootContent): boolean {
  return node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value);
}

function indexHeadings(tree: Root): HeadingInfo[] {
  const children = tree.children;
  const out: HeadingInfo[] = [];
  children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    let end = index + 1;
    while (end < children.length) {
      const next = children[end] as RootContent;
      if (next.type === 'heading' && next.depth <= node.depth) break;
      end++;
    }
    let empty = true;
    for (let i = index + 1; i < end; i++) if (!isComment(children[i] as RootContent)) empty = false;
    const text = plain(node);
    out.push({
      depth: node.depth,
      text,
      key: headingKey(text),
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      index,
      end,
      empty,
    });
  });
  return out;
}

/** Offsets of line starts, for turning a character offset into a line and column. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of a character offset in the document. */
export function pointAt(doc: SpecDocument, offset: number): { line: number; column: number } {
  const starts = doc.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}

/**
 * Builds a document from text that is already decoded. The mdast and the heading index are built
 * on first use: checks that read lines (the OpenSpec checks) never pay for a Markdown parse.
 * Never throws.
 */
export function documentOf(path: string, text: string): SpecDocument {
  let tree: Root | undefined;
  let headings: HeadingInfo[] | undefined;
  let lineStarts: number[] | undefined;
  return {
    path,
    text,
    get tree() {
      return (tree ??= parseMarkdown(text));
    },
    get headings() {
      return (headings ??= indexHeadings(this.tree));
    },
    get lineStarts() {
      return (lineStarts ??= lineStartsOf(text));
    },
  };
}

/**
 * Reads one file of a bundle: bytes → text (kanban/decode: BOM, UTF-16, CRLF, mojibake repair,
 * size and shape limits) → mdast. `path` is workspace-relative. Unusable files (unreadable,
 * binary, invalid UTF-8, too large) come back without a document and with a fatal diagnostic;
 * never throws.
 */
export function readSpecDocument(
  root: string,
  path: string,
  limits: ReadLimits,
): { document?: SpecDocument; diagnostics: Diagnostic[] } {
  let bytes: Uint8Array;
  try {
    bytes = readWorkspaceFile(root, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return {
      diagnostics: [
        {
          rule: 'unreadable-file',
          severity: 'error',
          message: e instanceof BoundaryError ? e.message : MESSAGES.unreadable(path, code),
          path,
          line: 1,
          column: 1,
          fatal: true,
        },
      ],
    };
  }
  const decoded = decodeMarkdown(bytes, path, limits);
  if (decoded.text === undefined) return { diagnostics: decoded.diagnostics };
  return { document: documentOf(path, decoded.text), diagnostics: decoded.diagnostics };
}

/**
 * Character ranges `[start, end)` that are not prose: fenced and indented code, inline code,
 * front matter and HTML comments. Forbidden patterns and requirement ids are looked for outside
 * them, because templates quote the very markers they forbid inside code and comments.
 */
export function nonProseRanges(doc: SpecDocument): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const walk = (node: {
    type: string;
    value?: unknown;
    position?: RootContent['position'];
    children?: unknown;
  }) => {
    const skip =
      node.type === 'code' ||
      node.type === 'inlineCode' ||
      node.type === 'yaml' ||
      (node.type === 'html' && /<!--/.test(String(node.value)));
    if (skip) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) ranges.push([start, end]);
      return;
    }
    if (Array.isArray(node.children)) for (const child of node.children) walk(child);
  };
  walk(doc.tree);
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Whether `offset` falls in one of the sorted `ranges`. */
export function inRanges(ranges: ReadonlyArray<[number, number]>, offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = ranges[mid] as [number, number];
    if (offset < start) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return true;
  }
  return false;
}
