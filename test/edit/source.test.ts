import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { EditError } from '../../kanban/edit/errors.js';
import { EditSource } from '../../kanban/edit/source.js';
import { DEFAULT_LIMITS } from '../../kanban/limits.js';

/** The byte layer: reader's text ↔ stored bytes, for every way a file may store its text. */

const source = (bytes: Uint8Array): EditSource => new EditSource('b.md', bytes, DEFAULT_LIMITS);
const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

describe('EditSource', () => {
  it('maps CRLF and a BOM and writes new lines with the file’s line ending', () => {
    const s = source(utf8('\ufeff# T\r\n- [ ] a\r\n- [ ] b\r\n'));
    expect(s.text).toBe('# T\n- [ ] a\n- [ ] b\n');
    expect(s.encoding).toMatchObject({ charset: 'utf-8', bom: 3, eol: '\r\n', mojibake: false });
    const at = s.text.indexOf('[ ] b') + 1;
    const out = s.apply([
      { start: at, end: at + 1, text: 'x' },
      { start: s.text.length, end: s.text.length, text: '- [ ] c\n' },
    ]);
    expect(Buffer.from(out.bytes).toString('utf8')).toBe(
      '\ufeff# T\r\n- [ ] a\r\n- [x] b\r\n- [ ] c\r\n',
    );
    // The box of b (byte 20) through the end of the file (26), which grows by 9 bytes.
    expect(out.span).toEqual({ start: 20, end: 26, newEnd: 35 });
  });

  it('keeps mixed line endings and a missing final newline outside the edit', () => {
    const s = source(utf8('a\r\nb\nc\rd'));
    expect(s.text).toBe('a\nb\nc\nd');
    const out = s.apply([{ start: 6, end: 7, text: 'D' }]);
    expect(Buffer.from(out.bytes).toString('utf8')).toBe('a\r\nb\nc\rD');
  });

  it('writes into a Mac Roman mojibake file the way it stores text', () => {
    // "✅ Done" stored as the Mac Roman reading of its UTF-8 bytes.
    const stored = '- Status: ‚úÖ Done\n- Status: ‚è≥ Backlog\n';
    const s = source(utf8(stored));
    expect(s.text).toBe('- Status: ✅ Done\n- Status: ⏳ Backlog\n');
    expect(s.encoding.mojibake).toBe(true);
    const start = s.text.indexOf('⏳');
    const out = s.apply([{ start, end: s.text.indexOf('\n', start), text: '✅ Done' }]);
    expect(Buffer.from(out.bytes).toString('utf8')).toBe(
      '- Status: ‚úÖ Done\n- Status: ‚úÖ Done\n',
    );
    // An edit cannot start inside one stored sequence ("🔄" is two UTF-16 code units).
    const spin = source(utf8('- \uF8FFüîÑ Doing\n'));
    expect(spin.text).toBe('- 🔄 Doing\n');
    expect(() => spin.apply([{ start: 3, end: 3, text: 'x' }])).toThrow(EditError);
  });

  it('edits UTF-16 files in UTF-16', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode('- [ ] a\n- [ ] b\n', 'utf-16le'),
    ]);
    const s = source(bytes);
    const out = s.apply([{ start: 3, end: 4, text: 'x' }]);
    expect(iconv.decode(Buffer.from(out.bytes).subarray(2), 'utf-16le')).toBe('- [x] a\n- [ ] b\n');
    expect(Buffer.from(out.bytes).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xfe]));
    expect(out.span).toEqual({ start: 8, end: 10, newEnd: 10 });
  });

  it('refuses bytes that are not text', () => {
    expect(() => source(Buffer.from([0x2d, 0x20, 0xc3, 0x28]))).toThrow(/not valid UTF-8/);
  });
});
