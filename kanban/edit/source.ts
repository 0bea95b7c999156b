import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { decodeMarkdown } from '../decode.js';
import type { ReadLimits } from '../limits.js';
import { repairRunPieces, toMacRomanMojibake } from '../mojibake.js';
import { EditError } from './errors.js';

/** How a file stores its text: what the reader undid to get the text it parses. */
export interface FileEncoding {
  charset: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Byte length of the byte-order mark (0, 2 or 3). */
  bom: number;
  /** True when the file holds UTF-8 text that was once read as Mac OS Roman (`‚úÖ` for `✅`). */
  mojibake: boolean;
  /** The most common line ending; `\n` when the file has none. */
  eol: '\n' | '\r\n' | '\r';
}

/**
 * A stretch of the reader's text and the file text it comes from. `same` stretches are equal
 * character for character; the others (a CRLF read as LF, a repaired mojibake sequence) map only
 * at their ends.
 */
interface Segment {
  textStart: number;
  textEnd: number;
  rawStart: number;
  rawEnd: number;
  same: boolean;
}

/** A replacement in the reader's text: characters `[start, end)` become `text` (LF line ends). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** The bytes an edit changed: `[start, end)` of the old file became `[start, newEnd)` of the new. */
export interface ByteSpan {
  start: number;
  end: number;
  newEnd: number;
}

/** SHA-256 of a file's bytes, hex; the identity an edit checks before it writes. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * One file as an edit sees it: its bytes, the text the reader parses (BOM dropped, LF line ends,
 * mojibake repaired), and the map between the two, so that an edit made on the reader's text is
 * written back into the bytes without touching anything else. Construction throws `EditError`
 * (`unusable`) when the file cannot be read as text.
 */
export class EditSource {
  readonly hash: string;
  readonly encoding: FileEncoding;
  /** The text as the reader sees it; every offset in an edit refers to it. */
  readonly text: string;
  /** The file's text as stored, without the BOM (line ends and mojibake as written). */
  private readonly raw: string;
  private readonly segments: Segment[];

  constructor(
    readonly path: string,
    readonly bytes: Uint8Array,
    limits: ReadLimits,
  ) {
    this.hash = contentHash(bytes);
    const decoded = decodeMarkdown(bytes, path, limits);
    if (decoded.text === undefined) {
      const why = decoded.diagnostics[0]?.message ?? 'it is not readable text';
      throw new EditError('unusable', `${path} cannot be edited: ${why}`);
    }
    let charset: FileEncoding['charset'] = 'utf-8';
    let bom = 0;
    if (bytes[0] === 0xff && bytes[1] === 0xfe) [charset, bom] = ['utf-16le', 2];
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) [charset, bom] = ['utf-16be', 2];
    else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bom = 3;
    this.raw = iconv.decode(Buffer.from(bytes.subarray(bom)), charset);
    const { segments, text, mojibake } = mapText(this.raw);
    if (text !== decoded.text)
      throw new EditError(
        'unusable',
        `${path} cannot be edited: its text could not be mapped back to its bytes.`,
      );
    this.text = text;
    this.segments = segments;
    this.encoding = { charset, bom, mojibake, eol: commonEol(this.raw) };
  }

  /** Offset in the stored text for an offset of the reader's text; throws inside a mapped sequence. */
  private rawOffset(offset: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.segments[mid] as Segment).textStart <= offset) lo = mid;
      else hi = mid - 1;
    }
    const seg = this.segments[lo];
    if (!seg) return 0;
    if (seg.same) return seg.rawStart + Math.min(offset, seg.textEnd) - seg.textStart;
    if (offset === seg.textStart) return seg.rawStart;
    if (offset === seg.textEnd) return seg.rawEnd;
    throw new EditError(
      'encoding',
      `${this.path}: the edit would split a character sequence the file stores differently; the file was left unchanged.`,
    );
  }

  /** Byte offset of an offset in the stored text. */
  private byteOffset(rawOffset: number): number {
    const prefix = this.raw.slice(0, rawOffset);
    if (this.encoding.charset === 'utf-8') return this.encoding.bom + Buffer.byteLength(prefix);
    return this.encoding.bom + prefix.length * 2;
  }

  /** The line ending of the stored line that holds `rawOffset`, else the file's common one. */
  private eolNear(rawOffset: number): string {
    const m = /\r\n|\r|\n/.exec(this.raw.slice(rawOffset));
    if (m) return m[0];
    const before = /(\r\n|\r|\n)[^\r\n]*$/.exec(this.raw.slice(0, rawOffset));
    return before ? (before[1] as string) : this.encoding.eol;
  }

  /** New text as this file stores text: its line ending, its mojibake, its charset. */
  private encode(text: string, rawOffset: number): Buffer {
    let stored = text.includes('\n') ? text.replace(/\n/g, this.eolNear(rawOffset)) : text;
    if (this.encoding.mojibake) stored = toMacRomanMojibake(stored);
    return iconv.encode(stored, this.encoding.charset);
  }

  /**
   * Applies edits (offsets in the reader's text, non-overlapping) to the bytes. Returns the new
   * bytes, the new reader's text, and the one byte span that holds every change. Throws
   * `EditError` (`encoding`) when the new text cannot be stored the way this file stores text.
   */
  apply(edits: readonly TextEdit[]): { bytes: Uint8Array; text: string; span: ByteSpan } {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < sorted.length; i++)
      if ((sorted[i] as TextEdit).start < (sorted[i - 1] as TextEdit).end)
        throw new Error('overlapping edits');
    const parts: Uint8Array[] = [];
    let text = '';
    let textAt = 0;
    let byteAt = 0;
    let first: number | undefined;
    let last = 0;
    let lastNew = 0;
    let length = 0;
    for (const edit of sorted) {
      const rawStart = this.rawOffset(edit.start);
      const rawEnd = this.rawOffset(edit.end);
      const start = this.byteOffset(rawStart);
      const end = this.byteOffset(rawEnd);
      const stored = this.encode(edit.text, rawStart);
      parts.push(this.bytes.subarray(byteAt, start), stored);
      length += start - byteAt;
      first ??= start;
      length += stored.length;
      last = end;
      lastNew = length;
      byteAt = end;
      text += this.text.slice(textAt, edit.start) + edit.text;
      textAt = edit.end;
    }
    parts.push(this.bytes.subarray(byteAt));
    text += this.text.slice(textAt);
    const bytes = Buffer.concat(parts);
    const span: ByteSpan = { start: first ?? 0, end: last, newEnd: lastNew };
    return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), text, span };
  }

  /** Text encoded as this file stores it, for checking that a new text survives a re-read. */
  storedForm(text: string): string {
    return this.encoding.mojibake ? toMacRomanMojibake(text) : text;
  }
}

