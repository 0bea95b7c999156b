import { inflateRawSync } from 'node:zlib';
import { isPng, readPngText } from './png-text.js';

/**
 * Reading the diagrams people draw in draw.io (diagrams.net) without a browser: the page list of
 * a `.drawio` file (the `mxfile` XML draw.io saves, each `<diagram>` a page, its content either
 * plain `<mxGraphModel>` XML or compressed), of a `.drawio.svg` (the same `mxfile` in the `svg`
 * element's `content` attribute) and of a `.drawio.png` (in a `mxfile` text chunk, URL-encoded).
 * Rendering is the exporter's job; this only finds the pages and checks that they decode.
 */

/** One page (`<diagram>` element) of a draw.io file. */
export interface DrawioPage {
  /** 1-based position in the file. */
  number: number;
  /** The page's `id` attribute ('' when absent). */
  id: string;
  /** The page's `name` attribute, or `Page-N` as draw.io shows an unnamed page. */
  name: string;
  /** True when the page content is compressed (deflate + base64 of the URL-encoded XML). */
  compressed: boolean;
  /** The page's `<mxGraphModel>` XML, decompressed. */
  model: string;
}

/** A draw.io document as found in a file. */
export interface DrawioDocument {
  /** How the file carries it: a plain draw.io file, an editable SVG or an editable PNG. */
  container: 'drawio' | 'svg' | 'png';
  /** The `mxfile` (or bare `mxGraphModel`) XML text, as draw.io's export page takes it. */
  xml: string;
  pages: DrawioPage[];
}

/** Thrown when a file is not a draw.io diagram, or one of its pages does not decode. */
export class DrawioFormatError extends Error {}

/** Latin-1 safe XML entity decoding (XML 1.0 §4.6 predefined entities and character references). */
export function xmlDecode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!;
  });
}

/** The attributes of a start tag's text (`<name a="1" b='2'>`), decoded. */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    if (!out.has(m[1]!)) out.set(m[1]!, xmlDecode(m[2] ?? m[3] ?? ''));
  return out;
}

/** draw.io's page compression: base64 → raw deflate → URL-decoding (Graph.compress reversed). */
export function inflateDiagram(text: string): string {
  const raw = inflateRawSync(Buffer.from(text.trim(), 'base64')).toString('latin1');
  try {
    return decodeURIComponent(raw);
  } catch {
    // Very old files compressed the XML without URL-encoding it first.
    return Buffer.from(raw, 'latin1').toString('utf8');
  }
}

/** Index of the end of the start tag that begins at `at` (the `>`), or -1. Linear. */
function tagEnd(text: string, at: number): number {
  let quote = '';
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

/** The first element named `name` at or after `from`: its start tag, content and end. */
function element(
  text: string,
  name: string,
  from = 0,
): { tag: string; content: string; end: number } | undefined {
  const open = new RegExp(`<${name}(?=[\\s/>])`, 'g');
  open.lastIndex = from;
  const m = open.exec(text);
  if (!m) return undefined;
  const close = tagEnd(text, m.index);
  if (close < 0) throw new DrawioFormatError(`<${name}> start tag is not closed`);
  const tag = text.slice(m.index, close + 1);
  if (tag.endsWith('/>')) return { tag, content: '', end: close + 1 };
  const endTag = text.indexOf(`</${name}>`, close + 1);
  if (endTag < 0) throw new DrawioFormatError(`<${name}> has no </${name}>`);
  return { tag, content: text.slice(close + 1, endTag), end: endTag + name.length + 3 };
}

/**
 * The pages of draw.io XML text: an `mxfile` with `<diagram>` pages, or a bare `mxGraphModel`
 * (one page). Throws DrawioFormatError when it is neither, or a page does not decode.
 */
export function drawioPages(xml: string): DrawioPage[] {
  const start = xml.search(/<(mxfile|mxGraphModel)(?=[\s/>])/);
  if (start < 0)
    throw new DrawioFormatError('no <mxfile> or <mxGraphModel> element: not a draw.io diagram');
  if (xml.startsWith('<mxGraphModel', start)) {
    return [
      { number: 1, id: '', name: 'Page-1', compressed: false, model: xml.slice(start).trim() },
    ];
  }
  const pages: DrawioPage[] = [];
  const file = element(xml, 'mxfile', start)!;
  for (
    let page = element(file.content, 'diagram');
    page;
    page = element(file.content, 'diagram', page.end)
  ) {
    const attrs = attributes(page.tag);
    const number = pages.length + 1;
    const body = page.content.trim();
    const compressed = body !== '' && !body.startsWith('<');
    let model = body;
    if (compressed) {
      try {
        model = inflateDiagram(body);
      } catch (e) {
        throw new DrawioFormatError(
          `page ${number} is compressed but does not decode (${(e as Error).message})`,
        );
      }
    }
    if (model !== '' && !/^\s*<mxGraphModel(?=[\s/>])/.test(model))
      throw new DrawioFormatError(`page ${number} holds no <mxGraphModel>`);
    pages.push({
      number,
      id: attrs.get('id') ?? '',
      name: attrs.get('name') || `Page-${number}`,
      compressed,
      model,
    });
  }
  if (!pages.length) throw new DrawioFormatError('<mxfile> without any <diagram> page');
  return pages;
}

/**
 * The draw.io document in a file's bytes: `.drawio` XML (UTF-8, BOM allowed), an SVG carrying
 * an `mxfile` in its root element's `content` attribute, or a PNG carrying one in a `mxfile`
 * (or older `mxGraphModel`) text chunk. Throws DrawioFormatError naming what is missing.
 */
export function readDrawio(bytes: Uint8Array): DrawioDocument {
  if (isPng(bytes)) {
    let text: Map<string, string>;
    try {
      text = readPngText(bytes);
    } catch (e) {
      throw new DrawioFormatError((e as Error).message);
    }
    const raw = text.get('mxfile') ?? text.get('mxGraphModel');
    if (raw === undefined)
      throw new DrawioFormatError('PNG without an embedded diagram (no "mxfile" text chunk)');
    let xml: string;
    if (!raw.trimStart().startsWith('<')) {
      try {
        xml = decodeURIComponent(raw);
      } catch {
        throw new DrawioFormatError('the "mxfile" text chunk is not URL-encoded XML');
      }
    } else xml = Buffer.from(raw, 'latin1').toString('utf8');
    return { container: 'png', xml, pages: drawioPages(xml) };
  }
  const text = Buffer.from(bytes)
    .toString('utf8')
    .replace(/^\ufeff/, '');
  const svgAt = text.search(/<svg(?=[\s>])/);
  const drawioAt = text.search(/<(mxfile|mxGraphModel)(?=[\s/>])/);
  if (svgAt >= 0 && (drawioAt < 0 || svgAt < drawioAt)) {
    const end = tagEnd(text, svgAt);
    const content = end < 0 ? undefined : attributes(text.slice(svgAt, end + 1)).get('content');
    if (!content)
      throw new DrawioFormatError(
        'SVG without an embedded diagram (no "content" attribute on <svg>)',
      );
    return { container: 'svg', xml: content, pages: drawioPages(content) };
  }
  return { container: 'drawio', xml: text, pages: drawioPages(text) };
}
