import type { Diagnostic } from '../model/types.js';

/**
 * The marker line that ends a file's own header block. Everything up to and including the
 * first line that is exactly this marker (after normalisation) belongs to the file, not to the
 * shared instructions.
 */
export const HEADER_MARKER = '<!-- boardwright:doc-sync -->';

/** A family member's text split into its own header block and the shared body. */
export interface NormalizedDoc {
  /** Normalised header block (no trailing newline); '' when the file has none. */
  header: string;
  /** Normalised shared body: ends with exactly one '\n', or is '' when empty. */
  body: string;
  /** 1-based line of the original file where the body's first line sits. */
  bodyStartLine: number;
}

/**
 * Decodes a member's bytes as UTF-8 (a leading BOM is dropped). Returns a fatal diagnostic
 * instead of text for binary content (a NUL byte: `binary-file`) or bytes that are not valid
 * UTF-8 (`invalid-utf8`), with the 1-based line of the first offending byte. Never throws.
 */
export function decodeDoc(
  bytes: Uint8Array,
  path: string,
): { text: string } | { diagnostic: Diagnostic } {
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  // A lossy decode keeps every line break, so the count before the first bad character is the
  // line of the first bad byte.
  const lossy = Buffer.from(body).toString('utf8');
  const fatal = (rule: string, at: number, why: string): { diagnostic: Diagnostic } => {
    const line = lossy.slice(0, Math.max(0, at)).split('\n').length;
    const message = `${why.replace('%L', String(line))} It is left out of the doc-sync comparison.`;
    return { diagnostic: { rule, severity: 'error', message, path, line, column: 1, fatal: true } };
  };
  if (body.includes(0))
    return fatal('binary-file', lossy.indexOf('\0'), 'Line %L has NUL bytes: not Markdown text.');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return fatal(
      'invalid-utf8',
      lossy.indexOf('\uFFFD'),
      'Line %L is not valid UTF-8; re-save the file as UTF-8.',
    );
  }
}

/**
 * Normalises decoded text and splits off its header block, so that files differing only in
 * line endings (CRLF, lone CR), trailing spaces or tabs, trailing blank lines, a BOM or their
 * own header compare as equal. Line numbers are preserved: no line is added or removed before
 * the end of the file.
 *
 * The header block is, in this order of preference:
 *  1. every line up to and including the first line equal to HEADER_MARKER, when there is one;
 *  2. otherwise the first non-blank line when it is an ATX H1 (`# Title`), e.g. `# CLAUDE.md`;
 *  3. otherwise nothing (the whole file is shared).
 * Blank lines right after the header are not part of the body either.
 */
export function normalizeDoc(text: string): NormalizedDoc {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''));
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  let headerEnd = lines.indexOf(HEADER_MARKER); // index of the header's last line
  if (headerEnd === -1) {
    const first = lines.findIndex((l) => l !== '');
    if (first !== -1 && /^# \S/.test(lines[first]!)) headerEnd = first;
  }
  let start = headerEnd + 1;
  while (start < lines.length && lines[start] === '') start++;
  const bodyLines = lines.slice(start);
  return {
    header: lines.slice(0, headerEnd + 1).join('\n'),
    body: bodyLines.length ? `${bodyLines.join('\n')}\n` : '',
    bodyStartLine: start + 1,
  };
}

/**
 * The file text `--fix` writes: the member's own header, one blank line, then the canonical
 * body (LF line endings). Normalising the result gives back the same header and body, so a
 * second fix changes nothing.
 */
export function composeDoc(header: string, body: string): string {
  if (!header) return body;
  return body ? `${header}\n\n${body}` : `${header}\n`;
}
