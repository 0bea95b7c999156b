/**
 * Repairs UTF-8 text that was once decoded as Mac OS Roman and saved again as UTF-8
 * (`✅` became `‚úÖ`). Each maximal run of non-ASCII characters is mapped back to the Mac Roman
 * bytes it came from and decoded as UTF-8 again, one complete UTF-8 sequence at a time; characters
 * that are not part of a valid sequence are left as they are, so genuine non-ASCII text survives.
 *
 * Mac OS Roman byte 0xF0 is the Apple logo, U+F8FF in Apple's mapping; iconv-lite decodes it to
 * U+FFFD, which is why four-byte emoji (lead byte 0xF0) are lost by a plain re-encode. The table
 * maps it back. It is the WHATWG "macintosh" decoder's (built into Node), with 0xBD and 0xDB
 * read as iconv-lite's Mac OS Roman reads them (Ω U+2126 and ¤, where WHATWG has U+03A9 and €),
 * built on first use.
 */
let macRomanByte: Map<string, number> | undefined;

function reverseTable(): Map<string, number> {
  if (macRomanByte) return macRomanByte;
  const bytes = new Uint8Array(128).map((_, i) => 0x80 + i);
  const table = new Map<string, number>();
  [...new TextDecoder('macintosh').decode(bytes)].forEach((ch, i) => table.set(ch, 0x80 + i));
  table.delete('\u03A9');
  table.set('\u2126', 0xbd);
  table.delete('\u20AC');
  table.set('\u00A4', 0xdb);
  macRomanByte = table;
  return table;
}

/** Length of the UTF-8 sequence a lead byte starts, or 0 when it cannot start one. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One stretch of a run: `from` as written, `to` as repaired (equal when nothing was repaired). */
export interface MojibakePiece {
  from: string;
  to: string;
}

/**
 * Repairs one run of non-ASCII characters piece by piece: each repaired UTF-8 sequence is a piece
 * of its own, and each character left alone is a piece whose `from` equals its `to`.
 */
export function repairRunPieces(run: string): MojibakePiece[] {
  const chars = [...run];
  const table = reverseTable();
  const pieces: MojibakePiece[] = [];
  let i = 0;
  while (i < chars.length) {
    const lead = table.get(chars[i] as string);
    const len = lead === undefined ? 0 : sequenceLength(lead);
    if (len > 0 && i + len <= chars.length) {
      const bytes: number[] = [lead as number];
      for (let k = 1; k < len; k++) {
        const b = table.get(chars[i + k] as string);
        if (b === undefined || b < 0x80 || b > 0xbf) break;
        bytes.push(b);
      }
      if (bytes.length === len) {
        try {
          const to = utf8.decode(Uint8Array.from(bytes));
          pieces.push({ from: chars.slice(i, i + len).join(''), to });
          i += len;
          continue;
        } catch {
          // Not a valid sequence (overlong, surrogate): keep the original character.
        }
      }
    }
    pieces.push({ from: chars[i] as string, to: chars[i] as string });
    i += 1;
  }
  return pieces;
}

function repairRun(run: string): string {
  return repairRunPieces(run)
    .map((p) => p.to)
    .join('');
}

/** Runs of two or more non-ASCII characters: the only places a repair can happen. */
export const MOJIBAKE_RUN = /[^\p{ASCII}]{2,}/gu;

let macRomanChar: Map<number, string> | undefined;

/**
 * The inverse of the repair: writes text the way a Mac Roman mojibake file holds it (each
 * non-ASCII character's UTF-8 bytes read as Mac OS Roman, `✅` → `‚úÖ`). ASCII is unchanged.
 */
export function toMacRomanMojibake(text: string): string {
  macRomanChar ??= new Map([...reverseTable()].map(([ch, byte]) => [byte, ch]));
  const table = macRomanChar;
  let out = '';
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch;
      continue;
    }
    for (const byte of Buffer.from(ch, 'utf8')) out += table.get(byte) ?? '\uFFFD';
  }
  return out;
}

/**
 * Returns the repaired text and how many runs of characters were repaired (0 when the text had no
 * Mac Roman mojibake).
 */
export function repairMacRomanMojibake(text: string): { text: string; repaired: number } {
  let repaired = 0;
  const out = text.replace(MOJIBAKE_RUN, (run) => {
    const fixed = repairRun(run);
    if (fixed !== run) repaired += 1;
    return fixed;
  });
  return { text: out, repaired };
}