/**
 * Walks the stored text and records how the reader's text comes from it: CR LF and lone CR
 * become LF, runs of mojibake are repaired piece by piece (as kanban/mojibake.ts does).
 */
function mapText(raw: string): { segments: Segment[]; text: string; mojibake: boolean } {
  const segments: Segment[] = [];
  let text = '';
  let rawAt = 0;
  let mojibake = false;
  const same = (upTo: number): void => {
    if (upTo <= rawAt) return;
    const piece = raw.slice(rawAt, upTo);
    segments.push({
      textStart: text.length,
      textEnd: text.length + piece.length,
      rawStart: rawAt,
      rawEnd: upTo,
      same: true,
    });
    text += piece;
    rawAt = upTo;
  };
  const mapped = (from: string, to: string): void => {
    segments.push({
      textStart: text.length,
      textEnd: text.length + to.length,
      rawStart: rawAt,
      rawEnd: rawAt + from.length,
      same: false,
    });
    text += to;
    rawAt += from.length;
  };
  // Special places in order: line ends (CR LF, CR) and mojibake runs. Runs never hold a line end.
  const special = /\r\n?|[^\p{ASCII}]{2,}/gu;
  for (const m of raw.matchAll(special)) {
    same(m.index);
    const found = m[0];
    if (found[0] === '\r') {
      mapped(found, '\n');
      continue;
    }
    for (const piece of repairRunPieces(found)) {
      if (piece.from === piece.to) same(rawAt + piece.from.length);
      else {
        mojibake = true;
        mapped(piece.from, piece.to);
      }
    }
  }
  same(raw.length);
  if (segments.length === 0)
    segments.push({ textStart: 0, textEnd: 0, rawStart: 0, rawEnd: 0, same: true });
  return { segments, text, mojibake };
}

function commonEol(raw: string): FileEncoding['eol'] {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (const m of raw.matchAll(/\r\n|\r|\n/g)) {
    if (m[0] === '\r\n') crlf++;
    else if (m[0] === '\n') lf++;
    else cr++;
  }
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}
