import { inflateSync } from 'node:zlib';

/**
 * Text chunks of PNG files (PNG Specification, 3rd edition, §11.3.3: tEXt, zTXt, iTXt). draw.io
 * keeps the diagram of an editable PNG (`*.drawio.png`) in a `mxfile` text chunk, and the
 * exporter records how an export was made in a `boardwright` chunk. Pure; no image decoding.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** True when `bytes` start with the PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && Buffer.from(bytes.subarray(0, 8)).equals(SIGNATURE);
}

let table: Uint32Array | undefined;

/** CRC-32 as PNG uses it (ISO 3309 / ITU-T V.42 polynomial), over `bytes`. */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = table[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

interface Chunk {
  type: string;
  /** Offset of the chunk's length field, and of the byte after its CRC. */
  start: number;
  end: number;
  data: Buffer;
}

function chunks(bytes: Uint8Array, partial = false): Chunk[] {
  if (!isPng(bytes)) throw new Error('not a PNG file (the PNG signature is missing)');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Chunk[] = [];
  for (let at = 8; at + 12 <= buf.length;) {
    const length = buf.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > buf.length && partial) break;
    if (end > buf.length) throw new Error(`PNG chunk at byte ${at} runs past the end of the file`);
    const type = buf.toString('latin1', at + 4, at + 8);
    out.push({ type, start: at, end, data: buf.subarray(at + 8, at + 8 + length) });
    at = end;
    if (type === 'IEND') break;
  }
  return out;
}

/**
 * Every text chunk of a PNG as keyword → text (the first chunk wins when a keyword repeats).
 * tEXt is Latin-1, iTXt UTF-8; compressed zTXt/iTXt text is inflated. A chunk that cannot be
 * inflated is skipped. With `partial`, `bytes` may be the file's first bytes only: chunks cut off
 * at the end are ignored. Throws an Error when `bytes` is not a PNG or (without `partial`) a
 * chunk is truncated.
 */
export function readPngText(bytes: Uint8Array, partial = false): Map<string, string> {
  const text = new Map<string, string>();
  for (const { type, data } of chunks(bytes, partial)) {
    if (type !== 'tEXt' && type !== 'zTXt' && type !== 'iTXt') continue;
    const nul = data.indexOf(0);
    if (nul < 1) continue;
    const keyword = data.toString('latin1', 0, nul);
    if (text.has(keyword)) continue;
    try {
      if (type === 'tEXt') text.set(keyword, data.toString('latin1', nul + 1));
      else if (type === 'zTXt')
        text.set(keyword, inflateSync(data.subarray(nul + 2)).toString('latin1'));
      else {
        const compressed = data[nul + 1] === 1;
        // language tag and translated keyword, each NUL-terminated
        const lang = data.indexOf(0, nul + 3);
        const translated = lang < 0 ? -1 : data.indexOf(0, lang + 1);
        if (translated < 0) continue;
        const body = data.subarray(translated + 1);
        text.set(keyword, (compressed ? inflateSync(body) : body).toString('utf8'));
      }
    } catch {
      // A damaged compressed chunk says nothing usable; the image itself may still be fine.
    }
  }
  return text;
}

/**
 * `bytes` with tEXt chunks for `entries` (keyword → Latin-1 text, in the order given) inserted
 * right after IHDR, so a reader finds them in the first bytes of the file; existing text chunks
 * with the same keywords are removed first, so applying it twice gives the same bytes. Keywords
 * are 1–79 Latin-1 characters; the caller keeps the text Latin-1 (JSON with `\u` escapes).
 */
export function withPngText(
  bytes: Uint8Array,
  entries: ReadonlyArray<[string, string]>,
): Uint8Array {
  const keys = new Set(entries.map(([k]) => k));
  const all = chunks(bytes);
  const parts: Buffer[] = [SIGNATURE];
  const src = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const chunk of all) {
    if (
      (chunk.type === 'tEXt' || chunk.type === 'zTXt' || chunk.type === 'iTXt') &&
      keys.has(keywordOf(chunk.data))
    )
      continue;
    parts.push(src.subarray(chunk.start, chunk.end));
    if (chunk.type === 'IHDR')
      for (const [keyword, value] of entries) parts.push(textChunk(keyword, value));
  }
  return new Uint8Array(Buffer.concat(parts));
}

function keywordOf(data: Buffer): string {
  const nul = data.indexOf(0);
  return nul < 0 ? '' : data.toString('latin1', 0, nul);
}

function textChunk(keyword: string, value: string): Buffer {
  if (!/^[\x20-\x7e\xa1-\xff]{1,79}$/.test(keyword))
    throw new Error(`invalid PNG keyword "${keyword}"`);
  const data = Buffer.concat([
    Buffer.from(keyword, 'latin1'),
    Buffer.from([0]),
    Buffer.from(value, 'latin1'),
  ]);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write('tEXt', 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Width and height in pixels from the IHDR chunk. Throws when `bytes` is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const first = chunks(bytes)[0];
  if (!first || first.type !== 'IHDR' || first.data.length < 8)
    throw new Error('PNG without an IHDR chunk');
  return { width: first.data.readUInt32BE(0), height: first.data.readUInt32BE(4) };
}
