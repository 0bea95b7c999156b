import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { decodeMarkdown } from '../../kanban/decode.js';
import { DEFAULT_LIMITS } from '../../kanban/limits.js';
import { parseMarkdown } from '../../kanban/parse.js';
import { workspacePath } from '../paths.js';
import type { Evaluator } from './check.js';
import { BoundaryError, readWorkspaceFile } from '../../io/boundary.js';

/** Heading text as compared: inline markup dropped, whitespace collapsed, case folded. */
function normal(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * `markdown-heading`: passes when the Markdown file has a heading (ATX or setext, at any nesting)
 * whose text equals `heading` after normalisation. `## Title` in the contract, or `depth`,
 * also requires the heading level. The file is decoded as boards are (BOM, UTF-16, CRLF,
 * mojibake repair) and parsed with the same CommonMark + GFM parser.
 */
export const markdownHeading: Evaluator<'markdown-heading'> = (check, { root }) => {
  const file = workspacePath(check.file) ?? check.file;
  const prefix = /^(#{1,6})\s+(.*)$/.exec(check.heading.trim());
  const depth = check.depth ?? prefix?.[1]?.length;
  const wanted = normal(prefix ? (prefix[2] as string).replace(/\s+#+\s*$/, '') : check.heading);
  const written = check.heading.trim();
  const label = !prefix && depth ? `${'#'.repeat(depth)} ${written}` : written;
  let bytes: Uint8Array;
  try {
    bytes = readWorkspaceFile(root, file);
  } catch (e) {
    if (e instanceof BoundaryError) return { status: 'fail', evidence: e.message };
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { status: 'fail', evidence: `${file} does not exist` };
    return { status: 'fail', evidence: `${file} cannot be read (${code ?? (e as Error).message})` };
  }
  const decoded = decodeMarkdown(bytes, file, DEFAULT_LIMITS);
  if (decoded.text === undefined) {
    const d = decoded.diagnostics[0];
    return { status: 'fail', evidence: `${file}:${d?.line ?? 1} cannot be read: ${d?.message}` };
  }
  let line: number | undefined;
  visit(parseMarkdown(decoded.text), 'heading', (node: Heading) => {
    if (line !== undefined) return;
    if (depth !== undefined && node.depth !== depth) return;
    if (normal(toString(node)) === wanted) line = node.position?.start.line ?? 1;
  });
  if (line !== undefined) {
    return { status: 'pass', evidence: `${file}:${line} has the heading "${label}"` };
  }
  return { status: 'fail', evidence: `${file} has no heading "${label}"` };
};
