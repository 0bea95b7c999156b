import type { Diagnostic } from '../model/types.js';
import { repairMacRomanMojibake } from './mojibake.js';
import type { ReadLimits } from './limits.js';

/** Result of turning a file's bytes into text boardwright can parse. */
export interface DecodedText {
  /** Decoded text with LF line endings; absent when the file is unusable. */
  text?: string;
  diagnostics: Diagnostic[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function fatal(path: string, rule: string, message: string, line = 1): Diagnostic {
  return { rule, severity: 'error', message, path, line, column: 1, fatal: true };
}

/**
 * Decodes a Markdown file: UTF-8 (BOM stripped) or UTF-16 with a BOM, CRLF and lone CR turned
 * into LF (line numbers are unchanged), Mac Roman mojibake repaired. Binary content, invalid
 * UTF-8, oversized files, overlong lines and runaway nesting give a fatal diagnostic instead of
 * text. Never throws.
 */
export function decodeMarkdown(bytes: Uint8Array, path: string, limits: ReadLimits): DecodedText {
  if (bytes.length > limits.maxFileBytes) {
    return {
      diagnostics: [
        fatal(
          path,
          'file-too-large',
          `File is ${bytes.length} bytes; the limit is ${limits.maxFileBytes}. Raise limits.maxFileBytes in the config or exclude the file.`,
        ),
      ],
    };
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      return {
        diagnostics: [
          fatal(
            path,
            'binary-file',
            'File contains NUL bytes and is not Markdown text. Exclude it from the board globs.',
            lineAtByte(bytes, nul),
          ),
        ],
      };
    }
    const body =
      bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = utf8.decode(body);
    } catch {
      const lossy = Buffer.from(body).toString('utf8');
      const at = lossy.indexOf('\uFFFD');
      const line = lossy.slice(0, Math.max(0, at)).split('\n').length;
      return {
        diagnostics: [
          fatal(
            path,
            'invalid-utf8',
            `Line ${line} is not valid UTF-8. Re-save the file as UTF-8.`,
            line,
          ),
        ],
      };
    }
  }
  text = text.replace(/\r\n?/g, '\n');

  const diagnostics: Diagnostic[] = [];
  const shape = checkShape(text, path, limits);
  if (shape) return { diagnostics: [shape] };

  const { text: repaired, repaired: count } = repairMacRomanMojibake(text);
  if (count > 0) {
    diagnostics.push({
      rule: 'mojibake-repaired',
      severity: 'info',
      message: `Repaired ${count} run(s) of UTF-8 text that had been decoded as Mac Roman (e.g. "‚úÖ" → "✅"). The file itself is unchanged.`,
      path,
      line: firstChangedLine(text, repaired),
      column: 1,
    });
  }
  return { text: repaired, diagnostics };
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstChangedLine(a: string, b: string): number {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < la.length; i++) if (la[i] !== lb[i]) return i + 1;
  return 1;
}

/**
 * One container opener at the start of a line: a list marker, which needs a space or the line end
 * after it, or a block-quote `>`, which does not (`>>>` is three quotes deep in CommonMark).
 */
const CONTAINER_MARKER = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)|>)[ \t]*/;

/** Finds overlong lines and runaway list/quote nesting before the parser sees them. */
function checkShape(text: string, path: string, limits: ReadLimits): Diagnostic | undefined {
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    line++;
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const length = end - start;
    if (length > limits.maxLineLength) {
      return fatal(
        path,
        'line-too-long',
        `Line ${line} is ${length} characters long; the limit is ${limits.maxLineLength}. Raise limits.maxLineLength in the config or exclude the file.`,
        line,
      );
    }
    const depth = nestingDepth(
      text.slice(start, Math.min(end, start + 4 * limits.maxNesting + 64)),
    );
    if (depth > limits.maxNesting) {
      return fatal(
        path,
        'nesting-too-deep',
        `Line ${line} is nested about ${depth} levels deep; the limit is ${limits.maxNesting}. Flatten the list or raise limits.maxNesting in the config.`,
        line,
      );
    }
    start = end + 1;
  }
  return undefined;
}

/** Nesting a line implies: two columns of indentation per level, plus markers on the line. */
function nestingDepth(line: string): number {
  let indent = 0;
  for (const ch of line) {
    if (ch === ' ') indent += 1;
    else if (ch === '\t') indent += 4;
    else break;
  }
  let markers = 0;
  let rest = line;
  for (;;) {
    const m = CONTAINER_MARKER.exec(rest);
    if (!m || m[0].length === 0) break;
    markers++;
    rest = rest.slice(m[0].length);
  }
  return Math.floor(indent / 2) + markers;
}
