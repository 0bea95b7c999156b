import type { Document, LineCounter } from 'yaml';
import { BoundaryError, readWorkspaceFile } from '../io/boundary.js';
import { loadYaml } from '../io/yaml.js';
import type { Diagnostic } from '../model/types.js';
import { jsonSyntaxError } from './json-syntax.js';

/**
 * A parsed JSON or YAML file that can say on which line any part of it is written, so that a
 * schema error (a JSON Pointer) becomes a diagnostic with a line.
 */
export interface StructuredDocument {
  /** Workspace-relative path (or a label such as `parity-matrix.json`), used in diagnostics. */
  path: string;
  /** The file's value as plain JSON data (YAML anchors resolved, at most 100 alias uses). */
  data: unknown;
  /**
   * 1-based line where the value at `pointer` (RFC 6901) starts. A pointer that names nothing
   * gives the line of its nearest existing ancestor; 1 when nothing better is known.
   */
  lineOf(pointer: string): number;
}

export type ParseOutcome =
  | { document: StructuredDocument; diagnostic?: undefined }
  | { document?: undefined; diagnostic: Diagnostic };

/** Largest knowledge-base, baseline or checked data file read, in bytes (16 MiB). */
export const MAX_DATA_BYTES = 16 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A diagnostic that makes the file unusable (exit code 2). */
export function fatalDiagnostic(path: string, rule: string, message: string, line = 1): Diagnostic {
  return { rule, severity: 'error', message, path, line, column: 1, fatal: true };
}

function fatal(path: string, rule: string, message: string, line = 1): ParseOutcome {
  return { diagnostic: fatalDiagnostic(path, rule, message, line) };
}

/** True for file names read as JSON (everything else structured is read as YAML). */
export function isJsonName(path: string): boolean {
  return /\.json$/i.test(path);
}

/**
 * Decodes a data file's bytes: UTF-8 with or without a BOM, CRLF kept as is (line numbers do not
 * change). Binary content (NUL bytes), invalid UTF-8 and files over MAX_DATA_BYTES give a fatal
 * diagnostic. Never throws.
 */
export function decodeData(
  bytes: Uint8Array,
  path: string,
): { text: string; diagnostic?: undefined } | { text?: undefined; diagnostic: Diagnostic } {
  const fail = (rule: string, message: string, line = 1) => ({
    diagnostic: fatalDiagnostic(path, rule, message, line),
  });
  if (bytes.length > MAX_DATA_BYTES) {
    return fail('file-too-large', `File is ${bytes.length} bytes; the limit is ${MAX_DATA_BYTES}.`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const line = Buffer.from(bytes.subarray(0, nul)).toString('latin1').split('\n').length;
    return fail('binary-file', 'File contains NUL bytes and is not JSON or YAML text.', line);
  }
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body) };
  } catch {
    const lossy = Buffer.from(body).toString('utf8');
    const line = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD'))).split('\n').length;
    return fail(
      'invalid-utf8',
      `Line ${line} is not valid UTF-8. Re-save the file as UTF-8.`,
      line,
    );
  }
}

/** The parser's message as a sentence: one trailing full stop. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function tokens(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function lineFinder(
  doc: Document | undefined,
  lineCounter: LineCounter,
): (pointer: string) => number {
  return (pointer) => {
    if (!doc) return 1;
    const { isNode } = loadYaml();
    const path = tokens(pointer);
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
}

/**
 * Parses JSON (strictly, per RFC 8259, when `json` is true) or YAML 1.2 text. JSON is also read
 * with the YAML parser, which keeps source positions, so every part can be placed on a line.
 * Syntax errors, duplicate keys and alias bombs give a fatal `invalid-json` / `invalid-yaml`
 * diagnostic with the line. Never throws.
 */
export function parseStructured(text: string, path: string, json: boolean): ParseOutcome {
  const rule = json ? 'invalid-json' : 'invalid-yaml';
  let jsonData: unknown;
  if (json) {
    try {
      jsonData = JSON.parse(text);
    } catch (e) {
      const found = jsonSyntaxError(text);
      const message = found?.message ?? (e as Error).message.split('\n')[0];
      return fatal(path, rule, `File is not valid JSON: ${message}.`, found?.line ?? 1);
    }
  }
  const { LineCounter, parseDocument } = loadYaml();
  const lineCounter = new LineCounter();
  let doc: Document | undefined;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch {
    // The YAML parser gave up (e.g. on extreme nesting); strict JSON is still usable without lines.
    doc = undefined;
  }
  const yamlError = doc?.errors[0];
  if (yamlError && (!json || /unique/i.test(yamlError.message))) {
    // An error at the very end (an unclosed bracket) belongs to the last line with content.
    const at = Math.min(yamlError.pos[0], Math.max(0, text.trimEnd().length - 1));
    const line = lineCounter.linePos(at).line;
    const what = json ? 'JSON' : 'YAML';
    return fatal(
      path,
      rule,
      `File is not valid ${what}: ${sentence(yamlError.message.split('\n')[0] ?? '')}`,
      line,
    );
  }
  if (yamlError) doc = undefined;
  let data: unknown = jsonData;
  if (!json) {
    try {
      data = doc?.toJS({ maxAliasCount: 100 }) ?? null;
    } catch (e) {
      return fatal(path, rule, `File cannot be read as YAML: ${(e as Error).message}`);
    }
  }
  return { document: { path, data, lineOf: lineFinder(doc, lineCounter) } };
}

/**
 * Reads and parses `relPath` (relative to `root`): `.json` as JSON, anything else as YAML. A
 * missing or unreadable file gives a fatal `unreadable-file` diagnostic. Never throws.
 */
export function readStructured(root: string, relPath: string): ParseOutcome {
  let bytes: Uint8Array;
  try {
    bytes = readWorkspaceFile(root, relPath);
  } catch (e) {
    if (e instanceof BoundaryError) return fatal(relPath, 'unreadable-file', e.message);
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it does not exist' : (code ?? (e as Error).message);
    return fatal(relPath, 'unreadable-file', `File cannot be read: ${why}.`);
  }
  const decoded = decodeData(bytes, relPath);
  if (decoded.diagnostic) return { diagnostic: decoded.diagnostic };
  return parseStructured(decoded.text, relPath, isJsonName(relPath));
}
